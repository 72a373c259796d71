import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, IAB } from '../../test/banner/fixtures';

const withImages = (n: number) => CM360_OK.replace('<body>', '<body>\n' + Array.from({ length: n }, (_, i) => `<img src="f${i}.jpg" alt="">`).join(''));
const images = (n: number, bytes: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`300x250/f${i}.jpg`, new Uint8Array(bytes)]));

ruleTester(rule, {
  valid: [
    { code: withImages(3), filename: '300x250/index.html', files: images(3, 10_000), settings: IAB },
    { name: 'script-loaded files are subload', code: CM360_OK.replace('</body>', '<script>var img = new Image(); img.src = "big.jpg";</script></body>'), filename: '300x250/index.html', files: { '300x250/big.jpg': new Uint8Array(400_000) }, settings: IAB },
  ],
  invalid: [
    { code: withImages(2), filename: '300x250/index.html', files: images(2, 100_000), settings: IAB, errors: [{ messageId: 'weight', line: 3, column: 1 }] },
    { code: withImages(10), filename: '300x250/index.html', files: images(10, 100), settings: IAB, errors: [{ messageId: 'requests', data: { requests: 11, max: 10, profile: 'iab' }, line: 3, column: 1 }] },
  ],
});
