import { ruleTester } from '../_kit/tester';
import rule from '.';

const settings = { houseStyle: { fonts: [{ family: 'Brand Sans', fallback: 'Helvetica Neue, Arial, sans-serif' }, { family: 'Brand Serif' }] } };

ruleTester(rule, {
  valid: [
    { name: 'no house style', filename: 'a.css', code: 'a { font-family: "Brand Sans"; }' },
    { filename: 'a.css', code: 'a { font-family: "Brand Sans", "Helvetica Neue", Arial, sans-serif; } b { font-family: Brand Serif; } c { font-family: Arial; }', settings },
  ],
  invalid: [
    {
      name: '.css: the fix adds the stack',
      filename: 'a.css',
      code: 'h1 {\n  font-family: "Brand Sans";\n}',
      settings,
      errors: [{ messageId: 'missingFallback', data: { family: 'Brand Sans', fallback: 'Helvetica Neue, Arial, sans-serif', missing: 'Helvetica Neue, Arial, sans-serif' }, line: 2, column: 16, endLine: 2, endColumn: 28 }],
      output: 'h1 {\n  font-family: "Brand Sans", "Helvetica Neue", Arial, sans-serif;\n}',
    },
    {
      name: 'own families stay, generics go last, nothing after the list is touched',
      filename: 'a.css',
      code: 'h1 { font: 700 2rem/1.1 Brand Sans, Verdana, sans-serif !important; }',
      settings,
      errors: [{ messageId: 'missingFallback', line: 1, column: 25, endColumn: 56 }],
      output: 'h1 { font: 700 2rem/1.1 Brand Sans, Verdana, "Helvetica Neue", Arial, sans-serif !important; }',
    },
    {
      name: '<style> block',
      code: '<style>p{font-family:"Brand Sans",Arial}</style><p>x</p>',
      settings,
      errors: [{ messageId: 'missingFallback', line: 1, column: 22, endColumn: 40 }],
      output: '<style>p{font-family:"Brand Sans", "Helvetica Neue", Arial, sans-serif}</style><p>x</p>',
    },
    {
      name: 'style="" attribute',
      code: '<p style="font-family: \'Brand Sans\'; color: red">x</p>',
      settings,
      errors: [{ messageId: 'missingFallback', line: 1, column: 24, endColumn: 36 }],
      output: '<p style="font-family: \'Brand Sans\', \'Helvetica Neue\', Arial, sans-serif; color: red">x</p>',
    },
    {
      name: 'SVG attribute',
      filename: 'a.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg"><text font-family="Brand Sans">A</text></svg>',
      settings,
      errors: [{ messageId: 'missingFallback', line: 1, column: 60, endColumn: 70 }],
      output: '<svg xmlns="http://www.w3.org/2000/svg"><text font-family="Brand Sans, \'Helvetica Neue\', Arial, sans-serif">A</text></svg>',
    },
  ],
});
