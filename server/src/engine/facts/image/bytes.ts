import { ImageReadError } from './types';

/**
 * Bounds-checked big/little-endian reads over untrusted bytes. Every read that would go past the end
 * throws a 'truncated' ImageReadError naming the format and what was being read, so parsers can be
 * written straight through without their own length checks.
 */
export class ByteView {
  constructor(
    readonly bytes: Uint8Array,
    /** Human name used in error messages, e.g. 'JPEG'. */
    readonly label: string,
  ) {}

  get length(): number {
    return this.bytes.length;
  }

  has(offset: number, length: number): boolean {
    return offset >= 0 && length >= 0 && offset + length <= this.bytes.length;
  }

  need(offset: number, length: number, what: string): void {
    if (!this.has(offset, length)) throw this.truncated(`${what} at byte ${offset} needs ${length} byte${length === 1 ? '' : 's'}${this.endsAt()}`);
  }

  truncated(detail: string): ImageReadError {
    return new ImageReadError(`${this.label} is truncated: ${detail}`, 'truncated');
  }

  /** ' but the data ends at byte N', for messages about declared sizes. */
  endsAt(): string {
    return ` but the data ends at byte ${this.bytes.length}`;
  }

  corrupt(detail: string): ImageReadError {
    return new ImageReadError(`${this.label} is corrupt: ${detail}`, 'corrupt');
  }

  u8(offset: number, what = 'a byte'): number {
    this.need(offset, 1, what);
    return this.bytes[offset];
  }

  u16be(offset: number, what = 'a 16-bit value'): number {
    this.need(offset, 2, what);
    const b = this.bytes;
    return (b[offset] << 8) | b[offset + 1];
  }

  u16le(offset: number, what = 'a 16-bit value'): number {
    this.need(offset, 2, what);
    const b = this.bytes;
    return b[offset] | (b[offset + 1] << 8);
  }

  u24le(offset: number, what = 'a 24-bit value'): number {
    this.need(offset, 3, what);
    const b = this.bytes;
    return b[offset] | (b[offset + 1] << 8) | (b[offset + 2] << 16);
  }

  u32be(offset: number, what = 'a 32-bit value'): number {
    this.need(offset, 4, what);
    const b = this.bytes;
    return b[offset] * 0x1000000 + ((b[offset + 1] << 16) | (b[offset + 2] << 8) | b[offset + 3]);
  }

  u32le(offset: number, what = 'a 32-bit value'): number {
    this.need(offset, 4, what);
    const b = this.bytes;
    return b[offset + 3] * 0x1000000 + ((b[offset + 2] << 16) | (b[offset + 1] << 8) | b[offset]);
  }

  i32le(offset: number, what = 'a 32-bit value'): number {
    this.need(offset, 4, what);
    const b = this.bytes;
    return b[offset] | (b[offset + 1] << 8) | (b[offset + 2] << 16) | (b[offset + 3] << 24);
  }

  /** 64-bit big-endian as a double; exact up to 2^53, which is far beyond any buffer we hold. */
  u64be(offset: number, what = 'a 64-bit value'): number {
    return this.u32be(offset, what) * 0x100000000 + this.u32be(offset + 4, what);
  }

  ascii(offset: number, length: number, what = 'text'): string {
    this.need(offset, length, what);
    return latin1(this.bytes, offset, offset + length);
  }

  /** Bytes [offset, offset+length) without copying. */
  slice(offset: number, length: number, what = 'data'): Uint8Array {
    this.need(offset, length, what);
    return this.bytes.subarray(offset, offset + length);
  }

  /** Index of the first 0 byte at or after offset, or -1 when none before `end`. */
  indexOfZero(offset: number, end = this.bytes.length): number {
    const stop = Math.min(end, this.bytes.length);
    for (let i = offset; i < stop; i++) if (this.bytes[i] === 0) return i;
    return -1;
  }
}

export function latin1(bytes: Uint8Array, start: number, end: number): string {
  const stop = Math.min(end, bytes.length);
  if (stop - start <= 16) {
    let text = '';
    for (let i = start; i < stop; i++) text += String.fromCharCode(bytes[i]);
    return text;
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, stop);
}

export function startsWithAscii(bytes: Uint8Array, offset: number, text: string): boolean {
  if (offset < 0 || offset + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** Manual so that it works on Node builds without full ICU, where TextDecoder lacks 'utf-16be'. */
export function decodeUtf16be(bytes: Uint8Array): string {
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) units.push((bytes[i] << 8) | bytes[i + 1]);
  let text = '';
  for (let i = 0; i < units.length; i += 4096) text += String.fromCharCode(...units.slice(i, i + 4096));
  return text;
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let total = 0;
  for (const part of parts) total += part.length;
  const joined = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
