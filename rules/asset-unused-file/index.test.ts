import { ruleTester } from '../_kit/tester';
import rule from '.';

const BANNER = '<!doctype html><html><head><meta name="ad.size" content="width=300,height=250"></head><body><img src="img/hero.png" alt=""></body></html>';

ruleTester(rule, {
  valid: [
    { name: 'a website folder is not checked by default', code: '<img src="a.png" alt="">', files: { 'a.png': 'x', 'b.png': 'x' } },
    { name: 'a script mentions the file', filename: 'banner-300x250/index.html', code: BANNER.replace('</body>', '<script>var f = "extra.png";</script></body>'), files: { 'banner-300x250/img/hero.png': 'x', 'banner-300x250/img/extra.png': 'x' } },
  ],
  invalid: [
    {
      name: 'banner unit',
      filename: 'banner-300x250/index.html',
      code: BANNER,
      files: { 'banner-300x250/img/hero.png': 'x', 'banner-300x250/img/hero-old.png': 'x' },
      errors: [{ messageId: 'unused', filename: 'banner-300x250/img/hero-old.png', line: 1, column: 1, suggestions: [{ messageId: 'remove' }] }],
    },
    {
      name: 'a website with settings.assets.reportUnused',
      code: '<link rel="stylesheet" href="css/site.css"><img src="a.png" alt="">',
      settings: { assets: { reportUnused: true } },
      files: { 'a.png': 'x', 'b.png': 'x', 'css/site.css': '.a{background:url(../c.png)}', 'c.png': 'x', 'notes.txt': 'x', 'about.html': '<p>' },
      errors: [{ messageId: 'unused', filename: 'b.png', line: 1, column: 1 }],
    },
  ],
});
