import { ByteView } from './bytes';
import { isPngSignature } from './png';
import type { ImageFacts } from './types';

export function isIcoHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 6 || bytes[0] !== 0 || bytes[1] !== 0 || (bytes[2] !== 1 && bytes[2] !== 2) || bytes[3] !== 0) return false;
  const count = bytes[4] | (bytes[5] << 8);
  // The first entry's reserved byte must be 0; that keeps random data starting 00 00 01 00 out.
  return count > 0 && (bytes.length < 10 || bytes[9] === 0);
}

/** ICO/CUR directory: reports the largest entry, reading embedded PNG headers for their true size. */
export function readIco(bytes: Uint8Array): ImageFacts {
  const view = new ByteView(bytes, 'ICO');
  const count = view.u16le(4, 'the image count');
  if (count === 0) throw view.corrupt('the directory lists no images');
  view.need(6, count * 16, `a directory of ${count} entries`);

  let best: { width: number; height: number; bitsPerPixel: number } | undefined;
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 16;
    let width = bytes[at] || 256;
    let height = bytes[at + 1] || 256;
    let bitsPerPixel = view.u16le(at + 6);
    const size = view.u32le(at + 8);
    const offset = view.u32le(at + 12);
    if (!view.has(offset, size)) throw view.truncated(`image ${i + 1} at byte ${offset} needs ${size} bytes${view.endsAt()}`);
    const image = bytes.subarray(offset, offset + size);
    if (isPngSignature(image) && image.length >= 26) {
      width = view.u32be(offset + 16);
      height = view.u32be(offset + 20);
      bitsPerPixel = image[25] === 6 ? 32 : image[25] === 2 ? 24 : bitsPerPixel;
    }
    if (!best || width * height > best.width * best.height) best = { width, height, bitsPerPixel };
  }
  const chosen = best!;
  const hasAlpha = chosen.bitsPerPixel === 32;
  return {
    format: 'ico',
    byteSize: bytes.length,
    width: chosen.width,
    height: chosen.height,
    bitDepth: 8,
    colorSpace: chosen.bitsPerPixel > 0 && chosen.bitsPerPixel <= 8 ? 'indexed' : 'rgb',
    channels: hasAlpha ? 4 : 3,
    hasAlpha,
    frames: 1,
  };
}
