import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK } from '../../test/banner/fixtures';

ruleTester(rule, {
  valid: [
    { code: 'x', filename: '300x250/bg.png', files: { '300x250/index.html': CM360_OK } },
    { name: 'junk outside a banner is not ours', code: 'x', filename: 'docs/.DS_Store', files: { 'docs/index.html': '<p>hi</p>' } },
  ],
  invalid: [
    {
      code: 'Bud1', filename: '300x250/.DS_Store', files: { '300x250/index.html': CM360_OK },
      errors: [{ messageId: 'junk', line: 1, column: 1, message: '".DS_Store" is a macOS Finder metadata file and should not be in the package.', suggestions: [{ messageId: 'remove', output: 'Bud1' }] }],
    },
  ],
});
