import { ruleTester } from '../_kit/tester';
import rule from '.';
import { tiff, png, psd } from '../../test/facts/image-bytes';

ruleTester(rule, {
  valid: [{ filename: 'index.html', code: '<img src="a.png" alt="">', files: { 'a.png': png({ width: 4, height: 4 }) } }],
  invalid: [
    {
      filename: 'index.html',
      code: '<img src="product.tif" alt="">\n<img src="photo.jpg" alt="">',
      files: { 'product.tif': tiff({ width: 8, height: 8 }), 'photo.jpg': psd({ width: 8, height: 8, channels: 3, mode: 3 }) },
      errors: [
        { messageId: 'print', data: { url: 'product.tif', format: 'TIFF', support: 'cannot show' }, line: 1, column: 11, endLine: 1, endColumn: 22 },
        { messageId: 'print', data: { url: 'photo.jpg', format: 'PSD', support: 'cannot show' }, line: 2, column: 11, endColumn: 20 },
      ],
    },
    {
      filename: 'style.css',
      code: '.a { background: url(art.eps) }',
      errors: [{ messageId: 'print', line: 1, column: 22, endColumn: 29 }],
    },
  ],
});
