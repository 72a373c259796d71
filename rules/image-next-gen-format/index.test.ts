import { ruleTester } from '../_kit/tester';
import rule from '.';
import { jpeg, webpLossy, SAMPLE_XMP } from '../../test/facts/image-bytes';

const photo = jpeg({ width: 200, height: 100, xmp: SAMPLE_XMP + ' '.repeat(20000) });

ruleTester(rule, {
  valid: [
    { filename: 'img/hero.jpg', code: photo, files: { 'img/hero.webp': webpLossy(200, 100) } },
    { filename: 'img/small.jpg', code: jpeg({ width: 20, height: 10 }) },
  ],
  invalid: [
    {
      filename: 'img/hero.jpg',
      code: photo,
      errors: [{ messageId: 'nextGen', data: { format: 'JPEG', size: '20 KB', stem: 'hero' }, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});
