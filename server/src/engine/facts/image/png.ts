import { inflateSync } from 'node:zlib';
import { ByteView, decodeUtf8, latin1, startsWithAscii } from './bytes';
import { parseIccProfile } from './icc';
import { readPhotoshopResources } from './photoshop-resources';
import type { ImageFacts } from './types';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Text and profile chunks are small; anything inflating past this is not worth holding in memory. */
const MAX_INFLATED_BYTES = 8 * 1024 * 1024;
const XMP_KEYWORD = 'XML:com.adobe.xmp';
const RAW_PROFILE = /^Raw profile type (exif|APP1|xmp|iptc|8bim|icc|icm)$/i;

export function isPngSignature(bytes: Uint8Array): boolean {
  if (bytes.length < SIGNATURE.length) return false;
  for (let i = 0; i < SIGNATURE.length; i++) if (bytes[i] !== SIGNATURE[i]) return false;
  return true;
}

/**
 * Walks every chunk by its length, so text and EXIF chunks after IDAT are found without inflating
 * image data. Only iCCP and compressed text chunks are inflated, with an output cap.
 */
export function readPng(bytes: Uint8Array): ImageFacts {
  const view = new ByteView(bytes, 'PNG');
  view.need(0, 8, 'the signature');
  if (!isPngSignature(bytes)) throw view.corrupt('the 8-byte signature is wrong');

  const facts: ImageFacts = { format: 'png', byteSize: bytes.length, frames: 1 };
  let colorType = -1;
  let hasTransparencyChunk = false;
  let sawImageData = false;
  let animationDelaySeconds = 0;
  let sawAnimationControl = false;
  let at = 8;

  for (;;) {
    if (at === bytes.length) throw view.truncated(`the data ends at byte ${at} before the IEND chunk`);
    const length = view.u32be(at, 'a chunk length');
    if (length > 0x7fffffff) throw view.corrupt(`the chunk at byte ${at} declares an impossible length ${length}`);
    const type = view.ascii(at + 4, 4, 'a chunk type');
    const dataAt = at + 8;
    if (!view.has(dataAt, length + 4)) {
      throw view.truncated(`chunk '${printable(type)}' at byte ${at} declares ${length} bytes${view.endsAt()}`);
    }
    const data = bytes.subarray(dataAt, dataAt + length);

    if (at === 8 && type !== 'IHDR') throw view.corrupt(`the first chunk is '${printable(type)}', not IHDR`);
    switch (type) {
      case 'IHDR': {
        if (length < 13) throw view.corrupt(`IHDR is ${length} bytes long instead of 13`);
        facts.width = view.u32be(dataAt);
        facts.height = view.u32be(dataAt + 4);
        const bitDepth = data[8];
        colorType = data[9];
        facts.progressive = data[12] === 1;
        Object.assign(facts, describeColorType(colorType, bitDepth));
        break;
      }
      case 'tRNS':
        hasTransparencyChunk = true;
        break;
      case 'sRGB':
        facts.srgbChunk = true;
        break;
      case 'iCCP':
        if (!facts.icc) facts.icc = readIccChunk(data);
        break;
      case 'acTL':
        if (length >= 8) {
          sawAnimationControl = true;
          facts.frames = view.u32be(dataAt);
          facts.loopCount = view.u32be(dataAt + 4);
        }
        break;
      case 'fcTL':
        if (length >= 26) {
          const numerator = (data[20] << 8) | data[21];
          const denominator = (data[22] << 8) | data[23];
          animationDelaySeconds += numerator / (denominator === 0 ? 100 : denominator);
        }
        break;
      case 'eXIf':
        if (!facts.exif) facts.exif = data;
        break;
      case 'iTXt':
      case 'tEXt':
      case 'zTXt':
        readTextChunk(type, data, facts);
        break;
      case 'IDAT':
        sawImageData = true;
        break;
      case 'IEND':
        if (!sawImageData) throw view.corrupt('it has no IDAT chunk');
        if (hasTransparencyChunk) {
          facts.hasAlpha = true;
          if (colorType === 3) facts.channels = 4;
        }
        if (sawAnimationControl) facts.durationMs = Math.round(animationDelaySeconds * 1000);
        return facts;
    }
    at = dataAt + length + 4;
  }
}

function describeColorType(colorType: number, bitDepth: number): Partial<ImageFacts> {
  switch (colorType) {
    case 0: return { colorSpace: 'gray', channels: 1, hasAlpha: false, bitDepth };
    case 2: return { colorSpace: 'rgb', channels: 3, hasAlpha: false, bitDepth };
    // Palette entries are always 8 bits per channel whatever the index size.
    case 3: return { colorSpace: 'indexed', channels: 3, hasAlpha: false, bitDepth: 8 };
    case 4: return { colorSpace: 'gray', channels: 2, hasAlpha: true, bitDepth };
    case 6: return { colorSpace: 'rgb', channels: 4, hasAlpha: true, bitDepth };
    default: return { colorSpace: 'unknown', bitDepth };
  }
}

function readIccChunk(data: Uint8Array): ImageFacts['icc'] {
  const nameEnd = data.indexOf(0);
  if (nameEnd < 0 || nameEnd + 2 > data.length) return { isSrgb: undefined };
  const profile = inflate(data.subarray(nameEnd + 2));
  return profile ? parseIccProfile(profile) : { isSrgb: undefined };
}

function readTextChunk(type: string, data: Uint8Array, facts: ImageFacts): void {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 0) return;
  const keyword = latin1(data, 0, keywordEnd);
  const isXmp = keyword === XMP_KEYWORD;
  const rawProfile = RAW_PROFILE.exec(keyword);
  if (!isXmp && !rawProfile) return;

  let text: string | undefined;
  if (type === 'tEXt') {
    text = latin1(data, keywordEnd + 1, data.length);
  } else if (type === 'zTXt') {
    const inflated = inflate(data.subarray(keywordEnd + 2));
    text = inflated && latin1(inflated, 0, inflated.length);
  } else {
    const compressed = data[keywordEnd + 1] === 1;
    const languageEnd = data.indexOf(0, keywordEnd + 3);
    const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
    if (translatedEnd < 0) return;
    const body = data.subarray(translatedEnd + 1);
    const raw = compressed ? inflate(body) : body;
    text = raw && decodeUtf8(raw);
  }
  if (text === undefined) return;

  if (isXmp) {
    if (facts.xmp === undefined) facts.xmp = text;
    return;
  }
  const payload = decodeRawProfile(text);
  if (!payload) return;
  const kind = rawProfile![1].toLowerCase();
  if (kind === 'xmp') {
    if (facts.xmp === undefined) facts.xmp = decodeUtf8(payload);
  } else if (kind === 'exif' || kind === 'app1') {
    if (!facts.exif) facts.exif = startsWithAscii(payload, 0, 'Exif\0') ? payload.subarray(6) : payload;
  } else if (kind === 'icc' || kind === 'icm') {
    if (!facts.icc) facts.icc = parseIccProfile(payload);
  } else if (!facts.iptc) {
    const resources = startsWithAscii(payload, 0, 'Photoshop 3.0\0') ? payload.subarray(14) : payload;
    const iptc = payload[0] === 0x1c ? payload : readPhotoshopResources(resources).iptc;
    if (iptc) facts.iptc = iptc;
  }
}

/** ImageMagick's legacy text form: "\n<kind>\n   <length>\n<hex digits over many lines>". */
function decodeRawProfile(text: string): Uint8Array | undefined {
  const header = /^\s*\S+\s+(\d+)\s/.exec(text);
  if (!header) return undefined;
  const length = Number(header[1]);
  if (!Number.isSafeInteger(length) || length > MAX_INFLATED_BYTES || length * 2 > text.length) return undefined;
  const out = new Uint8Array(length);
  let filled = 0;
  let high = -1;
  for (let i = header[0].length; i < text.length && filled < length; i++) {
    const digit = hexValue(text.charCodeAt(i));
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else {
      out[filled++] = (high << 4) | digit;
      high = -1;
    }
  }
  return filled === length ? out : undefined;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

function inflate(data: Uint8Array): Uint8Array | undefined {
  try {
    return inflateSync(data, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch {
    return undefined;
  }
}

function printable(type: string): string {
  return type.replace(/[^\x20-\x7e]/g, '?');
}
