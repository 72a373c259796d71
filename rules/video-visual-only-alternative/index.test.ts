import { ruleTester } from '../_kit/tester';
import { mediaFixture } from '../../test/a11y/media-fixtures';
import rule from '.';

const files = { 'silent.mp4': mediaFixture('silent-5s.mp4'), 'tone.mp4': mediaFixture('tone-5s.mp4'), 'voice.mp3': mediaFixture('speech-5s.mp3') };
const page = (body: string) => `<!DOCTYPE html>\n<html lang="en">\n<head><title>Rabbit</title></head>\n<body>\n${body}\n</body>\n</html>`;
const description = 'A giant rabbit climbs out of a hole in the ground, stretches, yawns and starts walking. Then he stops to scratch his bottom and looks at a butterfly.';

ruleTester(rule, {
  valid: [
    { code: page('<video src="silent.mp4" controls></video>\n<a href="rabbit-transcript.html">Transcript</a>'), files },
    { code: page(`<video src="silent.mp4" controls></video>\n<p>The video above shows: ${description}</p>`), files },
    { code: page('<video src="silent.mp4" controls><track kind="descriptions" src="rabbit.vtt"></video>'), files },
    { code: page('<video src="silent.mp4" controls></video>\n<audio src="voice.mp3" controls></audio>'), files },
    { code: page('<video src="silent.mp4" controls aria-describedby="d"></video><p id="d">Rabbit.</p>'), files },
    // Sound: the rules for videos with audio apply, not this one.
    { code: page('<video src="tone.mp4" controls></video>'), files },
    // Background loops without controls, hidden videos, unreadable files, scripted pages: not judged.
    { code: page('<video src="silent.mp4" autoplay muted loop></video>'), files },
    { code: page('<video src="silent.mp4" controls style="display: none"></video>'), files },
    { code: page('<video src="missing.mp4" controls></video>'), files },
    { code: page('<video src="silent.mp4" controls></video><script src="player.js"></script>'), files },
    // Enough visible text to describe the video may be its description, even without naming it.
    { code: page(`<p>${description}</p>\n<video src="silent.mp4" controls></video>`), files },
  ],
  invalid: [
    {
      name: 'a caption too short to describe anything',
      code: page('<figure><video src="silent.mp4" controls></video><figcaption>Spring 2025</figcaption></figure>'),
      files,
      errors: [{ messageId: 'noAlternative', line: 5, column: 9, endLine: 5, endColumn: 42 }],
    },
    {
      code: page('<video src="silent.mp4" controls></video>'),
      files,
      errors: [{ messageId: 'noAlternative', line: 5, column: 1, endLine: 5, endColumn: 34 }],
    },
    {
      name: 'a transcript outside the accessibility tree',
      code: page(`<video controls>\n  <source src="silent.mp4" type="video/mp4">\n</video>\n<p aria-hidden="true">The video above shows: ${description}</p>`),
      files,
      errors: [{ messageId: 'noAlternative', line: 5, column: 1, endLine: 5, endColumn: 17 }],
    },
  ],
});
