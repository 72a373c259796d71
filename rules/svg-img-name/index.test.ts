import { ruleTester } from '../_kit/tester';
import rule from '.';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const svg = (code: string) => ({ code, filename: 'logo.svg' });

ruleTester(rule, {
  valid: [
    svg(`<svg ${NS} role="img"><title>Acme logo</title><path d="M0 0h9"/></svg>`),
    svg(`<svg ${NS} role="img" aria-label="Acme logo"></svg>`),
    svg(`<svg ${NS} role="graphics-document" aria-labelledby="t"><text id="t">Sales 2024</text></svg>`),
    svg(`<svg ${NS} role="img" aria-labelledby="nowhere"></svg>`),
    svg(`<svg ${NS}><circle r="4"/></svg>`),
    svg(`<svg ${NS} role="img" aria-hidden="true"></svg>`),
    svg(`<svg ${NS}><g style="display: none"><circle role="graphics-symbol" r="4"/></g></svg>`),
    svg(`<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg ${NS} role="img"><title><![CDATA[Acme & Co]]></title></svg>`),
    svg(`<svg ${NS}><foreignObject><div role="img"></div></foreignObject></svg>`),
  ],
  invalid: [
    {
      code: `<?xml version="1.0"?>\n<svg ${NS} role="img" viewBox="0 0 10 10">\n  <circle cx="5" cy="5" r="4"/>\n</svg>`,
      filename: 'logo.svg',
      errors: [{ messageId: 'noName', data: { tag: 'svg', role: 'img' }, line: 2, column: 1, endLine: 2, endColumn: 72 }],
    },
    {
      code: `<svg ${NS} role="graphics-document">\n  <title> </title>\n</svg>`,
      filename: 'chart.svg',
      errors: [{ messageId: 'noName', data: { tag: 'svg', role: 'graphics-document' }, line: 1, column: 1, endLine: 1, endColumn: 66 }],
    },
    {
      code: `<svg ${NS}>\n  <circle role="graphics-symbol" r="4"/>\n  <desc>Not a name</desc>\n</svg>`,
      filename: 'icon.svg',
      errors: [{ messageId: 'noName', data: { tag: 'circle', role: 'graphics-symbol' }, line: 2, column: 3, endLine: 2, endColumn: 41 }],
    },
  ],
});
