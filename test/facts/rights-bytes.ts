/**
 * Byte fixtures and minimal container walkers for the rights tests. The walkers are deliberately
 * independent of the code under test so a writer bug cannot hide behind a matching reader bug.
 */

/** 8x8 baseline JPEG (JFIF APP0, no metadata), made with ImageMagick: `convert -size 8x8 xc:#3366cc -strip -quality 50`. */
export const TINY_JPEG_BASE64 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/' +
  '2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAIAAgDASIAAhEBAxEB/8QAFQAB' +
  'AQAAAAAAAAAAAAAAAAAAAAT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhED' +
  'EQA/AIADg9//2Q==';

/** 1x1 red PNG (IHDR, PLTE, IDAT, IEND). */
export const TINY_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABAQMAAAAl21bKAAAAA1BMVEX/AAAZ4gk3AAAACklEQVQI12NgAAAAAgAB4iG8MwAAAABJRU5ErkJggg==';

/** 3x2 simple lossy WebP ('VP8 ' only), made with `cwebp`. Not square, so a width/height swap shows. */
export const WEBP_VP8_3X2_BASE64 = 'UklGRjwAAABXRUJQVlA4IDAAAADQAQCdASoDAAIAAgA0JaACdLoB+AADsAD+8MQL/yC5YXXI1/8gP+QH/ID/+PIAAAA=';

/** 3x2 simple lossless WebP ('VP8L' only), made with `cwebp -lossless`. */
export const WEBP_VP8L_3X2_BASE64 = 'UklGRhwAAABXRUJQVlA4TA8AAAAvAkAAAAcQ/Y/+ByKi/wEA';

export const fromBase64 = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, 'base64'));

const asciiOf = (bytes: Uint8Array, at: number, length: number) => Buffer.from(bytes.subarray(at, at + length)).toString('latin1');

export interface JpegSegment {
  marker: number;
  offset: number;
  body: Uint8Array;
}

/** Marker segments between SOI and SOS. */
export function jpegSegments(jpeg: Uint8Array): JpegSegment[] {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('no SOI');
  const out: JpegSegment[] = [];
  let pos = 2;
  while (pos + 4 <= jpeg.length && jpeg[pos] === 0xff) {
    const marker = jpeg[pos + 1];
    if (marker === 0xda || marker === 0xd9) break;
    const length = (jpeg[pos + 2] << 8) | jpeg[pos + 3];
    out.push({ marker, offset: pos, body: jpeg.subarray(pos + 4, pos + 2 + length) });
    pos += 2 + length;
  }
  return out;
}

/** The raw blocks an image header reader would hand over: XMP text, APP13 payload and TIFF bytes. */
export function extractJpegBlocks(jpeg: Uint8Array): { xmp?: string; iptc?: Uint8Array; exif?: Uint8Array } {
  const blocks: { xmp?: string; iptc?: Uint8Array; exif?: Uint8Array } = {};
  const xmpSignature = 'http://ns.adobe.com/xap/1.0/\0';
  for (const { marker, body } of jpegSegments(jpeg)) {
    if (marker === 0xe1 && asciiOf(body, 0, xmpSignature.length) === xmpSignature) {
      blocks.xmp = Buffer.from(body.subarray(xmpSignature.length)).toString('utf8');
    } else if (marker === 0xe1 && asciiOf(body, 0, 6) === 'Exif\0\0') {
      blocks.exif = body.subarray(6);
    } else if (marker === 0xed && asciiOf(body, 0, 14) === 'Photoshop 3.0\0') {
      blocks.iptc = body.subarray(14);
    }
  }
  return blocks;
}

export interface PngChunk {
  type: string;
  data: Uint8Array;
  crc: number;
}

export function pngChunks(png: Uint8Array): PngChunk[] {
  const out: PngChunk[] = [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let pos = 8;
  while (pos + 12 <= png.length) {
    const length = view.getUint32(pos);
    out.push({ type: asciiOf(png, pos + 4, 4), data: png.subarray(pos + 8, pos + 8 + length), crc: view.getUint32(pos + 8 + length) });
    pos += 12 + length;
  }
  return out;
}

/** The text of an iTXt chunk with the XMP keyword (uncompressed only, which is what we write). */
export function extractPngXmp(png: Uint8Array): string | undefined {
  for (const chunk of pngChunks(png)) {
    if (chunk.type !== 'iTXt') continue;
    const keywordEnd = chunk.data.indexOf(0);
    if (asciiOf(chunk.data, 0, keywordEnd) !== 'XML:com.adobe.xmp') continue;
    let pos = keywordEnd + 3; // NUL, compression flag, compression method
    pos = chunk.data.indexOf(0, pos) + 1; // language tag
    pos = chunk.data.indexOf(0, pos) + 1; // translated keyword
    return Buffer.from(chunk.data.subarray(pos)).toString('utf8');
  }
  return undefined;
}

export interface RiffChunk {
  type: string;
  data: Uint8Array;
}

export function webpChunks(webp: Uint8Array): RiffChunk[] {
  const out: RiffChunk[] = [];
  const view = new DataView(webp.buffer, webp.byteOffset, webp.byteLength);
  let pos = 12;
  while (pos + 8 <= webp.length) {
    const size = view.getUint32(pos + 4, true);
    out.push({ type: asciiOf(webp, pos, 4), data: webp.subarray(pos + 8, pos + 8 + size) });
    pos += 8 + size + (size & 1);
  }
  return out;
}

/** One IIM dataset with a plain (<= 32767) length, written by hand. */
export function iim(record: number, dataset: number, value: Uint8Array | string): Uint8Array {
  const bytes = typeof value === 'string' ? new Uint8Array(Buffer.from(value, 'latin1')) : value;
  return new Uint8Array([0x1c, record, dataset, bytes.length >> 8, bytes.length & 0xff, ...bytes]);
}

export function join(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

/** A TIFF with IFD0 entries written by hand: [tag, type, count, value bytes]; values > 4 bytes go after the IFD. */
export function tiffWithEntries(littleEndian: boolean, entries: [number, number, number, Uint8Array][]): Uint8Array {
  const ifdSize = 2 + entries.length * 12 + 4;
  const extra = entries.reduce((n, [, , , v]) => n + (v.length > 4 ? v.length : 0), 0);
  const out = new Uint8Array(8 + ifdSize + extra);
  const view = new DataView(out.buffer);
  out.set(Buffer.from(littleEndian ? 'II' : 'MM', 'latin1'), 0);
  view.setUint16(2, 42, littleEndian);
  view.setUint32(4, 8, littleEndian);
  view.setUint16(8, entries.length, littleEndian);
  let dataAt = 8 + ifdSize;
  entries.forEach(([tag, type, count, value], i) => {
    const entry = 10 + i * 12;
    view.setUint16(entry, tag, littleEndian);
    view.setUint16(entry + 2, type, littleEndian);
    view.setUint32(entry + 4, count, littleEndian);
    if (value.length <= 4) out.set(value, entry + 8);
    else {
      view.setUint32(entry + 8, dataAt, littleEndian);
      out.set(value, dataAt);
      dataAt += value.length;
    }
  });
  return out;
}
