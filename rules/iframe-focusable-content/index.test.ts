import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<iframe srcdoc="<a href=\'/\'>Home</a>"></iframe>',
    '<iframe tabindex="-1" srcdoc="<h1>Hello world</h1>"></iframe>',
    '<iframe tabindex="-1" width="1" height="1" srcdoc="<a href=\'/\'>Home</a>"></iframe>',
    '<iframe tabindex="-1" srcdoc="<a href=\'/\' tabindex=\'-1\'>Home</a>"></iframe>',
    '<iframe tabindex="-1" inert srcdoc="<a href=\'/\'>Home</a>"></iframe>',
    '<iframe tabindex="-1" style="display: none" srcdoc="<a href=\'/\'>Home</a>"></iframe>',
    '<iframe tabindex="-1" src="https://example.com/"></iframe>',
    { code: '<iframe tabindex="-1" src="frame.html"></iframe>', files: { 'frame.html': '<p>Only text</p>' } },
  ],
  invalid: [
    {
      code: '<body>\n  <iframe tabindex="-1" srcdoc="<a href=\'/\'>Home</a>"></iframe>\n</body>',
      errors: [{
        messageId: 'unreachable', data: { tabindex: '-1', tag: 'a' }, line: 2, column: 3, endLine: 2, endColumn: 55,
        suggestions: [{ messageId: 'removeTabindex', output: '<body>\n  <iframe srcdoc="<a href=\'/\'>Home</a>"></iframe>\n</body>' }],
      }],
    },
    {
      code: '<iframe title="Form" tabindex="-1" src="form.html"></iframe>',
      files: { 'form.html': '<form><label>Name <input name="n"></label></form>' },
      errors: [{ messageId: 'unreachable', data: { tabindex: '-1', tag: 'input' }, line: 1, column: 1, endLine: 1, endColumn: 52 }],
    },
  ],
});
