/**
 * Builders for real image bytes used by the image fact tests. Each builder writes the format's actual
 * structure (valid chunk CRCs, deflated PNG data, decodable baseline JPEG scans, LZW GIF data) so the
 * readers are tested against files other tools would accept, not against hand-picked header fragments.
 */
import { deflateSync } from 'node:zlib';

export type Part = Uint8Array | number[] | string;

export function bytes(...parts: Part[]): Uint8Array {
  const arrays = parts.map((part) =>
    typeof part === 'string' ? Uint8Array.from(part, (c) => c.charCodeAt(0) & 0xff) : part instanceof Uint8Array ? part : Uint8Array.from(part));
  const total = arrays.reduce((sum, a) => sum + a.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

export const u16be = (v: number): number[] => [(v >>> 8) & 0xff, v & 0xff];
export const u16le = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff];
export const u24le = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff];
export const u32be = (v: number): number[] => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
export const u32le = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const s15Fixed16 = (v: number): number[] => u32be(Math.round(v * 65536) >>> 0);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// ---------------------------------------------------------------------------------------------- ICC

export type Xyz = [number, number, number];
export interface Primaries { r: Xyz; g: Xyz; b: Xyz }

export const SRGB_PRIMARIES: Primaries = { r: [0.4361, 0.2225, 0.0139], g: [0.3851, 0.7169, 0.0971], b: [0.1431, 0.0606, 0.7141] };
export const ADOBE_RGB_PRIMARIES: Primaries = { r: [0.6097, 0.3111, 0.0195], g: [0.2053, 0.6257, 0.0609], b: [0.1492, 0.0632, 0.7446] };
export const DISPLAY_P3_PRIMARIES: Primaries = { r: [0.5151, 0.2412, -0.0011], g: [0.2920, 0.6922, 0.0419], b: [0.1571, 0.0666, 0.7841] };

export interface IccOptions {
  description: string;
  colorSpace?: string;
  deviceClass?: string;
  /** 2 writes a v2 'desc' textDescription, 4 a v4 'mluc'. */
  version?: 2 | 4;
  primaries?: Primaries;
  /** Gamma for a single-value 'curv' TRC; omitted means no TRC tags. */
  gamma?: number;
}

function pad4(data: Uint8Array): Uint8Array {
  return data.length % 4 === 0 ? data : bytes(data, new Array(4 - (data.length % 4)).fill(0));
}

export function iccProfile(options: IccOptions): Uint8Array {
  const version = options.version ?? 2;
  const tags: [string, Uint8Array][] = [];
  if (version === 2) {
    const ascii = bytes(options.description, [0]);
    tags.push(['desc', bytes('desc', [0, 0, 0, 0], u32be(ascii.length), ascii, new Array(4 + 4 + 2 + 1 + 67).fill(0))]);
  } else {
    const text = options.description;
    const utf16: number[] = [];
    for (let i = 0; i < text.length; i++) utf16.push(...u16be(text.charCodeAt(i)));
    tags.push(['desc', bytes('mluc', [0, 0, 0, 0], u32be(1), u32be(12), 'enUS', u32be(utf16.length), u32be(28), utf16)]);
  }
  tags.push(['wtpt', bytes('XYZ ', [0, 0, 0, 0], s15Fixed16(0.9642), s15Fixed16(1), s15Fixed16(0.8249))]);
  if (options.primaries) {
    for (const [name, xyz] of [['rXYZ', options.primaries.r], ['gXYZ', options.primaries.g], ['bXYZ', options.primaries.b]] as const) {
      tags.push([name, bytes('XYZ ', [0, 0, 0, 0], s15Fixed16(xyz[0]), s15Fixed16(xyz[1]), s15Fixed16(xyz[2]))]);
    }
  }
  if (options.gamma !== undefined) {
    const curve = bytes('curv', [0, 0, 0, 0], u32be(1), u16be(Math.round(options.gamma * 256)));
    for (const name of ['rTRC', 'gTRC', 'bTRC']) tags.push([name, curve]);
  }

  const tableLength = 4 + tags.length * 12;
  let offset = 128 + tableLength;
  const table: number[] = [...u32be(tags.length)];
  const bodies: Uint8Array[] = [];
  for (const [signature, data] of tags) {
    const padded = pad4(data);
    table.push(...[...signature].map((c) => c.charCodeAt(0)), ...u32be(offset), ...u32be(data.length));
    bodies.push(padded);
    offset += padded.length;
  }
  const header = new Uint8Array(128);
  header.set(u32be(offset), 0);
  header.set(bytes('lcms'), 4);
  header.set(version === 2 ? [2, 0x10, 0, 0] : [4, 0x30, 0, 0], 8);
  header.set(bytes(options.deviceClass ?? 'mntr'), 12);
  header.set(bytes(options.colorSpace ?? 'RGB '), 16);
  header.set(bytes('XYZ '), 20);
  header.set(bytes('acsp'), 36);
  header.set([...s15Fixed16(0.9642), ...s15Fixed16(1), ...s15Fixed16(0.8249)], 68);
  return bytes(header, table, ...bodies);
}

export const srgbProfile = (): Uint8Array => iccProfile({ description: 'sRGB IEC61966-2.1', primaries: SRGB_PRIMARIES, gamma: 2.2 });
export const adobeRgbProfile = (): Uint8Array => iccProfile({ description: 'Adobe RGB (1998)', primaries: ADOBE_RGB_PRIMARIES, gamma: 2.2 });
export const displayP3Profile = (): Uint8Array => iccProfile({ description: 'Display P3', version: 4, primaries: DISPLAY_P3_PRIMARIES, gamma: 2.2 });
export const cmykProfile = (): Uint8Array => iccProfile({ description: 'Coated FOGRA39', colorSpace: 'CMYK', deviceClass: 'prtr' });

// ------------------------------------------------------------------------------------- metadata

export const SAMPLE_XMP = '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:rights>© Test</dc:rights></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

/** IPTC-IIM: record 2, dataset 116 (CopyrightNotice). */
export function iptcRecords(copyright = 'ACME'): Uint8Array {
  return bytes([0x1c, 2, 0], u16be(2), [0, 4], [0x1c, 2, 116], u16be(copyright.length), copyright);
}

/** Minimal little-endian TIFF/EXIF structure with one Artist tag. */
export function exifTiff(): Uint8Array {
  const artist = 'Photographer\0';
  return bytes('II', u16le(42), u32le(8), u16le(1), u16le(315), u16le(2), u32le(artist.length), u32le(26), u32le(0), artist);
}

export function photoshopResource(id: number, data: Uint8Array): Uint8Array {
  return bytes('8BIM', u16be(id), [0, 0], u32be(data.length), data, data.length % 2 ? [0] : []);
}

// -------------------------------------------------------------------------------------------- JPEG

export interface JpegOptions {
  width: number;
  height: number;
  components?: 1 | 3 | 4;
  progressive?: boolean;
  precision?: number;
  /** Adobe APP14 transform byte: 0 = none, 1 = YCbCr, 2 = YCCK. */
  adobeTransform?: number;
  icc?: Uint8Array;
  /** Number of APP2 segments the ICC profile is split across; written in reverse order to prove sorting. */
  iccSegments?: number;
  exif?: Uint8Array;
  xmp?: string;
  iptc?: Uint8Array;
}

function segment(marker: number, ...data: Part[]): Uint8Array {
  const body = bytes(...data);
  return bytes([0xff, marker], u16be(body.length + 2), body);
}

/**
 * A decodable JPEG of flat mid-grey: one-code Huffman tables where every block is "DC diff 0, EOB",
 * i.e. two zero bits per block, padded with ones.
 */
export function jpeg(options: JpegOptions): Uint8Array {
  const components = options.components ?? 3;
  const parts: Uint8Array[] = [bytes([0xff, 0xd8])];
  parts.push(segment(0xe0, 'JFIF\0', [1, 1, 0], u16be(72), u16be(72), [0, 0]));
  if (options.exif) parts.push(segment(0xe1, 'Exif\0\0', options.exif));
  if (options.xmp) parts.push(segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0', utf8(options.xmp)));
  if (options.icc) {
    const count = options.iccSegments ?? 1;
    const chunkSize = Math.ceil(options.icc.length / count);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      chunks.push(segment(0xe2, 'ICC_PROFILE\0', [i + 1, count], options.icc.subarray(i * chunkSize, (i + 1) * chunkSize)));
    }
    parts.push(...chunks.reverse());
  }
  if (options.iptc) parts.push(segment(0xed, 'Photoshop 3.0\0', photoshopResource(0x0404, options.iptc)));
  if (options.adobeTransform !== undefined) parts.push(segment(0xee, 'Adobe', u16be(100), u16be(0), u16be(0), [options.adobeTransform]));
  parts.push(segment(0xdb, [0], new Array(64).fill(1)));
  const ids = Array.from({ length: components }, (_, i) => i + 1);
  parts.push(segment(options.progressive ? 0xc2 : 0xc0, [options.precision ?? 8], u16be(options.height), u16be(options.width), [components],
    ...ids.map((id) => [id, 0x11, 0])));
  const oneCodeTable = (tableClass: number): Part[] => [[(tableClass << 4) | 0], [1, ...new Array(15).fill(0)], [0]];
  parts.push(segment(0xc4, ...oneCodeTable(0), ...oneCodeTable(1)));
  const blocks = Math.ceil(options.width / 8) * Math.ceil(options.height / 8) * components;
  // DC-only first scan in the progressive case: one zero bit per block; baseline: DC + EOB = two bits.
  const bitsPerBlock = options.progressive ? 1 : 2;
  const scan = new Uint8Array(Math.ceil((blocks * bitsPerBlock) / 8));
  const usedBits = blocks * bitsPerBlock;
  if (usedBits % 8) scan[scan.length - 1] = 0xff >> (usedBits % 8);
  parts.push(segment(0xda, [components], ...ids.map((id) => [id, 0]), [0, options.progressive ? 0 : 63, 0]));
  parts.push(scan, bytes([0xff, 0xd9]));
  return bytes(...parts);
}

// --------------------------------------------------------------------------------------------- PNG

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, ...data: Part[]): Uint8Array {
  const body = bytes(type, ...data);
  return bytes(u32be(body.length - 4), body, u32be(crc32(body)));
}

export interface PngOptions {
  width: number;
  height: number;
  bitDepth?: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
  colorType?: number;
  interlace?: boolean;
  icc?: Uint8Array;
  srgb?: boolean;
  transparency?: boolean;
  /** APNG: number of frames (>= 2) and plays; each frame's delay is 1/10 s. */
  animation?: { frames: number; plays: number };
  exif?: Uint8Array;
  xmp?: string;
  /** Put the eXIf and XMP chunks after IDAT, as many writers do. */
  metadataAfterData?: boolean;
}

const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function png(options: PngOptions): Uint8Array {
  const colorType = options.colorType ?? 2;
  const bitDepth = options.bitDepth ?? 8;
  const rowBytes = Math.ceil((options.width * PNG_CHANNELS[colorType] * bitDepth) / 8);
  const raw = new Uint8Array((rowBytes + 1) * options.height);
  const pixels = deflateSync(raw);
  const before: Uint8Array[] = [];
  const after: Uint8Array[] = [];
  const metadata = options.metadataAfterData ? after : before;

  before.push(pngChunk('IHDR', u32be(options.width), u32be(options.height), [bitDepth, colorType, 0, 0, options.interlace ? 1 : 0]));
  if (options.icc) before.push(pngChunk('iCCP', 'profile\0', [0], deflateSync(options.icc)));
  if (options.srgb) before.push(pngChunk('sRGB', [0]));
  if (colorType === 3) before.push(pngChunk('PLTE', [0, 0, 0, 255, 255, 255]));
  if (options.transparency) before.push(pngChunk('tRNS', colorType === 3 ? [0] : colorType === 0 ? u16be(0) : [0, 0, 0, 0, 0, 0]));
  if (options.exif) metadata.push(pngChunk('eXIf', options.exif));
  if (options.xmp) metadata.push(pngChunk('iTXt', 'XML:com.adobe.xmp\0', [0, 0], '\0\0', utf8(options.xmp)));

  const frameControl = (sequence: number): Uint8Array =>
    pngChunk('fcTL', u32be(sequence), u32be(options.width), u32be(options.height), u32be(0), u32be(0), u16be(1), u16be(10), [0, 0]);
  const data: Uint8Array[] = [];
  if (options.animation) {
    before.push(pngChunk('acTL', u32be(options.animation.frames), u32be(options.animation.plays)));
    let sequence = 0;
    data.push(frameControl(sequence++), pngChunk('IDAT', pixels));
    for (let frame = 1; frame < options.animation.frames; frame++) {
      data.push(frameControl(sequence++));
      data.push(pngChunk('fdAT', u32be(sequence++), pixels));
    }
  } else {
    data.push(pngChunk('IDAT', pixels));
  }
  return bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], ...before, ...data, ...after, pngChunk('IEND'));
}

// --------------------------------------------------------------------------------------------- GIF

/** LZW for a run of colour-0 pixels with a 2-bit minimum code size: "clear, 0, 0" groups keep codes at 3 bits. */
function lzwZeros(pixelCount: number): Uint8Array {
  const codes: number[] = [];
  for (let left = pixelCount; left > 0; left -= 2) codes.push(4, 0, ...(left > 1 ? [0] : []));
  codes.push(5);
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const code of codes) {
    buffer |= code << bits;
    bits += 3;
    while (bits >= 8) {
      out.push(buffer & 0xff);
      buffer >>>= 8;
      bits -= 8;
    }
  }
  if (bits > 0) out.push(buffer & 0xff);
  const blocks: number[] = [];
  for (let i = 0; i < out.length; i += 255) {
    const block = out.slice(i, i + 255);
    blocks.push(block.length, ...block);
  }
  return bytes(blocks, [0]);
}

export interface GifOptions {
  width: number;
  height: number;
  /** Delay per frame in centiseconds; one entry per frame. */
  delays: number[];
  /** NETSCAPE2.0 loop count; omitted means no application extension. */
  loop?: number;
  transparent?: boolean;
  interlaced?: boolean;
  xmp?: string;
}

export function gif(options: GifOptions): Uint8Array {
  const parts: Uint8Array[] = [bytes('GIF89a', u16le(options.width), u16le(options.height), [0x80, 0, 0], [0, 0, 0, 255, 255, 255])];
  if (options.loop !== undefined) parts.push(bytes([0x21, 0xff, 11], 'NETSCAPE2.0', [3, 1], u16le(options.loop), [0]));
  if (options.xmp) {
    const trailer = [1, ...Array.from({ length: 256 }, (_, i) => 255 - i), 0];
    parts.push(bytes([0x21, 0xff, 11], 'XMP DataXMP', utf8(options.xmp), trailer));
  }
  options.delays.forEach((delay, frame) => {
    parts.push(bytes([0x21, 0xf9, 4, options.transparent ? 1 : 0], u16le(delay), [0, 0]));
    parts.push(bytes([0x2c], u16le(0), u16le(0), u16le(options.width), u16le(options.height), [options.interlaced && frame === 0 ? 0x40 : 0]));
    parts.push(bytes([2], lzwZeros(options.width * options.height)));
  });
  parts.push(bytes([0x3b]));
  return bytes(...parts);
}

// -------------------------------------------------------------------------------------------- WebP

function riffChunk(fourcc: string, data: Uint8Array): Uint8Array {
  return bytes(fourcc, u32le(data.length), data, data.length % 2 ? [0] : []);
}

function riff(...chunks: Uint8Array[]): Uint8Array {
  const body = bytes('WEBP', ...chunks);
  return bytes('RIFF', u32le(body.length), body);
}

/** VP8 key-frame header (frame tag, start code, 14-bit sizes) followed by filler partition bytes. */
export function vp8Bitstream(width: number, height: number): Uint8Array {
  const firstPartitionSize = 10;
  const tag = (firstPartitionSize << 5) | (1 << 4);
  return bytes(u24le(tag), [0x9d, 0x01, 0x2a], u16le(width), u16le(height), new Array(firstPartitionSize).fill(0));
}

/** VP8L header: signature, 14-bit width-1 and height-1, alpha hint, version 0, then filler. */
export function vp8lBitstream(width: number, height: number, alpha: boolean): Uint8Array {
  const bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14) | ((alpha ? 1 : 0) << 28);
  return bytes([0x2f], u32le(bits >>> 0), [0, 0, 0]);
}

export function webpLossy(width: number, height: number): Uint8Array {
  return riff(riffChunk('VP8 ', vp8Bitstream(width, height)));
}

export function webpLossless(width: number, height: number, alpha = true): Uint8Array {
  return riff(riffChunk('VP8L', vp8lBitstream(width, height, alpha)));
}

export interface WebpExtendedOptions {
  width: number;
  height: number;
  /** Per-frame durations in ms; more than zero entries makes an animation. */
  frameDurations?: number[];
  loop?: number;
  icc?: Uint8Array;
  exif?: Uint8Array;
  xmp?: string;
  alpha?: boolean;
}

export function webpExtended(options: WebpExtendedOptions): Uint8Array {
  const animated = (options.frameDurations?.length ?? 0) > 0;
  const flags = (options.icc ? 0x20 : 0) | (options.alpha ? 0x10 : 0) | (options.exif ? 0x08 : 0) | (options.xmp ? 0x04 : 0) | (animated ? 0x02 : 0);
  const chunks: Uint8Array[] = [riffChunk('VP8X', bytes([flags, 0, 0, 0], u24le(options.width - 1), u24le(options.height - 1)))];
  if (options.icc) chunks.push(riffChunk('ICCP', options.icc));
  if (animated) {
    chunks.push(riffChunk('ANIM', bytes(u32le(0xffffffff), u16le(options.loop ?? 0))));
    for (const duration of options.frameDurations!) {
      const frame = riffChunk('VP8L', vp8lBitstream(options.width, options.height, !!options.alpha));
      chunks.push(riffChunk('ANMF', bytes(u24le(0), u24le(0), u24le(options.width - 1), u24le(options.height - 1), u24le(duration), [0], frame)));
    }
  } else {
    if (options.alpha) chunks.push(riffChunk('ALPH', bytes([0], [0, 0, 0, 0])));
    chunks.push(riffChunk('VP8 ', vp8Bitstream(options.width, options.height)));
  }
  if (options.exif) chunks.push(riffChunk('EXIF', options.exif));
  if (options.xmp) chunks.push(riffChunk('XMP ', utf8(options.xmp)));
  return riff(...chunks);
}

// -------------------------------------------------------------------------------------------- AVIF

function box(type: string, ...data: Part[]): Uint8Array {
  const body = bytes(...data);
  return bytes(u32be(body.length + 8), type, body);
}

function fullBox(type: string, version: number, flags: number, ...data: Part[]): Uint8Array {
  return box(type, [version, (flags >>> 16) & 0xff, (flags >>> 8) & 0xff, flags & 0xff], ...data);
}

export interface AvifOptions {
  width: number;
  height: number;
  bitDepth?: number;
  channels?: number;
  cicp?: { primaries: number; transfer: number; matrix: number };
  icc?: Uint8Array;
  /** Adds a 64×64 thumbnail-like ispe (not associated with the primary item) before the real one. */
  decoyIspe?: boolean;
  alpha?: boolean;
  exif?: Uint8Array;
  xmp?: string;
  brand?: string;
}

/** A still AVIF/HEIF: ftyp, meta (hdlr, pitm, iinf, iloc, iprp), mdat; iloc offsets point into mdat. */
export function avif(options: AvifOptions): Uint8Array {
  const brand = options.brand ?? 'avif';
  const codec = brand === 'avif' ? 'av01' : 'hvc1';
  const ftyp = box('ftyp', brand, u32be(0), brand, 'mif1', 'miaf');
  const pixels = new Uint8Array(32).fill(0x12);
  const items: { id: number; type: string; name: string; contentType?: string; data: Uint8Array }[] = [
    { id: 1, type: codec, name: 'Color', data: pixels },
  ];
  if (options.alpha) items.push({ id: 2, type: codec, name: 'Alpha', data: pixels.subarray(0, 8) });
  if (options.exif) items.push({ id: 3, type: 'Exif', name: 'Exif', data: bytes(u32be(0), options.exif) });
  if (options.xmp) items.push({ id: 4, type: 'mime', name: 'XMP', contentType: 'application/rdf+xml', data: utf8(options.xmp) });

  const properties: Uint8Array[] = [];
  const primaryAssociations: number[] = [];
  const addProperty = (property: Uint8Array, forPrimary: boolean, essential = false): number => {
    properties.push(property);
    if (forPrimary) primaryAssociations.push(properties.length | (essential ? 0x80 : 0));
    return properties.length;
  };
  if (options.decoyIspe) addProperty(fullBox('ispe', 0, 0, u32be(64), u32be(64)), false);
  addProperty(fullBox('ispe', 0, 0, u32be(options.width), u32be(options.height)), true);
  const channels = options.channels ?? 3;
  addProperty(fullBox('pixi', 0, 0, [channels], new Array(channels).fill(options.bitDepth ?? 8)), true);
  if (options.cicp) {
    addProperty(box('colr', 'nclx', u16be(options.cicp.primaries), u16be(options.cicp.transfer), u16be(options.cicp.matrix), [0x80]), true);
  }
  if (options.icc) addProperty(box('colr', 'prof', options.icc), true);
  const alphaAssociations: number[] = [];
  if (options.alpha) {
    alphaAssociations.push(addProperty(fullBox('auxC', 0, 0, 'urn:mpeg:mpegB:cicp:systems:auxiliary:alpha\0'), false) | 0x80);
  }

  const ipma = fullBox('ipma', 0, 0, u32be(options.alpha ? 2 : 1),
    u16be(1), [primaryAssociations.length], primaryAssociations,
    ...(options.alpha ? [u16be(2), [alphaAssociations.length], alphaAssociations] : []));
  const iprp = box('iprp', box('ipco', ...properties), ipma);
  const iinf = fullBox('iinf', 0, 0, u16be(items.length),
    ...items.map((item) => fullBox('infe', 2, 0, u16be(item.id), u16be(0), item.type, item.name, [0], item.contentType ? bytes(item.contentType, [0]) : [])));
  const iref = options.alpha ? fullBox('iref', 0, 0, box('auxl', u16be(2), u16be(1), u16be(1))) : new Uint8Array(0);

  // iloc v0, offset_size 4, length_size 4, base_offset_size 0: its size does not depend on the offsets.
  const ilocFor = (mdatDataStart: number): Uint8Array => {
    let offset = mdatDataStart;
    const entries = items.map((item) => {
      const entry = bytes(u16be(item.id), u16be(0), u16be(1), u32be(offset), u32be(item.data.length));
      offset += item.data.length;
      return entry;
    });
    return fullBox('iloc', 0, 0, [0x44, 0x00], u16be(items.length), ...entries);
  };
  const buildMeta = (mdatDataStart: number): Uint8Array =>
    fullBox('meta', 0, 0, fullBox('hdlr', 0, 0, u32be(0), 'pict', new Array(12).fill(0), [0]), fullBox('pitm', 0, 0, u16be(1)),
      ilocFor(mdatDataStart), iinf, iref, iprp);
  const metaLength = buildMeta(0).length;
  const meta = buildMeta(ftyp.length + metaLength + 8);
  return bytes(ftyp, meta, box('mdat', ...items.map((item) => item.data)));
}

// -------------------------------------------------------------------------------------------- TIFF

export interface TiffOptions {
  width: number;
  height: number;
  /** 2 RGB, 5 CMYK (separated), 1 grey. */
  photometric?: number;
  samplesPerPixel?: number;
  bitsPerSample?: number;
  icc?: Uint8Array;
  xmp?: string;
  iptc?: Uint8Array;
  pages?: number;
  bigEndian?: boolean;
}

/** Uncompressed single-strip TIFF pages; IFD values that do not fit inline go after each IFD. */
export function tiff(options: TiffOptions): Uint8Array {
  const little = !options.bigEndian;
  const w16 = (v: number): number[] => (little ? u16le(v) : u16be(v));
  const w32 = (v: number): number[] => (little ? u32le(v) : u32be(v));
  const samples = options.samplesPerPixel ?? (options.photometric === 5 ? 4 : options.photometric === 1 ? 1 : 3);
  const bits = options.bitsPerSample ?? 8;
  const stripLength = options.width * options.height * samples * (bits / 8);
  const pageCount = options.pages ?? 1;
  const chunks: Uint8Array[] = [bytes(little ? 'II' : 'MM', w16(42), w32(8))];
  let at = 8;

  for (let page = 0; page < pageCount; page++) {
    type Field = { tag: number; type: number; count: number; data: number[] | Uint8Array };
    const fields: Field[] = [
      { tag: 256, type: 4, count: 1, data: w32(options.width) },
      { tag: 257, type: 4, count: 1, data: w32(options.height) },
      { tag: 258, type: 3, count: samples, data: Array.from({ length: samples }, () => w16(bits)).flat() },
      { tag: 259, type: 3, count: 1, data: w16(1) },
      { tag: 262, type: 3, count: 1, data: w16(options.photometric ?? 2) },
      { tag: 273, type: 4, count: 1, data: w32(0) },
      { tag: 277, type: 3, count: 1, data: w16(samples) },
      { tag: 278, type: 4, count: 1, data: w32(options.height) },
      { tag: 279, type: 4, count: 1, data: w32(stripLength) },
    ];
    if (page === 0 && options.xmp) {
      const xmp = utf8(options.xmp);
      fields.push({ tag: 700, type: 1, count: xmp.length, data: xmp });
    }
    if (page === 0 && options.iptc) fields.push({ tag: 33723, type: 7, count: options.iptc.length, data: options.iptc });
    if (page === 0 && options.icc) fields.push({ tag: 34675, type: 7, count: options.icc.length, data: options.icc });
    fields.sort((a, b) => a.tag - b.tag);

    const ifdLength = 2 + fields.length * 12 + 4;
    let extraAt = at + ifdLength;
    const extras: Uint8Array[] = [];
    const entries: Uint8Array[] = [];
    const stripOffsetEntryIndex = fields.findIndex((f) => f.tag === 273);
    for (const field of fields) {
      const data = bytes(field.data);
      if (data.length <= 4) {
        entries.push(bytes(w16(field.tag), w16(field.type), w32(field.count), data, new Array(4 - data.length).fill(0)));
      } else {
        entries.push(bytes(w16(field.tag), w16(field.type), w32(field.count), w32(extraAt)));
        const padded = data.length % 2 ? bytes(data, [0]) : data;
        extras.push(padded);
        extraAt += padded.length;
      }
    }
    const stripAt = extraAt;
    const nextIfd = page + 1 < pageCount ? stripAt + stripLength + (stripLength % 2) : 0;
    entries[stripOffsetEntryIndex] = bytes(w16(273), w16(4), w32(1), w32(stripAt));
    chunks.push(bytes(w16(fields.length), ...entries, w32(nextIfd)), ...extras, new Uint8Array(stripLength + (stripLength % 2)));
    at = nextIfd;
  }
  return bytes(...chunks);
}

// --------------------------------------------------------------------------------------------- PSD

export interface PsdOptions {
  width: number;
  height: number;
  channels: number;
  depth?: number;
  /** 3 RGB, 4 CMYK, 1 grey. */
  mode: number;
  icc?: Uint8Array;
  iptc?: Uint8Array;
  xmp?: string;
}

export function psd(options: PsdOptions): Uint8Array {
  const resources: Uint8Array[] = [];
  if (options.iptc) resources.push(photoshopResource(0x0404, options.iptc));
  if (options.icc) resources.push(photoshopResource(0x040f, options.icc));
  if (options.xmp) resources.push(photoshopResource(0x0424, utf8(options.xmp)));
  const resourceBytes = bytes(...resources);
  const depth = options.depth ?? 8;
  const imageData = new Uint8Array(options.width * options.height * options.channels * (depth / 8));
  return bytes('8BPS', u16be(1), new Array(6).fill(0), u16be(options.channels), u32be(options.height), u32be(options.width),
    u16be(depth), u16be(options.mode), u32be(0), u32be(resourceBytes.length), resourceBytes, u32be(0), u16be(0), imageData);
}

// --------------------------------------------------------------------------------------------- BMP

export function bmp(width: number, height: number, bitsPerPixel: 24 | 32 = 24): Uint8Array {
  const rowBytes = Math.floor((bitsPerPixel * width + 31) / 32) * 4;
  const pixels = new Uint8Array(rowBytes * height);
  if (bitsPerPixel === 24) {
    const headerSize = 40;
    const pixelsAt = 14 + headerSize;
    return bytes('BM', u32le(pixelsAt + pixels.length), u32le(0), u32le(pixelsAt),
      u32le(headerSize), u32le(width), u32le(height), u16le(1), u16le(24), u32le(0), u32le(pixels.length), u32le(2835), u32le(2835), u32le(0), u32le(0),
      pixels);
  }
  // BITMAPV5HEADER with BI_BITFIELDS and an alpha mask, stored top-down.
  const headerSize = 124;
  const pixelsAt = 14 + headerSize;
  const header = bytes(u32le(headerSize), u32le(width), u32le(-height >>> 0), u16le(1), u16le(32), u32le(3), u32le(pixels.length),
    u32le(2835), u32le(2835), u32le(0), u32le(0),
    u32le(0x00ff0000), u32le(0x0000ff00), u32le(0x000000ff), u32le(0xff000000), 'BGRs', new Array(36).fill(0), new Array(12).fill(0),
    u32le(4), u32le(0), u32le(0), u32le(0));
  return bytes('BM', u32le(pixelsAt + pixels.length), u32le(0), u32le(pixelsAt), header, pixels);
}

// --------------------------------------------------------------------------------------- ICO, EPS, SVG

export function ico(embeddedPng: Uint8Array, width: number, height: number): Uint8Array {
  return bytes(u16le(0), u16le(1), u16le(1), [width >= 256 ? 0 : width, height >= 256 ? 0 : height, 0, 0], u16le(1), u16le(32),
    u32le(embeddedPng.length), u32le(22), embeddedPng);
}

export function eps(width: number, height: number, dosHeader = false): Uint8Array {
  const postscript = bytes(`%!PS-Adobe-3.0 EPSF-3.0\n%%Creator: test\n%%BoundingBox: 0 0 ${width} ${height}\n%%DocumentProcessColors: Cyan Magenta Yellow Black\n%%EndComments\n`,
    utf8(`%begin_xml_packet\n${SAMPLE_XMP}\n%end_xml_packet\nshowpage\n%%EOF\n`));
  if (!dosHeader) return postscript;
  return bytes([0xc5, 0xd0, 0xd3, 0xc6], u32le(30), u32le(postscript.length), u32le(0), u32le(0), u32le(0), u32le(0), u16le(0xffff), postscript);
}

export function svgText(body = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- licence header -->\n<svg xmlns="http://www.w3.org/2000/svg" width="300" height="250px" viewBox="0 0 300 250">${body}</svg>\n`;
}
