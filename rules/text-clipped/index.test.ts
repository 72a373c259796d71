import { ruleTester } from '../_kit/tester';
import rule from '.';

const story = 'The night was long and the road was wet';

ruleTester(rule, {
  valid: [
    // One full line: a box as high as its text.
    `<div style="overflow: hidden; height: 16px; line-height: 16px; font-size: 16px">${story}</div>`,
    // No height: the box grows with the text; nowrap cuts horizontally only.
    `<div style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis">${story}</div>`,
    // Overflow visible or scrolling.
    `<div style="height: 8px; font-size: 16px">${story}</div>`,
    `<div style="height: 8px; overflow-y: auto; font-size: 16px">${story}</div>`,
    `<div style="height: 8px; overflow: hidden auto; font-size: 16px">${story}</div>`,
    `<div style="height: 8px; overflow-x: hidden; font-size: 16px">${story}</div>`,
    // Padding makes room (content-box), border-box keeps it inside the height.
    `<div style="height: 6px; padding: 5px 0; overflow: hidden; font-size: 16px">${story}</div>`,
    // Heights we do not resolve.
    `<div style="height: 50%; overflow: hidden; font-size: 16px">${story}</div>`,
    `<div style="height: calc(1em - 6px); overflow: hidden">${story}</div>`,
    `<div style="height: var(--h); overflow: hidden">${story}</div>`,
    `<div style="height: 10px; overflow: hidden; font-size: 2vw">${story}</div>`,
    // min-height wins over max-height.
    `<div style="max-height: 10px; min-height: 20px; overflow: hidden; font-size: 16px">${story}</div>`,
    // Inline boxes take no height; table cells grow to fit.
    `<p><span style="height: 10px; overflow: hidden">${story}</span></p>`,
    `<table><tr><td style="height: 10px; overflow: hidden">${story}</td></tr></table>`,
    // Hidden on purpose: collapsed, screen-reader only, aria-hidden, not rendered.
    `<div style="height: 0; overflow: hidden">${story}</div>`,
    `<span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)">${story}</span>`,
    `<div aria-hidden="true" style="height: 10px; overflow: hidden">${story}</div>`,
    `<div style="display: none; height: 10px; overflow: hidden">${story}</div>`,
    // Text only in a child element, or no text at all.
    `<div style="height: 10px; overflow: hidden"><p>${story}</p></div>`,
    '<div style="height: 10px; overflow: hidden">  </div>',
    // Scripted pages, interactive sizing and stylesheets we cannot read.
    `<div style="height: 10px; overflow: hidden">${story}</div><script src="app.js"></script>`,
    `<style>.more:hover { height: auto }</style><div class="more" style="height: 10px; overflow: hidden">${story}</div>`,
    `<link rel="stylesheet" href="https://cdn.example.com/site.css"><div style="height: 10px; overflow: hidden">${story}</div>`,
    // Vertical text is cut by its width, not its height.
    `<div style="writing-mode: vertical-rl; height: 10px; overflow: hidden">${story}</div>`,
  ],
  invalid: [
    {
      code: `<div style="overflow-y: hidden; height: 10px; white-space: nowrap; font-size: 16px">\n  ${story}\n</div>`,
      errors: [{ messageId: 'clipped', data: { tag: 'div', height: 10, size: 16 }, line: 1, column: 1, endLine: 1, endColumn: 85 }],
    },
    {
      code: `<style>\n  .teaser { overflow: hidden; height: 0.5rem; padding: 2px 0 }\n  p { font-size: 20px }\n</style>\n<p class="teaser">${story}</p>`,
      errors: [{ messageId: 'clipped', data: { tag: 'p', height: 12, size: 20 }, line: 5, column: 1, endLine: 5, endColumn: 19 }],
    },
    {
      code: `<link rel="stylesheet" href="css/site.css">\n<h2 class="card-title">${story}</h2>`,
      files: { 'css/site.css': '.card-title { max-height: 0.6em; overflow: clip; box-sizing: border-box; padding: 4px }' },
      errors: [{ messageId: 'clipped', data: { tag: 'h2', height: 14.4, size: 24 }, line: 2, column: 1, endLine: 2, endColumn: 24 }],
    },
    {
      code: `<p><span style="float: left; height: 9px; overflow: hidden">${story}</span></p>`,
      errors: [{ messageId: 'clipped', data: { tag: 'span', height: 9, size: 16 }, line: 1, column: 4, endLine: 1, endColumn: 61 }],
    },
  ],
});
