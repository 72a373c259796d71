import { ruleTester } from '../_kit/tester';
import rule from '.';
import { jpeg, SAMPLE_XMP } from '../../test/facts/image-bytes';

const big = jpeg({ width: 1000, height: 500, xmp: SAMPLE_XMP + ' '.repeat(30000) });

ruleTester(rule, {
  valid: [
    { filename: 'index.html', code: '<img src="big.jpg" width="500" alt="">', files: { 'big.jpg': big } },
    { filename: 'index.html', code: '<img src="big.jpg" alt="">', files: { 'big.jpg': big } },
    { filename: 'index.html', code: '<img src="big.jpg" srcset="big.jpg 1000w" sizes="100px" width="100" alt="">', files: { 'big.jpg': big } },
  ],
  invalid: [
    {
      filename: 'index.html',
      code: '<p>\n<img src="big.jpg" width="100" height="50" alt="">\n</p>',
      files: { 'big.jpg': big },
      errors: [{ messageId: 'oversized', message: /^1000×500 image shown at 100×50 CSS px; at 2× it needs 200×100\. About 34 KB of 36 KB is wasted\.$/, line: 2, column: 11, endLine: 2, endColumn: 18 }],
    },
    {
      name: 'inline style width, height from the aspect ratio',
      filename: 'index.html',
      code: '<img style="width: 200px" src="big.jpg" alt="">',
      files: { 'big.jpg': big },
      errors: [{ messageId: 'oversized', message: /shown at 200×100 CSS px/, line: 1, column: 32, endColumn: 39 }],
    },
  ],
});
