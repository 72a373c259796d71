/**
 * Bounds-checked byte access and text decoding shared by the media and font readers.
 * Every read is checked against the buffer, so a lying size field ends in a MediaReadError, never a RangeError.
 */

export type MediaReadErrorKind = 'truncated' | 'corrupt' | 'unsupported';

export class MediaReadError extends Error {
  readonly kind: MediaReadErrorKind;
  constructor(kind: MediaReadErrorKind, message: string) {
    super(message);
    this.name = 'MediaReadError';
    this.kind = kind;
  }
}

export function truncated(message: string): MediaReadError {
  return new MediaReadError('truncated', message);
}

export function corrupt(message: string): MediaReadError {
  return new MediaReadError('corrupt', message);
}

export function unsupported(message: string): MediaReadError {
  return new MediaReadError('unsupported', message);
}

/** A window [start, end) of a buffer with big- and little-endian readers that refuse to leave the window. */
export class ByteView {
  readonly bytes: Uint8Array;
  readonly start: number;
  readonly end: number;
  /** Names the structure in error messages, e.g. "MP4 'stsd' box". */
  readonly what: string;

  constructor(bytes: Uint8Array, start = 0, end = bytes.length, what = 'file') {
    this.bytes = bytes;
    this.start = Math.max(0, Math.min(start, bytes.length));
    this.end = Math.max(this.start, Math.min(end, bytes.length));
    this.what = what;
  }

  get length(): number {
    return this.end - this.start;
  }

  has(offset: number, count: number): boolean {
    return offset >= 0 && count >= 0 && this.start + offset + count <= this.end;
  }

  private at(offset: number, count: number): number {
    if (!this.has(offset, count)) {
      const message = `${this.what} ends early: needed ${count} byte(s) at offset ${offset}, but it is only ${this.length} bytes long`;
      // Running into the end of the file is truncation; running out of a complete structure is corruption.
      throw this.end >= this.bytes.length ? truncated(message) : corrupt(message);
    }
    return this.start + offset;
  }

  u8(offset: number): number {
    return this.bytes[this.at(offset, 1)];
  }

  u16be(offset: number): number {
    const i = this.at(offset, 2);
    return (this.bytes[i] << 8) | this.bytes[i + 1];
  }

  u16le(offset: number): number {
    const i = this.at(offset, 2);
    return this.bytes[i] | (this.bytes[i + 1] << 8);
  }

  u24be(offset: number): number {
    const i = this.at(offset, 3);
    return (this.bytes[i] << 16) | (this.bytes[i + 1] << 8) | this.bytes[i + 2];
  }

  u32be(offset: number): number {
    const i = this.at(offset, 4);
    return ((this.bytes[i] << 24) >>> 0) + ((this.bytes[i + 1] << 16) | (this.bytes[i + 2] << 8) | this.bytes[i + 3]);
  }

  u32le(offset: number): number {
    const i = this.at(offset, 4);
    return ((this.bytes[i + 3] << 24) >>> 0) + ((this.bytes[i + 2] << 16) | (this.bytes[i + 1] << 8) | this.bytes[i]);
  }

  i32be(offset: number): number {
    return this.u32be(offset) | 0;
  }

  /** 64-bit values as doubles: exact up to 2^53, which is far beyond any plausible media size or duration. */
  u64be(offset: number): number {
    return this.u32be(offset) * 0x1_0000_0000 + this.u32be(offset + 4);
  }

  f32be(offset: number): number {
    const i = this.at(offset, 4);
    return new DataView(this.bytes.buffer, this.bytes.byteOffset + i, 4).getFloat32(0, false);
  }

  f64be(offset: number): number {
    const i = this.at(offset, 8);
    return new DataView(this.bytes.buffer, this.bytes.byteOffset + i, 8).getFloat64(0, false);
  }

  /** Four ASCII characters, as used for box types, chunk ids and table tags. */
  fourcc(offset: number): string {
    const i = this.at(offset, 4);
    return String.fromCharCode(this.bytes[i], this.bytes[i + 1], this.bytes[i + 2], this.bytes[i + 3]);
  }

  ascii(offset: number, count: number): string {
    const i = this.at(offset, count);
    let s = '';
    for (let k = 0; k < count; k++) s += String.fromCharCode(this.bytes[i + k]);
    return s;
  }

  /** The bytes [offset, offset+count), clipped to the window rather than throwing. */
  slice(offset: number, count: number): Uint8Array {
    const from = Math.min(this.end, this.start + Math.max(0, offset));
    const to = Math.min(this.end, from + Math.max(0, count));
    return this.bytes.subarray(from, to);
  }
}

export function startsWithAscii(bytes: Uint8Array, offset: number, text: string): boolean {
  if (offset < 0 || offset + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array): string {
  return utf8Lenient.decode(bytes);
}

export function decodeLatin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Tag formats that say "text" without naming an encoding are UTF-8 in practice, and Latin-1 in older files. */
export function decodeUtf8OrLatin1(bytes: Uint8Array): string {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return decodeLatin1(bytes);
  }
}

export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    s += String.fromCharCode(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  }
  return s;
}

/** UTF-16 with an optional byte-order mark; without one, `defaultLittleEndian` decides. */
export function decodeUtf16Bom(bytes: Uint8Array, defaultLittleEndian: boolean): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), false);
  return decodeUtf16(bytes, defaultLittleEndian);
}

const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü' +
  '†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ' +
  '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** Mac OS Roman, the encoding of Macintosh-platform (platform 1, encoding 0) font names. */
export function decodeMacRoman(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    s += b < 0x80 ? String.fromCharCode(b) : MAC_ROMAN_HIGH[b - 0x80];
  }
  return s;
}

/** Drops trailing NULs and surrounding whitespace that tag writers leave behind. */
export function cleanText(text: string): string {
  return text.replace(/\u0000+$/u, '').replace(/\u0000/gu, ' / ').trim();
}

export function nonEmpty(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const cleaned = cleanText(text);
  return cleaned === '' ? undefined : cleaned;
}

export function printableFourcc(bytes: Uint8Array, offset: number): boolean {
  if (offset < 0 || offset + 4 > bytes.length) return false;
  for (let i = 0; i < 4; i++) {
    const c = bytes[offset + i];
    if (c < 0x20 || c > 0x7e) {
      if (c !== 0xa9) return false; // '©nam' and friends in QuickTime/iTunes metadata
    }
  }
  return true;
}

export function describeStart(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 16);
  const printable = Array.from(head).every((b) => b >= 0x20 && b < 0x7f);
  if (printable && head.length > 0) return `"${decodeLatin1(head)}"`;
  return Array.from(head, (b) => b.toString(16).padStart(2, '0')).join(' ');
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
