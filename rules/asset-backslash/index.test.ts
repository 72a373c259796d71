import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: ['<img src="images/logo.png" alt="">', '<a href="https://example.com/a\\b">x</a>'],
  invalid: [
    {
      code: '<img src="images\\logo.png" alt="">',
      errors: [{ messageId: 'backslash', data: { url: 'images\\logo.png', fixed: 'images/logo.png' }, line: 1, column: 11, endLine: 1, endColumn: 26 }],
      output: '<img src="images/logo.png" alt="">',
    },
    {
      filename: 'css/site.css',
      code: '.a {\n  background: url("..\\img\\bg.png");\n}',
      errors: [{ messageId: 'backslash', line: 2, column: 20, endLine: 2, endColumn: 33 }],
      output: '.a {\n  background: url("../img/bg.png");\n}',
    },
  ],
});
