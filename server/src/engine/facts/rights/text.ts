import { MAX_VALUE_LENGTH } from './types';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const latin1 = new TextDecoder('latin1');

export type TextCharset = 'utf-8' | 'latin-1' | 'guess';

/**
 * Decodes a metadata text value. With 'guess', bytes that are valid UTF-8 *and* contain non-ASCII are
 * taken as UTF-8, everything else as Latin-1. This is a heuristic: IIM without dataset 1:90 and EXIF
 * ASCII fields are Latin-1 by the letter of their specs, but most current writers (ExifTool, Lightroom,
 * phones) put UTF-8 there. A Latin-1 string that happens to be valid UTF-8 needs pairs like "Ã©", which
 * almost never occur in names and notices, so the guess is wrong only in contrived cases.
 */
export function decodeMetadataText(bytes: Uint8Array, charset: TextCharset): string {
  let text: string;
  if (charset === 'utf-8') text = lenientUtf8.decode(bytes);
  else if (charset === 'latin-1') text = latin1.decode(bytes);
  else text = guessDecode(bytes);
  return cleanValue(text);
}

function guessDecode(bytes: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) { ascii = false; break; }
  if (ascii) return latin1.decode(bytes);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

/** Trims, drops NULs and control characters other than tab/newline, and caps the length. */
export function cleanValue(text: string): string {
  // eslint-disable-next-line no-control-regex
  let out = text.replace(/^\uFEFF/, '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
  if (out.length > MAX_VALUE_LENGTH) {
    out = out.slice(0, MAX_VALUE_LENGTH);
    const last = out.charCodeAt(out.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1); // do not leave half a surrogate pair
  }
  return out;
}

export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = code <= 0xff ? code : 0x3f; // '?' for what Latin-1 cannot hold
  }
  return out;
}

export const utf8Bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
