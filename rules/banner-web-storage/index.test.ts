import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, CM360, IAB } from '../../test/banner/fixtures';

ruleTester(rule, {
  valid: [
    { code: 'localStorage.setItem("a", "1");', filename: '300x250/main.js', files: { '300x250/index.html': CM360_OK }, settings: IAB },
    { code: 'var storage = 1;', filename: '300x250/main.js', files: { '300x250/index.html': CM360_OK }, settings: CM360 },
  ],
  invalid: [
    {
      code: 'var seen = window.localStorage.getItem("seen");\nsessionStorage.clear();', filename: '300x250/main.js', files: { '300x250/index.html': CM360_OK }, settings: CM360,
      errors: [{ messageId: 'storage', line: 1, column: 12, endColumn: 31 }, { messageId: 'storage', line: 2, column: 1 }],
    },
  ],
});
