import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<input role="combobox" aria-expanded="true" aria-controls="list"><ul id="list" role="listbox"></ul>',
    '<button aria-controls="menu">Open</button>',
    '<input aria-describedby="hint missing"><p id="hint">Hint</p>',
  ],
  invalid: [
    { code: '<input role="combobox" aria-expanded="true" aria-controls="popup">', errors: [{ messageId: 'missing', data: { attr: 'aria-controls', ids: '"popup"', that: 'that' }, line: 1, column: 60, endLine: 1, endColumn: 65 }] },
    { code: '<div role="scrollbar" aria-controls="c1 c2"></div>', errors: [{ messageId: 'missing', data: { attr: 'aria-controls', ids: '"c1", "c2"', that: 'any such' }, line: 1, column: 38 }] },
    { code: '<input aria-labelledby="nope">', errors: [{ messageId: 'missing', line: 1, column: 25 }] },
  ],
});
