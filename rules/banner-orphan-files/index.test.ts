import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, CM360 } from '../../test/banner/fixtures';

const page = CM360_OK.replace('<body>', '<body>\n<img src="images/bg.png" alt="">');

ruleTester(rule, {
  valid: [
    { code: 'x', filename: '300x250/images/bg.png', files: { '300x250/index.html': page }, settings: CM360 },
    { name: 'named in a script', code: 'x', filename: '300x250/images/frame2.png', files: { '300x250/index.html': page, '300x250/main.js': 'var frames = ["frame2.png"];' }, settings: CM360 },
    { name: 'google-ads does not check orphans', code: 'x', filename: '300x250/images/old.png', files: { '300x250/index.html': page }, settings: { banner: { profile: 'google-ads' } } },
  ],
  invalid: [
    { code: 'x', filename: '300x250/images/old.png', files: { '300x250/index.html': page }, settings: CM360, errors: [{ messageId: 'orphan', line: 1, column: 1 }] },
  ],
});
