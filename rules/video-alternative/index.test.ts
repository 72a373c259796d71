import { ruleTester } from '../_kit/tester';
import { mediaFixture } from '../../test/a11y/media-fixtures';
import rule from '.';

const tone = mediaFixture('tone-5s.mp4');
const files = {
  'clip.mp4': tone,
  'clip-described.mp4': tone,
  'Clip_VoiceOver.mp4': tone,
  'silent.mp4': mediaFixture('silent-5s.mp4'),
  'description.mp3': mediaFixture('speech-5s.mp3'),
};
const page = (body: string) => `<!DOCTYPE html>\n<html lang="en">\n<head><title>Rabbit</title></head>\n<body>\n${body}\n</body>\n</html>`;

ruleTester(rule, {
  valid: [
    { name: 'text on the page', code: page('<video src="clip.mp4" controls></video>\n<p>A rabbit climbs out of a hole and stretches.</p>'), files },
    { name: 'transcript link', code: page('<video src="clip.mp4" controls></video>\n<a href="transcript.html">Transcript</a>'), files },
    { name: 'descriptions track', code: page('<video src="clip.mp4" controls><track kind="descriptions" src="clip.vtt"></video>'), files },
    { name: 'separate audio description', code: page('<video src="clip.mp4" controls></video>\n<audio src="description.mp3" controls></audio>'), files },
    { name: 'described file name', code: page('<video controls><source src="clip-described.mp4" type="video/mp4"></video>'), files },
    { name: 'voice-over file name', code: page('<video src="Clip_VoiceOver.mp4" controls></video>'), files },
    { name: 'hidden video', code: page('<video src="clip.mp4" controls style="display: none"></video>'), files },
    { name: 'aria-hidden video', code: page('<div aria-hidden="true"><video src="clip.mp4" controls></video></div>'), files },
    { name: 'video without sound', code: page('<video src="silent.mp4" controls></video>'), files },
    { name: 'cannot be played', code: page('<video src="clip.mp4"></video>'), files },
    { name: 'remote file', code: page('<video src="https://cdn.example.com/clip.mp4" controls></video>'), files },
    { name: 'missing file', code: page('<video src="gone.mp4" controls></video>'), files },
    { name: 'scripted page', code: page('<video src="clip.mp4" controls></video><script src="player.js"></script>'), files },
    { name: 'form control', code: page('<video src="clip.mp4" controls></video><button>Audio description</button>'), files },
    { name: 'described by', code: page('<video src="clip.mp4" controls aria-describedby="d"></video>'), files },
  ],
  invalid: [
    {
      name: 'alone on the page',
      code: page('<video src="clip.mp4" controls></video>'),
      files,
      errors: [{ messageId: 'nothing', line: 5, column: 1, endLine: 5, endColumn: 32 }],
    },
    {
      name: 'text nobody can see and a captions track do not count',
      code: page('  <video controls>\n    <source src="clip.mp4" type="video/mp4">\n    <track kind="captions" src="clip.vtt">\n  </video>\n<p style="text-indent: -9999px">A rabbit climbs out of a hole.</p>\n<div hidden><a href="t.html">Transcript</a></div>'),
      files,
      errors: [{ messageId: 'nothing', line: 5, column: 3, endLine: 5, endColumn: 19 }],
    },
    {
      code: page('<main><video autoplay src="clip.mp4">Your browser cannot play video.</video></main>'),
      files,
      errors: [{ messageId: 'nothing', line: 5, column: 7, endLine: 5, endColumn: 38 }],
    },
  ],
});
