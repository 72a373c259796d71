import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: ['<img src="img/logo.png" alt="">', { filename: 'pages/a.html', code: '<a href="../index.html">Home</a>' }],
  invalid: [
    {
      code: '<img src="../brand/logo.png" alt="">',
      errors: [{ messageId: 'outside', data: { url: '../brand/logo.png', root: 'project' }, line: 1, column: 11, endLine: 1, endColumn: 28 }],
      output: null,
    },
  ],
});
