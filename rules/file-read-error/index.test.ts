import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: ['<p>ok</p>', { code: '\ufeff<p>BOM is fine</p>' }],
  invalid: [
    {
      name: 'binary junk named .html',
      code: '\u0000\u0001\u0002PNG',
      filename: 'page.html',
      errors: [{ messageId: 'binary', line: 1, column: 1 }],
    },
    {
      name: 'Latin-1 bytes: the problem sits on the first bad character',
      code: Buffer.from([0x3c, 0x70, 0x3e, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]),
      filename: 'latin.html',
      errors: [{ messageId: 'invalid-utf8', line: 2, column: 4, message: /byte 7/ }],
    },
  ],
});
