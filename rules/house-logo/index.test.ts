import { createHash } from 'node:crypto';
import { ruleTester } from '../_kit/tester';
import rule from '.';
import { png } from '../../test/facts/image-bytes';

const logo = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50" fill="#e3051b"/></svg>';
const oldLogo = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50" fill="#d00000"/></svg>';
const pngBytes = png({ width: 120, height: 40 });
const hash = createHash('sha256').update(logo).digest('hex');
const files = { 'img/logo.svg': logo, 'img/logo-old.svg': oldLogo, 'img/brand.png': pngBytes, 'img/photo.svg': oldLogo, 'brand/logo.svg': logo };
const byPath = { houseStyle: { logos: ['brand/logo.svg'] } };
const byHash = { houseStyle: { logos: [`sha256:${hash}`] } };

ruleTester(rule, {
  valid: [
    { name: 'no house style', code: '<img src="img/logo-old.svg" width="100" height="100" alt="">', files },
    { code: '<img src="img/logo.svg" alt="Acme" width="100" height="25"><img src="img/photo.svg" alt="A photo" width="10" height="10"><img src="https://cdn.example/logo.png">', files, settings: byPath },
    { name: 'one dimension given keeps the proportions', code: '<img src="img/logo.svg" width="120" alt="">', files, settings: byHash },
  ],
  invalid: [
    {
      name: 'not an approved file (by content hash)',
      code: '<header>\n  <img src="img/logo-old.svg" alt="Acme">\n</header>',
      files,
      settings: byPath,
      errors: [{ messageId: 'notApproved', data: { file: 'logo-old.svg', hash: createHash('sha256').update(oldLogo).digest('hex').slice(0, 12) }, line: 2, column: 13, endLine: 2, endColumn: 29 }],
    },
    {
      name: 'distorted aspect ratio, with a suggestion that fixes the height',
      code: '<img src="img/logo.svg" width="100" height="50" alt="Acme logo">',
      files,
      settings: byHash,
      errors: [{
        messageId: 'distorted', data: { file: 'logo.svg', width: 100, height: 50, iw: 200, ih: 50, percent: '50' }, line: 1, column: 1, endLine: 1, endColumn: 65,
        suggestions: [{ messageId: 'setHeight', output: '<img src="img/logo.svg" width="100" height="25" alt="Acme logo">' }],
      }],
    },
    {
      name: 'PNG logo recognised by the alt text, unapproved and squeezed',
      code: '<img src="img/brand.png" width="120" height="60" alt="Logo">',
      files,
      settings: byHash,
      errors: [
        { messageId: 'distorted', line: 1, column: 1, endColumn: 61, suggestions: [{ messageId: 'setHeight', output: '<img src="img/brand.png" width="120" height="40" alt="Logo">' }] },
        { messageId: 'notApproved', line: 1, column: 11, endColumn: 24 },
      ],
    },
    {
      name: 'SVG <image href> in an .svg file',
      filename: 'banner.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg"><image href="img/logo-old.svg" width="200" height="50"/></svg>',
      files,
      settings: byHash,
      errors: [{ messageId: 'notApproved', line: 1, column: 54, endColumn: 70 }],
    },
  ],
});
