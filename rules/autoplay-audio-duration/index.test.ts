import { ruleTester } from '../_kit/tester';
import { mediaFixture } from '../../test/a11y/media-fixtures';
import rule from '.';

const files = { 'speech.mp3': mediaFixture('speech-5s.mp3'), 'film.mp4': mediaFixture('tone-5s.mp4'), 'silent.mp4': mediaFixture('silent-5s.mp4') };

ruleTester(rule, {
  valid: [
    { code: '<audio src="speech.mp3" controls></audio>', files },
    { code: '<audio src="speech.mp3" autoplay muted></audio>', files },
    { code: '<audio src="speech.mp3#t=3" autoplay></audio>', files },
    { code: '<video autoplay><source src="film.mp4#t=1,3" type="video/mp4"></video>', files },
    { code: '<video src="silent.mp4" autoplay></video>', files },
    { code: '<audio src="missing.mp3" autoplay></audio>', files },
    { code: '<audio src="https://example.com/a.mp3" autoplay></audio>', files },
    { code: '<script src="player.js"></script><audio src="speech.mp3" autoplay></audio>', files },
  ],
  invalid: [
    { code: '<body>\n  <audio src="speech.mp3" autoplay controls></audio>\n</body>', files, errors: [{ messageId: 'tooLong', data: { tag: 'audio', seconds: '5 s' }, line: 2, column: 3, endLine: 2, endColumn: 45 }] },
    { code: '<video autoplay>\n<source src="film.mp4" type="video/mp4">\n</video>', files, errors: [{ messageId: 'tooLong', data: { tag: 'video', seconds: '5 s' }, line: 1, column: 1, endLine: 1, endColumn: 17 }] },
    { code: '<audio src="speech.mp3#t=1" autoplay></audio>', files, errors: [{ messageId: 'tooLong', data: { tag: 'audio', seconds: '4 s' }, line: 1, column: 1 }] },
  ],
});
