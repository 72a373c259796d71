import { ruleTester } from '../_kit/tester';
import rule from '.';

const settings = { houseStyle: {} };

ruleTester(rule, {
  valid: [
    { name: 'no house style', code: '<p>the the</p>' },
    { code: '<p>He had had enough. 10 10. The <b>the</b>. Nous nous levons.</p><script>a a</script>', settings },
  ],
  invalid: [
    {
      name: 'text node, across a line break',
      code: '<p>Order\n  the the\n  new phone</p>',
      settings,
      errors: [{ messageId: 'doubled', data: { word: 'the' }, line: 2, column: 3, endLine: 2, endColumn: 10 }],
      output: '<p>Order\n  the\n  new phone</p>',
    },
    {
      name: 'alt text, case-insensitive',
      code: '<img src="a.png" alt="Sale Sale now">',
      settings,
      errors: [{ messageId: 'doubled', line: 1, column: 23, endColumn: 32 }],
      output: '<img src="a.png" alt="Sale now">',
    },
    {
      name: 'SVG text',
      filename: 'a.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg"><text>nu nu</text></svg>',
      settings,
      errors: [{ messageId: 'doubled', line: 1, column: 47, endColumn: 52 }],
      output: '<svg xmlns="http://www.w3.org/2000/svg"><text>nu</text></svg>',
    },
  ],
});
