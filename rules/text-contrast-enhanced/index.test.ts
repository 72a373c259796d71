import * as jpegJs from 'jpeg-js';
import { ruleTester } from '../_kit/tester';
import rule from '.';

/** A photo-like JPEG: dark at the top, a bright glow at the bottom. */
const glow = (() => {
  const width = 64, height = 64;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = y < 40 ? 10 : Math.min(255, (y - 40) * 12);
      data.set([v, Math.round(v * 0.9), Math.round(v * 0.5), 255], (y * width + x) * 4);
    }
  }
  return jpegJs.encode({ width, height, data }, 90).data;
})();

ruleTester(rule, {
  valid: [
    '<p style="color: #000; background: #fff">Black on white</p>',
    '<p style="color: #333; font-size: 24px; background: #fff">Large text</p>',
    { name: 'white text may be over the dark part of the image', code: '<p style="color: #fff; background: #000 url(glow.jpg)">Glowing</p>', files: { 'glow.jpg': glow } },
    { name: 'black text may be over the glow', code: '<p style="color: #000; background: #000 url(glow.jpg)">Glowing</p>', files: { 'glow.jpg': glow } },
    { name: 'a black halo clears white text over the image', code: '<p style="color: #fff; background: #000 no-repeat url(glow.jpg); text-shadow: 0 0 2px black">Glowing</p>', files: { 'glow.jpg': glow } },
    { name: 'a wide blur spreads thin: the white page still borders the glyphs', code: '<p style="color: #555; background: #fff; text-shadow: 0 0 12px #999">Soft glow</p>' },
    { name: 'translucent text over a soft gradient is undecidable', code: '<p style="color: rgba(80, 80, 80, .9); background: linear-gradient(90deg, #fff, #000)">Fading</p>' },
    { name: 'a gradient in another colour space is undecidable', code: '<p style="color: #777; background: linear-gradient(in hsl longer hue, #fff, #000)">Rainbow</p>' },
  ],
  invalid: [
    { code: '<p style="color: #666; background: #fff">Grey text</p>', errors: [{ messageId: 'low', data: { ratio: '5.74', fg: '#666666', bg: '#ffffff', needed: 7, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 42 }] },
    {
      name: 'mid-grey text fails 7:1 against any colour the image may have',
      code: '<p style="color: #777; background: black url(glow.jpg)">Grey over a photo</p>',
      files: { 'glow.jpg': glow },
      errors: [{ messageId: 'low', data: { ratio: '4.68', fg: '#777777', bg: '#000000', needed: 7, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 57 }],
    },
    {
      name: 'even an image that cannot be read',
      code: '<p style="color: #777; background: black url(https://cdn.example/photo.jpg)">Grey over a photo</p>',
      errors: [{ messageId: 'low', data: { ratio: '4.68', fg: '#777777', bg: '#000000', needed: 7, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 78 }],
    },
    {
      name: 'translucent text over both sides of a hard-stop gradient',
      code: '<span style="color: rgba(80, 80, 80, .9); background: linear-gradient(90deg, transparent 0 4em, #000 4em)">Split text</span>',
      errors: [{ messageId: 'low', data: { ratio: '6.14', fg: '#626262', bg: '#ffffff', needed: 7, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 108 }],
    },
    {
      name: 'a halo of the background colour',
      code: '<p style="color: #666; background: #fff; text-shadow: 0 0 .2em #fff">Grey text</p>',
      errors: [{ messageId: 'low', data: { ratio: '5.74', fg: '#666666', bg: '#ffffff', needed: 7, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 70 }],
    },
  ],
});
