import { ruleTester } from '../_kit/tester';
import rule from '.';
import { jpeg, png } from '../../test/facts/image-bytes';

const full = jpeg({ width: 20, height: 10 });

ruleTester(rule, {
  valid: [
    { filename: 'a.jpg', code: full },
    { filename: 'b.png', code: png({ width: 4, height: 4 }) },
  ],
  invalid: [
    {
      name: 'truncated JPEG',
      filename: 'hero.jpg',
      code: full.subarray(0, 40),
      errors: [{ messageId: 'unreadable', message: /^This image cannot be read: .*truncated/i, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: 'HTML saved as .png',
      filename: 'logo.png',
      code: '<!doctype html><title>404 Not Found</title>',
      errors: [{ messageId: 'unreadable', line: 1, column: 1 }],
    },
    {
      name: 'PNG named .jpg',
      filename: 'logo.jpg',
      code: png({ width: 4, height: 4 }),
      errors: [{ messageId: 'wrongExtension', data: { format: 'PNG', ext: 'jpg' }, line: 1, column: 1 }],
    },
  ],
});
