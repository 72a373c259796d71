import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<img src="a.png" alt="A red bicycle">',
    '<img src="a.png" alt="">',
    '<img src="a.png" role="presentation">',
    '<img src="a.png" aria-label="Logo of Acme">',
    '<div aria-hidden="true"><img src="a.png"></div>',
    '<picture><source srcset="a.webp"><img src="a.jpg" alt="Team photo"></picture>',
  ],
  invalid: [
    {
      code: '<p>\n  <img src="images/hero.jpg" width="300">\n</p>',
      errors: [{
        messageId: 'missing', data: { src: 'hero.jpg' }, line: 2, column: 3, endLine: 2, endColumn: 42,
        suggestions: [{ messageId: 'markDecorative', output: '<p>\n  <img src="images/hero.jpg" width="300" alt="">\n</p>' }],
      }],
      output: null,
    },
    {
      name: 'self-closing tag keeps its slash after the new attribute',
      code: '<img src="x.png" />',
      errors: [{ messageId: 'missing', line: 1, column: 1, suggestions: [{ messageId: 'markDecorative', output: '<img src="x.png" alt="" />' }] }],
    },
    {
      name: 'role other than presentation does not exempt',
      code: '<img src="x.png" role="img">',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});
