import { ruleTester } from '../_kit/tester';
import { mediaFixture } from '../../test/a11y/media-fixtures';
import rule from '.';

const files = { 'speech.mp3': mediaFixture('speech-5s.mp3'), 'film.mp4': mediaFixture('tone-5s.mp4'), 'silent.mp4': mediaFixture('silent-5s.mp4') };

ruleTester(rule, {
  valid: [
    { code: '<audio src="speech.mp3" autoplay controls></audio>', files },
    { code: '<audio src="speech.mp3" controls></audio>', files },
    { code: '<video src="film.mp4" autoplay muted></video>', files },
    { code: '<video src="silent.mp4" autoplay></video>', files },
    { code: '<audio src="speech.mp3#t=2.5" autoplay></audio>', files },
    { code: '<button onclick="document.querySelector(\'audio\').pause()">Stop</button><audio src="speech.mp3" autoplay></audio>', files },
  ],
  invalid: [
    {
      code: '<body>\n  <audio src="speech.mp3" autoplay></audio>\n</body>',
      files,
      errors: [{ messageId: 'noControl', data: { tag: 'audio' }, line: 2, column: 3, endLine: 2, endColumn: 36, suggestions: [{ messageId: 'addControls', output: '<body>\n  <audio src="speech.mp3" autoplay controls></audio>\n</body>' }] }],
    },
    {
      code: '<video autoplay loop><source src="film.mp4" type="video/mp4"></video>',
      files,
      errors: [{ messageId: 'noControl', data: { tag: 'video' }, line: 1, column: 1, endLine: 1, endColumn: 22, suggestions: [{ messageId: 'addControls', output: '<video autoplay loop controls><source src="film.mp4" type="video/mp4"></video>' }] }],
    },
  ],
});
