import { ruleTester } from '../_kit/tester';
import rule from '.';

const settings = { houseStyle: { minTextSize: { web: 14, banner: 11 }, rootFontSize: 16 } };
const banner = '<meta name="ad.size" content="width=300,height=250">';

ruleTester(rule, {
  valid: [
    { name: 'no house style', filename: 'a.css', code: 'a { font-size: 6px; }' },
    { filename: 'a.css', code: 'a { font-size: 14px; } b { font-size: 0.875rem; } c { font-size: 11pt; } d { font-size: 0.5em; } e { font-size: calc(1rem - 4px); } f { font-size: var(--s); }', settings },
    { name: 'banner minimum applies to pages with ad.size', code: `${banner}<p style="font-size: 12px">Sale</p>`, settings },
    { name: 'css next to a banner page', filename: 'unit/style.css', code: 'p { font-size: 11px }', settings, files: { 'unit/index.html': banner } },
  ],
  invalid: [
    {
      name: '.css px',
      filename: 'a.css',
      code: 'small {\n  font-size: 12px;\n}',
      settings,
      errors: [{
        messageId: 'tooSmall', data: { size: '12px', inPx: '', medium: 'web', min: 14 }, line: 2, column: 14, endLine: 2, endColumn: 18,
        suggestions: [{ messageId: 'useMinimum', output: 'small {\n  font-size: 14px;\n}' }],
      }],
      output: null,
    },
    {
      name: 'rem against the root size, pt and em at the root',
      filename: 'a.css',
      code: 'a { font-size: .75rem } b { font: 9pt/1 Arial } html { font-size: 62.5% }',
      settings,
      errors: [
        { messageId: 'tooSmall', data: { size: '.75rem', inPx: ' (12px)', medium: 'web', min: 14 }, line: 1, column: 16, endColumn: 22, suggestions: [{ messageId: 'useMinimum', output: 'a { font-size: 0.88rem } b { font: 9pt/1 Arial } html { font-size: 62.5% }' }] },
        { messageId: 'tooSmall', line: 1, column: 35, endColumn: 38 },
        { messageId: 'tooSmall', data: { size: '62.5%', inPx: ' (10px)', medium: 'web', min: 14 }, line: 1, column: 67, endColumn: 72 },
      ],
    },
    {
      name: '<style> in a banner page uses the banner minimum',
      code: `${banner}<style>\n.legal { font-size: 10px }\n</style>`,
      settings,
      errors: [{ messageId: 'tooSmall', data: { size: '10px', inPx: '', medium: 'banner', min: 11 }, line: 2, column: 21, endColumn: 25 }],
    },
    {
      name: 'style="" attribute',
      code: '<p style="font-size:13px">x</p>',
      settings,
      errors: [{ messageId: 'tooSmall', line: 1, column: 21, endColumn: 25 }],
    },
    {
      name: 'SVG font-size attribute (unitless is px) and units',
      filename: 'a.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg"><text font-size="10">A</text><text style="font-size: 1vw">B</text></svg>',
      settings: { houseStyle: { ...settings.houseStyle, units: ['px', 'rem'] } },
      errors: [
        { messageId: 'tooSmall', line: 1, column: 58, endColumn: 60 },
        { messageId: 'unitNotAllowed', data: { unit: 'vw', allowed: 'px, rem' }, line: 1, column: 94, endColumn: 97 },
      ],
    },
  ],
});
