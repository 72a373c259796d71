import { ruleTester } from '../_kit/tester';
import { mediaFixture } from '../../test/a11y/media-fixtures';
import rule from '.';

const files = { 'speech.mp3': mediaFixture('speech-5s.mp3'), 'silent.mp4': mediaFixture('silent-5s.mp4') };
const page = (body: string) => `<!DOCTYPE html>\n<html lang="en">\n<head><title>Speech</title></head>\n<body>\n${body}\n</body>\n</html>`;
const speech = 'We choose to go to the moon in this decade and do the other things, not because they are easy, but because they are hard.';

ruleTester(rule, {
  valid: [
    { code: page('<audio src="speech.mp3" controls></audio>\n<a href="speech.html">Transcript</a>'), files },
    { code: page('<audio src="speech.mp3" controls></audio>\n<a href="moon-speech-transcript.html">Read it</a>'), files },
    { code: page('<audio src="speech.mp3" controls></audio>\n<button type="button">Show the text version</button>'), files },
    { code: page(`<audio src="speech.mp3" controls></audio>\n<p>The audio above contains this speech: ${speech}</p>`), files },
    { code: page(`<p>${speech}</p>\n<p>You can also listen to the recording below.</p>\n<audio src="speech.mp3" controls></audio>`), files },
    { code: page(`<audio src="speech.mp3" controls></audio>\n<p style="position: absolute; left: var(--x)">Listen: ${speech}</p>`), files },
    { code: page('<audio src="speech.mp3" controls aria-describedby="t"></audio>'), files },
    { code: page('<audio src="speech.mp3"></audio>'), files },
    { code: page('<audio src="speech.mp3" controls style="display: none"></audio>'), files },
    { code: page('<audio src="https://cdn.example.com/speech.mp3" controls></audio>'), files },
    { code: page('<audio src="gone.mp3" controls></audio>'), files },
    { code: page('<audio src="silent.mp4" controls></audio>'), files },
    { code: page('<audio src="speech.mp3" controls></audio><script src="player.js"></script>'), files },
    // Text that may be the transcript, or a label that presents the audio: audio-media-alternative judges those.
    { code: page(`<p>${speech}</p>\n<audio src="speech.mp3" controls></audio>`), files },
    { code: page(`<p style="display: none">${speech}</p>\n<p>Listen to the recording below.</p>\n<audio src="speech.mp3" controls></audio>`), files },
    // Next to a video, the player is most often the video's audio description.
    { code: page('<video src="silent.mp4" controls></video>\n<audio src="speech.mp3" controls></audio>'), files },
  ],
  invalid: [
    {
      name: 'a transcript nobody can see does not count',
      code: page('<audio src="speech.mp3" controls></audio>\n<p style="text-indent: -9999px">The audio contains: We choose to go to the moon.</p>\n<div hidden><a href="t.html">Transcript</a></div>'),
      files,
      errors: [{ messageId: 'noAlternative', line: 5, column: 1, endLine: 5, endColumn: 34 }],
    },
    {
      code: page('  <audio src="speech.mp3" controls>Your browser cannot play audio.</audio>'),
      files,
      errors: [{ messageId: 'noAlternative', line: 5, column: 3, endLine: 5, endColumn: 36 }],
    },
    {
      code: page('<main><audio autoplay><source src="speech.mp3" type="audio/mpeg"></audio></main>'),
      files,
      errors: [{ messageId: 'noAlternative', line: 5, column: 7, endLine: 5, endColumn: 23 }],
    },
    {
      name: 'a transcript outside the accessibility tree',
      code: page(`<audio src="speech.mp3" controls></audio>\n<p aria-hidden="true">The audio above: ${speech}</p>`),
      files,
      errors: [{ messageId: 'noAlternative', line: 5, column: 1, endLine: 5, endColumn: 34 }],
    },
  ],
});
