import * as jpegJs from 'jpeg-js';
import { PNG } from 'pngjs';
import { ruleTester } from '../_kit/tester';
import rule from '.';

type Pixel = [number, number, number, number];

function png(width: number, height: number, pixel: (x: number, y: number) => Pixel): Uint8Array {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) image.data.set(pixel(x, y), (y * width + x) * 4);
  return PNG.sync.write(image);
}

function jpeg(width: number, height: number, pixel: (x: number, y: number) => Pixel): Uint8Array {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(pixel(x, y), (y * width + x) * 4);
  return jpegJs.encode({ width, height, data }, 95).data;
}

/** A flat dark grey (#595959): white text passes on it, #333 fails. */
const darkGrey = png(24, 24, () => [0x59, 0x59, 0x59, 255]);
/** #777 with a white band in rows 150-199: the band clears #333 text wherever it is behind it. */
const greyWithWhiteBand = png(200, 200, (_x, y) => (y >= 150 ? [255, 255, 255, 255] : [0x77, 0x77, 0x77, 255]));
/** Black at 60% over whatever is under it. */
const blackVeil = png(8, 8, () => [0, 0, 0, 153]);
const darkGreyJpeg = jpeg(16, 16, () => [0x59, 0x59, 0x59, 255]);

const dataUrlTag = `<p style="color: #333; background: url(data:image/png;base64,${Buffer.from(darkGrey).toString('base64')})">`;

const halo = 'text-shadow: #bbb 2px 2px 3px, #bbb -2px 2px 3px, #bbb 2px -2px 3px, #bbb -2px -2px 3px';

ruleTester(rule, {
  valid: [
    '<p style="color: #333; background: #fff">Readable text</p>',
    '<p style="color: #000; font-size: 18pt; background: #666">Large text</p>',
    '<p style="color: #000; font-size: 14pt; font-weight: 700; background: #666">Large bold text</p>',
    '<p style="color: #333; background: linear-gradient(to right, #fff, #00f)">Gradient</p>',
    { name: 'a missing image may be any colour', code: '<p style="color: #555; background: black url(hole.jpg)">Over an image: undecidable</p>' },
    '<button style="color: #666; background: #000" aria-label="Close">X</button>',
    '<p style="color: #aaa; background: #fff" aria-hidden="true">Hidden</p>',
    '<div aria-disabled="true" role="button" style="color: #777; background: #eee">Disabled</div>',
    '<a href="/">Link in UA colours</a>',
    // Text shadows
    { name: 'a dark halo clears light text', code: '<p style="color: #aaa; background: #fff; text-shadow: 0 0 2px #000">Shadowed</p>' },
    { name: 'a dark drop shadow borders part of each glyph', code: '<p style="color: #aaa; background: #fff; text-shadow: 2px 2px 0 #000">Drop shadow</p>' },
    { name: 'a halo of the text colour is a heavier glyph on the page', code: '<p style="color: #333; background: #fff; text-shadow: 0 0 3px #333">Heavy text</p>' },
    { name: 'an inherited shadow reset by the paragraph', code: `<div style="${halo}"><p style="color: #333; background: #fff; text-shadow: none">Plain text</p></div>` },
    { name: 'invisible shadows change nothing', code: '<p style="color: #333; background: #fff; text-shadow: 0 0 0 #f00, 3px 3px 3px transparent">Plain text</p>' },
    { name: 'a shadow colour from a variable is undecidable', code: '<p style="color: #aaa; background: #fff; text-shadow: 0 0 3px var(--glow)">Glowing</p>' },
    { name: 'shadows of several colours are undecidable', code: '<p style="color: #aaa; background: #fff; text-shadow: 1px 1px 0 #ccc, -1px -1px 0 #ddd">Two shadows</p>' },
    // Background images
    { name: 'light text over a dark image', code: '<p style="color: #fff; background: #595959 url(img/grey.png)">Light on grey</p>', files: { 'img/grey.png': darkGrey } },
    { name: 'any light part of the image may be behind the text', code: '<p style="color: #333; background: #777 url(band.png)">Somewhere over the band</p>', files: { 'band.png': greyWithWhiteBand } },
    {
      name: 'the light band is behind the first line',
      code: '<p style="color: #333; background: #777 url(band.png) no-repeat 0 -140px; line-height: 20px">Over the band</p>',
      files: { 'band.png': greyWithWhiteBand },
    },
    {
      name: 'the line may wrap at a narrow viewport: the whole image counts',
      code: '<p style="color: #333; background: #777 url(band.png) no-repeat; line-height: 20px">A sentence long enough to wrap onto a second line when the viewport is narrow</p>',
      files: { 'band.png': greyWithWhiteBand },
    },
    { name: 'a truncated image is undecidable', code: '<p style="color: #333; background: #595959 url(cut.jpg)">Truncated</p>', files: { 'cut.jpg': darkGreyJpeg.subarray(0, 200) } },
    { name: 'a remote image may be any colour', code: '<p style="color: #333; background: #595959 url(https://cdn.example/grey.png)">Remote</p>' },
    { name: 'two image layers are undecidable', code: '<p style="color: #333; background: url(img/grey.png), url(img/grey.png)">Two layers</p>', files: { 'img/grey.png': darkGrey } },
    { name: 'a light halo over the dark image', code: '<p style="color: #000; background: #595959 url(img/grey.png); text-shadow: 0 0 3px #fff">Glowing</p>', files: { 'img/grey.png': darkGrey } },
    { name: 'an opaque background hides an image below it', code: '<div style="background: url(https://cdn.example/any.png)"><p style="color: #333; background: #fff">Covered</p></div>' },
  ],
  invalid: [
    {
      code: '<body>\n  <p style="color: #AAA; background: white;">Some text</p>\n</body>',
      errors: [{ messageId: 'low', data: { ratio: '2.32', fg: '#aaaaaa', bg: '#ffffff', needed: 4.5, size: 'normal' }, line: 2, column: 3, endLine: 2, endColumn: 46 }],
    },
    {
      name: 'from a style sheet, inherited, translucent',
      code: '<style>.box { background: #fff } .box p { color: rgba(0,0,0,.3) }</style><div class="box"><p>Faint</p></div>',
      errors: [{ messageId: 'low', line: 1, column: 91, endLine: 1, endColumn: 94 }],
    },
    { name: 'fails against every gradient stop', code: '<p style="color: #AAA; background: linear-gradient(to right, #FFF, #00F)">Text</p>', errors: [{ messageId: 'low', line: 1, column: 1, endLine: 1, endColumn: 75 }] },
    // Text shadows
    {
      name: 'a light halo borders grey text',
      code: `<p style="background: #fff; color: #777; ${halo}">Haloed text</p>`,
      errors: [{ messageId: 'low', data: { ratio: '3.29', fg: '#777777', bg: '#dddddd', needed: 4.5, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 131 }],
    },
    {
      name: 'the halo is inherited',
      code: `<div style="${halo}">\n<p style="background: #fff; color: #777">Haloed text</p></div>`,
      errors: [{ messageId: 'low', data: { ratio: '3.29', fg: '#777777', bg: '#dddddd', needed: 4.5, size: 'normal' }, line: 2, column: 1, endLine: 2, endColumn: 42 }],
    },
    {
      name: 'neither the page nor a light drop shadow gives enough contrast',
      code: '<p style="background: #fff; color: #aaa; text-shadow: 2px 2px #ccc">Drop shadow</p>',
      errors: [{ messageId: 'low', data: { ratio: '2.32', fg: '#aaaaaa', bg: '#ffffff', needed: 4.5, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 69 }],
    },
    // Background images
    {
      name: 'dark text over a dark PNG',
      code: '<p style="color: #333; background: #595959 url(img/grey.png)">Dark on grey</p>',
      files: { 'img/grey.png': darkGrey },
      errors: [{ messageId: 'low', data: { ratio: '1.80', fg: '#333333', bg: '#595959', needed: 4.5, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 63 }],
    },
    {
      name: 'dark text over a dark JPEG (bounds allow for other decoders)',
      code: '<p style="color: #333; background: #595959 url(grey.jpg)">Over a JPEG</p>',
      files: { 'grey.jpg': darkGreyJpeg },
      errors: [{ messageId: 'low', data: { ratio: '1.91', fg: '#333333', bg: '#5d5d5d', needed: 4.5, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 59 }],
    },
    {
      name: 'the image comes from a linked style sheet, its URL relative to the sheet',
      code: '<link rel="stylesheet" href="css/site.css">\n<p class="intro">Dark on grey</p>',
      files: { 'css/site.css': '.intro { color: #333; background: url(../img/grey.png) }', 'img/grey.png': darkGrey },
      errors: [{ messageId: 'low', data: { ratio: '1.80', fg: '#333333', bg: '#595959', needed: 4.5, size: 'normal' }, line: 2, column: 1, endLine: 2, endColumn: 18 }],
    },
    {
      name: 'translucent pixels show the background colour under the image',
      code: '<p style="color: #999; background: #fff url(veil.png)">Veiled</p>',
      files: { 'veil.png': blackVeil },
      errors: [{ messageId: 'low', data: { ratio: '2.04', fg: '#999999', bg: '#656565', needed: 4.5, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 56 }],
    },
    {
      name: 'a raster data: URL',
      code: `${dataUrlTag}Inline image</p>`,
      errors: [{ messageId: 'low', data: { ratio: '1.80', fg: '#333333', bg: '#595959', needed: 4.5, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: dataUrlTag.length + 1 }],
    },
    {
      name: 'only the top of the image is behind a short first line',
      code: '<p style="color: #333; background: #777 url(band.png) no-repeat; line-height: 20px">First line</p>',
      files: { 'band.png': greyWithWhiteBand },
      errors: [{ messageId: 'low', data: { ratio: '2.82', fg: '#333333', bg: '#777777', needed: 4.5, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 85 }],
    },
  ],
});
