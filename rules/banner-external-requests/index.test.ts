import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, CM360, GOOGLE_ADS } from '../../test/banner/fixtures';

const withScript = (src: string) => CM360_OK.replace('</head>', `  <script src="${src}"></script>\n</head>`);

ruleTester(rule, {
  valid: [
    { code: withScript('gsap.min.js'), filename: '300x250/index.html', settings: GOOGLE_ADS },
    { code: withScript('https://s0.2mdn.net/ads/studio/cached_libs/tweenmax_2.1.2_min.js'), filename: '300x250/index.html', settings: GOOGLE_ADS },
    { name: 'not a banner', code: '<script src="http://cdn.example/x.js"></script>', filename: 'site/index.html' },
  ],
  invalid: [
    {
      code: withScript('http://s0.2mdn.net/ads/studio/cached_libs/tweenmax_2.1.2_min.js'), filename: '300x250/index.html', settings: GOOGLE_ADS,
      errors: [{ messageId: 'insecure', line: 6, column: 16 }],
      output: withScript('https://s0.2mdn.net/ads/studio/cached_libs/tweenmax_2.1.2_min.js'),
    },
    {
      code: withScript('https://cdnjs.cloudflare.com/ajax/libs/gsap/3.12.2/gsap.min.js'), filename: '300x250/index.html', settings: GOOGLE_ADS,
      errors: [{ messageId: 'notAllowed', data: { host: 'cdnjs.cloudflare.com', profile: 'google-ads' }, line: 6, column: 16 }],
    },
    {
      name: 'http in CSS url() is fixed',
      code: 'body { background: url("http://s0.2mdn.net/bg.jpg"); }', filename: '300x250/style.css', files: { '300x250/index.html': CM360_OK.replace('</head>', '<link rel="stylesheet" href="style.css"></head>') }, settings: CM360,
      errors: [{ messageId: 'insecure', line: 1, column: 25 }],
      output: 'body { background: url("https://s0.2mdn.net/bg.jpg"); }',
    },
    {
      name: 'CM360 reports external hosts; CSS url() too',
      code: 'body { background: url("https://img.example/bg.jpg"); }', filename: '300x250/style.css', files: { '300x250/index.html': CM360_OK.replace('</head>', '<link rel="stylesheet" href="style.css"></head>') }, settings: CM360,
      errors: [{ messageId: 'external', line: 1, column: 25 }],
    },
  ],
});
