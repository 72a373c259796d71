import { ruleTester } from '../_kit/tester';
import rule from '.';

const settings = { houseStyle: { tokens: { '--brand-red': '#e3051b', '--space-m': '16px', '--font-brand': '"Brand Sans", Arial, sans-serif' } } };

ruleTester(rule, {
  valid: [
    { name: 'no house style', filename: 'a.css', code: 'a { color: #e3051b; }' },
    { name: 'tokens not required', filename: 'a.css', code: 'a { color: #e3051b; }', settings: { houseStyle: { ...settings.houseStyle, requireTokens: false } } },
    { filename: 'a.css', code: ':root { --brand-red: #e3051b; --space-m: 16px; }\na { color: var(--brand-red); padding: var(--space-m); margin: 16px 8px; }', settings },
    { name: 'other colours are the palette rule’s business', filename: 'a.css', code: 'a { color: #004f9f; }', settings },
  ],
  invalid: [
    {
      name: '.css: a colour within tolerance of a token',
      filename: 'a.css',
      code: 'a {\n  box-shadow: 0 0 2px #E3051C;\n}',
      settings,
      errors: [{ messageId: 'rawValue', data: { value: '#E3051C', token: '--brand-red' }, line: 2, column: 23, endLine: 2, endColumn: 30, suggestions: [{ messageId: 'useToken', output: 'a {\n  box-shadow: 0 0 2px var(--brand-red);\n}' }] }],
      output: 'a {\n  box-shadow: 0 0 2px var(--brand-red);\n}',
    },
    {
      name: '.css: a whole value equal to a token',
      filename: 'a.css',
      code: 'h1 { font-family: "Brand Sans",Arial,  sans-serif; padding: 16px !important; }',
      settings,
      errors: [
        { messageId: 'rawValue', line: 1, column: 19, endColumn: 50 },
        { messageId: 'rawValue', line: 1, column: 61, endColumn: 65 },
      ],
      output: 'h1 { font-family: var(--font-brand); padding: var(--space-m) !important; }',
    },
    {
      name: '<style> block',
      code: '<style>\np { color: rgb(227 5 27) }\n</style>',
      settings,
      errors: [{ messageId: 'rawValue', line: 2, column: 12, endLine: 2, endColumn: 25 }],
      output: '<style>\np { color: var(--brand-red) }\n</style>',
    },
    {
      name: 'style="" attribute',
      code: '<p style="margin:0;color:#e3051b">x</p>',
      settings,
      errors: [{ messageId: 'rawValue', line: 1, column: 26, endColumn: 33 }],
      output: '<p style="margin:0;color:var(--brand-red)">x</p>',
    },
    {
      name: 'SVG style="" (attributes cannot take var() and are left alone)',
      filename: 'icon.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg"><path fill="#e3051b" style="stroke:#e3051b"/></svg>',
      settings,
      errors: [{ messageId: 'rawValue', line: 1, column: 76, endColumn: 83 }],
      output: '<svg xmlns="http://www.w3.org/2000/svg"><path fill="#e3051b" style="stroke:var(--brand-red)"/></svg>',
    },
  ],
});
