import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<p style="word-spacing: 0.16em !important">Some text here</p>',
    '<p style="word-spacing: 0.1em">Some text here</p>',
    '<p style="word-spacing: 0.1em !important"></p>',
  ],
  invalid: [
    {
      code: '<p style="word-spacing: 0.1em !important">Some text</p>',
      errors: [{ messageId: 'tooSmall', data: { value: '0.1em', ratio: 0.1 }, line: 1, column: 11, endLine: 1, endColumn: 41, suggestions: [{ messageId: 'dropImportant', output: '<p style="word-spacing: 0.1em">Some text</p>' }] }],
    },
  ],
});
