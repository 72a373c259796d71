#!/usr/bin/env node
// Writes the images of examples/site-assets: real files made by the test builders (compile first:
// `npx tsc -p .`). Each picture carries one defect the asset and image rules report.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const b = require(path.join(here, '..', 'out', 'test', 'facts', 'image-bytes.js'));
const dir = path.join(here, '..', 'examples', 'site-assets', 'images');
fs.mkdirSync(dir, { recursive: true });

const pad = (n) => b.SAMPLE_XMP + ' '.repeat(n);
const files = {
  'logo.png': b.png({ width: 120, height: 40, srgb: true }),
  'hero.jpg': b.jpeg({ width: 1600, height: 900, icc: b.srgbProfile(), xmp: pad(30000) }),
  'print-cmyk.jpg': b.jpeg({ width: 64, height: 64, components: 4, adobeTransform: 2, icc: b.cmykProfile() }),
  'photo-adobe-rgb.jpg': b.jpeg({ width: 64, height: 64, icc: b.adobeRgbProfile() }),
  'texture-16bit.png': b.png({ width: 32, height: 32, bitDepth: 16 }),
  'product.tif': b.tiff({ width: 40, height: 30 }),
  'team photo.jpg': b.jpeg({ width: 80, height: 60 }),
  'old-banner.png': b.png({ width: 10, height: 10 }),
  'thumb.jpg': b.jpeg({ width: 100, height: 100, xmp: pad(12000) }),
  'broken.jpg': b.jpeg({ width: 200, height: 100 }).subarray(0, 60),
};
// An animated GIF padded with a comment block so it crosses the example's 8 KB budget.
const anim = b.gif({ width: 60, height: 60, delays: [10, 10, 10, 10], loop: 0 });
const comment = [0x21, 0xfe];
for (let left = 12000; left > 0; left -= 255) { const n = Math.min(255, left); comment.push(n, ...new Array(n).fill(0x20)); }
comment.push(0);
files['promo.gif'] = b.bytes(anim.subarray(0, anim.length - 1), comment, [0x3b]);

for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), data);
fs.writeFileSync(path.join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="track()">\n<script>track()</script>\n<path d="M0 0h10v10z"/>\n</svg>\n');
console.log(`wrote ${Object.keys(files).length + 1} files to ${path.relative(process.cwd(), dir)}`);
