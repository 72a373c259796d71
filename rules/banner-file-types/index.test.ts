import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, GOOGLE_ADS, IAB } from '../../test/banner/fixtures';

ruleTester(rule, {
  valid: [
    { code: 'x', filename: '300x250/bg.png', files: { '300x250/index.html': CM360_OK }, settings: GOOGLE_ADS },
    { name: 'IAB has no allow-list', code: 'x', filename: '300x250/font.woff2', files: { '300x250/index.html': CM360_OK }, settings: IAB },
    { name: 'outside a banner', code: 'x', filename: 'site/font.woff2', files: { 'site/index.html': '<p>hi</p>' }, settings: {} },
  ],
  invalid: [
    { code: 'x', filename: '300x250/font.woff2', files: { '300x250/index.html': CM360_OK }, settings: GOOGLE_ADS, errors: [{ messageId: 'notAllowed', line: 1, column: 1 }] },
    { code: 'x', filename: '300x250/intro.swf', files: { '300x250/index.html': CM360_OK }, settings: IAB, errors: [{ messageId: 'forbidden', line: 1, column: 1 }] },
  ],
});
