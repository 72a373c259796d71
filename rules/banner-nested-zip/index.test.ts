import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, GOOGLE_ADS, zip } from '../../test/banner/fixtures';

ruleTester(rule, {
  valid: [
    { name: 'the package itself', code: zip({ 'index.html': CM360_OK }), filename: 'banner.zip', settings: GOOGLE_ADS },
    { name: 'IAB allows it', code: zip({ 'a.jpg': 'x' }), filename: '300x250/extra.zip', files: { '300x250/index.html': CM360_OK }, settings: { banner: { profile: 'iab' } } },
  ],
  invalid: [
    { code: zip({ 'a.jpg': 'x' }), filename: '300x250/backup.zip', files: { '300x250/index.html': CM360_OK }, settings: GOOGLE_ADS, errors: [{ messageId: 'nested', line: 1, column: 1 }] },
  ],
});
