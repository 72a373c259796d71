import { decodeMetadataText } from './text';
import { RightsInfo } from './types';
import { finishRights } from './xmp';

const TAG_ARTIST = 0x013b;
const TAG_COPYRIGHT = 0x8298;
/** Windows "XPAuthor": UTF-16LE in a BYTE array; read when Artist is missing. */
const TAG_XP_AUTHOR = 0x9c9d;
const TYPE_SIZES: Readonly<Record<number, number>> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };
/** IFD0 of a real file has a few dozen entries; a count beyond this is corruption or an attack. */
const MAX_IFD_ENTRIES = 1024;

/**
 * Reads Copyright (0x8298) and Artist (0x013B) from IFD0 of a TIFF-structured EXIF block, in either byte
 * order. A leading "Exif\0\0" (as found in JPEG APP1 and some library outputs) is skipped. Every offset
 * and count is checked against the buffer; a bad entry is skipped, never trusted.
 */
export function parseExifRights(tiff: Uint8Array): RightsInfo {
  if (!(tiff instanceof Uint8Array)) return { origins: [] };
  try {
    return readIfd0(tiff);
  } catch {
    return { origins: [] };
  }
}

function readIfd0(input: Uint8Array): RightsInfo {
  let tiff = input;
  if (tiff.length >= 6 && tiff[0] === 0x45 && tiff[1] === 0x78 && tiff[2] === 0x69 && tiff[3] === 0x66 && tiff[4] === 0 && tiff[5] === 0) {
    tiff = tiff.subarray(6);
  }
  if (tiff.length < 8) return { origins: [] };
  let little: boolean;
  if (tiff[0] === 0x49 && tiff[1] === 0x49) little = true;
  else if (tiff[0] === 0x4d && tiff[1] === 0x4d) little = false;
  else return { origins: [] };
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  if (view.getUint16(2, little) !== 42) return { origins: [] };
  const ifd = view.getUint32(4, little);
  if (ifd < 8 || ifd + 2 > tiff.length) return { origins: [] };
  const entryCount = Math.min(view.getUint16(ifd, little), MAX_IFD_ENTRIES, Math.floor((tiff.length - ifd - 2) / 12));

  const raw = new Map<number, Uint8Array>();
  for (let i = 0; i < entryCount; i++) {
    const entry = ifd + 2 + i * 12;
    const tag = view.getUint16(entry, little);
    if (tag !== TAG_ARTIST && tag !== TAG_COPYRIGHT && tag !== TAG_XP_AUTHOR) continue;
    const type = view.getUint16(entry + 2, little);
    const count = view.getUint32(entry + 4, little);
    const unit = TYPE_SIZES[type];
    if (!unit || (type !== 1 && type !== 2 && type !== 7)) continue;
    const size = count * unit;
    const at = size <= 4 ? entry + 8 : view.getUint32(entry + 8, little);
    if (at + size > tiff.length || at + size < at) continue;
    if (!raw.has(tag)) raw.set(tag, tiff.subarray(at, at + size));
  }

  const copyright = raw.get(TAG_COPYRIGHT);
  const artist = raw.get(TAG_ARTIST);
  const xpAuthor = raw.get(TAG_XP_AUTHOR);
  const artistText = artist ? asciiField(artist) : undefined;
  return finishRights({
    copyrightNotice: copyright ? copyrightField(copyright) : undefined,
    creator: artistText ? [artistText] : xpAuthor ? [utf16le(xpAuthor)].filter(Boolean) : undefined,
    origins: ['exif'],
  });
}

function asciiField(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  return decodeMetadataText(nul < 0 ? bytes : bytes.subarray(0, nul), 'guess');
}

/**
 * EXIF Copyright holds "photographer NUL editor"; a lone space stands for a missing part. Both parts
 * are kept, joined, because either can be the rights holder a reviewer needs to see.
 */
function copyrightField(bytes: Uint8Array): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0) {
      const text = decodeMetadataText(bytes.subarray(start, i), 'guess');
      if (text) parts.push(text);
      start = i + 1;
      if (parts.length === 2) break;
    }
  }
  return parts.join(' / ');
}

function utf16le(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const code = bytes[i] | (bytes[i + 1] << 8);
    if (code === 0) break;
    out += String.fromCharCode(code);
  }
  return decodeMetadataText(new TextEncoder().encode(out), 'utf-8');
}
