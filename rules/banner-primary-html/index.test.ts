import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, GOOGLE_ADS, zip } from '../../test/banner/fixtures';

ruleTester(rule, {
  valid: [
    { code: zip({ 'index.html': CM360_OK, 'style.css': '' }), filename: 'banner.zip', settings: GOOGLE_ADS },
  ],
  invalid: [
    { name: 'zipped the folder', code: zip({ 'spring_300x250/index.html': CM360_OK }), filename: 'banner.zip', settings: GOOGLE_ADS, errors: [{ messageId: 'notAtRoot', line: 1, column: 1 }] },
    { name: 'two HTML files', code: zip({ 'index.html': CM360_OK, 'end.html': CM360_OK }), filename: 'banner.zip', settings: GOOGLE_ADS, errors: [{ messageId: 'tooMany', line: 1, column: 1 }] },
    { name: 'Flashtalking wants index.html', code: zip({ 'banner.html': CM360_OK }), filename: 'banner.zip', settings: { banner: { profile: 'xandr' } }, errors: [{ messageId: 'name', line: 1, column: 1 }] },
  ],
});
