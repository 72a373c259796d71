import { ruleTester } from '../_kit/tester';
import rule from '.';
import { png } from '../../test/facts/image-bytes';

ruleTester(rule, {
  valid: [
    { filename: 'index.html', code: '<img src="a.png" width="40" height="30" alt="">' },
    { filename: 'index.html', code: '<img src="a.png" style="width: 100%; aspect-ratio: 4/3" alt="">' },
    { filename: 'index.html', code: '<img src="a.png" style="position: absolute" alt="">' },
  ],
  invalid: [
    {
      filename: 'index.html',
      code: '<p>\n  <img src="img/team.png" alt="Team">\n</p>',
      files: { 'img/team.png': png({ width: 40, height: 30 }) },
      errors: [{
        messageId: 'unsized', data: { src: 'team.png', missing: 'width and height' }, line: 2, column: 3, endLine: 2, endColumn: 38,
        suggestions: [{ messageId: 'addSize', output: '<p>\n  <img src="img/team.png" alt="Team" width="40" height="30">\n</p>' }],
      }],
      output: null,
    },
    {
      filename: 'index.html',
      code: '<img src="a.png" width="40" style="height: auto" alt="">',
      errors: [{ messageId: 'unsized', data: { src: 'a.png', missing: 'height' }, line: 1, column: 1, endColumn: 57, suggestions: [] }],
    },
  ],
});
