import { ruleTester } from '../_kit/tester';
import rule from '.';

// About 1150 characters of ordinary prose: some 20 lines at 16px in a 400px-wide box.
const PROSE = 'Opening hours change during public holidays, so please check this list before you travel to any of our branches. '.repeat(10).trim();
// About 600 characters: at most eight lines in a 520px-wide block, however narrow the font.
const SHORT_PROSE = 'Opening hours change during public holidays, so please check this list before you travel. '.repeat(6).trim();
const CODE_LINES = Array.from({ length: 30 }, (_, i) => `const resultOfStep${i} = await runStepWithRetries(${i}, { retries: 3 });`).join('\n');
const LOGOS = '<img src="a.png" alt="Acme"> <img src="b.png" alt="Bolt"> <img src="c.png" alt="Crane"> <img src="d.png" alt="Delta"> <img src="e.png" alt="Echo"> <img src="f.png" alt="Fjord">';
const LOGO_STYLE = '<style>.logos { width: 300px; height: 90px; overflow-x: auto; white-space: nowrap } .logos img { width: 80px; height: 60px }</style>';
const page = (body: string, head = '') => `<!DOCTYPE html>\n<html lang="en">\n<head><title>Branches</title>${head}</head>\n<body>\n${body}\n</body>\n</html>`;
const message = 'This <div> scrolls (vertically) but neither it nor anything in it can take keyboard focus, so keyboard users cannot scroll it. Add tabindex="0" (and a name).';

ruleTester(rule, {
  valid: [
    // In the tab order itself, or through something inside.
    { code: page(`<div tabindex="0" role="region" aria-label="Opening hours" style="height: 100px; width: 400px; overflow-y: auto"><p>${PROSE}</p></div>`) },
    { code: page(`<div style="height: 100px; width: 400px; overflow-y: auto"><p>${PROSE} <a href="/hours">All hours</a></p></div>`) },
    { code: page(`<div style="height: 100px; width: 400px; overflow-y: auto"><details><summary>More</summary>${PROSE}</details><p>${PROSE}</p></div>`) },
    { code: page(`<div style="height: 100px; width: 400px; overflow-y: auto" inert><p>${PROSE}</p></div>`) },
    // Not scrollable, or not certainly overflowing.
    { code: page(`<div style="height: 100px; width: 400px; overflow: hidden"><p>${PROSE}</p></div>`) },
    { code: page(`<div style="height: 100px; width: 400px"><p>${PROSE}</p></div>`) },
    { code: page(`<div style="height: 300px; width: 400px; overflow: auto"><p>${SHORT_PROSE}</p></div>`) },
    { code: page(`<div style="height: 210px; width: 530px; overflow: scroll; padding: 30px 0 30px 30px"><div>Opening hours</div><div style="width: 520px">${SHORT_PROSE} ${SHORT_PROSE.slice(0, 250)}</div></div>`) },
    { code: page(`<div style="width: 400px; overflow-y: auto"><p>${PROSE}</p></div>`) },
    { code: page(`<div style="height: 50%; width: 400px; overflow-y: auto"><p>${PROSE}</p></div>`) },
    // Nothing to read in the scrolled area.
    { code: page('<p>A scrollbar:</p><div style="height: 20px; width: 500px; overflow-x: scroll"><div style="width: 1000px; height: 1px"></div></div>') },
    // Layout we do not estimate.
    { code: page(`<div style="display: flex"><div style="height: 100px; width: 400px; overflow-y: auto"><p>${PROSE}</p></div></div>`) },
    { code: page(`<div style="height: 100px; width: 400px; overflow-y: auto; column-count: 3"><p>${PROSE}</p></div>`) },
    { code: page(`<div style="height: 100px; width: 400px; overflow-y: auto"><p style="margin-top: -400px">${PROSE}</p></div>`) },
    { code: page(`<div style="height: 100px; width: 400px; overflow-y: auto; font-family: 'Roboto Condensed', sans-serif"><p>${PROSE}</p></div>`) },
    { code: page(`<div class="logos">${LOGOS.replace(/ alt/g, ' class="x" alt')}</div>`, '<style>.logos { width: 300px; height: 90px; overflow-x: auto; white-space: nowrap }</style>') },
    { code: page(`<div class="logos">${LOGOS.split('> ').slice(0, 4).join('> ')}></div>`, LOGO_STYLE) },
    { code: page(`<div class="logos" style="white-space: normal">${LOGOS}</div>`, LOGO_STYLE) },
    // The page may change at run time, or its styles are out of reach; the iframe's own document scrolls.
    { code: page(`<div style="height: 100px; width: 400px; overflow-y: auto"><p>${PROSE}</p></div><script src="app.js"></script>`) },
    { code: page(`<div style="height: 100px; width: 400px; overflow-y: auto"><p>${PROSE}</p></div>`, '<link rel="stylesheet" href="https://cdn.example.com/site.css">') },
    { code: page('<iframe src="hours.html" width="400" height="100" style="overflow: auto"></iframe>') },
    { code: page(`<div style="height: 100px; width: 400px; overflow-y: auto"><p style="transform: translateY(-300px)">${PROSE}</p></div>`) },
    { code: page(`<div style="height: 100px; width: 400px; overflow-x: auto"><table><tr><td>${PROSE}</td></tr></table></div>`) },
    // Not rendered.
    { code: page(`<dialog><div style="height: 100px; width: 400px; overflow-y: auto"><p>${PROSE}</p></div></dialog>`) },
    { code: page(`<div hidden><div style="height: 100px; width: 400px; overflow-y: auto"><p>${PROSE}</p></div></div>`) },
    { code: page(`<div style="display: none; height: 100px; width: 400px; overflow-y: auto"><p>${PROSE}</p></div>`) },
  ],
  invalid: [
    {
      code: page(`<div style="height: 100px; width: 400px; overflow-y: auto">\n  <h2>Opening hours</h2>\n  <p>${PROSE}</p>\n</div>`),
      errors: [{
        messageId: 'notFocusable', message, data: { tag: 'div', direction: 'vertically' }, line: 5, column: 1, endLine: 5, endColumn: 60,
        suggestions: [{ messageId: 'addTabindex', output: page(`<div style="height: 100px; width: 400px; overflow-y: auto" tabindex="0">\n  <h2>Opening hours</h2>\n  <p>${PROSE}</p>\n</div>`) }],
      }],
    },
    {
      // The overflow shorthand, sizes in em and rem, a link that is not rendered and one taken out of the tab order.
      code: page(`<section class="hours">\n  <p>${PROSE}</p>\n  <a href="/hours" hidden>All hours</a> <a href="/map" tabindex="-1">Map</a>\n</section>`, '<style>.hours { overflow: auto; height: 8em; width: 25rem }</style>'),
      errors: [{ messageId: 'notFocusable', data: { tag: 'section', direction: 'vertically' }, line: 5, column: 1, endLine: 5, endColumn: 24 }],
    },
    {
      code: page(`<h2>Our partners</h2>\n<div class="logos">\n  ${LOGOS}\n</div>`, LOGO_STYLE),
      errors: [{
        messageId: 'notFocusable', data: { tag: 'div', direction: 'horizontally' }, line: 6, column: 1, endLine: 6, endColumn: 20,
        suggestions: [{ messageId: 'addTabindex', output: page(`<h2>Our partners</h2>\n<div class="logos" tabindex="0">\n  ${LOGOS}\n</div>`, LOGO_STYLE) }],
      }],
    },
    {
      // Preformatted code: every line is a line, and the longest ones cannot wrap.
      code: page(`<pre style="max-height: 160px; width: 200px; overflow: auto"><code>${CODE_LINES}</code></pre>`),
      errors: [{ messageId: 'notFocusable', data: { tag: 'pre', direction: 'vertically and horizontally' }, line: 5, column: 1, endLine: 5, endColumn: 62 }],
    },
    {
      // Styles from a linked stylesheet of the project.
      code: page(`<div class="logos">${LOGOS}</div>`, '<link rel="stylesheet" href="css/site.css">'),
      files: { 'css/site.css': '.logos { width: 20em; overflow-x: scroll; white-space: nowrap }\n.logos > img { width: 80px }' },
      errors: [{ messageId: 'notFocusable', data: { tag: 'div', direction: 'horizontally' }, line: 5, column: 1, endLine: 5, endColumn: 20 }],
    },
    {
      // A disabled button cannot take focus.
      code: page(`<div style="height: 100px; width: 400px; overflow-y: scroll"><p>${PROSE}</p><button disabled>Load more</button></div>`),
      errors: [{ messageId: 'notFocusable', data: { tag: 'div', direction: 'vertically' }, line: 5, column: 1, endLine: 5, endColumn: 62 }],
    },
  ],
});
