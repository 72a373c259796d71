import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<div id="a"></div><div id="b"></div>',
    '<span id=""></span><span id=""></span>',
    '<div xml:id="a"></div><div xml:id="a"></div>',
  ],
  invalid: [
    { code: '<div id="label">Name</div>\n<svg id="label"></svg>', errors: [{ messageId: 'duplicate', data: { id: 'label', line: 1 }, line: 2, column: 10, endLine: 2, endColumn: 15 }] },
  ],
});
