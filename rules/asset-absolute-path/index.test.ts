import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<img src="img/logo.png" alt="">',
    { name: 'a real /home folder of the site', code: '<img src="/home/hero.png" alt="">', files: { 'home/hero.png': 'x' } },
  ],
  invalid: [
    {
      code: '<img src="file:///Users/anna/acme/img/logo.png" alt="">',
      files: { 'img/logo.png': 'x' },
      errors: [{
        messageId: 'absolute', line: 1, column: 11, endLine: 1, endColumn: 47,
        suggestions: [{ messageId: 'useLocal', output: '<img src="img/logo.png" alt="">' }],
      }],
      output: null,
    },
    {
      code: '<img src="C:\\Work\\logo.png" alt=""><img src="/Users/anna/x.png" alt="">',
      errors: [{ messageId: 'absolute', line: 1, column: 11, endColumn: 27, suggestions: [] }, { messageId: 'absolute', line: 1, column: 46, endColumn: 63 }],
    },
  ],
});
