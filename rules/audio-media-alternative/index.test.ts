import { ruleTester } from '../_kit/tester';
import { mediaFixture } from '../../test/a11y/media-fixtures';
import rule from '.';

const files = { 'speech.mp3': mediaFixture('speech-5s.mp3'), 'silent.mp4': mediaFixture('silent-5s.mp4') };
const page = (body: string) => `<!DOCTYPE html>\n<html lang="en">\n<head><title>Speech</title></head>\n<body>\n${body}\n</body>\n</html>`;
const speech = 'We choose to go to the moon in this decade and do the other things, not because they are easy, but because they are hard.';

ruleTester(rule, {
  valid: [
    { code: page(`<p>${speech}</p>\n<p>You can also listen to the recording of this speech below.</p>\n<audio src="speech.mp3" controls></audio>`), files },
    { code: page(`<audio src="speech.mp3" controls></audio>\n<p>The audio above contains this speech: ${speech}</p>`), files },
    { code: page(`<p>${speech}</p>\n<audio src="speech.mp3" controls></audio>\n<a href="speech-transcript.html">Transcript</a>`), files },
    { code: page(`<p>${speech}</p>\n<audio src="speech.mp3" controls aria-describedby="s"></audio>`), files },
    // Nothing at all is audio-alternative's report, not this rule's.
    { code: page('<audio src="speech.mp3" controls></audio>'), files },
    // Not playable, hidden, unreadable, silent, scripted, or next to a video.
    { code: page(`<p>${speech}</p>\n<audio src="speech.mp3"></audio>`), files },
    { code: page(`<p>${speech}</p>\n<audio src="speech.mp3" controls hidden></audio>`), files },
    { code: page(`<p>${speech}</p>\n<audio src="gone.mp3" controls></audio>`), files },
    { code: page(`<p>${speech}</p>\n<audio src="silent.mp4" controls></audio>`), files },
    { code: page(`<p>${speech}</p>\n<audio src="speech.mp3" controls></audio><script src="player.js"></script>`), files },
    { code: page(`<p>${speech}</p>\n<video src="silent.mp4" controls></video><audio src="speech.mp3" controls></audio>`), files },
  ],
  invalid: [
    {
      name: 'text the audio may repeat, but nothing says so',
      code: page(`<p>${speech}</p>\n<audio src="speech.mp3" controls></audio>`),
      files,
      errors: [{ messageId: 'unlabelled', line: 6, column: 1, endLine: 6, endColumn: 34 }],
    },
    {
      name: 'the label is hidden',
      code: page(`<p>${speech}</p>\n<p style="display: none">Listen to the recording below.</p>\n<audio src="speech.mp3" autoplay></audio>`),
      files,
      errors: [{ messageId: 'unlabelled', line: 7, column: 1, endLine: 7, endColumn: 34 }],
    },
    {
      name: 'a label with no visible text to repeat',
      code: page(`<p style="display: none">${speech}</p>\n<p>Listen to the recording below to hear the speech.</p>\n<audio src="speech.mp3" controls></audio>`),
      files,
      errors: [{ messageId: 'nothingVisible', line: 7, column: 1, endLine: 7, endColumn: 34 }],
    },
  ],
});
