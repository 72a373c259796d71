import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<input role="combobox" aria-expanded="true" aria-controls="list"><ul id="list" role="listbox"></ul>',
    '<button aria-controls="menu">Open</button>',
    // A required aria-controls is aria-required-controls\' report.
    '<input role="combobox" aria-expanded="true" aria-controls="popup">',
    '<input aria-describedby="hint missing"><p id="hint">Hint</p>',
  ],
  invalid: [
    { code: '<div role="scrollbar" aria-owns="c1 c2"></div>', errors: [{ messageId: 'missing', data: { attr: 'aria-owns', ids: '"c1", "c2"', that: 'any such' }, line: 1, column: 34 }] },
    { code: '<input aria-describedby="a b" aria-errormessage="err">', errors: [
      { messageId: 'missing', data: { attr: 'aria-describedby', ids: '"a", "b"', that: 'any such' }, line: 1, column: 26, endLine: 1, endColumn: 29 },
      { messageId: 'missing', data: { attr: 'aria-errormessage', ids: '"err"', that: 'that' }, line: 1, column: 50, endLine: 1, endColumn: 53 },
    ] },
    { code: '<input aria-labelledby="nope">', errors: [{ messageId: 'missing', line: 1, column: 25 }] },
  ],
});
