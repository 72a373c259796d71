import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, CM360, GOOGLE_ADS } from '../../test/banner/fixtures';

const framed = CM360_OK.replace('<body>', '<body>\n<iframe src="https://player.example/1"></iframe>');

ruleTester(rule, {
  valid: [{ code: framed, filename: '300x250/index.html', settings: CM360 }],
  invalid: [{ code: framed, filename: '300x250/index.html', settings: GOOGLE_ADS, errors: [{ messageId: 'frame', line: 8, column: 1 }] }],
});
