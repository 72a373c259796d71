import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, GOOGLE_ADS } from '../../test/banner/fixtures';

const noDoctype = CM360_OK.replace('<!DOCTYPE html>\n', '');

ruleTester(rule, {
  valid: [
    { code: CM360_OK, filename: '300x250/index.html', settings: GOOGLE_ADS },
    { name: 'not a banner', code: '<p>hi</p>', filename: 'site/index.html' },
  ],
  invalid: [
    { code: noDoctype, filename: '300x250/index.html', settings: GOOGLE_ADS, errors: [{ messageId: 'doctype', line: 1, column: 1 }], output: CM360_OK },
    { name: 'doctype inserted before the first tag', code: '<html><head><meta name="ad.size" content="width=300,height=250"></head><body></body></html>', filename: '300x250/index.html', settings: GOOGLE_ADS, errors: [{ messageId: 'doctype', line: 1, column: 1 }], output: '<!DOCTYPE html>\n<html><head><meta name="ad.size" content="width=300,height=250"></head><body></body></html>' },
    {
      name: 'implicit head and body',
      code: '<!DOCTYPE html>\n<meta name="ad.size" content="width=300,height=250">\n<div>hi</div>', filename: 'b/index.html', settings: GOOGLE_ADS,
      errors: [{ messageId: 'missingTag', data: { tag: 'body', profile: 'google-ads' }, line: 1, column: 1 }, { messageId: 'missingTag', data: { tag: 'head', profile: 'google-ads' }, line: 1, column: 1 }, { messageId: 'missingTag', data: { tag: 'html', profile: 'google-ads' }, line: 1, column: 1 }],
      output: null,
    },
  ],
});
