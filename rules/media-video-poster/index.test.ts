import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<video src="a.mp4" poster="a.jpg" controls></video>',
    '<audio src="a.mp3" controls></audio>',
  ],
  invalid: [
    {
      code: '<main>\n  <video src="a.mp4" controls></video>\n</main>',
      errors: [{ messageId: 'missing', line: 2, column: 4, endLine: 2, endColumn: 9 }],
      output: null,
    },
    {
      code: '<video poster=" " src="a.mp4"></video>',
      errors: [{ messageId: 'empty', line: 1, column: 2, endColumn: 7 }],
    },
  ],
});
