import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<p style="color: #333; background: #fff">Readable text</p>',
    '<p style="color: #000; font-size: 18pt; background: #666">Large text</p>',
    '<p style="color: #000; font-size: 14pt; font-weight: 700; background: #666">Large bold text</p>',
    '<p style="color: #333; background: linear-gradient(to right, #fff, #00f)">Gradient</p>',
    '<p style="color: #555; background: black url(hole.jpg)">Over an image: undecidable</p>',
    '<button style="color: #666; background: #000" aria-label="Close">X</button>',
    '<p style="color: #aaa; background: #fff; text-shadow: 0 0 2px #000">Shadowed</p>',
    '<p style="color: #aaa; background: #fff" aria-hidden="true">Hidden</p>',
    '<div aria-disabled="true" role="button" style="color: #777; background: #eee">Disabled</div>',
    '<a href="/">Link in UA colours</a>',
  ],
  invalid: [
    {
      code: '<body>\n  <p style="color: #AAA; background: white;">Some text</p>\n</body>',
      errors: [{ messageId: 'low', data: { ratio: '2.32', fg: '#aaaaaa', bg: '#ffffff', needed: 4.5, size: 'normal' }, line: 2, column: 3, endLine: 2, endColumn: 46 }],
    },
    {
      name: 'from a style sheet, inherited, translucent',
      code: '<style>.box { background: #fff } .box p { color: rgba(0,0,0,.3) }</style><div class="box"><p>Faint</p></div>',
      errors: [{ messageId: 'low', line: 1, column: 91 }],
    },
    { name: 'fails against every gradient stop', code: '<p style="color: #AAA; background: linear-gradient(to right, #FFF, #00F)">Text</p>', errors: [{ messageId: 'low', line: 1, column: 1 }] },
  ],
});
