import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<input role="combobox" aria-expanded="true" aria-controls="list"><ul id="list" role="listbox"></ul>',
    '<div role="scrollbar" aria-controls="gone text"></div><p id="text">Long text</p>',
    // Collapsed comboboxes and other roles may create what they control when they open.
    '<input role="combobox" aria-expanded="false" aria-controls="popup">',
    '<button aria-controls="menu">Open</button>',
    '<template><div role="scrollbar" aria-controls="c1"></div></template>',
    '<input aria-labelledby="nope">',
  ],
  invalid: [
    { code: '<input role="combobox" aria-expanded="true" aria-controls="popup">', errors: [{ messageId: 'missing', data: { ids: '"popup"', that: 'that', role: 'combobox' }, line: 1, column: 60, endLine: 1, endColumn: 65 }] },
    { code: '<main>Text</main>\n<div role="scrollbar" aria-controls="c1 c2"></div>', errors: [{ messageId: 'missing', data: { ids: '"c1", "c2"', that: 'any such', role: 'scrollbar' }, line: 2, column: 38, endLine: 2, endColumn: 43 }] },
  ],
});
