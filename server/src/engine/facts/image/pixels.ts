/**
 * Pixel colours of raster images (JPEG, PNG), for rules that judge what a browser paints, such as text
 * over a background image. A thin facade over pure-JS decoders (jpeg-js, pngjs) with size limits:
 * anything too large, truncated, corrupt, animated or not in sRGB gives undefined, never a throw.
 *
 * Browsers decode with other code than ours (libjpeg-turbo's IDCT and "fancy" chroma upsampling,
 * 16-bit rounding), so callers should not trust single pixel values: `displayedColourBounds` gives
 * per-channel bounds that any conforming decoder's output stays within.
 */
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import * as jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Project } from '../../model/project';
import { readImageFacts } from './index';
import type { ImageFacts } from './types';

export interface DecodedImage {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
  /** 8-bit sRGB and alpha, row-major, as decoded here (JPEG chroma repeated over its block). */
  rgba: Uint8Array;
  /** Colour JPEGs stored as YCbCr: the stored Y, Cb, Cr of each pixel (3 bytes a pixel). */
  ycbcr?: Uint8Array;
  /** JPEG chroma stored at a lower resolution than luma (4:2:0, 4:2:2...): decoders interpolate it differently. */
  chromaSubsampled: boolean;
  /** EXIF orientation, 1 = as stored; browsers rotate background images by it. */
  orientation: number;
  /** Levels (of 255) by which another decoder may show a channel differently. */
  tolerance: number;
}

export interface PixelLimits {
  /** Files larger than this are not decoded. */
  maxBytes: number;
  /** Images with more pixels than this are not decoded. */
  maxPixels: number;
}

export const DEFAULT_PIXEL_LIMITS: PixelLimits = { maxBytes: 8 * 1024 * 1024, maxPixels: 16_000_000 };

/** Levels (of 255) by which another JPEG decoder's IDCT may differ, per stored component. */
const JPEG_COMPONENT_TOLERANCE = 2;
/** Levels by which another decoder's RGB may differ for JPEGs decoded without chroma interpolation. */
const JPEG_RGB_TOLERANCE = 4;
/** Levels by which 16-bit PNG samples, and translucent pixels composited, may round differently. */
const ROUNDING_TOLERANCE = 1;
/** Pixels around a region whose chroma samples an interpolating decoder may blend in (4x subsampling, one sample further). */
const CHROMA_REACH = 16;
/** gAMA value browsers treat as sRGB-like (1/2.2), and how far a file may be from it. */
const SRGB_FILE_GAMMA = 1 / 2.2;
const GAMMA_TOLERANCE = 0.01;

/** Decodes JPEG or PNG bytes; undefined for anything else, anything over the limits or damaged. */
export function decodePixels(bytes: Uint8Array, limits: PixelLimits = DEFAULT_PIXEL_LIMITS): DecodedImage | undefined {
  if (bytes.length === 0 || bytes.length > limits.maxBytes) return undefined;
  let facts: ImageFacts;
  try {
    facts = readImageFacts(bytes);
  } catch {
    return undefined;
  }
  // Declared sizes are checked before decoding so a hostile header cannot make us allocate.
  if (!facts.width || !facts.height || facts.width * facts.height > limits.maxPixels) return undefined;
  if ((facts.frames ?? 1) !== 1) return undefined;
  // Colours are taken as sRGB: an embedded profile that is not (or not known to be) sRGB changes them.
  if (facts.icc && facts.icc.isSrgb !== true) return undefined;
  try {
    if (facts.format === 'jpeg') return decodeJpeg(bytes, facts, limits);
    if (facts.format === 'png') return decodePng(bytes, facts);
  } catch {
    // Decoders throw on truncated or corrupt data; the image then stays undecided.
  }
  return undefined;
}

/** Decoded pixels of a project file, once per run; undefined when missing or not decodable. */
export function pixelsOfFile(project: Project, absPath: string, limits: PixelLimits = DEFAULT_PIXEL_LIMITS): DecodedImage | undefined {
  return project.cached(`pixels:${limits.maxBytes}:${limits.maxPixels}:${absPath}`, () => {
    const file = project.getFile(absPath);
    if (!file || file.size > limits.maxBytes) return undefined;
    return decodePixelsCached(file.bytes, limits);
  });
}

// The editor lints a new project on every keystroke: decoded images are kept across runs by content
// hash, least recently used first out, within a memory budget.
const MAX_CACHED_PIXEL_BYTES = 256 * 1024 * 1024;
const byContent = new Map<string, DecodedImage | undefined>();
let cachedPixelBytes = 0;

function decodePixelsCached(bytes: Uint8Array, limits: PixelLimits): DecodedImage | undefined {
  const key = `${createHash('sha1').update(bytes).digest('hex')}:${limits.maxBytes}:${limits.maxPixels}`;
  if (byContent.has(key)) {
    const known = byContent.get(key);
    byContent.delete(key);
    byContent.set(key, known);
    return known;
  }
  const decoded = decodePixels(bytes, limits);
  byContent.set(key, decoded);
  cachedPixelBytes += sizeOf(decoded);
  for (const [oldest, image] of byContent) {
    if (cachedPixelBytes <= MAX_CACHED_PIXEL_BYTES || oldest === key) break;
    byContent.delete(oldest);
    cachedPixelBytes -= sizeOf(image);
  }
  return decoded;
}

const sizeOf = (image: DecodedImage | undefined) => (image ? image.rgba.length + (image.ycbcr?.length ?? 0) : 0);

interface JpegLayout { components: number; subsampled: boolean; adobeTransformAt?: number; adobeTransform?: number }

/** The frame's components and sampling, and the Adobe APP14 transform flag, from the segments before the scan. */
function jpegLayout(bytes: Uint8Array): JpegLayout | undefined {
  const layout: JpegLayout = { components: 0, subsampled: false };
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    while (at < bytes.length && bytes[at] === 0xff) at++;
    const marker = bytes[at++];
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (at + 2 > bytes.length) return undefined;
    const length = (bytes[at] << 8) | bytes[at + 1];
    const dataAt = at + 2;
    if (length < 2 || dataAt + length - 2 > bytes.length) return undefined;
    if (marker === 0xda) return layout.components ? layout : undefined;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc && !layout.components) {
      const count = bytes[dataAt + 5];
      if (dataAt + 6 + count * 3 > bytes.length) return undefined;
      const factors = Array.from({ length: count }, (_, i) => bytes[dataAt + 6 + i * 3 + 1]);
      layout.components = count;
      layout.subsampled = factors.some((f) => f !== factors[0]);
    }
    if (marker === 0xee && length >= 14 && String.fromCharCode(...bytes.subarray(dataAt, dataAt + 5)) === 'Adobe') {
      layout.adobeTransformAt = dataAt + 11;
      layout.adobeTransform = bytes[dataAt + 11];
    }
    at = dataAt + length - 2;
  }
  return undefined;
}

function decodeJpeg(bytes: Uint8Array, facts: ImageFacts, limits: PixelLimits): DecodedImage | undefined {
  if (facts.colorSpace !== 'rgb' && facts.colorSpace !== 'gray') return undefined;
  const layout = jpegLayout(bytes);
  if (!layout || (layout.components !== 1 && layout.components !== 3)) return undefined;
  // A colour JPEG without an Adobe "RGB" flag stores YCbCr. We ask the decoder for the stored
  // components (it converts whenever the Adobe flag is set, so the copy we decode has it cleared)
  // and convert them ourselves, keeping Y/Cb/Cr to bound what other decoders show.
  const storesYcc = layout.components === 3 && layout.adobeTransform !== 0;
  let input = bytes;
  if (storesYcc && layout.adobeTransformAt !== undefined) {
    input = Uint8Array.from(bytes);
    input[layout.adobeTransformAt] = 0;
  }
  const decoded = jpeg.decode(input, {
    useTArray: true,
    formatAsRGBA: true,
    colorTransform: false,
    tolerantDecoding: false,
    maxResolutionInMP: limits.maxPixels / 1_000_000,
    maxMemoryUsageInMB: Math.ceil((limits.maxPixels * 16) / (1024 * 1024)) + 64,
  });
  const { width, height } = decoded;
  if (width !== facts.width || height !== facts.height) return undefined;
  const rgba = decoded.data;
  let ycbcr: Uint8Array | undefined;
  if (storesYcc) {
    ycbcr = new Uint8Array(width * height * 3);
    for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) {
      const y = rgba[p], cb = rgba[p + 1] - 128, cr = rgba[p + 2] - 128;
      ycbcr[q] = y;
      ycbcr[q + 1] = cb + 128;
      ycbcr[q + 2] = cr + 128;
      rgba[p] = clampByte(y + 1.402 * cr);
      rgba[p + 1] = clampByte(y - 0.344136 * cb - 0.714136 * cr);
      rgba[p + 2] = clampByte(y + 1.772 * cb);
    }
  }
  return { format: 'jpeg', width, height, rgba, ycbcr, chromaSubsampled: storesYcc && layout.subsampled, orientation: exifOrientation(facts.exif), tolerance: JPEG_RGB_TOLERANCE };
}

const PNG_SAMPLES: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * pngjs caps inflation at the image size except for interlaced images: their data is inflated here
 * first with that cap, so a small file cannot expand into gigabytes.
 */
function interlacedDataFits(bytes: Uint8Array): boolean {
  if (bytes.length < 33 || bytes[28] !== 1) return true;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16), height = view.getUint32(20);
  const samples = PNG_SAMPLES[bytes[25]];
  if (!samples) return false;
  const limit = (Math.ceil((width * samples * bytes[24]) / 8) + 1) * height * 2 + 64;
  const parts: Uint8Array[] = [];
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
    if (type === 'IDAT') parts.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  try {
    inflateSync(Buffer.concat(parts), { maxOutputLength: limit });
    return true;
  } catch {
    return false;
  }
}

function decodePng(bytes: Uint8Array, facts: ImageFacts): DecodedImage | undefined {
  if (!interlacedDataFits(bytes)) return undefined;
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { checkCRC: true });
  if (png.width !== facts.width || png.height !== facts.height || png.data.length !== png.width * png.height * 4) return undefined;
  // Browsers apply gAMA when no sRGB chunk or profile says otherwise.
  const gamma = (png as unknown as { gamma?: number }).gamma ?? 0;
  if (!facts.srgbChunk && !facts.icc && gamma > 0 && Math.abs(gamma - SRGB_FILE_GAMMA) > GAMMA_TOLERANCE) return undefined;
  return { format: 'png', width: png.width, height: png.height, rgba: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length), chromaSubsampled: false, orientation: 1, tolerance: (facts.bitDepth ?? 8) > 8 ? ROUNDING_TOLERANCE : 0 };
}

/** Orientation tag (0x0112) of IFD0 in TIFF-structured EXIF bytes; 1 when absent or unreadable. */
export function exifOrientation(exif: Uint8Array | undefined): number {
  if (!exif || exif.length < 8) return 1;
  const little = exif[0] === 0x49 && exif[1] === 0x49;
  if (!little && !(exif[0] === 0x4d && exif[1] === 0x4d)) return 1;
  const u16 = (at: number) => (little ? exif[at] | (exif[at + 1] << 8) : (exif[at] << 8) | exif[at + 1]);
  const u32 = (at: number) => (little ? u16(at) + u16(at + 2) * 65536 : u16(at) * 65536 + u16(at + 2));
  const ifd = u32(4);
  if (ifd + 2 > exif.length) return 1;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > exif.length) return 1;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** Half-open rectangle of image pixels. */
export interface PixelRegion { x0: number; y0: number; x1: number; y1: number }

/** Per-channel bounds, in levels 0..255 of 8-bit sRGB. */
export interface ChannelBounds { min: [number, number, number]; max: [number, number, number] }

/**
 * Bounds on every colour a browser may paint for the pixels of `region` (the whole image when
 * omitted), translucent pixels composited over `underlay` (8-bit RGB). Scaling and smoothing blend
 * neighbouring pixels, which stays within per-channel bounds; JPEG decoder differences are covered by
 * tolerances, and interpolated chroma by combining the luma and chroma extremes of the surroundings.
 * Undefined when the region holds no pixel.
 */
export function displayedColourBounds(image: DecodedImage, underlay: [number, number, number], region?: PixelRegion): ChannelBounds | undefined {
  const r = clipRegion(image, region ?? { x0: 0, y0: 0, x1: image.width, y1: image.height });
  if (!r) return undefined;
  if (image.ycbcr && image.chromaSubsampled) return interpolatedChromaBounds(image, image.ycbcr, r);
  const min: [number, number, number] = [255, 255, 255];
  const max: [number, number, number] = [0, 0, 0];
  const { rgba, width } = image;
  for (let y = r.y0; y < r.y1; y++) {
    for (let p = (y * width + r.x0) * 4, end = (y * width + r.x1) * 4; p < end; p += 4) {
      const alpha = rgba[p + 3];
      for (let ch = 0; ch < 3; ch++) {
        if (alpha === 255) {
          const v = rgba[p + ch];
          if (v < min[ch]) min[ch] = v;
          if (v > max[ch]) max[ch] = v;
        } else {
          const v = (rgba[p + ch] * alpha + underlay[ch] * (255 - alpha)) / 255;
          if (v - ROUNDING_TOLERANCE < min[ch]) min[ch] = v - ROUNDING_TOLERANCE;
          if (v + ROUNDING_TOLERANCE > max[ch]) max[ch] = v + ROUNDING_TOLERANCE;
        }
      }
    }
  }
  const t = image.tolerance;
  return { min: min.map((v) => clampLevel(v - t)) as ChannelBounds['min'], max: max.map((v) => clampLevel(v + t)) as ChannelBounds['max'] };
}

function clipRegion(image: DecodedImage, region: PixelRegion): PixelRegion | undefined {
  const x0 = Math.max(0, Math.floor(region.x0)), y0 = Math.max(0, Math.floor(region.y0));
  const x1 = Math.min(image.width, Math.ceil(region.x1)), y1 = Math.min(image.height, Math.ceil(region.y1));
  return x0 < x1 && y0 < y1 ? { x0, y0, x1, y1 } : undefined;
}

/** Luma extremes of the region and chroma extremes of its surroundings, combined at the corners of the YCbCr box. */
function interpolatedChromaBounds(image: DecodedImage, ycbcr: Uint8Array, r: PixelRegion): ChannelBounds {
  const { width } = image;
  let yMin = 255, yMax = 0;
  for (let y = r.y0; y < r.y1; y++) {
    for (let q = (y * width + r.x0) * 3, end = (y * width + r.x1) * 3; q < end; q += 3) {
      if (ycbcr[q] < yMin) yMin = ycbcr[q];
      if (ycbcr[q] > yMax) yMax = ycbcr[q];
    }
  }
  const around = clipRegion(image, { x0: r.x0 - CHROMA_REACH, y0: r.y0 - CHROMA_REACH, x1: r.x1 + CHROMA_REACH, y1: r.y1 + CHROMA_REACH })!;
  let cbMin = 255, cbMax = 0, crMin = 255, crMax = 0;
  for (let y = around.y0; y < around.y1; y++) {
    for (let q = (y * width + around.x0) * 3, end = (y * width + around.x1) * 3; q < end; q += 3) {
      const cb = ycbcr[q + 1], cr = ycbcr[q + 2];
      if (cb < cbMin) cbMin = cb;
      if (cb > cbMax) cbMax = cb;
      if (cr < crMin) crMin = cr;
      if (cr > crMax) crMax = cr;
    }
  }
  const t = JPEG_COMPONENT_TOLERANCE;
  const [y0, y1, b0, b1, r0, r1] = [yMin - t, yMax + t, cbMin - t - 128, cbMax + t - 128, crMin - t - 128, crMax + t - 128];
  return {
    min: [clampLevel(y0 + 1.402 * r0), clampLevel(y0 - 0.344136 * b1 - 0.714136 * r1), clampLevel(y0 + 1.772 * b0)],
    max: [clampLevel(y1 + 1.402 * r1), clampLevel(y1 - 0.344136 * b0 - 0.714136 * r0), clampLevel(y1 + 1.772 * b1)],
  };
}

const clampLevel = (v: number) => Math.min(255, Math.max(0, v));
const clampByte = (v: number) => Math.min(255, Math.max(0, Math.round(v)));
