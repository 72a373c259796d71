import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<div aria-hidden="true"><a href="/" tabindex="-1">Link</a></div>',
    '<div aria-hidden="true"><button disabled>Go</button></div>',
    '<div aria-hidden="true"><a href="/" style="display:none">Link</a></div>',
    '<div aria-hidden="true"><p>Text</p></div>',
    '<a href="/">Visible link</a>',
  ],
  invalid: [
    {
      code: '<div aria-hidden="true">\n  <a href="/">Link</a>\n</div>',
      errors: [{ messageId: 'focusable', data: { tag: 'a', line: 1 }, line: 2, column: 3, endLine: 2, endColumn: 15, suggestions: [{ messageId: 'removeFromTabOrder', output: '<div aria-hidden="true">\n  <a href="/" tabindex="-1">Link</a>\n</div>' }] }],
    },
    {
      name: 'the hidden element itself is focusable',
      code: '<p tabindex="0" aria-hidden="true">Some text</p>',
      errors: [{ messageId: 'focusable', line: 1, column: 1, suggestions: [{ messageId: 'removeFromTabOrder', output: '<p tabindex="-1" aria-hidden="true">Some text</p>' }] }],
    },
    {
      name: 'aria-disabled does not take an input out of the Tab order',
      code: '<div aria-hidden="true"><input aria-disabled="true"></div>',
      errors: [{ messageId: 'focusable', data: { tag: 'input', line: 1 }, line: 1, column: 25, suggestions: [{ messageId: 'removeFromTabOrder', output: '<div aria-hidden="true"><input aria-disabled="true" tabindex="-1"></div>' }] }],
    },
  ],
});
