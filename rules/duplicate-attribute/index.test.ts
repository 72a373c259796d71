import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<img src="a.png" alt="A">',
    '<script>var s = \'<img alt="" alt="x">\';</script>',
  ],
  invalid: [
    {
      code: '<img src="a.png" alt="" alt="Logo">',
      errors: [{
        messageId: 'duplicate', data: { name: 'alt' }, line: 1, column: 25, endLine: 1, endColumn: 35,
        suggestions: [{ messageId: 'remove', output: '<img src="a.png" alt="">' }],
      }],
    },
    {
      name: 'inline SVG',
      code: '<svg><line x1="0" x1="2"/></svg>',
      errors: [{ messageId: 'duplicate', data: { name: 'x1' }, line: 1, column: 19, suggestions: [{ messageId: 'remove', output: '<svg><line x1="0"/></svg>' }] }],
    },
  ],
});
