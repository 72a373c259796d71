import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<script src="https://cdn.example.com/lib.js"></script>',
    '<a href="http://example.com/">a link</a>',
    '<img src="http://localhost:8080/a.png" alt="">',
  ],
  invalid: [
    {
      code: '<script src="http://cdn.example.com/lib.js"></script>',
      errors: [{
        messageId: 'insecure', data: { url: 'http://cdn.example.com/lib.js' }, line: 1, column: 14, endLine: 1, endColumn: 43,
        suggestions: [{ messageId: 'upgrade', output: '<script src="https://cdn.example.com/lib.js"></script>' }],
      }],
      output: null,
    },
    {
      name: 'automatic with settings.assets.upgradeHttp',
      filename: 'style.css',
      code: '.a { background: url(http://img.example.com/a.png) }',
      settings: { assets: { upgradeHttp: true } },
      errors: [{ messageId: 'insecure', line: 1, column: 22, endColumn: 50 }],
      output: '.a { background: url(https://img.example.com/a.png) }',
    },
  ],
});
