/**
 * Ogg (Vorbis, Opus, FLAC, Speex, Theora): identification and comment packets from the first pages, duration
 * from the granule position of the stream's last page, found in the last 64 KB.
 */
import { ByteView, corrupt, decodeUtf8, nonEmpty, round, startsWithAscii, truncated, unsupported } from './bytes';
import type { MediaFacts, MediaTags } from './types';

const TAIL_WINDOW = 64 * 1024;
/** Header packets are done within a few pages; cover art in a comment packet can take a few hundred. */
const MAX_HEADER_PAGES = 2048;

const COMMENT_KEYS: Record<string, keyof MediaTags> = {
  TITLE: 'title',
  ARTIST: 'artist',
  COPYRIGHT: 'copyright',
  LICENSE: 'licenseUrl',
  LICENCE: 'licenseUrl',
  ORGANIZATION: 'publisher',
  PUBLISHER: 'publisher',
  LABEL: 'publisher',
  COMMENT: 'comment',
  DESCRIPTION: 'comment',
};

interface Page {
  start: number;
  end: number;
  headerType: number;
  /** -1 when no packet ends on the page. */
  granule: number;
  serial: number;
  segments: number[];
  dataStart: number;
}

interface Stream {
  serial: number;
  codec: string;
  kind: 'audio' | 'video' | 'other';
  packets: Uint8Array[];
  partial: Uint8Array[];
  channels?: number;
  sampleRate?: number;
  preSkip?: number;
  width?: number;
  height?: number;
  frameRate?: number;
}

export function looksLikeOgg(bytes: Uint8Array): boolean {
  return startsWithAscii(bytes, 0, 'OggS');
}

function readPage(bytes: Uint8Array, pos: number): Page {
  const v = new ByteView(bytes, pos, bytes.length, 'Ogg page');
  if (!v.has(0, 27)) throw truncated(`file is truncated: it ends inside the Ogg page header at byte ${pos}`);
  if (v.fourcc(0) !== 'OggS') throw corrupt(`expected an Ogg page at byte ${pos}, found no "OggS" capture pattern`);
  if (v.u8(4) !== 0) throw corrupt(`Ogg page at byte ${pos} has unknown version ${v.u8(4)}`);
  const count = v.u8(26);
  if (!v.has(27, count)) throw truncated(`file is truncated: it ends inside the Ogg segment table at byte ${pos + 27}`);
  const segments: number[] = [];
  let dataLength = 0;
  for (let i = 0; i < count; i++) {
    const s = v.u8(27 + i);
    segments.push(s);
    dataLength += s;
  }
  const dataStart = pos + 27 + count;
  const end = dataStart + dataLength;
  if (end > bytes.length) {
    throw truncated(`file is truncated: the Ogg page at byte ${pos} needs ${end - pos} bytes but only ${bytes.length - pos} remain`);
  }
  const low = v.u32le(6);
  const high = v.u32le(10);
  const granule = low === 0xffffffff && high === 0xffffffff ? -1 : high * 0x1_0000_0000 + low;
  return { start: pos, end, headerType: v.u8(5), granule, serial: v.u32le(14), segments, dataStart };
}

export function readOgg(bytes: Uint8Array): MediaFacts {
  const facts: MediaFacts = { container: 'ogg', captionTracks: [], tags: {}, byteSize: bytes.length };
  const streams = new Map<number, Stream>();
  let pos = 0;
  for (let pageIndex = 0; pageIndex < MAX_HEADER_PAGES && pos < bytes.length; pageIndex++) {
    const page = readPage(bytes, pos);
    pos = page.end;
    let stream = streams.get(page.serial);
    if (!stream) {
      if (!(page.headerType & 0x02)) continue; // not a beginning-of-stream page: data of a stream we skipped
      stream = { serial: page.serial, codec: 'unknown', kind: 'other', packets: [], partial: [] };
      streams.set(page.serial, stream);
    }
    if (stream.packets.length >= 2) {
      if ([...streams.values()].every((s) => s.packets.length >= 2)) break;
      continue;
    }
    let at = page.dataStart;
    for (const lace of page.segments) {
      stream.partial.push(bytes.subarray(at, at + lace));
      at += lace;
      if (lace < 255) {
        stream.packets.push(joinParts(stream.partial));
        stream.partial = [];
        if (stream.packets.length === 1) identify(stream);
        if (stream.packets.length >= 2) break;
      }
    }
  }
  if (streams.size === 0) throw corrupt('Ogg file has no beginning-of-stream page');

  const audio = [...streams.values()].find((s) => s.kind === 'audio');
  const video = [...streams.values()].find((s) => s.kind === 'video');
  if (audio) {
    facts.audio = { codec: audio.codec };
    if (audio.channels) facts.audio.channels = audio.channels;
    if (audio.sampleRate) facts.audio.sampleRate = audio.sampleRate;
    if (audio.packets[1]) readComments(audio, facts.tags);
  }
  if (video) {
    facts.video = { codec: video.codec, width: video.width ?? 0, height: video.height ?? 0 };
    if (video.frameRate) facts.video.frameRate = video.frameRate;
    if (!audio && video.packets[1]) readComments(video, facts.tags);
  }
  if (!audio && !video) {
    const codecs = [...streams.values()].map((s) => s.codec).join(', ');
    throw unsupported(`Ogg file holds no audio or video stream this reader knows (streams: ${codecs})`);
  }
  assertLastPageComplete(bytes);

  if (audio?.sampleRate) {
    const last = lastGranule(bytes, audio.serial);
    if (last !== undefined) {
      const samples = last - (audio.preSkip ?? 0);
      const durationSec = Math.max(0, samples) / (audio.codec === 'opus' ? 48000 : audio.sampleRate);
      if (durationSec > 0) {
        facts.durationSec = round(durationSec, 3);
        facts.bitrateKbps = round((bytes.length * 8) / durationSec / 1000, 1);
      }
    }
  }
  return facts;
}

function joinParts(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function identify(stream: Stream): void {
  const p = stream.packets[0];
  const v = new ByteView(p, 0, p.length, 'Ogg identification header');
  if (p[0] === 0x01 && startsWithAscii(p, 1, 'vorbis') && v.has(12, 4)) {
    Object.assign(stream, { codec: 'vorbis', kind: 'audio', channels: v.u8(11), sampleRate: v.u32le(12) });
  } else if (startsWithAscii(p, 0, 'OpusHead') && v.has(12, 4)) {
    // Opus always decodes at 48 kHz; the header's "input sample rate" is informational only.
    Object.assign(stream, { codec: 'opus', kind: 'audio', channels: v.u8(9), preSkip: v.u16le(10), sampleRate: 48000 });
  } else if (p[0] === 0x7f && startsWithAscii(p, 1, 'FLAC') && v.has(13 + 4 + 18, 0)) {
    const info = 13 + 4; // 'fLaC' marker and the STREAMINFO block header
    const packed = v.u32be(info + 10);
    Object.assign(stream, { codec: 'flac', kind: 'audio', sampleRate: packed >>> 12, channels: ((packed >>> 9) & 7) + 1 });
  } else if (startsWithAscii(p, 0, 'Speex   ') && v.has(48, 4)) {
    Object.assign(stream, { codec: 'speex', kind: 'audio', sampleRate: v.u32le(36), channels: v.u32le(48) });
  } else if (p[0] === 0x80 && startsWithAscii(p, 1, 'theora') && v.has(26, 4)) {
    const numerator = v.u32be(22);
    const denominator = v.u32be(26);
    Object.assign(stream, {
      codec: 'theora',
      kind: 'video',
      width: (v.u8(14) << 16) | (v.u8(15) << 8) | v.u8(16),
      height: (v.u8(17) << 16) | (v.u8(18) << 8) | v.u8(19),
      frameRate: denominator ? round(numerator / denominator, 3) : undefined,
    });
  } else if (startsWithAscii(p, 0, 'fishead')) {
    stream.codec = 'skeleton';
  }
}

/** Vorbis comment block: vendor string, then "KEY=value" pairs, every length a 32-bit little-endian count. */
function readComments(stream: Stream, tags: MediaTags): void {
  const p = stream.packets[1];
  let start: number;
  if (stream.codec === 'vorbis' && p[0] === 0x03 && startsWithAscii(p, 1, 'vorbis')) start = 7;
  else if (stream.codec === 'opus' && startsWithAscii(p, 0, 'OpusTags')) start = 8;
  else if (stream.codec === 'flac' && (p[0] & 0x7f) === 4) start = 4;
  else if (stream.codec === 'theora' && p[0] === 0x81 && startsWithAscii(p, 1, 'theora')) start = 7;
  else if (stream.codec === 'speex') start = 0;
  else return;
  const v = new ByteView(p, 0, p.length, 'Ogg comment header');
  if (!v.has(start, 4)) return;
  let pos = start + 4 + v.u32le(start);
  if (!v.has(pos, 4)) return;
  const count = v.u32le(pos);
  pos += 4;
  for (let i = 0; i < count && v.has(pos, 4); i++) {
    const length = v.u32le(pos);
    pos += 4;
    if (!v.has(pos, length)) return;
    const entry = decodeUtf8(v.slice(pos, length));
    pos += length;
    const eq = entry.indexOf('=');
    if (eq <= 0) continue;
    const key = COMMENT_KEYS[entry.slice(0, eq).toUpperCase()];
    const value = nonEmpty(entry.slice(eq + 1));
    if (key && value && !tags[key]) tags[key] = value;
  }
}

/** The last page in the file must end within it; a cut-off final page is the usual sign of truncation. */
function assertLastPageComplete(bytes: Uint8Array): void {
  const from = Math.max(0, bytes.length - TAIL_WINDOW);
  for (let pos = bytes.length - 4; pos >= from; pos--) {
    if (bytes[pos] !== 0x4f || !startsWithAscii(bytes, pos, 'OggS')) continue;
    if (pos + 4 < bytes.length && bytes[pos + 4] !== 0) continue; // not a version-0 page header: packet data
    readPage(bytes, pos); // throws "truncated" when the page runs past the end
    return;
  }
}

/** Granule position of the last complete page of `serial`, searching backwards through the last 64 KB. */
function lastGranule(bytes: Uint8Array, serial: number): number | undefined {
  const from = Math.max(0, bytes.length - TAIL_WINDOW);
  for (let pos = bytes.length - 27; pos >= from; pos--) {
    if (bytes[pos] !== 0x4f || !startsWithAscii(bytes, pos, 'OggS')) continue;
    let page: Page;
    try {
      page = readPage(bytes, pos);
    } catch {
      continue; // "OggS" inside packet data, or a page cut off by truncation
    }
    if (page.serial === serial && page.granule >= 0) return page.granule;
  }
  return undefined;
}
