/** MP3 (MPEG-1/2/2.5 audio layers I–III): ID3v2 tags, the first frame header, Xing/Info/VBRI for duration. */
import { inflateSync } from 'node:zlib';
import {
  ByteView,
  corrupt,
  decodeLatin1,
  decodeUtf16Bom,
  decodeUtf16,
  decodeUtf8,
  nonEmpty,
  round,
  startsWithAscii,
  truncated,
} from './bytes';
import type { MediaFacts, MediaTags } from './types';

const BITRATES_KBPS: Record<string, number[]> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES: Record<number, number[]> = { 1: [44100, 48000, 32000], 2: [22050, 24000, 16000], 25: [11025, 12000, 8000] };

/** Frames scanned past the tag before giving up: real files have the first frame within a few bytes. */
const SYNC_SEARCH_LIMIT = 64 * 1024;

export interface FrameHeader {
  offset: number;
  version: 1 | 2 | 25;
  layer: 1 | 2 | 3;
  bitrateKbps: number;
  sampleRate: number;
  channels: 1 | 2;
  padding: number;
  frameLength: number;
  samplesPerFrame: number;
}

export function parseFrameHeader(bytes: Uint8Array, offset: number): FrameHeader | undefined {
  if (offset + 4 > bytes.length) return undefined;
  const b1 = bytes[offset + 1];
  const b2 = bytes[offset + 2];
  const b3 = bytes[offset + 3];
  if (bytes[offset] !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined;
  const versionBits = (b1 >> 3) & 3;
  const layerBits = (b1 >> 1) & 3;
  if (versionBits === 1 || layerBits === 0) return undefined;
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 25;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return undefined; // free format is not supported
  const bitrateKbps = BITRATES_KBPS[`${version === 1 ? 1 : 2}-${layer}`][bitrateIndex];
  const sampleRate = SAMPLE_RATES[version][rateIndex];
  const padding = (b2 >> 1) & 1;
  const channels = (b3 >> 6) === 3 ? 1 : 2;
  let frameLength: number;
  let samplesPerFrame: number;
  if (layer === 1) {
    frameLength = (Math.floor((12 * bitrateKbps * 1000) / sampleRate) + padding) * 4;
    samplesPerFrame = 384;
  } else if (layer === 2 || version === 1) {
    frameLength = Math.floor((144 * bitrateKbps * 1000) / sampleRate) + padding;
    samplesPerFrame = 1152;
  } else {
    frameLength = Math.floor((72 * bitrateKbps * 1000) / sampleRate) + padding;
    samplesPerFrame = 576;
  }
  return { offset, version, layer, bitrateKbps, sampleRate, channels, padding, frameLength, samplesPerFrame };
}

/** A frame whose successor is also a valid frame header (or the file ends right there). */
function confirmedFrameAt(bytes: Uint8Array, offset: number): FrameHeader | undefined {
  const frame = parseFrameHeader(bytes, offset);
  if (!frame) return undefined;
  const next = offset + frame.frameLength;
  if (next >= bytes.length - 3) return frame;
  const following = parseFrameHeader(bytes, next);
  if (!following || following.version !== frame.version || following.layer !== frame.layer || following.sampleRate !== frame.sampleRate) return undefined;
  return frame;
}

export function looksLikeMp3(bytes: Uint8Array): boolean {
  if (startsWithAscii(bytes, 0, 'ID3')) return true;
  return confirmedFrameAt(bytes, 0) !== undefined && parseFrameHeader(bytes, 0)!.frameLength < bytes.length;
}

export function readMp3(bytes: Uint8Array): MediaFacts {
  const facts: MediaFacts = { container: 'mp3', captionTracks: [], tags: {}, byteSize: bytes.length };
  let audioStart = 0;
  // Several ID3v2 tags in a row happen when tools prepend a new tag without removing the old one.
  while (startsWithAscii(bytes, audioStart, 'ID3')) {
    const tag = readId3v2(bytes, audioStart);
    for (const [key, value] of Object.entries(tag.tags)) {
      if (value && !(facts.tags as Record<string, string>)[key]) (facts.tags as Record<string, string>)[key] = value;
    }
    audioStart = tag.end;
  }
  const audioEnd = hasId3v1(bytes) ? bytes.length - 128 : bytes.length;
  if (hasId3v1(bytes)) {
    const v1 = readId3v1(bytes);
    for (const [key, value] of Object.entries(v1)) {
      if (value && !(facts.tags as Record<string, string>)[key]) (facts.tags as Record<string, string>)[key] = value;
    }
  }

  let frame: FrameHeader | undefined;
  const searchEnd = Math.min(audioEnd - 3, audioStart + SYNC_SEARCH_LIMIT);
  for (let pos = audioStart; pos < searchEnd; pos++) {
    if (bytes[pos] !== 0xff) continue;
    frame = confirmedFrameAt(bytes, pos);
    if (frame) break;
  }
  if (!frame) {
    if (audioStart >= bytes.length - 4) throw truncated('MP3 file ends before its first audio frame');
    throw corrupt(`no MPEG audio frame found in the ${Math.min(SYNC_SEARCH_LIMIT, audioEnd - audioStart)} bytes after the ID3 tag`);
  }
  if (frame.offset + frame.frameLength > audioEnd) {
    throw truncated(`file is truncated: the first MP3 frame at byte ${frame.offset} needs ${frame.frameLength} bytes but only ${audioEnd - frame.offset} remain`);
  }

  facts.audio = { codec: frame.layer === 3 ? 'mp3' : frame.layer === 2 ? 'mp2' : 'mp1', channels: frame.channels, sampleRate: frame.sampleRate };

  const vbr = readVbrHeader(bytes, frame);
  let durationSec: number;
  if (vbr?.frames) {
    if (vbr.bytes && frame.offset + vbr.bytes > audioEnd + frame.frameLength) {
      throw truncated(`file is truncated: the ${vbr.kind} header promises ${vbr.bytes} bytes of audio but only ${audioEnd - frame.offset} are there`);
    }
    const samples = vbr.frames * frame.samplesPerFrame - (vbr.encoderDelay ?? 0) - (vbr.encoderPadding ?? 0);
    durationSec = Math.max(0, samples) / frame.sampleRate;
  } else {
    // Constant bitrate: the audio bytes divided by the byte rate of the first frame.
    const firstAudio = vbr ? frame.offset + frame.frameLength : frame.offset;
    durationSec = ((audioEnd - firstAudio) * 8) / (frame.bitrateKbps * 1000);
  }
  if (durationSec > 0) {
    facts.durationSec = round(durationSec, 3);
    facts.bitrateKbps = round((bytes.length * 8) / durationSec / 1000, 1);
  }
  return facts;
}

interface VbrHeader {
  kind: 'Xing' | 'Info' | 'VBRI';
  frames?: number;
  bytes?: number;
  encoderDelay?: number;
  encoderPadding?: number;
}

function readVbrHeader(bytes: Uint8Array, frame: FrameHeader): VbrHeader | undefined {
  const v = new ByteView(bytes, frame.offset, frame.offset + frame.frameLength, 'MP3 first frame');
  const sideInfo = frame.version === 1 ? (frame.channels === 1 ? 17 : 32) : frame.channels === 1 ? 9 : 17;
  const xingAt = 4 + sideInfo;
  if (v.has(xingAt, 8)) {
    const id = v.fourcc(xingAt);
    if (id === 'Xing' || id === 'Info') {
      const flags = v.u32be(xingAt + 4);
      let pos = xingAt + 8;
      const header: VbrHeader = { kind: id };
      if (flags & 1 && v.has(pos, 4)) { header.frames = v.u32be(pos); pos += 4; }
      if (flags & 2 && v.has(pos, 4)) { header.bytes = v.u32be(pos); pos += 4; }
      if (flags & 4) pos += 100;
      if (flags & 8) pos += 4;
      // The LAME extension stores the encoder delay and padding that the decoder trims from the ends.
      if (v.has(pos, 24) && /^(LAME|Lavc|Lavf|L3.9)/u.test(v.ascii(pos, 4))) {
        const packed = v.u24be(pos + 21);
        header.encoderDelay = packed >> 12;
        header.encoderPadding = packed & 0xfff;
      }
      return header;
    }
  }
  if (v.has(36, 18) && v.fourcc(36) === 'VBRI') {
    return { kind: 'VBRI', bytes: v.u32be(36 + 10), frames: v.u32be(36 + 14) };
  }
  return undefined;
}

function hasId3v1(bytes: Uint8Array): boolean {
  return bytes.length >= 128 && startsWithAscii(bytes, bytes.length - 128, 'TAG');
}

function readId3v1(bytes: Uint8Array): MediaTags {
  const at = bytes.length - 128;
  const field = (offset: number, length: number): string | undefined => {
    const raw = bytes.subarray(at + offset, at + offset + length);
    const end = raw.indexOf(0);
    return nonEmpty(decodeLatin1(end >= 0 ? raw.subarray(0, end) : raw));
  };
  return { title: field(3, 30), artist: field(33, 30), comment: field(97, 28) };
}

const TEXT_FRAMES: Record<string, keyof MediaTags> = {
  TIT2: 'title',
  TPE1: 'artist',
  TCOP: 'copyright',
  TPUB: 'publisher',
  TT2: 'title',
  TP1: 'artist',
  TCR: 'copyright',
  TPB: 'publisher',
};

const WANTED_FRAMES = new Set([...Object.keys(TEXT_FRAMES), 'WCOP', 'WCP', 'WXXX', 'WXX', 'COMM', 'COM']);

interface Id3Result {
  end: number;
  tags: MediaTags;
}

function syncsafe(v: ByteView, offset: number): number {
  return ((v.u8(offset) & 0x7f) << 21) | ((v.u8(offset + 1) & 0x7f) << 14) | ((v.u8(offset + 2) & 0x7f) << 7) | (v.u8(offset + 3) & 0x7f);
}

/** Undoes ID3 unsynchronisation: every 0xFF 0x00 pair was a lone 0xFF before writing. */
function resynchronise(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    out[n++] = data[i];
    if (data[i] === 0xff && data[i + 1] === 0x00) i++;
  }
  return out.subarray(0, n);
}

export function readId3v2(bytes: Uint8Array, start: number): Id3Result {
  const header = new ByteView(bytes, start, bytes.length, 'ID3v2 tag');
  if (!header.has(0, 10)) throw truncated('file ends inside the ID3v2 tag header');
  const major = header.u8(3);
  const flags = header.u8(5);
  const size = syncsafe(header, 6);
  const footer = major === 4 && flags & 0x10 ? 10 : 0;
  const end = start + 10 + size + footer;
  if (end > bytes.length) {
    throw truncated(`file is truncated: the ID3v2 tag declares ${size} bytes but only ${bytes.length - start - 10} follow its header`);
  }
  const tags: MediaTags = {};
  if (major < 2 || major > 4) return { end, tags }; // unknown tag version: skip it by its size
  let body = bytes.subarray(start + 10, start + 10 + size);
  const wholeTagUnsynced = (flags & 0x80) !== 0;
  if (wholeTagUnsynced && major < 4) body = resynchronise(body);
  const v = new ByteView(body, 0, body.length, 'ID3v2 tag');
  let pos = 0;
  if (flags & 0x40 && major >= 3) {
    // Extended header: v2.3 size excludes its own 4 bytes, v2.4 size is syncsafe and includes them.
    if (!v.has(0, 4)) return { end, tags };
    pos = major === 3 ? 4 + v.u32be(0) : syncsafe(v, 0);
  }
  const idLength = major === 2 ? 3 : 4;
  const headerLength = major === 2 ? 6 : 10;
  let licenceUrl: string | undefined;
  let anyUserUrl: string | undefined;
  let plainComment: string | undefined;
  let describedComment: string | undefined;
  while (v.has(pos, headerLength)) {
    const id = v.ascii(pos, idLength);
    if (!/^[A-Z0-9]+$/u.test(id)) break; // padding
    let frameSize: number;
    let frameFlags = 0;
    if (major === 2) frameSize = (v.u8(pos + 3) << 16) | (v.u8(pos + 4) << 8) | v.u8(pos + 5);
    else if (major === 3) frameSize = v.u32be(pos + 4);
    else frameSize = syncsafeOrPlain(v, pos + 4, body.length);
    if (major > 2) frameFlags = v.u16be(pos + 8);
    const dataStart = pos + headerLength;
    if (frameSize === 0 || dataStart + frameSize > body.length) break;
    pos = dataStart + frameSize;
    if (!WANTED_FRAMES.has(id)) continue;
    let data = body.subarray(dataStart, dataStart + frameSize);
    const decoded = frameData(data, major, frameFlags, wholeTagUnsynced);
    if (!decoded) continue;
    data = decoded;
    const key = TEXT_FRAMES[id];
    if (key) {
      const value = nonEmpty(decodeTextFrame(data));
      if (value && !tags[key]) tags[key] = value;
    } else if (id === 'WCOP' || id === 'WCP') {
      tags.copyrightUrl ??= nonEmpty(decodeLatin1(untilNul(data)));
    } else if (id === 'WXXX' || id === 'WXX') {
      const { description, rest } = splitDescription(data);
      const url = nonEmpty(decodeLatin1(untilNul(rest)));
      if (url && /licen[cs]e|rights|terms/iu.test(description)) licenceUrl ??= url;
      if (url) anyUserUrl ??= url;
    } else if (id === 'COMM' || id === 'COM') {
      if (data.length < 4) continue;
      const { description, rest } = splitDescription(concat(data.subarray(0, 1), data.subarray(4)));
      const text = nonEmpty(decodeEncoded(data[0], rest));
      // A plain comment has no description; iTunes hides normalisation data in described ones (iTunNORM…).
      if (text && description === '') plainComment ??= text;
      else if (text && !/^itun/iu.test(description)) describedComment ??= text;
    }
  }
  const licenseUrl = licenceUrl ?? anyUserUrl;
  if (licenseUrl) tags.licenseUrl = licenseUrl;
  const comment = plainComment ?? describedComment;
  if (comment) tags.comment = comment;
  return { end, tags };
}

/**
 * ID3v2.4 frame sizes are syncsafe, but iTunes and others wrote plain 32-bit sizes into v2.4 tags. Prefer
 * syncsafe, and take the plain reading only when the syncsafe one does not land on another frame or padding.
 */
function syncsafeOrPlain(v: ByteView, at: number, bodyLength: number): number {
  const safe = syncsafe(v, at);
  const plain = v.u32be(at);
  if (safe === plain) return safe;
  const landsWell = (size: number): boolean => {
    const next = at + 6 + size;
    if (next === bodyLength) return true;
    if (next > bodyLength) return false;
    return next + 4 > bodyLength || v.u8(next) === 0 || /^[A-Z0-9]{4}$/u.test(v.ascii(next, 4));
  };
  return landsWell(safe) || !landsWell(plain) ? safe : plain;
}

/** Strips the per-frame extras (grouping, data length, unsync) and refuses encrypted frames. */
function frameData(data: Uint8Array, major: number, flags: number, wholeTagUnsynced: boolean): Uint8Array | undefined {
  if (major === 3) {
    if (flags & 0x0040) return undefined; // encrypted
    let d = data;
    if (flags & 0x0080) {
      if (d.length < 4) return undefined;
      d = inflateBounded(d.subarray(flags & 0x0020 ? 5 : 4));
    } else if (flags & 0x0020) d = d.subarray(1);
    return d;
  }
  if (major === 4) {
    if (flags & 0x0004) return undefined; // encrypted
    let d = data;
    if (flags & 0x0040) d = d.subarray(1); // grouping identity
    if (flags & 0x0001) d = d.subarray(4); // data length indicator
    if (flags & 0x0002 || wholeTagUnsynced) d = resynchronise(d);
    if (flags & 0x0008) d = inflateBounded(d);
    return d;
  }
  return data;
}

function inflateBounded(data: Uint8Array): Uint8Array {
  try {
    return inflateSync(data, { maxOutputLength: 256 * 1024 }); // tag text, not pictures
  } catch {
    return new Uint8Array(0);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function untilNul(data: Uint8Array): Uint8Array {
  const end = data.indexOf(0);
  return end >= 0 ? data.subarray(0, end) : data;
}

/** Position just past the encoding's string terminator: one NUL for Latin-1/UTF-8, an aligned NUL pair for UTF-16. */
function terminatorEnd(encoding: number, data: Uint8Array, from: number): { textEnd: number; next: number } {
  if (encoding === 1 || encoding === 2) {
    for (let i = from; i + 1 < data.length; i += 2) if (data[i] === 0 && data[i + 1] === 0) return { textEnd: i, next: i + 2 };
    return { textEnd: data.length, next: data.length };
  }
  const i = data.indexOf(0, from);
  return i >= 0 ? { textEnd: i, next: i + 1 } : { textEnd: data.length, next: data.length };
}

/** [encoding][description, terminated][rest]: the layout of WXXX, COMM (after language) and TXXX. */
function splitDescription(data: Uint8Array): { description: string; rest: Uint8Array } {
  if (data.length < 1) return { description: '', rest: new Uint8Array(0) };
  const encoding = data[0];
  const { textEnd, next } = terminatorEnd(encoding, data, 1);
  return { description: decodeEncoded(encoding, data.subarray(1, textEnd)), rest: data.subarray(next) };
}

function decodeEncoded(encoding: number, raw: Uint8Array): string {
  switch (encoding) {
    case 0: return decodeLatin1(raw);
    case 1: return decodeUtf16Bom(raw, true);
    case 2: return decodeUtf16(raw, false);
    case 3: return decodeUtf8(raw);
    default: return decodeLatin1(raw);
  }
}

/** Text frames: encoding byte, then one or more values separated by the encoding's terminator (v2.4). */
function decodeTextFrame(data: Uint8Array): string {
  if (data.length < 1) return '';
  const encoding = data[0];
  const values: string[] = [];
  let pos = 1;
  while (pos < data.length) {
    const { textEnd, next } = terminatorEnd(encoding, data, pos);
    const value = decodeEncoded(encoding, data.subarray(pos, textEnd)).replace(/^\ufeff/u, '');
    if (value.trim() !== '') values.push(value);
    pos = next;
  }
  return values.join(' / ');
}
