import { ruleTester } from '../_kit/tester';
import rule from '.';
import { jpeg, SAMPLE_XMP } from '../../test/facts/image-bytes';

/** A real JPEG made heavy by a large XMP packet. */
const heavy = jpeg({ width: 100, height: 100, xmp: SAMPLE_XMP + ' '.repeat(20000) });
const light = jpeg({ width: 100, height: 100 });

ruleTester(rule, {
  valid: [
    { filename: 'a.jpg', code: light, settings: { assets: { imageMaxKB: 10 } } },
    { filename: 'index.html', code: '<html><img src="a.jpg" alt=""></html>', files: { 'a.jpg': heavy }, settings: { assets: { pageImagesMaxKB: 100 } } },
  ],
  invalid: [
    {
      filename: 'hero.jpg',
      code: heavy,
      settings: { assets: { imageMaxKB: 10 } },
      errors: [{ messageId: 'image', data: { size: '20 KB', budget: '10 KB' }, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: 'page total across img and CSS',
      filename: 'index.html',
      code: '<!doctype html>\n<html lang="en"><head><link rel="stylesheet" href="s.css"></head><body><img src="a.jpg" alt=""><img src="a.jpg" alt=""></body></html>',
      files: { 'a.jpg': heavy, 'b.jpg': heavy, 's.css': '.x { background: url(b.jpg) }' },
      settings: { assets: { pageImagesMaxKB: 30 } },
      errors: [{ messageId: 'page', message: /^Images on this page weigh 40 KB \(2 files\), over the 30 KB budget per page; heaviest: [ab]\.jpg \(20 KB\)/, line: 2, column: 1, endLine: 2, endColumn: 17 }],
    },
  ],
});
