import { ruleTester } from '../_kit/tester';
import { mediaFixture } from '../_media/fixtures';
import rule from '.';

const mp4 = mediaFixture('h264-aac-mono.mp4');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

ruleTester(rule, {
  valid: [
    { filename: 'clip.mp4', code: mp4 },
    { filename: 'clip.webm', code: mediaFixture('vp9-opus.webm') },
    { filename: 'tone.mp3', code: mediaFixture('tone.mp3') },
    { name: '.m4a and .mp4 share the ISO-BMFF family', filename: 'tone.mp4', code: mediaFixture('tone.m4a') },
    { name: 'raw AAC in a .aac file is what it says', filename: 'tone.aac', code: new Uint8Array([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc, 0, 0, 0, 0, 0, 0, 0]) },
  ],
  invalid: [
    {
      name: 'truncated upload',
      filename: 'clip.mp4',
      code: mp4.subarray(0, 1200),
      errors: [{ messageId: 'truncated', line: 1, column: 1, message: /^This media file is incomplete/ }],
    },
    {
      name: 'a PNG renamed to .mp4',
      filename: 'clip.mp4',
      code: png,
      errors: [{ messageId: 'corrupt', line: 1, column: 1, message: /not an audio or video file/ }],
    },
    {
      name: 'WebM named .mp4',
      filename: 'clip.mp4',
      code: mediaFixture('vp9-opus.webm'),
      errors: [{ messageId: 'extension', line: 1, column: 1, message: 'This file is named .mp4 but contains WEBM; rename it or convert it.' }],
    },
    {
      name: 'empty file',
      filename: 'clip.mp3',
      code: new Uint8Array(0),
      errors: [{ messageId: 'truncated', line: 1, column: 1 }],
    },
  ],
});
