import { ruleTester } from '../_kit/tester';
import rule from '.';

const houseStyle = {
  palette: { 'Brand red': '#e3051b', 'Brand blue': '#004f9f', Sun: '#ffcc00', Sunflower: '#ffc20e' },
};
const withTokens = { houseStyle: { ...houseStyle, tokens: { '--brand-red': '#e3051b', '--brand-blue': '#004f9f' } } };
const settings = { houseStyle };

ruleTester(rule, {
  valid: [
    { name: 'no house style: nothing is checked', filename: 'a.css', code: 'a { color: #33aa33; }' },
    { filename: 'a.css', code: 'a { color: #e3051b; background: #E3051C; border-color: rgb(0 79 159); }', settings },
    { name: 'within the tolerance', filename: 'a.css', code: 'a { color: rgb(220, 0, 30); }', settings },
    { name: 'neutrals, currentColor and transparent', filename: 'a.css', code: 'a { color: #fff; background: black; fill: currentColor; border-color: transparent; }', settings },
    { name: 'translucent brand colour', filename: 'a.css', code: 'a { color: rgba(227, 5, 27, 0.5); }', settings },
    { name: 'non-colour properties and file names are ignored', filename: 'a.css', code: 'a { font-family: Gold Sans; background: url(red.png); grid-area: red; }', settings },
    { name: 'tints allowed', filename: 'a.css', code: 'a { color: #f39ba3; }', settings: { houseStyle: { ...houseStyle, allowTints: true } } },
    { name: 'SVG in palette', filename: 'logo.svg', code: '<svg xmlns="http://www.w3.org/2000/svg"><path fill="#004f9f" stroke="none"/></svg>', settings },
  ],
  invalid: [
    {
      name: '.css file: fix picks the nearest brand colour in the same syntax',
      filename: 'a.css',
      code: 'a {\n  border: 1px solid #d00000;\n}',
      settings,
      errors: [{
        messageId: 'offPalette', data: { colour: '#d00000', name: 'Brand red', value: '#e3051b', deltaE: '5.3' },
        line: 2, column: 21, endLine: 2, endColumn: 28,
        suggestions: [{ messageId: 'replace', output: 'a {\n  border: 1px solid #e3051b;\n}' }],
      }],
      output: 'a {\n  border: 1px solid #e3051b;\n}',
    },
    {
      name: 'rgb() syntax is kept; unrelated text in the value untouched',
      filename: 'a.css',
      code: 'a { background: url(red.png) rgb(208 0 0) no-repeat; }',
      settings,
      errors: [{ messageId: 'offPalette', line: 1, column: 30, endLine: 1, endColumn: 42 }],
      output: 'a { background: url(red.png) rgb(227 5 27) no-repeat; }',
    },
    {
      name: 'two close candidates: one suggestion each and no automatic fix',
      filename: 'a.css',
      code: 'a { color: #f5c000; }',
      settings,
      errors: [{
        messageId: 'offPalette', line: 1, column: 12, endLine: 1, endColumn: 19,
        suggestions: [
          { messageId: 'replace', output: 'a { color: #ffc20e; }' },
          { messageId: 'replace', output: 'a { color: #ffcc00; }' },
        ],
      }],
      output: 'a { color: #f5c000; }',
    },
    {
      name: 'far from every brand colour: suggestions only',
      filename: 'a.css',
      code: 'a { color: #33aa33; }',
      settings,
      errors: [{ messageId: 'offPalette', line: 1, column: 12, suggestions: [{ messageId: 'replace', output: 'a { color: #ffcc00; }' }, { messageId: 'replace', output: 'a { color: #ffc20e; }' }] }],
      output: null,
    },
    {
      name: 'design tokens: the fix uses var()',
      filename: 'a.css',
      code: 'a { color: #d00000; }',
      settings: withTokens,
      errors: [{ messageId: 'offPalette', line: 1, column: 12, endColumn: 19 }],
      output: 'a { color: var(--brand-red); }',
    },
    {
      name: 'translucent off-brand colour keeps its alpha and its syntax (no token)',
      filename: 'a.css',
      code: 'a { color: rgba(208, 0, 0, 0.5); }',
      settings: withTokens,
      errors: [{ messageId: 'offPalette', line: 1, column: 12, endColumn: 32 }],
      output: 'a { color: rgba(227, 5, 27, 0.5); }',
    },
    {
      name: 'a token definition is checked and fixed with the raw colour',
      filename: 'a.css',
      code: ':root { --accent: #d00000; --font: gold; }',
      settings: withTokens,
      errors: [{ messageId: 'offPalette', line: 1, column: 19, endColumn: 26 }],
      output: ':root { --accent: #e3051b; --font: gold; }',
    },
    {
      name: '<style> block: the fix edits exactly the value in the page',
      code: '<html><head><style>\nh1 { color: #d00000 }\n</style></head><body><h1>Hi</h1></body></html>',
      settings,
      errors: [{ messageId: 'offPalette', line: 2, column: 13, endLine: 2, endColumn: 20 }],
      output: '<html><head><style>\nh1 { color: #e3051b }\n</style></head><body><h1>Hi</h1></body></html>',
    },
    {
      name: 'style="" attribute, with a token',
      code: '<p style="color: #0060b0; margin: 0">Text #0060b0</p>',
      settings: withTokens,
      errors: [{ messageId: 'offPalette', line: 1, column: 18, endLine: 1, endColumn: 25 }],
      output: '<p style="color: var(--brand-blue); margin: 0">Text #0060b0</p>',
    },
    {
      name: 'style="" with character references maps to the source text',
      code: '<p style="font-family: &quot;X&quot;; color: #d00000">x</p>',
      settings,
      errors: [{ messageId: 'offPalette', line: 1, column: 46, endColumn: 53 }],
      output: '<p style="font-family: &quot;X&quot;; color: #e3051b">x</p>',
    },
    {
      name: 'inline SVG fill and stop-color attributes: raw colour, never var()',
      code: '<svg><linearGradient><stop stop-color="#d00000"/></linearGradient><rect fill="#0060b0" style="stroke: #d00000"/></svg>',
      settings: withTokens,
      errors: [
        { messageId: 'offPalette', line: 1, column: 40, endColumn: 47 },
        { messageId: 'offPalette', line: 1, column: 79, endColumn: 86 },
        { messageId: 'offPalette', line: 1, column: 103, endColumn: 110 },
      ],
      output: '<svg><linearGradient><stop stop-color="#e3051b"/></linearGradient><rect fill="#004f9f" style="stroke: var(--brand-red)"/></svg>',
    },
    {
      name: '.svg file: attributes and <style>',
      filename: 'icon.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg">\n<style>.a { fill: #0060b0 }</style>\n<circle stroke="#d00000" fill="url(#g)"/>\n</svg>',
      settings,
      errors: [
        { messageId: 'offPalette', line: 2, column: 19, endColumn: 26 },
        { messageId: 'offPalette', line: 3, column: 17, endColumn: 24 },
      ],
      output: '<svg xmlns="http://www.w3.org/2000/svg">\n<style>.a { fill: #004f9f }</style>\n<circle stroke="#e3051b" fill="url(#g)"/>\n</svg>',
    },
    {
      name: 'HTML bgcolor and <font color>',
      code: '<body bgcolor="#d00000"><font color="red">x</font></body>',
      settings,
      errors: [
        { messageId: 'offPalette', line: 1, column: 16, endColumn: 23 },
        { messageId: 'offPalette', data: { colour: 'red', name: 'Brand red', value: '#e3051b', deltaE: '7.1' }, line: 1, column: 38, endColumn: 41 },
      ],
      output: '<body bgcolor="#e3051b"><font color="#e3051b">x</font></body>',
    },
  ],
});
