import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    { code: '<img src="img/a.png" alt=""><a href="about/">About</a><a href="#top">Top</a>', files: { 'img/a.png': 'x', 'about/index.html': '<p>' } },
    { code: '<img src="https://example.com/a.png"><img src="data:image/png;base64,AA"><a href="mailto:a@b.c">m</a>' },
    { code: '.a { background: url(../img/a.png) }', filename: 'css/site.css', files: { 'img/a.png': 'x' } },
    { name: 'case mismatch is another rule', code: '<img src="img/A.png">', files: { 'img/a.png': 'x' } },
  ],
  invalid: [
    {
      code: '<p>\n  <img src="img/hero.jpg?v=2" alt="">\n</p>',
      files: { 'assets/hero.jpg': 'x' },
      errors: [{
        messageId: 'missing', data: { url: 'img/hero.jpg?v=2', kind: 'img-src' }, line: 2, column: 13, endLine: 2, endColumn: 29,
        suggestions: [{ messageId: 'useExisting', output: '<p>\n  <img src="assets/hero.jpg?v=2" alt="">\n</p>' }],
      }],
      output: null,
    },
    {
      name: 'CSS url() and @import in a stylesheet',
      filename: 'css/site.css',
      code: '@import "base.css";\n.a { background: url("../img/none.png") }',
      errors: [
        { messageId: 'missing', line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [] },
        { messageId: 'missing', line: 2, column: 23, endLine: 2, endColumn: 38 },
      ],
    },
    {
      name: 'srcset candidate and manifest entry',
      code: '<img src="a.png" srcset="a.png 1x, a@2x.png 2x" alt="">',
      files: { 'a.png': 'x' },
      errors: [{ messageId: 'missing', data: { url: 'a@2x.png', kind: 'srcset' }, line: 1, column: 36, endColumn: 44 }],
    },
    {
      name: 'Adform manifest source',
      filename: 'manifest.json',
      code: '{ "version": "1.0", "title": "x", "width": 300, "height": 250, "source": "index.html" }',
      errors: [{ messageId: 'missing', line: 1, column: 75, endColumn: 85 }],
    },
  ],
});
