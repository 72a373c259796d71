/** Identifies an audio/video container by its signature and hands it to the matching header reader. */
import { MediaReadError, corrupt, describeStart, startsWithAscii, truncated, unsupported } from './bytes';
import { looksLikeIsoBmff, readIsoBmff } from './isobmff';
import { looksLikeEbml, readMatroska } from './matroska';
import { looksLikeMp3, readMp3 } from './mp3';
import { looksLikeOgg, readOgg } from './ogg';
import type { MediaFacts } from './types';
import { looksLikeWav, readWav } from './wav';

/** Recognisable formats that this reader does not parse; naming them beats "not a media file". */
function knownButUnsupported(bytes: Uint8Array): string | undefined {
  if (startsWithAscii(bytes, 0, 'fLaC')) return 'FLAC';
  if (startsWithAscii(bytes, 0, 'RIFF') && startsWithAscii(bytes, 8, 'AVI ')) return 'AVI';
  if (startsWithAscii(bytes, 0, 'RF64')) return 'RF64 (64-bit WAV)';
  if (startsWithAscii(bytes, 0, 'FORM') && (startsWithAscii(bytes, 8, 'AIFF') || startsWithAscii(bytes, 8, 'AIFC'))) return 'AIFF';
  if (startsWithAscii(bytes, 0, 'caff')) return 'Core Audio Format';
  if (startsWithAscii(bytes, 0, 'FLV')) return 'Flash video';
  if (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1] & 0xf6) === 0xf0) return 'raw AAC (ADTS)';
  if (bytes.length >= 189 && bytes[0] === 0x47 && bytes[188] === 0x47) return 'MPEG transport stream';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 1 && bytes[3] === 0xba) return 'MPEG program stream';
  if (startsWithAscii(bytes, 0, '#!AMR')) return 'AMR';
  return undefined;
}

/**
 * Reads container, duration, streams, caption tracks and rights tags from the headers of an audio or video file.
 * Untrusted input: every size is checked against the buffer, and anything that cannot be read ends in a
 * MediaReadError ('truncated', 'corrupt' or 'unsupported') whose message says what was wrong and where.
 */
export function readMediaFacts(bytes: Uint8Array): MediaFacts {
  if (bytes.length === 0) throw truncated('file is empty');
  try {
    if (looksLikeIsoBmff(bytes)) return readIsoBmff(bytes);
    if (looksLikeEbml(bytes)) return readMatroska(bytes);
    if (looksLikeWav(bytes)) return readWav(bytes);
    if (looksLikeOgg(bytes)) return readOgg(bytes);
    const other = knownButUnsupported(bytes);
    if (other) throw unsupported(`${other} files are not supported; expected MP4, MOV, M4A, WebM, MKV, MP3, WAV or Ogg`);
    if (looksLikeMp3(bytes)) return readMp3(bytes);
  } catch (error) {
    if (error instanceof MediaReadError) throw error;
    // A reader bug must not take the linter down with a RangeError; report it as unreadable input instead.
    throw corrupt(`could not read the media headers: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (bytes.length < 12) throw truncated(`file is only ${bytes.length} bytes long, too short for any media header`);
  throw corrupt(`not an audio or video file: no MP4, MOV, WebM, MKV, MP3, WAV or Ogg signature (starts with ${describeStart(bytes)})`);
}
