import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<details><summary>Opening times</summary><p>9–5</p></details>',
    '<details><summary aria-label="Opening times"></summary></details>',
    '<details><summary>Times</summary><summary></summary></details>',
  ],
  invalid: [
    { code: '<details>\n  <summary></summary>\n  <p>Text</p>\n</details>', errors: [{ messageId: 'empty', line: 2, column: 3, endLine: 2, endColumn: 12 }] },
    { code: '<details><summary role="none"></summary></details>', errors: [{ messageId: 'empty', line: 1, column: 10 }] },
  ],
});
