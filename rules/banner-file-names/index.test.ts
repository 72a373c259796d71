import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, GOOGLE_ADS, zip } from '../../test/banner/fixtures';

ruleTester(rule, {
  valid: [
    { code: 'x', filename: '300x250/images/hero-1_a.png', files: { '300x250/index.html': CM360_OK }, settings: GOOGLE_ADS },
    { name: 'IAB has no pattern', code: 'x', filename: '300x250/images/Hero Image.png', files: { '300x250/index.html': CM360_OK }, settings: { banner: { profile: 'iab' } } },
  ],
  invalid: [
    { code: 'x', filename: '300x250/images/Hero Image.png', files: { '300x250/index.html': CM360_OK }, settings: GOOGLE_ADS, errors: [{ messageId: 'chars', line: 1, column: 1, message: /\(space\)/ }] },
    { name: 'CM360 refuses %', code: 'x', filename: '300x250/bg%20copy.png', files: { '300x250/index.html': CM360_OK }, settings: { banner: { profile: 'cm360' } }, errors: [{ messageId: 'chars', line: 1, column: 1 }] },
    {
      name: 'ZIP name too long for Google Web Designer',
      code: zip({ 'index.html': CM360_OK }), filename: 'spring-sale-2026-brand-campaign-germany-retargeting-300x250.zip', settings: GOOGLE_ADS,
      errors: [{ messageId: 'zipName', line: 1, column: 1 }],
    },
  ],
});
