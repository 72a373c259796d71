import { ByteView } from './bytes';
import { parseIccProfile } from './icc';
import type { ImageFacts } from './types';

const KNOWN_HEADER_SIZES = new Set([12, 16, 40, 52, 56, 64, 108, 124]);
const BI_RGB = 0;
const BI_BITFIELDS = 3;
const BI_ALPHABITFIELDS = 6;
/** 'MBED' read little-endian: the V5 header's colour space type for an embedded profile. */
const PROFILE_EMBEDDED = 0x4d424544;

export function isBmpHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 18 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) return false;
  const headerSize = bytes[14] | (bytes[15] << 8) | (bytes[16] << 16) | (bytes[17] << 24);
  return KNOWN_HEADER_SIZES.has(headerSize);
}

export function readBmp(bytes: Uint8Array): ImageFacts {
  const view = new ByteView(bytes, 'BMP');
  if (view.u16be(0, 'the signature') !== 0x424d) throw view.corrupt("it does not start with 'BM'");
  const pixelsAt = view.u32le(10, 'the pixel data offset');
  const headerSize = view.u32le(14, 'the DIB header size');
  if (!KNOWN_HEADER_SIZES.has(headerSize)) throw view.corrupt(`unknown DIB header size ${headerSize}`);
  view.need(14, headerSize, 'the DIB header');

  let width: number;
  let height: number;
  let bitsPerPixel: number;
  let compression = BI_RGB;
  let alphaMask = 0;
  if (headerSize === 12) {
    width = view.u16le(18);
    height = view.u16le(20);
    bitsPerPixel = view.u16le(24);
  } else {
    width = Math.abs(view.i32le(18));
    // Negative height means rows are stored top-down.
    height = Math.abs(view.i32le(22));
    bitsPerPixel = view.u16le(28);
    compression = headerSize >= 20 ? view.u32le(30) : BI_RGB;
    if (headerSize >= 56) alphaMask = view.u32le(66);
    else if (headerSize === 40 && compression === BI_ALPHABITFIELDS) alphaMask = view.u32le(66, 'the alpha mask');
  }

  const indexed = bitsPerPixel <= 8;
  const hasAlpha = bitsPerPixel === 32 && (compression === BI_BITFIELDS || compression === BI_ALPHABITFIELDS || headerSize >= 56) && alphaMask !== 0;
  const facts: ImageFacts = {
    format: 'bmp',
    byteSize: bytes.length,
    width,
    height,
    bitDepth: indexed ? 8 : bitsPerPixel === 16 ? 5 : 8,
    colorSpace: indexed ? 'indexed' : 'rgb',
    channels: hasAlpha ? 4 : 3,
    hasAlpha,
    frames: 1,
  };

  if (compression === BI_RGB || compression === BI_BITFIELDS || compression === BI_ALPHABITFIELDS) {
    const rowBytes = Math.floor((bitsPerPixel * width + 31) / 32) * 4;
    const needed = rowBytes * height;
    if (pixelsAt + needed > bytes.length) {
      throw view.truncated(`${width}×${height} pixels at ${bitsPerPixel} bits need ${needed} bytes from byte ${pixelsAt}${view.endsAt()}`);
    }
  }

  if (headerSize === 124 && view.u32le(70) === PROFILE_EMBEDDED) {
    const profileAt = 14 + view.u32le(126);
    const profileSize = view.u32le(130);
    if (view.has(profileAt, profileSize)) facts.icc = parseIccProfile(bytes.subarray(profileAt, profileAt + profileSize));
  }
  return facts;
}
