import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, GOOGLE_ADS } from '../../test/banner/fixtures';

ruleTester(rule, {
  valid: [
    { code: CM360_OK, filename: 'b/index.html', settings: GOOGLE_ADS },
    { name: 'cm360 accepts any size', code: CM360_OK.replace('height=250', 'height=260'), filename: 'b/index.html', settings: { banner: { profile: 'cm360' } } },
  ],
  invalid: [
    {
      code: CM360_OK.replace('height=250', 'height=260'), filename: 'b/index.html', settings: GOOGLE_ADS,
      errors: [{ messageId: 'notAllowed', line: 4, column: 33, endColumn: 53, message: /^300x260 is not a size google-ads accepts \(from ad\.size meta\)/ }],
    },
    {
      name: 'size from the folder name, reported on the page',
      code: '<!DOCTYPE html><html><head></head><body></body></html>', filename: 'spring_301x250/index.html', settings: GOOGLE_ADS,
      errors: [{ messageId: 'notAllowed', line: 1, column: 1 }],
    },
  ],
});
