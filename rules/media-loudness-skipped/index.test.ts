import { ruleTester } from '../_kit/tester';
import { mediaFixture } from '../_media/fixtures';
import rule from '.';

const tone = mediaFixture('tone.m4a');

ruleTester(rule, {
  valid: [
    { name: 'ffmpeg switched off on purpose', filename: 'a.m4a', code: tone, settings: { media: { ffmpeg: false } } },
    { name: 'no file with sound', filename: 'v.mp4', code: mediaFixture('rotated-90.mp4'), settings: { media: { ffmpeg: '/nonexistent/ffmpeg' } } },
  ],
  invalid: [
    {
      name: 'reported once, on the first file with sound',
      filename: 'a.m4a',
      code: tone,
      files: { 'b.mp3': mediaFixture('tone.mp3') },
      settings: { media: { ffmpeg: '/nonexistent/bin/ffmpeg' } },
      errors: [{ messageId: 'skipped', filename: 'a.m4a', line: 1, column: 1, message: 'Loudness of 2 audio/video file(s) was not checked: settings.media.ffmpeg (/nonexistent/bin/ffmpeg) is not an executable file. Install ffmpeg or set settings.media.ffmpeg to its path.' }],
    },
    {
      name: 'a configured binary that is not called ffmpeg is refused',
      filename: 'a.m4a',
      code: tone,
      settings: { media: { ffmpeg: '/bin/sh' } },
      errors: [{ messageId: 'skipped', line: 1, column: 1, message: /is not named ffmpeg/ }],
    },
  ],
});
