import { ruleTester } from '../_kit/tester';
import rule from '.';

const NS = "xmlns='http://www.w3.org/2000/svg'";
const sale = `<svg ${NS} width='200' height='40'><text x='0' y='30'>Summer sale</text></svg>`;
const enc = (svg: string) => `data:image/svg+xml,${encodeURIComponent(svg)}`;
const b64 = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const saleFile = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40">\n  <style>.t { font: bold 20px sans-serif; fill: #c00 }</style>\n  <text class="t" x="0" y="30">Summer <tspan>sale</tspan></text>\n</svg>\n';
const chart = `<svg ${NS}>${Array.from({ length: 24 }, (_, i) => `<text x='${i * 10}' y='10'>Q${i}</text>`).join('')}</svg>`;

ruleTester(rule, {
  valid: [
    // Shapes only, or text that is not painted.
    `<img alt="Red circle" src="${enc(`<svg ${NS}><circle r='4' fill='red'/></svg>`)}">`,
    `<img alt="Arrow" src="${enc(`<svg ${NS}><defs><text id='t'>Hidden label</text></defs><path d='M0 0h9'/></svg>`)}">`,
    `<img alt="Arrow" src="${enc(`<svg ${NS}><title>Next page</title><desc>An arrow</desc><path d='M0 0h9'/></svg>`)}">`,
    `<img alt="Arrow" src="${enc(`<svg ${NS}><text display='none'>Draft text</text><g visibility='hidden'><text>Old text</text></g></svg>`)}">`,
    `<img alt="Arrow" src="${enc(`<svg ${NS}><text fill='none'>Ghost text</text><text style='opacity: 0'>Faded text</text></svg>`)}">`,
    `<img alt="Arrow" src="${enc(`<svg ${NS}><style>.off { display: none }</style><text class='off'>Spare text</text></svg>`)}">`,
    // Decorative, hidden or not rendered.
    `<img alt="" src="${enc(sale)}">`,
    `<img role="presentation" src="${enc(sale)}">`,
    `<img aria-hidden="true" alt="Summer sale" src="${enc(sale)}">`,
    `<div hidden><img alt="Summer sale" src="${enc(sale)}"></div>`,
    // Logos (alt, file name, class of a wrapping link) are exempt.
    `<img alt="Acme logo" src="${enc(sale)}">`,
    `<img alt="Logotipo de Acme" src="${enc(sale)}">`,
    { code: '<img alt="Acme" src="img/acme-wordmark.svg">', files: { 'img/acme-wordmark.svg': saleFile } },
    { code: '<a class="navbar-brand" href="/"><img alt="Acme" src="img/acme.svg"></a>', files: { 'img/acme.svg': saleFile } },
    `<div role="img" aria-label="Acme logo" style="width: 200px; height: 40px; background-image: url('${enc(sale)}')"></div>`,
    // Digits, punctuation, single letters; charts with many labels.
    `<img alt="50%" src="${enc(`<svg ${NS}><text>50 %</text></svg>`)}">`,
    `<img alt="Help" src="${enc(`<svg ${NS}><circle r='8'/><text>?</text></svg>`)}">`,
    `<img alt="Bold" src="${enc(`<svg ${NS}><text>B</text></svg>`)}">`,
    `<img alt="Sales per quarter" src="${enc(chart)}">`,
    // Raster images, remote and missing files, other data URLs.
    { code: '<img alt="Summer sale" src="img/sale.png">', files: { 'img/sale.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) } },
    '<img alt="Summer sale" src="https://cdn.example.com/sale.svg">',
    '<img alt="Summer sale" src="img/missing.svg">',
    `<img alt="Summer sale" src="data:image/png;base64,iVBORw0KGgo=">`,
    // Inline SVG is real text (selectable, translatable).
    `<svg ${NS}><text x="0" y="20">Summer sale</text></svg>`,
    // A background that another declaration replaces.
    `<div style="background-image: url('${enc(sale)}'); background-image: none"></div>`,
  ],
  invalid: [
    {
      code: `<img alt="Summer sale"\n  src="data:image/svg+xml;utf8,<svg ${NS}><text x='0' y='15'>Summer sale</text></svg>">`,
      errors: [{ messageId: 'svgText', data: { text: 'Summer sale' }, line: 2, column: 8, endLine: 2, endColumn: 115 }],
    },
    {
      code: `<img alt="Summer sale" src="${b64(sale)}">`,
      errors: [{ messageId: 'svgText', data: { text: 'Summer sale' }, line: 1, column: 29, endLine: 1, endColumn: 29 + b64(sale).length }],
    },
    {
      code: '<p>\n  <img alt="Summer sale" src="img/sale.svg">\n</p>',
      files: { 'img/sale.svg': saleFile },
      errors: [{ messageId: 'svgText', data: { text: 'Summer sale' }, line: 2, column: 31, endLine: 2, endColumn: 43 }],
    },
    {
      code: '<form><input type="image" alt="Search" src="/icons/search-button.svg"></form>',
      files: { 'icons/search-button.svg': `<svg ${NS}><rect width='80' height='20'/><text fill='none' stroke='white'>Search</text></svg>` },
      errors: [{ messageId: 'svgText', data: { text: 'Search' }, line: 1, column: 45, endLine: 1, endColumn: 69 }],
    },
    {
      code: `<div style="width: 200px; height: 40px; background: #fff url(&quot;${enc(sale)}&quot;) no-repeat"></div>`,
      errors: [{ messageId: 'svgText', data: { text: 'Summer sale' }, line: 1, column: 58, endLine: 1, endColumn: 58 + 'url(&quot;&quot;)'.length + enc(sale).length }],
    },
    {
      code: `<svg ${NS} role="img" aria-label="Sale banner"><image href="img/sale.svg" width="200" height="40"/></svg>`,
      files: { 'img/sale.svg': saleFile },
      errors: [{ messageId: 'svgText', data: { text: 'Summer sale' }, line: 1, column: 90, endLine: 1, endColumn: 102 }],
    },
    {
      code: `<svg ${NS} xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="img/sale.svg"/></svg>`,
      files: { 'img/sale.svg': saleFile },
      errors: [{ messageId: 'svgText', data: { text: 'Summer sale' }, line: 1, column: 103, endLine: 1, endColumn: 115 }],
    },
  ],
});
