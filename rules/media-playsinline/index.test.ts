import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<video src="a.mp4" autoplay muted playsinline></video>',
    '<video src="a.mp4" autoplay muted webkit-playsinline></video>',
    '<video src="a.mp4" controls></video>',
  ],
  invalid: [
    {
      code: '<video src="a.mp4" autoplay muted loop></video>',
      errors: [{ messageId: 'missing', line: 1, column: 20, endLine: 1, endColumn: 28 }],
      output: '<video src="a.mp4" autoplay playsinline muted loop></video>',
    },
    {
      code: '<div>\n<video\n  autoplay\n  muted></video></div>',
      errors: [{ messageId: 'missing', line: 3, column: 3, endColumn: 11 }],
      output: '<div>\n<video\n  autoplay playsinline\n  muted></video></div>',
    },
  ],
});
