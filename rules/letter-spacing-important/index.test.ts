import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<p style="letter-spacing: 0.12em !important">Some text here</p>',
    '<p style="letter-spacing: 2px">Some text here</p>',
    '<p style="font-size: 10px; letter-spacing: 2px !important">Some text here</p>',
    '<p style="letter-spacing: 0 !important; display: none">Some text here</p>',
    '<p style="position: absolute; top: -999em; letter-spacing: 0 !important">Off screen</p>',
  ],
  invalid: [
    {
      code: '<style>p { font-size: 20px; }</style>\n<p style="letter-spacing: 2px !important">Some text</p>',
      errors: [{ messageId: 'tooSmall', data: { value: '2px', ratio: 0.1 }, line: 2, column: 11, endLine: 2, endColumn: 41, suggestions: [{ messageId: 'dropImportant', output: '<style>p { font-size: 20px; }</style>\n<p style="letter-spacing: 2px">Some text</p>' }] }],
    },
    {
      code: '<p style="letter-spacing: normal !important">Some text</p>',
      errors: [{ messageId: 'tooSmall', line: 1, column: 11, suggestions: [{ messageId: 'dropImportant', output: '<p style="letter-spacing: normal">Some text</p>' }] }],
    },
  ],
});
