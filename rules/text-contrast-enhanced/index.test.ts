import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<p style="color: #000; background: #fff">Black on white</p>',
    '<p style="color: #333; font-size: 24px; background: #fff">Large text</p>',
  ],
  invalid: [
    { code: '<p style="color: #666; background: #fff">Grey text</p>', errors: [{ messageId: 'low', data: { ratio: '5.74', fg: '#666666', bg: '#ffffff', needed: 7, size: 'normal' }, line: 1, column: 1, endLine: 1, endColumn: 42 }] },
  ],
});
