import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, CM360, IAB } from '../../test/banner/fixtures';

const page = CM360_OK;
const files = { '300x250/index.html': page };

ruleTester(rule, {
  valid: [
    { code: '.a { animation: fade 5s 3; }', filename: '300x250/style.css', files, settings: IAB },
    { code: 'var tl = gsap.timeline({ repeat: 1 });\ntl.to("#a", { duration: 3 }).to("#b", { duration: 2 });', filename: '300x250/main.js', files, settings: IAB },
    { name: 'Adform sets no animation limit', code: '.a { animation: spin 1s infinite; }', filename: '300x250/style.css', files, settings: { banner: { profile: 'adform' } } },
    { name: 'not a banner', code: '.a { animation: spin 1s infinite; }', filename: 'site/style.css', files: { 'site/index.html': '<p>hi</p>' } },
  ],
  invalid: [
    { code: '.a { animation: spin 1s linear infinite; }', filename: '300x250/style.css', files, settings: CM360, errors: [{ messageId: 'infinite', line: 1, column: 32, endColumn: 40 }] },
    { code: '.a {\n  animation-duration: 4s;\n  animation-iteration-count: 5;\n}', filename: '300x250/style.css', files, settings: IAB, errors: [{ messageId: 'tooManyLoops', line: 3, column: 30 }] },
    { code: '.a { animation: fade 20s; }', filename: '300x250/style.css', files, settings: IAB, errors: [{ messageId: 'tooLong', data: { what: 'The CSS animation on ".a"', seconds: 20, max: 15, profile: 'iab' }, line: 1, column: 17 }] },
    { name: 'GSAP repeat -1', code: 'var tl = gsap.timeline({ repeat: -1 });\ntl.to("#a", { duration: 1 });', filename: '300x250/main.js', files, settings: CM360, errors: [{ messageId: 'infinite', line: 1, column: 34, endColumn: 36 }] },
    {
      name: 'GSAP timeline sum',
      code: 'var tl = new TimelineMax({ repeat: 1 });\ntl.to("#a", 6, { x: 10 })\n  .to("#b", 6, { x: 10 }, "-=1");',
      filename: '300x250/main.js', files, settings: IAB,
      errors: [{ messageId: 'tooLong', data: { what: 'GSAP timeline "tl"', seconds: 22, max: 15, profile: 'iab' }, line: 1, column: 5 }],
    },
    { name: 'standalone tween', code: 'gsap.to(".cta", { scale: 1.1, duration: 0.5, repeat: -1, yoyo: true });', filename: '300x250/main.js', files, settings: IAB, errors: [{ messageId: 'infinite', line: 1, column: 54 }] },
  ],
});
