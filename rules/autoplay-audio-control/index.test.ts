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
    // Scripted pages: the page's own buttons are reachable, or there are none we could judge.
    { code: '<video src="film.mp4" autoplay></video><div><button type="button">Pause</button></div><script src="player.js"></script>', files },
    { code: '<video src="film.mp4" autoplay></video><div aria-hidden="true"><button>Play</button></div><button aria-label="Mute sound"></button><script src="player.js"></script>', files },
    { code: '<video src="film.mp4" autoplay></video><script src="player.js"></script>', files },
    { code: '<video src="film.mp4" autoplay></video><div aria-hidden="true"><button>Share</button></div><script src="player.js"></script>', files },
    { code: '<video src="film.mp4" autoplay controls></video><div aria-hidden="true"><button>Play</button></div><script src="player.js"></script>', files },
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
    {
      name: 'scripted player whose buttons are all hidden from assistive technology',
      code: '<video id="v" autoplay>\n  <source src="film.mp4" type="video/mp4">\n</video>\n<div aria-hidden="true"><button type="button">Play</button> <button type="button">Mute</button></div>\n<script src="player.js"></script>',
      files,
      errors: [{
        messageId: 'hiddenControls', data: { tag: 'video', names: '"Play", "Mute"' }, line: 1, column: 1, endLine: 1, endColumn: 24,
        suggestions: [{ messageId: 'addControls', output: '<video id="v" autoplay controls>\n  <source src="film.mp4" type="video/mp4">\n</video>\n<div aria-hidden="true"><button type="button">Play</button> <button type="button">Mute</button></div>\n<script src="player.js"></script>' }],
      }],
    },
  ],
});
