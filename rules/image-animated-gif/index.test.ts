import { ruleTester } from '../_kit/tester';
import rule from '.';
import { gif, bytes } from '../../test/facts/image-bytes';

const anim = gif({ width: 50, height: 50, delays: [10, 10, 10], loop: 0 });
/** The same GIF with a comment extension padding it to ~8 KB. */
function padded(g: Uint8Array, n: number): Uint8Array {
  const blocks: number[] = [0x21, 0xfe];
  for (let left = n; left > 0; left -= 255) { const len = Math.min(255, left); blocks.push(len, ...new Array(len).fill(0x41)); }
  blocks.push(0);
  return bytes(g.subarray(0, g.length - 1), blocks, [0x3b]);
}

ruleTester(rule, {
  valid: [
    { filename: 'small.gif', code: anim },
    { filename: 'still.gif', code: padded(gif({ width: 50, height: 50, delays: [0] }), 8000), settings: { assets: { animatedGifMaxKB: 4 } } },
  ],
  invalid: [
    {
      filename: 'promo.gif',
      code: padded(anim, 8000),
      settings: { assets: { animatedGifMaxKB: 4 } },
      errors: [{ messageId: 'heavy', message: /^Animated GIF of 3 frames weighs 12 KB \(over 4 KB\)/, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});
