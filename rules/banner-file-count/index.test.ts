import { ruleTester } from '../_kit/tester';
import rule from '.';
import { zip, CM360_OK, GOOGLE_ADS } from '../../test/banner/fixtures';

const frames = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}.png`, 'x']));

ruleTester(rule, {
  valid: [
    { code: zip({ 'index.html': CM360_OK, ...frames(39) }), filename: 'banner.zip', settings: GOOGLE_ADS },
  ],
  invalid: [
    { code: zip({ 'index.html': CM360_OK, ...frames(40) }), filename: 'banner.zip', settings: GOOGLE_ADS, errors: [{ messageId: 'tooMany', data: { count: 41, max: 40, profile: 'google-ads' }, line: 1, column: 1 }] },
  ],
});
