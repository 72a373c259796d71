import { ruleTester } from '../_kit/tester';
import rule from '.';

const tiny = 'data:image/png;base64,' + Buffer.alloc(300).toString('base64');
const big = 'data:image/png;base64,' + Buffer.alloc(30000).toString('base64');

ruleTester(rule, {
  valid: [
    { filename: 'logo.svg', code: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><use href="#a"/><path id="a" d="M0 0h10v10z"/></svg>' },
    { filename: 'logo.svg', code: `<svg xmlns="http://www.w3.org/2000/svg"><image href="${tiny}"/></svg>` },
  ],
  invalid: [
    {
      filename: 'icon.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg" onload="t()">\n<script>t()</script>\n<image xlink:href="https://cdn.example.com/p.jpg"/>\n</svg>',
      errors: [
        { messageId: 'handler', data: { name: 'onload' }, line: 1, column: 41, endLine: 1, endColumn: 53 },
        { messageId: 'script', line: 2, column: 1, endColumn: 9 },
        { messageId: 'external', data: { url: 'https://cdn.example.com/p.jpg' }, line: 3, column: 8, endColumn: 50 },
      ],
    },
    {
      filename: 'photo.svg',
      code: `<svg xmlns="http://www.w3.org/2000/svg"><image href="${big}"/></svg>`,
      errors: [{ messageId: 'raster', data: { size: '29 KB', budget: '20 KB' }, line: 1, column: 48 }],
    },
  ],
});
