export type MediaContainer = 'mp4' | 'mov' | 'm4a' | 'webm' | 'mkv' | 'mp3' | 'wav' | 'ogg' | 'unknown';

export interface VideoFacts {
  /** 'avc1', 'hvc1', 'hev1', 'vp8', 'vp9', 'av01', 'mp4v', 'theora'… (the MP4 sample-entry fourcc where there is one). */
  codec: string;
  /** Coded size in pixels. */
  width: number;
  height: number;
  /**
   * Size as the viewer sees it: the MP4 track header size or the Matroska display size, which include the pixel
   * aspect ratio, with width and height swapped for 90°/270° rotation. Absent when the container gives none.
   */
  displayWidth?: number;
  displayHeight?: number;
  /** Clockwise rotation needed for display (the tkhd matrix; phones write 90 for portrait). */
  rotation?: 0 | 90 | 180 | 270;
  /** Frames per second, to 3 decimals. */
  frameRate?: number;
}

export interface AudioFacts {
  /** 'mp4a' (AAC), 'mp3', 'opus', 'vorbis', 'flac', 'ac-3', 'pcm', 'pcm_float'… */
  codec: string;
  channels?: number;
  sampleRate?: number;
}

export interface CaptionTrackFacts {
  /** 'tx3g' (mov_text), 'wvtt', 'c608', 'stpp' in MP4; the Matroska CodecID such as 'S_TEXT/WEBVTT' otherwise. */
  codec: string;
  /** ISO 639-2 or BCP 47 code; absent when the file says 'und' or nothing. */
  language?: string;
}

export interface MediaTags {
  title?: string;
  artist?: string;
  copyright?: string;
  copyrightUrl?: string;
  publisher?: string;
  licenseUrl?: string;
  comment?: string;
}

export interface MediaFacts {
  container: MediaContainer;
  durationSec?: number;
  /** Overall bitrate: byteSize * 8 / duration / 1000. */
  bitrateKbps?: number;
  video?: VideoFacts;
  audio?: AudioFacts;
  captionTracks: CaptionTrackFacts[];
  tags: MediaTags;
  /** Raw XMP packet (MP4 uuid box, QuickTime udta/XMP_, WAV _PMX chunk). */
  xmp?: string;
  byteSize: number;
}
