import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<video src="a.mp4" autoplay muted playsinline></video>',
    '<video src="a.mp4" controls></video>',
    '<audio src="a.mp3" controls></audio>',
  ],
  invalid: [
    {
      code: '<p>\n  <video src="a.mp4" autoplay loop></video>\n</p>',
      errors: [{
        messageId: 'unmuted', line: 2, column: 22, endLine: 2, endColumn: 30,
        suggestions: [{ messageId: 'addMuted', output: '<p>\n  <video src="a.mp4" autoplay muted loop></video>\n</p>' }],
      }],
      output: null,
    },
    {
      name: 'autoplay with a value',
      code: '<video autoplay="autoplay" src="a.mp4"></video>',
      errors: [{ messageId: 'unmuted', line: 1, column: 8, endColumn: 27, suggestions: [{ messageId: 'addMuted', output: '<video autoplay="autoplay" muted src="a.mp4"></video>' }] }],
    },
  ],
});
