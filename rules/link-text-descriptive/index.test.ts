import { ruleTester } from '../_kit/tester';
import rule from '.';

const page = (lang: string, title: string, body: string): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`;

const files = {
  'pricing.html': page('en', 'Pricing | Garden club', '<h1>Membership prices</h1><p>Ten euros a year.</p>'),
  'news.html': page('en', 'News', '<p>No news.</p>'),
};

ruleTester(rule, {
  valid: [
    { name: 'a descriptive name', code: '<div><a href="pricing.html">Read more about our pricing</a></div>', files },
    { name: 'visually hidden words complete the name', code: '<div><a href="pricing.html">Read more<span style="position:absolute;left:-9999px"> about our pricing</span></a></div>', files },
    { name: 'aria-label names the destination', code: '<div><a href="pricing.html" aria-label="Read more about our pricing">Read more</a></div>', files },
    { name: 'described by a heading', code: '<h2 id="p">Our pricing</h2><div><a href="pricing.html" aria-describedby="p">Read more</a></div>', files },
    { name: 'a title that says more', code: '<div><a href="pricing.html" title="Membership prices">More</a></div>', files },
    { name: 'the paragraph gives the context', code: '<p>Our pricing changed in May. <a href="pricing.html">Read more</a></p>', files },
    { name: 'the sentence gives the context', code: '<p>Download the report <a href="report.pdf">here</a>.</p>' },
    { name: 'a block with text around the link', code: '<div>Download the annual report <a href="report.pdf">here</a></div>' },
    { name: 'an article with its own heading', code: '<h1>News</h1><article><h2>New prices</h2><div class="more"><a href="pricing.html">Read more</a></div></article>', files },
    { name: 'a card with its own heading', code: '<h1>News</h1><div class="card"><h3>New prices</h3><div><a href="pricing.html">Read more</a></div></div>', files },
    { name: 'a list item with its own heading', code: '<h1>News</h1><ul><li><h3>New prices</h3><p><a href="pricing.html">Learn more</a></p></li></ul>', files },
    { name: 'a table cell with its header cells', code: '<table><tr><th>Plan</th><th>Terms</th></tr><tr><th>Family membership</th><td><a href="family.html">details</a></td></tr></table>' },
    { name: 'a list item with words of its own', code: '<ul><li>Opening hours in summer: <a href="hours.html">more</a></li></ul>' },
    { name: 'a nested list item', code: '<ul><li>Membership prices for families<ul><li><a href="family.html">Read more</a></li></ul></li></ul>' },
    { name: 'the list item around the paragraph', code: '<ul><li><p>Membership prices for families</p><p><a href="family.html">More</a></p></li></ul>' },
    { name: 'header cells named by the headers attribute', code: '<table><tr><td id="h">Family membership terms</td></tr><tr><td headers="h"><a href="family.html">Info</a></td></tr></table>' },
    { name: 'a section with its own heading', code: '<h1>Garden club</h1><section><h2>News</h2><article><h3>Prices</h3></article><article><h3>Hours</h3></article><div><a href="news.html">More</a></div></section>', files },
    { name: 'a hero block with the page heading', code: '<div class="hero"><h1>Summer sale</h1><a href="sale.html">Learn more</a></div>' },
    { name: 'a hidden link', code: '<div><a href="pricing.html" aria-hidden="true" tabindex="-1">Click here</a><a href="pricing.html" hidden>Click here</a></div>', files },
    { name: 'an inert link', code: '<div inert><a href="pricing.html">Click here</a></div>', files },
    { name: 'not a link', code: '<div><a>Click here</a><a href="pricing.html" role="button">More</a></div>', files },
    { name: 'a link without a name is for another rule', code: '<div><a href="pricing.html"><img src="x.png" alt=""></a></div>', files },
    { name: 'a name that cannot be computed', code: '<div><a href="pricing.html" aria-labelledby="missing">More</a></div>', files },
    { name: 'display the cascade cannot settle', code: '<style>:has(> a) { display: block }</style><span><a href="pricing.html">More</a></span>', files },
  ],
  invalid: [
    {
      name: 'a lone "Click here" in a div',
      code: '<h1>Garden club</h1>\n<div>\n  <a href="pricing.html">Click here</a>\n</div>',
      files,
      errors: [{ messageId: 'genericWithTopic', data: { name: 'Click here', topic: 'Membership prices' }, line: 3, column: 3, endLine: 3, endColumn: 26 }],
    },
    {
      name: '"Read more »" alone in a list item, in a list without headings',
      code: '<ul>\n  <li>Prices</li>\n  <li><a href="news.html">Read more »</a></li>\n</ul>',
      files,
      errors: [{ messageId: 'genericWithTopic', data: { name: 'Read more »', topic: 'News' }, line: 3, column: 7, endLine: 3, endColumn: 27 }],
    },
    {
      name: '"Meer" alone in a paragraph on a Dutch page',
      code: page('nl', 'Tuinclub', '<h1>Tuinclub</h1><p><a href="prijzen.html">Meer</a></p>'),
      errors: [{ messageId: 'generic', data: { name: 'Meer' }, line: 1, column: 94, endLine: 1, endColumn: 117 }],
    },
    {
      name: 'an image link whose alt is generic, other generic links are no context',
      code: '<div><a href="a.html">More</a> <a href="b.html"><img src="more.png" alt="More…"></a></div>',
      errors: [
        { messageId: 'generic', data: { name: 'More' }, line: 1, column: 6, endLine: 1, endColumn: 23 },
        { messageId: 'generic', data: { name: 'More…' }, line: 1, column: 32, endLine: 1, endColumn: 49 },
      ],
    },
    {
      name: 'a title that repeats the name, and a scripted role=link',
      code: '<p><a href="a.html" title="Click here!">Click here</a></p>\n<p><span role="link" tabindex="0" onclick="location=\'a.html\'">→ lire la suite</span></p>',
      errors: [
        { messageId: 'generic', data: { name: 'Click here' }, line: 1, column: 4, endLine: 1, endColumn: 41 },
        { messageId: 'generic', data: { name: '→ lire la suite' }, line: 2, column: 4, endLine: 2, endColumn: 63 },
      ],
    },
    {
      name: 'a page wrapper with many headings is no card',
      code: '<div class="page"><h2>Prices</h2><p>Ten euros.</p><h2>Hours</h2><p>Daily.</p><h2>Downloads</h2><div><a href="r.pdf">Click here</a></div></div>',
      errors: [{ messageId: 'generic', line: 1, column: 101, endLine: 1, endColumn: 117 }],
    },
    {
      name: 'sibling list items are no context, nor is a heading the link is in',
      code: '<ul><li>Membership prices for families</li><li><a href="news.html">Meer info</a></li></ul><h2><a href="news.html">Read more</a></h2>',
      files,
      errors: [
        { messageId: 'genericWithTopic', line: 1, column: 48, endLine: 1, endColumn: 68 },
        { messageId: 'genericWithTopic', line: 1, column: 95, endLine: 1, endColumn: 115 },
      ],
    },
    {
      name: 'the page heading is no card heading',
      code: '<main><h1>Annual report</h1><p>Published in May.</p><div><a href="report.pdf">Download</a></div></main>',
      errors: [{ messageId: 'generic', data: { name: 'Download' }, line: 1, column: 58, endLine: 1, endColumn: 79 }],
    },
  ],
});
