import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, GOOGLE_ADS } from '../../test/banner/fixtures';

const FT = { banner: { profile: 'flashtalking' } };
const ftApi = CM360_OK.replace('</head>', '  <script src="https://cdn.flashtalking.com/frameworks/js/api/v2/10/html5API.js"></script>\n</head>');

ruleTester(rule, {
  valid: [
    { code: ftApi, filename: '300x250/index.html', settings: FT },
    { code: CM360_OK, filename: '300x250/index.html', settings: GOOGLE_ADS },
  ],
  invalid: [
    { code: CM360_OK, filename: '300x250/index.html', settings: FT, errors: [{ messageId: 'missing', line: 3, column: 1 }] },
    {
      code: CM360_OK.replace('</head>', '  <script src="https://s0.2mdn.net/ads/studio/Enabler.js"></script>\n</head>'), filename: '300x250/index.html', settings: GOOGLE_ADS,
      errors: [{ messageId: 'forbidden', line: 6, column: 24 }],
    },
  ],
});
