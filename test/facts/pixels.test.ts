import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { deflateSync } from 'node:zlib';
import * as jpegJs from 'jpeg-js';
import { PNG } from 'pngjs';
import { decodePixels, displayedColourBounds, exifOrientation, pixelsOfFile, type DecodedImage } from '../../server/src/engine/facts/image/pixels';
import { MemoryHost } from '../../server/src/engine/host-memory';
import { Project } from '../../server/src/engine/model/project';
import { adobeRgbProfile, bytes, gif, jpeg, pngChunk, srgbProfile, u16be, u16le, u32be, u32le } from './image-bytes';

type Rgba = [number, number, number, number];

function rgbaPng(width: number, height: number, pixel: (x: number, y: number) => Rgba): Uint8Array {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) png.data.set(pixel(x, y), (y * width + x) * 4);
  return PNG.sync.write(png);
}

/** PNG writer for what pngjs cannot write: palettes with tRNS, Adam7 interlace, any bit depth. */
function rawPng(options: { width: number; height: number; colorType: number; bitDepth: number; interlace?: boolean; chunks?: Uint8Array[]; sample: (x: number, y: number) => number[] }): Uint8Array {
  const { width, height, colorType, bitDepth } = options;
  const passes = options.interlace
    ? [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]]
    : [[0, 0, 1, 1]];
  const rows: number[] = [];
  for (const [x0, y0, dx, dy] of passes) {
    for (let y = y0; y < height; y += dy) {
      const samples: number[] = [];
      for (let x = x0; x < width; x += dx) samples.push(...options.sample(x, y));
      if (!samples.length) continue;
      rows.push(0);
      if (bitDepth === 16) for (const s of samples) rows.push(s >> 8, s & 0xff);
      else if (bitDepth === 8) rows.push(...samples);
      else {
        const perByte = 8 / bitDepth;
        for (let i = 0; i < samples.length; i += perByte) {
          let b = 0;
          for (let k = 0; k < perByte; k++) b |= (samples[i + k] ?? 0) << (8 - bitDepth * (k + 1));
          rows.push(b);
        }
      }
    }
  }
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', u32be(width), u32be(height), [bitDepth, colorType, 0, 0, options.interlace ? 1 : 0]),
    ...(options.chunks ?? []),
    pngChunk('IDAT', deflateSync(Uint8Array.from(rows))),
    pngChunk('IEND'),
  );
}

function jpegOf(width: number, height: number, pixel: (x: number, y: number) => Rgba): Uint8Array {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(pixel(x, y), (y * width + x) * 4);
  return jpegJs.encode({ width, height, data }, 95).data;
}

const at = (image: DecodedImage, x: number, y: number) => [...image.rgba.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];

describe('facts/image/pixels', () => {
  describe('decodePixels', () => {
    it('decodes an RGBA PNG exactly', () => {
      const image = decodePixels(rgbaPng(3, 2, (x, y) => [x * 100, y * 200, 7, x === 2 ? 128 : 255]))!;
      assert.equal(image.format, 'png');
      assert.deepEqual([image.width, image.height, image.tolerance], [3, 2, 0]);
      assert.deepEqual(at(image, 0, 0), [0, 0, 7, 255]);
      assert.deepEqual(at(image, 2, 1), [200, 200, 7, 128]);
    });

    it('decodes a 2-bit palette PNG with transparency', () => {
      const palette = pngChunk('PLTE', [255, 0, 0, 0, 255, 0, 0, 0, 255]);
      const trns = pngChunk('tRNS', [255, 64]);
      const image = decodePixels(rawPng({ width: 3, height: 1, colorType: 3, bitDepth: 2, chunks: [palette, trns], sample: (x) => [x] }))!;
      assert.deepEqual([at(image, 0, 0), at(image, 1, 0), at(image, 2, 0)], [[255, 0, 0, 255], [0, 255, 0, 64], [0, 0, 255, 255]]);
    });

    it('decodes an interlaced 16-bit grey PNG, scaled to 8 bits', () => {
      const image = decodePixels(rawPng({ width: 9, height: 9, colorType: 0, bitDepth: 16, interlace: true, sample: (x, y) => [(x + y * 9) * 800] }))!;
      assert.equal(image.tolerance, 1);
      assert.deepEqual(at(image, 0, 0), [0, 0, 0, 255]);
      const last = Math.round((80 * 800 * 255) / 65535);
      assert.deepEqual(at(image, 8, 8), [last, last, last, 255]);
    });

    it('refuses an interlaced PNG whose data inflates far beyond its size', () => {
      const bomb = bytes(
        [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
        pngChunk('IHDR', u32be(16), u32be(16), [8, 0, 0, 0, 1]),
        pngChunk('IDAT', deflateSync(new Uint8Array(64 * 1024 * 1024))),
        pngChunk('IEND'),
      );
      assert.ok(bomb.length < 200_000);
      assert.equal(decodePixels(bomb), undefined);
    });

    it('refuses a PNG whose gAMA is not sRGB-like, unless an sRGB chunk overrides it', () => {
      const gamma = pngChunk('gAMA', u32be(100000));
      assert.equal(decodePixels(rawPng({ width: 1, height: 1, colorType: 0, bitDepth: 8, chunks: [gamma], sample: () => [9] })), undefined);
      assert.ok(decodePixels(rawPng({ width: 1, height: 1, colorType: 0, bitDepth: 8, chunks: [pngChunk('sRGB', [0]), gamma], sample: () => [9] })));
      assert.ok(decodePixels(rawPng({ width: 1, height: 1, colorType: 0, bitDepth: 8, chunks: [pngChunk('gAMA', u32be(45455))], sample: () => [9] })));
    });

    it('decodes baseline JPEGs as stored: YCbCr kept, RGB close to what was encoded', () => {
      const image = decodePixels(jpegOf(16, 16, (x) => (x < 8 ? [40, 80, 160, 255] : [240, 240, 240, 255])))!;
      assert.equal(image.format, 'jpeg');
      assert.ok(image.ycbcr);
      assert.equal(image.chromaSubsampled, false);
      for (const [x, want] of [[2, [40, 80, 160]], [13, [240, 240, 240]]] as const) {
        at(image, x, 3).slice(0, 3).forEach((v, i) => assert.ok(Math.abs(v - want[i]) <= 4, `${v} vs ${want[i]}`));
      }
    });

    it('decodes progressive, greyscale, Adobe-flagged and sRGB-profiled JPEGs', () => {
      for (const options of [{ progressive: true }, { components: 1 as const }, { adobeTransform: 1 }, { adobeTransform: 0 }, { icc: srgbProfile() }]) {
        const image = decodePixels(jpeg({ width: 16, height: 8, ...options }));
        assert.ok(image, JSON.stringify(Object.keys(options)));
        assert.deepEqual(at(image, 5, 5), [128, 128, 128, 255]);
      }
    });

    it('refuses CMYK and wide-gamut JPEGs, whose colours are not the stored numbers', () => {
      assert.equal(decodePixels(jpeg({ width: 8, height: 8, components: 4, adobeTransform: 0 })), undefined);
      assert.equal(decodePixels(jpeg({ width: 8, height: 8, icc: adobeRgbProfile() })), undefined);
    });

    it('respects the byte and pixel limits before decoding', () => {
      const file = rgbaPng(10, 10, () => [1, 2, 3, 255]);
      assert.equal(decodePixels(file, { maxBytes: file.length - 1, maxPixels: 1000 }), undefined);
      assert.equal(decodePixels(file, { maxBytes: 1e6, maxPixels: 99 }), undefined);
      assert.ok(decodePixels(file, { maxBytes: file.length, maxPixels: 100 }));
    });

    it('gives undefined, never a throw, for truncated, fake, empty, animated or other images', () => {
      const good = jpegOf(32, 32, (x, y) => [x * 8, y * 8, 100, 255]);
      for (const cut of [good.length - 2, Math.floor(good.length / 2), 300, 20]) assert.equal(decodePixels(good.subarray(0, cut)), undefined, `JPEG cut at ${cut}`);
      const png = rgbaPng(8, 8, () => [5, 5, 5, 255]);
      for (const cut of [png.length - 1, png.length - 13, 40]) assert.equal(decodePixels(png.subarray(0, cut)), undefined, `PNG cut at ${cut}`);
      const badCrc = Uint8Array.from(png);
      badCrc[png.length - 20] ^= 0xff;
      assert.equal(decodePixels(badCrc), undefined);
      assert.equal(decodePixels(new TextEncoder().encode('<html>not an image</html>')), undefined);
      assert.equal(decodePixels(new Uint8Array(0)), undefined);
      assert.equal(decodePixels(gif({ width: 2, height: 2, delays: [0] })), undefined);
      assert.equal(decodePixels(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], pngChunk('IHDR', u32be(50000), u32be(50000), [8, 6, 0, 0, 0]), pngChunk('IEND'))), undefined);
    });
  });

  describe('exifOrientation', () => {
    it('reads tag 0x0112 of IFD0 in either byte order, 1 otherwise', () => {
      assert.equal(exifOrientation(bytes('II', u16le(42), u32le(8), u16le(1), u16le(0x0112), u16le(3), u32le(1), u16le(6), u16le(0), u32le(0))), 6);
      assert.equal(exifOrientation(bytes('MM', u16be(42), u32be(8), u16be(1), u16be(0x0112), u16be(3), u32be(1), u16be(8), u16be(0), u32be(0))), 8);
      assert.equal(exifOrientation(bytes('II', u16le(42), u32le(8), u16le(1), u16le(315), u16le(2), u32le(1), u32le(0), u32le(0))), 1);
      assert.equal(exifOrientation(bytes('II', u16le(42), u32le(400))), 1);
      assert.equal(exifOrientation(undefined), 1);
    });
  });

  describe('displayedColourBounds', () => {
    const stripes = decodePixels(rgbaPng(4, 4, (_x, y) => (y < 2 ? [10, 20, 30, 255] : [200, 100, 50, 255])))!;

    it('bounds every channel over the whole image or a region, exactly for 8-bit PNG', () => {
      assert.deepEqual(displayedColourBounds(stripes, [0, 0, 0]), { min: [10, 20, 30], max: [200, 100, 50] });
      assert.deepEqual(displayedColourBounds(stripes, [0, 0, 0], { x0: -5, y0: -5, x1: 9, y1: 2 }), { min: [10, 20, 30], max: [10, 20, 30] });
      assert.equal(displayedColourBounds(stripes, [0, 0, 0], { x0: 0, y0: 4, x1: 4, y1: 9 }), undefined);
    });

    it('composites translucent pixels over the underlay, with a level of rounding', () => {
      const veil = decodePixels(rgbaPng(2, 1, () => [0, 0, 0, 51]))!;
      const b = displayedColourBounds(veil, [255, 255, 255])!;
      assert.deepEqual(b.min, [203, 203, 203]);
      assert.deepEqual(b.max, [205, 205, 205]);
    });

    it('widens JPEG bounds by what other decoders may show', () => {
      const grey = decodePixels(jpeg({ width: 8, height: 8 }))!;
      assert.deepEqual(displayedColourBounds(grey, [0, 0, 0]), { min: [124, 124, 124], max: [132, 132, 132] });
    });

    it('for subsampled chroma, combines the luma of the region with the chroma around it', () => {
      // Left half blue-ish chroma, right half red-ish; the region is the left column only.
      const width = 32, height = 8;
      const ycbcr = new Uint8Array(width * height * 3);
      for (let i = 0; i < width * height; i++) ycbcr.set([100, i % width < 20 ? 200 : 90, i % width < 20 ? 100 : 200], i * 3);
      const image: DecodedImage = { format: 'jpeg', width, height, rgba: new Uint8Array(width * height * 4), ycbcr, chromaSubsampled: true, orientation: 1, tolerance: 4 };
      const near = displayedColourBounds(image, [0, 0, 0], { x0: 0, y0: 0, x1: 5, y1: 8 })!;
      const far = displayedColourBounds(image, [0, 0, 0], { x0: 0, y0: 0, x1: 1, y1: 8 })!;
      // The red chroma from column 20 on is within reach of column 4, not of column 0.
      assert.ok(near.max[0] > far.max[0]);
      // Pure luma 100 with blue chroma: R = 100 + 1.402 (100 - 128) ≈ 61, within the far bounds.
      assert.ok(far.min[0] <= 61 && far.max[0] >= 61);
    });
  });

  describe('pixelsOfFile', () => {
    it('decodes a project file once per run; missing files give undefined', () => {
      const root = path.resolve('/pixels-test');
      const host = new MemoryHost({ [path.join(root, 'a.png')]: rgbaPng(2, 2, () => [9, 9, 9, 255]) });
      const project = new Project(host, [root], { maxFileSize: 1024 * 1024 });
      const first = pixelsOfFile(project, path.join(root, 'a.png'));
      assert.ok(first);
      assert.equal(pixelsOfFile(project, path.join(root, 'a.png')), first);
      assert.equal(pixelsOfFile(project, path.join(root, 'missing.png')), undefined);
    });
  });
});
