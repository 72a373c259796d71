/** MP4, MOV and M4A (ISO base media file format / QuickTime): box walk over moov only, never the sample data. */
import {
  ByteView,
  corrupt,
  decodeMacRoman,
  decodeUtf16Bom,
  decodeUtf8,
  isValidUtf8,
  nonEmpty,
  printableFourcc,
  round,
  truncated,
} from './bytes';
import type { AudioFacts, CaptionTrackFacts, MediaContainer, MediaFacts, MediaTags, VideoFacts } from './types';

interface Box {
  type: string;
  /** Absolute offsets in the file. */
  start: number;
  contentStart: number;
  end: number;
}

const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';
const TEXT_HANDLERS = new Set(['text', 'sbtl', 'subt', 'clcp']);
const IMAGE_BRANDS = new Set(['avif', 'avis', 'heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1']);
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ']);

/**
 * Lists the boxes in [from, to). A box that runs past `to` is an error: "truncated" when `to` is the end of the
 * file, "corrupt" when it only overruns its parent.
 */
function listBoxes(bytes: Uint8Array, from: number, to: number, parent: string): Box[] {
  const boxes: Box[] = [];
  const view = new ByteView(bytes, 0, to, parent);
  const atFileEnd = to >= bytes.length;
  let pos = from;
  while (pos < to) {
    if (to - pos < 8) {
      // Trailing padding of fewer than 8 zero bytes is harmless; anything else is a cut-off header.
      if (bytes.subarray(pos, to).every((b) => b === 0)) break;
      if (atFileEnd) throw truncated(`${parent} ends inside a box header at byte ${pos}`);
      throw corrupt(`${parent} has ${to - pos} stray byte(s) at byte ${pos}, too few for a box header`);
    }
    let size = view.u32be(pos);
    const type = view.fourcc(pos + 4);
    let header = 8;
    if (size === 1) {
      if (to - pos < 16) throw atFileEnd ? truncated(`${parent} ends inside the 64-bit size of box '${type}'`) : corrupt(`box '${type}' in ${parent} is cut off`);
      size = view.u64be(pos + 8);
      header = 16;
    } else if (size === 0) {
      size = to - pos;
    }
    if (size === 0 && type === '\0\0\0\0') break;
    if (size < header) throw corrupt(`box '${printable(type)}' at byte ${pos} in ${parent} declares an impossible size of ${size} bytes`);
    if (pos + size > to) {
      if (atFileEnd) {
        throw truncated(`file is truncated: box '${printable(type)}' at byte ${pos} declares ${size} bytes but only ${to - pos} remain`);
      }
      throw corrupt(`box '${printable(type)}' at byte ${pos} declares ${size} bytes, more than the ${to - pos} left in ${parent}`);
    }
    boxes.push({ type, start: pos, contentStart: pos + header, end: pos + size });
    pos += size;
  }
  return boxes;
}

function printable(type: string): string {
  return /^[\x20-\x7e\xa9]{4}$/u.test(type) ? type : Array.from(type, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

function childrenOf(bytes: Uint8Array, box: Box, offset = 0): Box[] {
  return listBoxes(bytes, box.contentStart + offset, box.end, `'${box.type}' box`);
}

function find(boxes: Box[], type: string): Box | undefined {
  return boxes.find((b) => b.type === type);
}

function viewOf(bytes: Uint8Array, box: Box): ByteView {
  return new ByteView(bytes, box.contentStart, box.end, `MP4 '${printable(box.type)}' box`);
}

/** True when the first box of the file or one of the usual QuickTime top-level boxes is there. */
export function looksLikeIsoBmff(bytes: Uint8Array): boolean {
  if (bytes.length < 8 || !printableFourcc(bytes, 4)) return false;
  const type = String.fromCharCode(bytes[4], bytes[5], bytes[6], bytes[7]);
  return ['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot', 'styp'].includes(type);
}

interface TrackInfo {
  handler?: string;
  sampleEntry?: string;
  tkhdWidth?: number;
  tkhdHeight?: number;
  rotation?: 0 | 90 | 180 | 270;
  timescale?: number;
  duration?: number;
  language?: string;
  codedWidth?: number;
  codedHeight?: number;
  channels?: number;
  sampleRate?: number;
  audioCodec?: string;
  frameRate?: number;
  maxChunkOffset?: number;
}

export function readIsoBmff(bytes: Uint8Array): MediaFacts {
  const top = listBoxes(bytes, 0, bytes.length, 'MP4 file');
  const ftyp = find(top, 'ftyp');
  const container = containerFromBrand(bytes, ftyp);
  const facts: MediaFacts = { container, captionTracks: [], tags: {}, byteSize: bytes.length };

  for (const box of top) {
    if (box.type === 'uuid' && uuidOf(bytes, box) === XMP_UUID) facts.xmp = decodeUtf8(bytes.subarray(box.contentStart + 16, box.end));
  }

  const moov = find(top, 'moov');
  if (!moov) {
    if (container === 'unknown') return facts;
    const boxes = top.map((b) => printable(b.type)).join(', ') || 'none';
    throw truncated(`${container.toUpperCase()} file has no 'moov' box with the track information: it is truncated or was never finalised (top-level boxes: ${boxes})`);
  }

  const moovChildren = childrenOf(bytes, moov);
  const mvhd = find(moovChildren, 'mvhd');
  if (!mvhd) throw corrupt("MP4 'moov' box has no 'mvhd' movie header");
  const movieTimescale = readMovieTimescale(viewOf(bytes, mvhd));
  let durationSec = readMovieDuration(viewOf(bytes, mvhd));
  const mvex = find(moovChildren, 'mvex');
  const mehd = mvex ? find(childrenOf(bytes, mvex), 'mehd') : undefined;
  if (!durationSec && mehd && movieTimescale > 0) {
    // Fragmented MP4 keeps the total in mvex/mehd and leaves mvhd at zero.
    const v = viewOf(bytes, mehd);
    const fragmentDuration = v.u8(0) === 1 ? v.u64be(4) : v.u32be(4);
    if (fragmentDuration > 0) durationSec = fragmentDuration / movieTimescale;
  }

  const tracks = moovChildren.filter((b) => b.type === 'trak').map((trak) => readTrack(bytes, trak));
  if (!durationSec) {
    const longest = Math.max(0, ...tracks.map((t) => (t.timescale && t.duration ? t.duration / t.timescale : 0)));
    if (longest > 0) durationSec = longest;
  }

  const maxChunkOffset = Math.max(-1, ...tracks.map((t) => t.maxChunkOffset ?? -1));
  if (maxChunkOffset >= bytes.length) {
    throw truncated(`file is truncated: the sample tables point to byte ${maxChunkOffset}, but the file has only ${bytes.length} bytes`);
  }

  const videoTrack = tracks.find((t) => t.handler === 'vide' && t.sampleEntry);
  if (videoTrack) facts.video = videoFacts(videoTrack);
  const audioTrack = tracks.find((t) => t.handler === 'soun' && t.sampleEntry);
  if (audioTrack) {
    const audio: AudioFacts = { codec: audioTrack.audioCodec ?? audioTrack.sampleEntry ?? 'unknown' };
    if (audioTrack.channels) audio.channels = audioTrack.channels;
    if (audioTrack.sampleRate) audio.sampleRate = audioTrack.sampleRate;
    facts.audio = audio;
  }
  for (const t of tracks) {
    if (t.handler && TEXT_HANDLERS.has(t.handler)) {
      const caption: CaptionTrackFacts = { codec: t.sampleEntry ?? t.handler };
      if (t.language) caption.language = t.language;
      facts.captionTracks.push(caption);
    }
  }

  let ilstTags: MediaTags = {};
  let udtaTags: MediaTags = {};
  for (const box of moovChildren) {
    if (box.type === 'meta') ilstTags = { ...readMeta(bytes, box), ...ilstTags };
    if (box.type === 'udta') {
      const udta = readUdta(bytes, box);
      if (udta.xmp && !facts.xmp) facts.xmp = udta.xmp;
      ilstTags = { ...udta.ilst, ...ilstTags };
      udtaTags = { ...udta.tags, ...udtaTags };
    }
    if (box.type === 'uuid' && uuidOf(bytes, box) === XMP_UUID && !facts.xmp) facts.xmp = decodeUtf8(bytes.subarray(box.contentStart + 16, box.end));
  }
  // iTunes ilst first (what ffmpeg and most tools write), then the 3GPP/QuickTime udta atoms.
  const tags: MediaTags = { ...udtaTags, ...ilstTags };
  facts.tags = tags;

  if (durationSec && durationSec > 0 && Number.isFinite(durationSec)) {
    facts.durationSec = round(durationSec, 3);
    facts.bitrateKbps = round((bytes.length * 8) / durationSec / 1000, 1);
  }
  return facts;
}

function containerFromBrand(bytes: Uint8Array, ftyp: Box | undefined): MediaContainer {
  if (!ftyp) return 'mov';
  const v = viewOf(bytes, ftyp);
  const major = v.has(0, 4) ? v.fourcc(0) : '';
  if (major === 'qt  ') return 'mov';
  if (AUDIO_BRANDS.has(major)) return 'm4a';
  if (IMAGE_BRANDS.has(major)) return 'unknown';
  return 'mp4';
}

function uuidOf(bytes: Uint8Array, box: Box): string {
  if (box.end - box.contentStart < 16) return '';
  return Array.from(bytes.subarray(box.contentStart, box.contentStart + 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

function readMovieTimescale(v: ByteView): number {
  return v.u8(0) === 1 ? v.u32be(20) : v.u32be(12);
}

function readMovieDuration(v: ByteView): number | undefined {
  const version = v.u8(0);
  const timescale = version === 1 ? v.u32be(20) : v.u32be(12);
  const duration = version === 1 ? v.u64be(24) : v.u32be(16);
  if (timescale === 0 || duration === 0 || duration === 0xffffffff || (version === 1 && duration >= 2 ** 53)) return undefined;
  return duration / timescale;
}

function readTrack(bytes: Uint8Array, trak: Box): TrackInfo {
  const info: TrackInfo = {};
  const children = childrenOf(bytes, trak);
  const tkhd = find(children, 'tkhd');
  if (tkhd) readTrackHeader(viewOf(bytes, tkhd), info);
  const mdia = find(children, 'mdia');
  if (!mdia) return info;
  const mdiaChildren = childrenOf(bytes, mdia);
  const mdhd = find(mdiaChildren, 'mdhd');
  if (mdhd) {
    const v = viewOf(bytes, mdhd);
    const version = v.u8(0);
    const base = version === 1 ? 20 : 12;
    info.timescale = v.u32be(base);
    info.duration = version === 1 ? v.u64be(base + 4) : v.u32be(base + 4);
    const lang = unpackLanguage(v.u16be(version === 1 ? 32 : 20));
    if (lang) info.language = lang;
  }
  const elng = find(mdiaChildren, 'elng');
  if (elng) {
    const tag = nonEmpty(decodeUtf8(bytes.subarray(elng.contentStart + 4, elng.end)));
    if (tag && tag !== 'und') info.language = tag;
  }
  const hdlr = find(mdiaChildren, 'hdlr');
  if (hdlr) info.handler = viewOf(bytes, hdlr).fourcc(8);
  const minf = find(mdiaChildren, 'minf');
  const stbl = minf ? find(childrenOf(bytes, minf), 'stbl') : undefined;
  if (!stbl) return info;
  const stblChildren = childrenOf(bytes, stbl);
  const stsd = find(stblChildren, 'stsd');
  if (stsd) readSampleDescription(bytes, stsd, info);
  const stts = find(stblChildren, 'stts');
  if (stts && info.handler === 'vide' && info.timescale) info.frameRate = frameRateFromStts(viewOf(bytes, stts), info.timescale);
  for (const box of stblChildren) {
    if (box.type === 'stco' || box.type === 'co64') info.maxChunkOffset = maxChunkOffset(viewOf(bytes, box), box.type === 'co64');
  }
  return info;
}

function readTrackHeader(v: ByteView, info: TrackInfo): void {
  const version = v.u8(0);
  // Matrix and size sit after the version-dependent times: 40 bytes in on version 0, 52 on version 1.
  const matrixAt = version === 1 ? 52 : 40;
  const a = v.i32be(matrixAt) / 65536;
  const b = v.i32be(matrixAt + 4) / 65536;
  info.rotation = rotationFromMatrix(a, b);
  info.tkhdWidth = v.u32be(matrixAt + 36) / 65536;
  info.tkhdHeight = v.u32be(matrixAt + 40) / 65536;
}

/**
 * The first matrix row (a, b) is (cos θ, sin θ) for a clockwise display rotation θ in QuickTime's y-down
 * coordinates: portrait phone video is (0, 1) and reads as 90.
 */
function rotationFromMatrix(a: number, b: number): 0 | 90 | 180 | 270 {
  if (a === 0 && b === 0) return 0;
  const degrees = ((Math.round((Math.atan2(b, a) * 180) / Math.PI / 90) * 90) % 360 + 360) % 360;
  return degrees as 0 | 90 | 180 | 270;
}

/** ISO 639-2/T packed as three 5-bit letters offset by 0x60. */
function unpackLanguage(packed: number): string | undefined {
  if (packed === 0 || packed === 0x7fff) return undefined;
  if (packed < 0x400) return undefined; // a QuickTime Macintosh language code, not ISO 639
  const code = String.fromCharCode(((packed >> 10) & 0x1f) + 0x60, ((packed >> 5) & 0x1f) + 0x60, (packed & 0x1f) + 0x60);
  if (!/^[a-z]{3}$/u.test(code) || code === 'und') return undefined;
  return code;
}

function readSampleDescription(bytes: Uint8Array, stsd: Box, info: TrackInfo): void {
  const entries = listBoxes(bytes, stsd.contentStart + 8, stsd.end, "'stsd' box");
  const entry = entries[0];
  if (!entry) return;
  let fourcc = entry.type;
  const v = new ByteView(bytes, entry.start, entry.end, `MP4 '${printable(fourcc)}' sample entry`);
  let childrenAt = -1;
  if (info.handler === 'vide') {
    info.codedWidth = v.u16be(32);
    info.codedHeight = v.u16be(34);
    childrenAt = 86;
  } else if (info.handler === 'soun') {
    const version = v.u16be(16);
    info.channels = v.u16be(24);
    info.sampleRate = v.u16be(32);
    childrenAt = 36;
    if (version === 1) childrenAt = 52;
    if (version === 2) {
      info.sampleRate = Math.round(new ByteView(bytes, entry.start, entry.end).f64be(40));
      info.channels = v.u32be(48);
      childrenAt = 72;
    }
  }
  const children = childrenAt > 0 && entry.start + childrenAt <= entry.end ? safeList(bytes, entry.start + childrenAt, entry.end) : [];
  if (fourcc === 'encv' || fourcc === 'enca') {
    const sinf = find(children, 'sinf');
    const frma = sinf ? find(childrenOf(bytes, sinf), 'frma') : undefined;
    if (frma && frma.end - frma.contentStart >= 4) fourcc = viewOf(bytes, frma).fourcc(0);
  }
  info.sampleEntry = normaliseFourcc(fourcc);
  if (info.handler !== 'soun') return;
  info.audioCodec = info.sampleEntry;
  let esds = find(children, 'esds');
  const wave = find(children, 'wave');
  if (!esds && wave) esds = find(safeList(bytes, wave.contentStart, wave.end), 'esds');
  if (esds) readEsds(viewOf(bytes, esds), info);
  const dOps = find(children, 'dOps');
  if (dOps) {
    const d = viewOf(bytes, dOps);
    info.channels = d.u8(1);
    info.sampleRate = 48000;
  }
}

/** Sample-entry children are optional extras: a malformed one should not hide the codec and size already read. */
function safeList(bytes: Uint8Array, from: number, to: number): Box[] {
  try {
    return listBoxes(bytes, from, to, 'sample entry');
  } catch {
    return [];
  }
}

function normaliseFourcc(fourcc: string): string {
  switch (fourcc) {
    case 'vp09': return 'vp9';
    case 'vp08': return 'vp8';
    case 'Opus': return 'opus';
    case 'fLaC': return 'flac';
    case '.mp3': return 'mp3';
    case 'sowt':
    case 'twos':
    case 'lpcm':
    case 'in24':
    case 'in32':
    case 'raw ': return 'pcm';
    case 'fl32':
    case 'fl64': return 'pcm_float';
    default: return fourcc.trim() || fourcc;
  }
}

const AAC_SAMPLE_RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];

/**
 * The AAC AudioSpecificConfig inside esds is the authority on channels: encoders leave 2 in the sample entry for
 * mono AAC, which is the mistake other readers repeat.
 */
function readEsds(v: ByteView, info: TrackInfo): void {
  let pos = 4; // FullBox version and flags
  const readDescriptorHeader = (): { tag: number; size: number; body: number } | undefined => {
    if (!v.has(pos, 2)) return undefined;
    const tag = v.u8(pos++);
    let size = 0;
    for (let i = 0; i < 4; i++) {
      const b = v.u8(pos++);
      size = size * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
    return { tag, size, body: pos };
  };
  const es = readDescriptorHeader();
  if (!es || es.tag !== 0x03) return;
  const flags = v.u8(pos + 2);
  pos += 3;
  if (flags & 0x80) pos += 2;
  if (flags & 0x40) pos += 1 + v.u8(pos);
  if (flags & 0x20) pos += 2;
  const dc = readDescriptorHeader();
  if (!dc || dc.tag !== 0x04) return;
  const objectType = v.u8(pos);
  if (objectType === 0x69 || objectType === 0x6b) {
    info.audioCodec = 'mp3';
    return;
  }
  pos = dc.body + 13;
  const dsi = readDescriptorHeader();
  if (!dsi || dsi.tag !== 0x05 || dsi.size < 2 || !v.has(pos, 2)) return;
  const bits = new BitReader(v.slice(pos, Math.min(dsi.size, 8)));
  let audioObjectType = bits.read(5);
  if (audioObjectType === 31) audioObjectType = 32 + bits.read(6);
  const frequencyIndex = bits.read(4);
  const explicitRate = frequencyIndex === 15 ? bits.read(24) : undefined;
  const channelConfiguration = bits.read(4);
  if (bits.overrun) return;
  if (channelConfiguration > 0 && channelConfiguration <= 7) info.channels = channelConfiguration === 7 ? 8 : channelConfiguration;
  if (!info.sampleRate) info.sampleRate = explicitRate ?? AAC_SAMPLE_RATES[frequencyIndex];
}

class BitReader {
  private bit = 0;
  overrun = false;
  constructor(private readonly bytes: Uint8Array) {}
  read(count: number): number {
    let value = 0;
    for (let i = 0; i < count; i++) {
      const byte = this.bytes[this.bit >> 3];
      if (byte === undefined) {
        this.overrun = true;
        return 0;
      }
      value = value * 2 + ((byte >> (7 - (this.bit & 7))) & 1);
      this.bit++;
    }
    return value;
  }
}

function frameRateFromStts(v: ByteView, timescale: number): number | undefined {
  const entryCount = v.u32be(4);
  let samples = 0;
  let ticks = 0;
  for (let i = 0; i < entryCount && v.has(8 + i * 8, 8); i++) {
    const count = v.u32be(8 + i * 8);
    samples += count;
    ticks += count * v.u32be(12 + i * 8);
  }
  if (samples === 0 || ticks === 0) return undefined;
  return round((samples * timescale) / ticks, 3);
}

function maxChunkOffset(v: ByteView, wide: boolean): number {
  const count = v.u32be(4);
  const step = wide ? 8 : 4;
  let max = -1;
  for (let i = 0; i < count && v.has(8 + i * step, step); i++) {
    const offset = wide ? v.u64be(8 + i * step) : v.u32be(8 + i * step);
    if (offset > max) max = offset;
  }
  return max;
}

function videoFacts(t: TrackInfo): VideoFacts {
  const video: VideoFacts = { codec: t.sampleEntry ?? 'unknown', width: t.codedWidth ?? 0, height: t.codedHeight ?? 0 };
  if (t.tkhdWidth && t.tkhdHeight) {
    const sideways = t.rotation === 90 || t.rotation === 270;
    video.displayWidth = round(sideways ? t.tkhdHeight : t.tkhdWidth, 2);
    video.displayHeight = round(sideways ? t.tkhdWidth : t.tkhdHeight, 2);
  }
  if (t.rotation !== undefined) video.rotation = t.rotation;
  if (t.frameRate) video.frameRate = t.frameRate;
  return video;
}

const ILST_KEYS: Record<string, keyof MediaTags> = {
  '©nam': 'title',
  '©ART': 'artist',
  cprt: 'copyright',
  '©cpy': 'copyright',
  '©cmt': 'comment',
  '©pub': 'publisher',
};

const FREEFORM_KEYS: Record<string, keyof MediaTags> = {
  license: 'licenseUrl',
  licence: 'licenseUrl',
  licenseurl: 'licenseUrl',
  copyrighturl: 'copyrightUrl',
  publisher: 'publisher',
  label: 'publisher',
};

function readMeta(bytes: Uint8Array, meta: Box): MediaTags {
  // ISO 'meta' is a FullBox; QuickTime's is not and starts straight with its 'hdlr' child.
  const quickTimeStyle = meta.end - meta.contentStart >= 8 && new ByteView(bytes, meta.contentStart, meta.end).fourcc(4) === 'hdlr';
  const children = childrenOf(bytes, meta, quickTimeStyle ? 0 : 4);
  const ilst = find(children, 'ilst');
  const tags: MediaTags = {};
  if (!ilst) return tags;
  for (const item of childrenOf(bytes, ilst)) {
    let key: keyof MediaTags | undefined = ILST_KEYS[item.type];
    const parts = safeList(bytes, item.contentStart, item.end);
    if (item.type === '----') {
      const name = find(parts, 'name');
      const label = name ? decodeUtf8(bytes.subarray(name.contentStart + 4, name.end)).toLowerCase() : '';
      key = FREEFORM_KEYS[label];
    }
    if (!key || tags[key]) continue;
    const data = find(parts, 'data');
    if (!data || data.end - data.contentStart < 8) continue;
    const dv = viewOf(bytes, data);
    const valueType = dv.u32be(0) & 0xffffff;
    const raw = bytes.subarray(data.contentStart + 8, data.end);
    const text = valueType === 2 ? decodeUtf16Bom(raw, false) : decodeUtf8(raw);
    const value = nonEmpty(text);
    if (value) tags[key] = value;
  }
  return tags;
}

const UDTA_KEYS: Record<string, keyof MediaTags> = {
  cprt: 'copyright',
  titl: 'title',
  auth: 'artist',
  dscp: 'comment',
  '©cpy': 'copyright',
  '©nam': 'title',
  '©ART': 'artist',
  '©aut': 'artist',
  '©cmt': 'comment',
  '©pub': 'publisher',
  '©prd': 'publisher',
};

function readUdta(bytes: Uint8Array, udta: Box): { tags: MediaTags; ilst: MediaTags; xmp?: string } {
  const tags: MediaTags = {};
  let ilst: MediaTags = {};
  let xmp: string | undefined;
  // QuickTime allows a 32-bit zero terminator at the end of udta, which listBoxes treats as padding.
  for (const box of listBoxes(bytes, udta.contentStart, udta.end, "'udta' box")) {
    if (box.type === 'XMP_') {
      xmp = decodeUtf8(bytes.subarray(box.contentStart, box.end));
      continue;
    }
    if (box.type === 'meta') {
      ilst = { ...readMeta(bytes, box), ...ilst };
      continue;
    }
    const key = UDTA_KEYS[box.type];
    if (!key || tags[key]) continue;
    const text = box.type.startsWith('©') ? readQuickTimeText(bytes, box) : readThreeGppText(bytes, box);
    const value = nonEmpty(text);
    if (value) tags[key] = value;
  }
  return { tags, ilst, xmp };
}

/** 3GPP 'cprt'/'titl'/'auth'/'dscp': FullBox, packed language, then UTF-8 or BOM-marked UTF-16 text. */
function readThreeGppText(bytes: Uint8Array, box: Box): string | undefined {
  const raw = bytes.subarray(box.contentStart + 6, box.end);
  if (box.end - box.contentStart < 6) return undefined;
  if (raw.length >= 2 && raw[0] === 0xfe && raw[1] === 0xff) return decodeUtf16Bom(raw, false);
  return decodeUtf8(raw);
}

/** QuickTime '©xxx': one or more [16-bit length][16-bit language][text] records; the first one wins. */
function readQuickTimeText(bytes: Uint8Array, box: Box): string | undefined {
  const v = viewOf(bytes, box);
  if (!v.has(0, 4)) return undefined;
  const length = v.u16be(0);
  const language = v.u16be(2);
  const raw = v.slice(4, length);
  // Language codes below 0x400 are Macintosh codes that imply Mac-encoded text, but most writers put UTF-8 there.
  if (language < 0x400 && !isValidUtf8(raw)) return decodeMacRoman(raw);
  return decodeUtf8(raw);
}
