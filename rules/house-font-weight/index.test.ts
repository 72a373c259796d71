import { ruleTester } from '../_kit/tester';
import rule from '.';

const settings = { houseStyle: { fonts: [{ family: 'Brand Sans', weights: [400, 700], styles: ['normal'] }, { family: 'Brand Serif', weights: ['normal', 300] }] } };

ruleTester(rule, {
  valid: [
    { name: 'no house style', filename: 'a.css', code: 'a { font-weight: 900; }' },
    { filename: 'a.css', code: 'a { font-family: Brand Sans; font-weight: bold; } b { font: normal 400 1rem Brand Sans; } c { font-weight: 300; } d { font-weight: bolder; }', settings },
  ],
  invalid: [
    {
      name: '.css: weight not allowed for the family of the rule',
      filename: 'a.css',
      code: 'h1 {\n  font-family: "Brand Sans";\n  font-weight: 600;\n}',
      settings,
      errors: [{
        messageId: 'weightNotAllowed', data: { weight: '600', family: 'Brand Sans', allowed: '400, 700' }, line: 3, column: 16, endLine: 3, endColumn: 19,
        suggestions: [{ messageId: 'useWeight', output: 'h1 {\n  font-family: "Brand Sans";\n  font-weight: 700;\n}' }],
      }],
      output: null,
    },
    {
      name: 'no family in the rule: any house weight',
      filename: 'a.css',
      code: 'b { font-weight: 900 }',
      settings,
      errors: [{ messageId: 'weightNotAllowed', data: { weight: '900', family: 'the house fonts', allowed: '300, 400, 700' }, line: 1, column: 18, endColumn: 21 }],
    },
    {
      name: '<style>: font shorthand weight and style',
      code: '<style>\nh2 { font: italic 500 20px Brand Sans }\n</style>',
      settings,
      errors: [
        { messageId: 'styleNotAllowed', line: 2, column: 12, endColumn: 18 },
        { messageId: 'weightNotAllowed', line: 2, column: 19, endColumn: 22, suggestions: [{ messageId: 'useWeight', output: '<style>\nh2 { font: italic 400 20px Brand Sans }\n</style>' }] },
      ],
    },
    {
      name: 'style="" attribute',
      code: '<b style="font-family: Brand Serif; font-weight: 700">x</b>',
      settings,
      errors: [{ messageId: 'weightNotAllowed', line: 1, column: 50, endColumn: 53 }],
    },
    {
      name: 'SVG font-weight attribute',
      filename: 'a.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg"><text font-family="Brand Sans" font-weight="800">A</text></svg>',
      settings,
      errors: [{ messageId: 'weightNotAllowed', line: 1, column: 85, endColumn: 88 }],
    },
  ],
});
