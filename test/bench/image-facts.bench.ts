import { readImageFacts } from '../../server/src/engine/facts/image';
import {
  adobeRgbProfile, avif, bmp, displayP3Profile, exifTiff, gif, iptcRecords, jpeg, png, psd, SAMPLE_XMP, srgbProfile, tiff, webpExtended, webpLossy,
} from '../facts/image-bytes';

const IMAGE_COUNT = 1000;

/** A mix like a banner/media project: mostly JPEG and PNG with metadata, some animation and modern formats. */
function makeImages(): Uint8Array[] {
  const srgb = srgbProfile();
  const adobe = adobeRgbProfile();
  const p3 = displayP3Profile();
  const exif = exifTiff();
  const iptc = iptcRecords();
  const makers: ((i: number) => Uint8Array)[] = [
    (i) => jpeg({ width: 300 + i, height: 250, icc: i % 2 ? srgb : adobe, iccSegments: 2, exif, xmp: SAMPLE_XMP, iptc }),
    (i) => jpeg({ width: 728, height: 90 + i, progressive: true }),
    (i) => png({ width: 160 + i, height: 600, icc: p3, xmp: SAMPLE_XMP, metadataAfterData: true }),
    (i) => png({ width: 64, height: 64 + i, colorType: 3, transparency: true }),
    (i) => gif({ width: 120, height: 60 + (i % 50), delays: [10, 20, 30], loop: 0 }),
    (i) => webpExtended({ width: 300, height: 250 + i, frameDurations: [100, 100, 100], icc: srgb, exif, xmp: SAMPLE_XMP }),
    (i) => webpLossy(970, 250 + i),
    (i) => avif({ width: 1200 + i, height: 800, bitDepth: 10, cicp: { primaries: 9, transfer: 16, matrix: 9 }, exif, xmp: SAMPLE_XMP }),
    (i) => tiff({ width: 40 + (i % 20), height: 30, photometric: 5, icc: srgb }),
    (i) => psd({ width: 20, height: 20 + (i % 10), channels: 4, mode: 4, iptc, xmp: SAMPLE_XMP }),
    (i) => bmp(32 + (i % 16), 16),
  ];
  return Array.from({ length: IMAGE_COUNT }, (_, i) => makers[i % makers.length](Math.floor(i / makers.length)));
}

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const images = makeImages();
  const totalBytes = images.reduce((sum, image) => sum + image.length, 0);
  for (const image of images.slice(0, 50)) readImageFacts(image);

  const before = process.cpuUsage();
  for (const image of images) readImageFacts(image);
  const used = process.cpuUsage(before);
  const cpuMs = (used.user + used.system) / 1000;
  return [
    { name: `image-facts: readImageFacts over ${IMAGE_COUNT} images (CPU)`, value: Math.round(cpuMs * 100) / 100, unit: 'ms' },
    { name: 'image-facts: CPU per image', value: Math.round((cpuMs / IMAGE_COUNT) * 1000) / 1000, unit: 'ms' },
    { name: 'image-facts: bytes in the image set', value: totalBytes, unit: 'B' },
  ];
}
