import { ruleTester } from '../_kit/tester';
import rule from '.';

const settings = { houseStyle: { fonts: [{ family: 'Brand Sans', weights: [400, 700], fallback: 'Helvetica Neue, Arial, sans-serif' }, { family: 'Brand Serif' }] } };

ruleTester(rule, {
  valid: [
    { name: 'no house style', filename: 'a.css', code: 'a { font-family: Comic Sans MS; }' },
    { filename: 'a.css', code: 'a { font-family: "brand sans", Arial, sans-serif; } b { font: 700 16px/1.2 Brand Serif; } c { font-family: inherit; } d { font-family: var(--font); } e { font-family: sans-serif; }', settings },
    { name: '@font-face descriptors are not uses', filename: 'a.css', code: '@font-face { font-family: "Webfont X"; src: url(x.woff2); }', settings },
  ],
  invalid: [
    {
      name: '.css font-family',
      filename: 'a.css',
      code: 'h1 {\n  font-family: "Comic Sans MS", Arial;\n}',
      settings,
      errors: [{
        messageId: 'notAllowed', data: { family: 'Comic Sans MS', allowed: 'Brand Sans, Brand Serif' }, line: 2, column: 16, endLine: 2, endColumn: 31,
        suggestions: [
          { messageId: 'replace', output: 'h1 {\n  font-family: "Brand Sans", Arial;\n}' },
          { messageId: 'replace', output: 'h1 {\n  font-family: "Brand Serif", Arial;\n}' },
        ],
      }],
      output: null,
    },
    {
      name: 'font shorthand in <style>',
      code: '<style>\np { font: italic 700 14px/1.4 Arial, sans-serif }\n</style>',
      settings,
      errors: [{ messageId: 'notAllowed', line: 2, column: 31, endLine: 2, endColumn: 36 }],
    },
    {
      name: 'style="" uses single quotes inside a double-quoted attribute',
      code: '<p style="font-family: Georgia">x</p>',
      settings,
      errors: [{ messageId: 'notAllowed', line: 1, column: 24, endColumn: 31, suggestions: [{ messageId: 'replace', output: '<p style="font-family: \'Brand Sans\'">x</p>' }, { messageId: 'replace' }] }],
    },
    {
      name: 'SVG font-family attribute',
      filename: 'title.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg"><text font-family="Impact, sans-serif">Sale</text></svg>',
      settings,
      errors: [{ messageId: 'notAllowed', line: 1, column: 60, endColumn: 66 }],
    },
  ],
});
