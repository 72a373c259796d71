import { ruleTester } from '../_kit/tester';
import { mediaFixture } from '../../test/a11y/media-fixtures';
import rule from '.';

const files = { 'speech.mp3': mediaFixture('speech-5s.mp3'), 'silent.mp4': mediaFixture('silent-5s.mp4') };
const page = (body: string) => `<!DOCTYPE html>\n<html lang="en">\n<head><title>Speech</title></head>\n<body>\n${body}\n</body>\n</html>`;

ruleTester(rule, {
  valid: [
    { code: page('<audio src="speech.mp3" controls></audio>\n<a href="speech.html">Transcript</a>'), files },
    { code: page('<audio src="speech.mp3" controls></audio>\n<p>We choose to go to the moon.</p>'), files },
    { code: page('<audio src="speech.mp3" controls></audio>\n<p style="position: absolute; left: var(--x)">We choose to go to the moon.</p>'), files },
    { code: page('<details><summary></summary></details><audio src="speech.mp3" controls></audio>'), files },
    { code: page('<audio src="speech.mp3" controls aria-describedby="t"></audio>'), files },
    { code: page('<audio src="speech.mp3"></audio>'), files },
    { code: page('<audio src="speech.mp3" controls style="display: none"></audio>'), files },
    { code: page('<audio src="https://cdn.example.com/speech.mp3" controls></audio>'), files },
    { code: page('<audio src="gone.mp3" controls></audio>'), files },
    { code: page('<audio src="silent.mp4" controls></audio>'), files },
    { code: page('<audio src="speech.mp3" controls></audio><script src="player.js"></script>'), files },
  ],
  invalid: [
    {
      name: 'a transcript nobody can see does not count',
      code: page('<audio src="speech.mp3" controls></audio>\n<p style="text-indent: -9999px">We choose to go to the moon.</p>\n<div hidden><a href="t.html">Transcript</a></div>'),
      files,
      errors: [{ messageId: 'nothing', line: 5, column: 1, endLine: 5, endColumn: 34 }],
    },
    {
      code: page('  <audio src="speech.mp3" controls>Your browser cannot play audio.</audio>'),
      files,
      errors: [{ messageId: 'nothing', line: 5, column: 3, endLine: 5, endColumn: 36 }],
    },
    {
      code: page('<main><audio autoplay><source src="speech.mp3" type="audio/mpeg"></audio></main>'),
      files,
      errors: [{ messageId: 'nothing', line: 5, column: 7, endLine: 5, endColumn: 23 }],
    },
  ],
});
