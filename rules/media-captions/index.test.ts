import { ruleTester } from '../_kit/tester';
import { mediaFixture } from '../../test/a11y/media-fixtures';
import rule from '.';

const VTT = 'WEBVTT\n\n00:00.000 --> 00:04.000\nHello.\n';
const files = {
  'film.mp4': mediaFixture('tone-5s.mp4'),
  'media/film.mp4': mediaFixture('tone-5s.mp4'),
  'film-captioned.mp4': mediaFixture('tone-5s.mp4'),
  'silent.mp4': mediaFixture('silent-5s.mp4'),
  'film.vtt': VTT,
  'film.srt.vtt': '1\n00:00:01,000 --> 00:00:02,000\nHello\n',
};
const track = '<track kind="captions" src="film.vtt" srclang="en" label="English">';

ruleTester(rule, {
  valid: [
    { code: `<video src="film.mp4" controls>${track}</video>`, files },
    { code: '<video src="film.mp4" controls><track src="film.vtt" srclang="en"></video>', files },
    { code: '<video src="film.mp4" controls><track kind="subtitles" src="https://cdn.example.com/film.vtt"></video>', files },
    { code: '<video src="silent.mp4" controls></video>', files },
    { code: '<video src="film.mp4" autoplay muted playsinline></video>', files },
    { code: '<video src="film.mp4" controls style="display: none"></video>', files },
    { code: '<video src="film.mp4" controls hidden></video>', files },
    { code: '<video src="https://cdn.example.com/film.mp4" controls></video>', files },
    { code: '<video src="gone.mp4" controls></video>', files },
    { code: '<video src="film-captioned.mp4" controls></video>', files },
    { code: '<p>Our opening hours are 9 to 5. The video below gives the same information.</p><video src="film.mp4" controls></video>', files },
    { code: '<video src="film.mp4" controls><track kind="descriptions" src="missing.vtt"></video>', files: { 'film.mp4': files['film.mp4'] }, options: { openCaptionWords: ['film'] } },
  ],
  invalid: [
    {
      code: '<html lang="de"><body><video src="film.mp4" controls></video></body></html>',
      files,
      errors: [{
        messageId: 'noCaptions', line: 1, column: 23, endLine: 1, endColumn: 54,
        suggestions: [{ messageId: 'addTrack', output: '<html lang="de"><body><video src="film.mp4" controls><track kind="captions" src="film.vtt" srclang="de" label="German"></video></body></html>' }],
      }],
    },
    {
      code: '<body>\n  <video controls>\n    <source src="media/film.mp4" type="video/mp4">\n    Your browser cannot play this video.\n  </video>\n</body>',
      files,
      errors: [{
        messageId: 'noCaptions', line: 2, column: 3, endLine: 2, endColumn: 19,
        suggestions: [{ messageId: 'addTrack', output: '<body>\n  <video controls>\n    <source src="media/film.mp4" type="video/mp4">\n    <track kind="captions" src="media/film.vtt" srclang="en" label="English">\n    Your browser cannot play this video.\n  </video>\n</body>' }],
      }],
    },
    {
      code: '<video src="film.mp4" controls>\n</video>',
      files,
      errors: [{
        messageId: 'noCaptions', line: 1, column: 1, endLine: 1, endColumn: 32,
        suggestions: [{ messageId: 'addTrack', output: '<video src="film.mp4" controls>\n  <track kind="captions" src="film.vtt" srclang="en" label="English">\n</video>' }],
      }],
    },
    {
      code: '<video src="film.mp4" controls>\n  <track kind="captions" src="missing.vtt" srclang="en">\n</video>',
      files,
      errors: [{ messageId: 'trackMissing', data: { src: 'missing.vtt' }, line: 2, column: 3, endLine: 2, endColumn: 57 }],
    },
    {
      code: '<video src="film.mp4" controls><track kind="Captions" src="film.srt.vtt"></video>',
      files,
      errors: [{ messageId: 'trackInvalid', data: { src: 'film.srt.vtt' }, line: 1, column: 32, endLine: 1, endColumn: 74 }],
    },
    {
      code: `<video src="gone.mp4" controls><track kind="subtitles">${track}</video>`,
      files,
      errors: [{ messageId: 'trackNoSrc', line: 1, column: 32, endLine: 1, endColumn: 56 }],
    },
  ],
});
