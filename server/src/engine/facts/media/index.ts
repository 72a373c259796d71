export { MediaReadError } from './bytes';
export type { MediaReadErrorKind } from './bytes';
export { readMediaFacts } from './readMediaFacts';
export type { AudioFacts, CaptionTrackFacts, MediaContainer, MediaFacts, MediaTags, VideoFacts } from './types';
export { parseWebVtt } from './webvtt';
export type { WebVttCue, WebVttError, WebVttErrorCode, WebVttParseResult } from './webvtt';
export { readFontFacts, embeddingFromFsType } from './font';
export type { FontEmbedding, FontFacts, FontFormat } from './font';
