import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, CM360 } from '../../test/banner/fixtures';

ruleTester(rule, {
  valid: [
    { name: 'Adform loader', code: 'document.write("<script src=x.js><\\/script>");', filename: '300x250/main.js', files: { '300x250/index.html': CM360_OK }, settings: { banner: { profile: 'adform' } } },
  ],
  invalid: [
    { code: 'document.write("<p>hi</p>");', filename: '300x250/main.js', files: { '300x250/index.html': CM360_OK }, settings: CM360, errors: [{ messageId: 'write', line: 1, column: 1, endColumn: 28 }] },
  ],
});
