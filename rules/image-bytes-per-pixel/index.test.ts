import { ruleTester } from '../_kit/tester';
import rule from '.';
import { jpeg, webpExtended, SAMPLE_XMP } from '../../test/facts/image-bytes';

const pad = SAMPLE_XMP + ' '.repeat(20000);

ruleTester(rule, {
  valid: [
    { filename: 'big.jpg', code: jpeg({ width: 400, height: 300, xmp: pad }) },
    { name: 'over 0.167 B/px but saving under 4 KiB', filename: 'small.jpg', code: jpeg({ width: 10, height: 10, xmp: SAMPLE_XMP + ' '.repeat(3000) }) },
  ],
  invalid: [
    {
      filename: 'photo.jpg',
      code: jpeg({ width: 100, height: 100, xmp: pad }),
      errors: [{ messageId: 'modernFormat', message: /^2\.06 bytes per pixel \(100×100, 20 KB\)/, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      filename: 'photo.webp',
      code: webpExtended({ width: 100, height: 100, xmp: pad }),
      errors: [{ messageId: 'adjustCompression', line: 1, column: 1 }],
    },
  ],
});
