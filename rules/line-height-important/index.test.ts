import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<p style="line-height: 1.5 !important">Some text that wraps</p>',
    '<p style="line-height: 30px !important">Some text that wraps</p>',
    '<div style="overflow-x: scroll"><p style="line-height: 1em !important; width: 1000px">Never wraps here</p></div>',
    '<p style="line-height: 1 !important">Word</p>',
  ],
  invalid: [
    {
      code: '<p style="line-height: 120% !important; max-width: 200px">Some text that wraps</p>',
      errors: [{ messageId: 'tooSmall', data: { value: '120%', ratio: 1.2 }, line: 1, column: 11, endLine: 1, endColumn: 39, suggestions: [{ messageId: 'dropImportant', output: '<p style="line-height: 120%; max-width: 200px">Some text that wraps</p>' }] }],
    },
    {
      code: '<p style="line-height: normal !important">Some text that wraps</p>',
      errors: [{ messageId: 'tooSmall', line: 1, column: 11, suggestions: [{ messageId: 'dropImportant', output: '<p style="line-height: normal">Some text that wraps</p>' }] }],
    },
  ],
});
