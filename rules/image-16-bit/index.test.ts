import { ruleTester } from '../_kit/tester';
import rule from '.';
import { png } from '../../test/facts/image-bytes';

ruleTester(rule, {
  valid: [{ filename: 'a.png', code: png({ width: 8, height: 8 }) }],
  invalid: [
    {
      filename: 'deep.png',
      code: png({ width: 8, height: 8, bitDepth: 16 }),
      errors: [{ messageId: 'deep', data: { format: 'PNG', bits: 16 }, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});
