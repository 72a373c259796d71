import { ruleTester } from '../_kit/tester';
import rule from '.';

const CSS_LINK = '<link rel="stylesheet" href="css/site.css">';

ruleTester(rule, {
  valid: [
    { name: 'the browser focus ring is kept', code: '<a href="/contact">Contact</a>' },
    { name: 'no outline rule at all', code: '<style>a { color: navy }</style><a href="/">Home</a>' },
    { name: 'removal with a :focus-visible replacement', code: '<style>a:focus { outline: none } a:focus-visible { outline: 2px solid #005fcc }</style><a href="/">Home</a>' },
    { name: 'removal plus a box-shadow on :focus', code: '<style>button:focus { outline: 0; box-shadow: 0 0 0 3px #ffbf47 }</style><button>Send</button>' },
    { name: 'box-shadow in a separate focus rule', code: '<style>* { outline: none }\n.btn:focus { box-shadow: 0 0 0 3px #ffbf47 }</style><a class="btn" href="/">Go</a>' },
    { name: 'outline removed only on hover', code: '<style>a:hover { outline: none }</style><a href="/">Home</a>' },
    { name: 'outline removed only on mouse focus', code: '<style>a:focus:not(:focus-visible) { outline: none }</style><a href="/">Home</a>' },
    { name: 'a later, more specific focus rule puts the outline back', code: '<style>a { outline: 0 }\na:focus-visible { outline: 3px solid black }</style><a href="/">Home</a>' },
    { name: 'a :focus-within style on a wrapper', code: '<style>a { outline: none }\n.card:focus-within { border-color: #005fcc }</style><div class="card"><a href="/">Read more</a></div>' },
    { name: 'a focus style on a sibling', code: '<style>input { outline: none }\ninput:focus + label { text-decoration: underline }</style><input type="checkbox" id="c"><label for="c">Agree</label>' },
    { name: 'a focus style on a pseudo-element', code: '<style>a:focus { outline: none }\na:focus::after { content: "←" }</style><a href="/">Home</a>' },
    { name: 'disabled buttons are not in the focus order', code: '<style>button { outline: none }</style><button disabled>Send</button>' },
    { name: 'tabindex -1 is not in the focus order', code: '<style>div { outline: none }</style><div tabindex="-1">Panel</div>' },
    { name: 'text fields show a caret', code: '<style>input, textarea { outline: none }</style><input name="q"><textarea></textarea>' },
    { name: 'hidden elements', code: '<style>a { outline: none }</style><nav hidden><a href="/">Home</a></nav>' },
    { name: 'scripts can add focus styles', code: '<style>a { outline: none }</style><a href="/">Home</a><script src="menu.js"></script>' },
    { name: 'inline event handlers count as scripts', code: '<style>a { outline: none }</style><a href="/" onfocus="this.classList.add(\'on\')">Home</a>' },
    { name: 'a stylesheet that cannot be read', code: '<link rel="stylesheet" href="https://cdn.example.com/site.css"><style>a { outline: none }</style><a href="/">Home</a>' },
    { name: 'outline set from a custom property', code: '<style>a:focus { outline: var(--ring) }</style><a href="/">Home</a>' },
    { name: 'removal inside a media query is not certain', code: '<style>@media (pointer: fine) { a { outline: none } }</style><a href="/">Home</a>' },
    { name: 'outline replaced by another visible outline', code: '<style>a { outline: 1px dotted currentColor }</style><a href="/">Home</a>' },
    { name: 'inline style that keeps the outline', code: '<style>a { outline: none }</style><a href="/" style="outline: 2px solid red">Home</a>' },
    { name: 'a linked stylesheet with a focus style', code: `${CSS_LINK}<a href="/">Home</a>`, files: { 'css/site.css': 'a { outline: none }\na:focus { background: yellow }\n' } },
    { name: 'a focus style written in a form the rule cannot read', code: '<style>a { outline: none }\n.nav:has(a:focus) { background: #eee }</style><div class="nav"><a href="/">Home</a></div>' },
    { name: 'a print stylesheet does not apply on screen', code: '<style media="print">a { outline: none }</style><a href="/">Home</a>' },
    { name: 'links inside an editing host', code: '<style>a { outline: none }</style><div contenteditable="true"><a href="/">Home</a></div>' },
    { name: 'an image map no image uses', code: '<style>area { outline: none }</style><map name="m"><area href="/" alt="Home" shape="rect" coords="0,0,9,9"></map>' },
    { name: 'a stylesheet inside a template', code: '<template><style>a { outline: none }</style></template><a href="/">Home</a>' },
    { name: 'transparent colour on the browser ring', code: '<style>a:focus { outline-color: transparent }</style><a href="/">Home</a>' },
  ],
  invalid: [
    {
      name: 'outline removed in a <style> block',
      code: '<style>\n  .no-ring:focus { outline: none; }\n</style>\n<a class="no-ring" href="/">Home</a>',
      errors: [{ messageId: 'outlineRemoved', data: { element: '<a href="/">', others: '' }, line: 2, column: 20, endLine: 2, endColumn: 33 }],
    },
    {
      name: 'a reset that removes every outline, reported once for all elements',
      code: '<style>*:focus { outline: 0 }</style>\n<a href="/a">A</a> <button>B</button> <div tabindex="0">C</div>',
      errors: [{ messageId: 'outlineRemoved', data: { element: '<a href="/a">', others: ' (and 2 other elements)' }, line: 1, column: 18, endLine: 1, endColumn: 28 }],
    },
    {
      name: 'outline removed in a linked stylesheet',
      code: `${CSS_LINK}\n<button type="submit">Send</button>`,
      files: { 'css/site.css': 'body { margin: 0 }\nbutton { outline: none; cursor: pointer }\n' },
      errors: [{ messageId: 'outlineRemovedBySheet', data: { declaration: 'outline: none', sheet: 'css/site.css', line: 2, element: '<button type="submit">', others: '' }, line: 2, column: 1, endLine: 2, endColumn: 23 }],
    },
    {
      name: 'outline removed in a style attribute',
      code: '<a href="/" style="color: red; outline: none">Home</a>',
      errors: [{ messageId: 'outlineRemoved', line: 1, column: 32, endLine: 1, endColumn: 45 }],
    },
    {
      name: '!important beats the focus rule that restores the outline',
      code: '<style>a { outline: none !important }\na:focus-visible { outline: 2px solid }</style><a href="/">Home</a>',
      errors: [{ messageId: 'outlineRemoved', line: 1, column: 12, endLine: 1, endColumn: 36 }],
    },
    {
      name: 'a focus rule that only changes the cursor shows nothing',
      code: '<style>button:focus { outline-style: none; cursor: pointer }</style><button>Go</button>',
      errors: [{ messageId: 'outlineRemoved', line: 1, column: 23, endLine: 1, endColumn: 42 }],
    },
    {
      name: 'a focus style for other elements does not help',
      code: '<style>a, summary { outline: none }\n.menu a:focus { background: #eee }</style><details><summary>More</summary></details><div class="menu"><a href="/">Home</a></div>',
      errors: [{ messageId: 'outlineRemoved', data: { element: '<summary>', others: '' }, line: 1, column: 21, endLine: 1, endColumn: 34 }],
    },
    {
      name: 'outline width set to zero',
      code: '<style>[tabindex]:focus-visible { outline-width: 0 }</style><span tabindex="0">Tip</span>',
      errors: [{ messageId: 'outlineRemoved', line: 1, column: 35, endLine: 1, endColumn: 51 }],
    },
    {
      name: 'a drawn outline made transparent',
      code: '<style>:is(a, button):focus { outline: 2px solid transparent }</style><button>Go</button>',
      errors: [{ messageId: 'outlineRemoved', data: { element: '<button>', others: '' }, line: 1, column: 31, endLine: 1, endColumn: 61 }],
    },
    {
      name: 'a focus style that needs the pointer too',
      code: '<style>a { outline: none }\na:focus:hover { color: red }</style><a href="/">Home</a>',
      errors: [{ messageId: 'outlineRemoved', line: 1, column: 12, endLine: 1, endColumn: 25 }],
    },
  ],
});
