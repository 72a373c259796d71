import { ruleTester } from '../_kit/tester';
import rule from '.';

const page = (title: string, body: string, head = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

const files = {
  'home.html': page('Garden club', '<h1>Welcome to the garden club</h1><p>Meetings every Tuesday.</p>'),
  'home-copy.html': page('Garden club (copy)', '<h1>Welcome to the garden club</h1>\n  <p>Meetings every   Tuesday.</p>'),
  'go-home.html': page('Moved', '', '<meta http-equiv="refresh" content="0; URL=\'home.html\'">'),
  'later.html': page('Moved', '<p>This page has moved.</p>', '<meta http-equiv="refresh" content="5; url=home.html">'),
  'help/contact.html': page('Help - Contact', '<nav><a href="faq.html">FAQ</a></nav><main><h1>Contact</h1><p>Call 0301 555 10.</p></main>'),
  'shop/contact.html': page('Shop - Contact', '<nav><a href="returns.html">Returns</a><a href="sizes.html">Sizes</a></nav><main><h1>Contact</h1><p>Call 0301 555 10.</p></main>'),
  'jobs/contact.html': page('Jobs - Contact', '<nav><a href="faq.html">FAQ</a></nav><main><h1>Contact</h1><p>Call 0301 555 99.</p></main>'),
  'docs/index.html': page('Docs', '<h1>Documentation</h1>'),
  'shop.html': page('Shop', '<h1>Seeds and bulbs</h1>'),
  'app.html': page('App', '<main id="view"></main><script>document.getElementById("view").textContent = location.search;</script>'),
  'app-copy.html': page('App', '<main id="view"></main><script src="app.js"></script>'),
  'logo.png': new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
};

ruleTester(rule, {
  valid: [
    { name: 'same URL twice', code: '<a href="home.html">Garden club</a> <a href="home.html">Garden club</a>', files },
    { name: 'instant redirect to the same page', code: '<a href="home.html">Home</a> <a href="go-home.html">Home</a>', files },
    { name: 'two files with the same content (titles differ)', code: '<a href="home.html">Home</a> <a href="home-copy.html">Home</a>', files },
    { name: 'same main content, different navigation', code: '<a href="help/contact.html">Contact us</a> <a href="/shop/contact.html">Contact us</a>', files },
    { name: 'folder, folder without slash and its index page', code: '<a href="docs/">Docs</a> <a href="/docs">Docs</a> <a href="./docs/index.html">Docs</a>', files },
    { name: 'fragments of this page', code: '<a href="#top">Top</a> <a href="#start">Top</a> <a href="index.html#top">Top</a>', files },
    { name: 'fragments of another page', code: '<a href="home.html#news">Home</a> <a href="home.html">Home</a>', files },
    { name: 'different names, different places', code: '<a href="help/contact.html">Help desk</a> <a href="jobs/contact.html">Recruiting team</a>', files },
    { name: 'not links', code: '<a>Contact</a> <a href="">Contact</a> <a href="javascript:void(0)">Contact</a> <span onclick="location=\'jobs/contact.html\'">Contact</span> <a href="help/contact.html">Contact</a>', files },
    { name: 'hidden links', code: '<a href="help/contact.html">Contact</a> <a href="jobs/contact.html" style="display:none">Contact</a> <div aria-hidden="true"><a href="jobs/contact.html">Contact</a></div> <dialog><a href="jobs/contact.html">Contact</a></dialog>', files },
    { name: 'a role other than link', code: '<a href="help/contact.html">Contact</a> <a href="jobs/contact.html" role="button">Contact</a>', files },
    { name: 'equal after URL normalisation', code: '<a href="HTTPS://Example.COM">Example</a> <a href="https://example.com:443/#team">Example</a>', files },
    { name: 'http and https, www or not: a server usually redirects', code: '<a href="http://example.com/about/">About</a> <a href="https://www.example.com/about">About</a>', files },
    { name: 'mail to the same address', code: '<a href="mailto:Info@Example.com">Write to us</a> <a href="mailto:info@example.com?subject=Hello">Write to us</a>', files },
    { name: 'the same phone number', code: '<a href="tel:+49 30 555-10">Call us</a> <a href="tel:+493055510">Call us</a>', files },
    { name: 'an absolute link to the site the page is published at', code: '<head><link rel="canonical" href="https://garden.example/index.html"></head><a href="/home.html">Home</a> <a href="https://garden.example/">Home</a>', files },
    { name: 'a static page ignores its query string', code: '<a href="shop.html?from=header">Shop</a> <a href="shop.html?from=footer">Shop</a>', files },
    { name: 'names from images, labels and titles', code: '<a href="home.html"><img src="logo.png" alt="Garden club"></a> <a href="home.html" aria-label="garden  club">Start</a> <a href="go-home.html" title="Garden club"><img src="logo.png" alt=""></a>', files },
    { name: 'a name that points at a missing element is not guessed', code: '<a href="help/contact.html">Contact</a> <a href="jobs/contact.html" aria-labelledby="gone">Contact</a>', files },
    { name: 'areas of a map no image uses', code: '<a href="help/contact.html">Contact</a> <map name="m"><area href="jobs/contact.html" alt="Contact" shape="rect" coords="0,0,9,9"></map>', files },
    { name: 'SVG links to the same place', code: '<svg viewBox="0 0 10 10"><a href="home.html" aria-label="Home"><circle cx="5" cy="5" r="4"/></a><a href="home.html"><text x="0" y="9">Home</text></a></svg>', files },
  ],
  invalid: [
    {
      name: 'two external sites',
      code: '<body>\n  <a href="https://example.com/">Partner</a>\n  <a href="https://example.org/partner">Partner</a>\n</body>',
      files,
      errors: [{ messageId: 'differentPlaces', data: { name: 'Partner', first: 'https://example.com/', other: 'https://example.org/partner' }, line: 3, column: 3, endLine: 3, endColumn: 41 }],
    },
    {
      name: 'similar pages whose main content differs',
      code: '<a href="help/contact.html">Contact us</a>\n<a href="jobs/contact.html">Contact us</a>',
      files,
      errors: [{ messageId: 'differentPlaces', data: { name: 'Contact us', first: 'help/contact.html', other: 'jobs/contact.html' }, line: 2, column: 1, endLine: 2, endColumn: 29 }],
    },
    {
      name: 'a delayed refresh is not a redirect',
      code: '<a href="home.html">Home</a>\n<a href="later.html">Home</a>',
      files,
      errors: [{ messageId: 'differentPlaces', data: { name: 'Home', first: 'home.html', other: 'later.html' }, line: 2, column: 1, endLine: 2, endColumn: 22 }],
    },
    {
      name: 'a scripted page with another query string',
      code: '<a href="app.html?view=1">Open</a>\n<a href="app.html?view=2">Open</a>',
      files,
      errors: [{ messageId: 'differentPlaces', data: { name: 'Open', first: 'app.html?view=1', other: 'app.html?view=2' }, line: 2, column: 1, endLine: 2, endColumn: 27 }],
    },
    {
      name: 'scripted pages cannot be shown equivalent',
      code: '<a href="app.html">Open</a>\n<a href="app-copy.html">Open</a>',
      files,
      errors: [{ messageId: 'differentPlaces', data: { name: 'Open', first: 'app.html', other: 'app-copy.html' }, line: 2, column: 1, endLine: 2, endColumn: 25 }],
    },
    {
      name: 'mail to different addresses',
      code: '<a href="mailto:sales@example.com">Write to us</a>\n<a href="mailto:press@example.com">Write to us</a>',
      files,
      errors: [{ messageId: 'differentPlaces', data: { name: 'Write to us', first: 'mailto:sales@example.com', other: 'mailto:press@example.com' }, line: 2, column: 1, endLine: 2, endColumn: 36 }],
    },
    {
      name: 'names compared without case and extra spaces; every later link that differs',
      code: '<a href="https://example.com/a"><img src="logo.png" alt="Read more"></a>\n<a href="https://example.com/a">read   MORE</a>\n<a href="https://example.com/b" aria-label="Read more">Details</a>\n<a href="https://example.com/c" title="read more"></a>',
      files,
      errors: [
        { messageId: 'differentPlaces', data: { name: 'Read more', first: 'https://example.com/a', other: 'https://example.com/b' }, line: 3, column: 1, endLine: 3, endColumn: 56 },
        { messageId: 'differentPlaces', data: { name: 'Read more', first: 'https://example.com/a', other: 'https://example.com/c' }, line: 4, column: 1, endLine: 4, endColumn: 51 },
      ],
    },
    {
      name: 'relative links under an external base',
      code: '<head><base href="https://example.com/shop/"></head>\n<a href="seeds.html">Offers</a>\n<a href="bulbs.html">Offers</a>',
      files,
      errors: [{ messageId: 'differentPlaces', data: { name: 'Offers', first: 'seeds.html', other: 'bulbs.html' }, line: 3, column: 1, endLine: 3, endColumn: 22 }],
    },
    {
      name: 'a link and an area of a used image map',
      code: '<img src="logo.png" usemap="#nav" alt="Map">\n<map name="nav"><area href="jobs/contact.html" alt="Contact" shape="rect" coords="0,0,9,9"></map>\n<a href="help/contact.html">Contact</a>',
      files,
      errors: [{ messageId: 'differentPlaces', data: { name: 'Contact', first: 'jobs/contact.html', other: 'help/contact.html' }, line: 3, column: 1, endLine: 3, endColumn: 29 }],
    },
    {
      name: 'SVG links',
      code: '<svg viewBox="0 0 10 10">\n<a href="https://example.com/"><title>Partner</title><circle cx="5" cy="5" r="4"/></a>\n<a href="https://example.org/"><text x="0" y="9">Partner</text></a>\n</svg>',
      files,
      errors: [{ messageId: 'differentPlaces', data: { name: 'Partner', first: 'https://example.com/', other: 'https://example.org/' }, line: 3, column: 1, endLine: 3, endColumn: 32 }],
    },
    {
      name: 'a missing local page differs from an existing one',
      code: '<a href="shop.html">Shop</a>\n<a href="/store/">Shop</a>',
      files,
      errors: [{ messageId: 'differentPlaces', data: { name: 'Shop', first: 'shop.html', other: '/store/' }, line: 2, column: 1, endLine: 2, endColumn: 19 }],
    },
  ],
});
