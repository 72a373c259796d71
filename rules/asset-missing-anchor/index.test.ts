import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<a href="#prices">P</a><h2 id="prices">Prices</h2><a href="#top">Top</a><a href="#">x</a>',
    { code: '<a href="about.html#team">Team</a>', files: { 'about.html': '<section id="team"></section>' } },
    { code: '<a href="https://example.com/#nothing">x</a>' },
  ],
  invalid: [
    {
      code: '<a href="#Prices">P</a>\n<h2 id="prices">Prices</h2>',
      errors: [{
        messageId: 'missing', data: { id: 'Prices', page: 'this page' }, line: 1, column: 11, endLine: 1, endColumn: 17,
        suggestions: [{ messageId: 'useId', output: '<a href="#prices">P</a>\n<h2 id="prices">Prices</h2>' }],
      }],
      output: null,
    },
    {
      code: '<a href="about.html#crew">Team</a>',
      files: { 'about.html': '<section id="team"></section>' },
      errors: [{ messageId: 'missing', data: { id: 'crew', page: 'about.html' }, line: 1, column: 21, endColumn: 25, suggestions: [] }],
    },
  ],
});
