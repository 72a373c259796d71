import { ruleTester } from '../_kit/tester';
import rule from '.';

const settings = { houseStyle: { textBudgets: { '.headline': 20, 'footer p': 10, '#cta': 8, 'text[data-slot=claim]': 5 } } };

ruleTester(rule, {
  valid: [
    { name: 'no house style', code: '<h1 class="headline">A very long headline indeed, too long</h1>' },
    { code: '<h1 class="headline">Summer   sale, now!</h1><p>A paragraph outside the footer is not budgeted</p><footer><p>© 2026</p></footer>', settings },
  ],
  invalid: [
    {
      name: 'class selector, whitespace collapsed, across child elements',
      code: '<h1 class="big headline">Summer sale:\n  <em>everything</em> must go</h1>',
      settings,
      errors: [{ messageId: 'overBudget', data: { length: 31, max: 20, selector: '.headline', over: 11 }, line: 1, column: 26, endLine: 2, endColumn: 30 }],
    },
    {
      name: 'descendant and id selectors',
      code: '<footer><div><p>Terms apply</p></div></footer><a id="cta" href="#">Buy it now</a>',
      settings,
      errors: [
        { messageId: 'overBudget', line: 1, column: 17, endColumn: 28 },
        { messageId: 'overBudget', data: { length: 10, max: 8, selector: '#cta', over: 2 }, line: 1, column: 68, endColumn: 78 },
      ],
    },
    {
      name: 'SVG text slot',
      filename: 'a.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg"><text data-slot="claim">Best ever</text></svg>',
      settings,
      errors: [{ messageId: 'overBudget', line: 1, column: 65, endColumn: 74 }],
    },
  ],
});
