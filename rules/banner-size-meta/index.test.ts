import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, CM360 } from '../../test/banner/fixtures';

const NO_META = '<!DOCTYPE html>\n<html>\n<head>\n  <meta charset="utf-8">\n</head>\n<body></body>\n</html>\n';

ruleTester(rule, {
  valid: [
    { code: CM360_OK, filename: '300x250/index.html', settings: CM360 },
    { name: 'a page that is not a banner', code: NO_META, filename: 'site/index.html' },
  ],
  invalid: [
    {
      name: 'size from the folder name',
      code: NO_META, filename: 'spring_300x250/index.html',
      errors: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 7 }],
      output: '<!DOCTYPE html>\n<html>\n<head>\n  <meta name="ad.size" content="width=300,height=250">\n  <meta charset="utf-8">\n</head>\n<body></body>\n</html>\n',
    },
    {
      name: 'size from the Adform manifest',
      code: NO_META, filename: 'winter/index.html', settings: { banner: { profile: 'iab' } },
      files: { 'winter/manifest.json': '{"version":"1.0","title":"W","width":"160","height":"600","source":"index.html"}' },
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
      output: '<!DOCTYPE html>\n<html>\n<head>\n  <meta name="ad.size" content="width=160,height=600">\n  <meta charset="utf-8">\n</head>\n<body></body>\n</html>\n',
    },
    {
      name: 'no size known: no fix',
      code: NO_META, filename: 'campaign/index.html', settings: CM360,
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
      output: null,
    },
    {
      name: 'malformed content',
      code: '<!DOCTYPE html>\n<html><head><meta name="ad.size" content="300x250"></head><body></body></html>',
      filename: '300x250/index.html',
      errors: [{ messageId: 'invalid', line: 2, column: 43, endColumn: 50 }],
      output: '<!DOCTYPE html>\n<html><head><meta name="ad.size" content="width=300,height=250"></head><body></body></html>',
    },
  ],
});
