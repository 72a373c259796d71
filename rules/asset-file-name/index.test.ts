import assert from 'node:assert/strict';
import { ruleTester, lintCase } from '../_kit/tester';
import rule, { safeName } from '.';

ruleTester(rule, {
  valid: [
    { filename: 'img/hero-image_2x@2x.jpg', code: 'x' },
    { filename: 'index.html', code: '<p>' },
  ],
  invalid: [
    {
      filename: 'img/Hero Image (final).jpg',
      code: 'x',
      files: { 'index.html': '<img src="img/Hero%20Image%20(final).jpg" alt="">' },
      errors: [{ messageId: 'unsafe', data: { name: 'Hero Image (final).jpg', chars: 'spaces, "(", ")"' }, line: 1, column: 1, suggestions: [{ messageId: 'rename' }] }],
    },
    {
      name: 'folder name',
      filename: 'my images/a.png',
      code: 'x',
      errors: [{ messageId: 'unsafe', data: { name: 'my images', chars: 'spaces' }, line: 1, column: 1, suggestions: [] }],
    },
  ],
});

describe('asset-file-name rename suggestion', () => {
  it('renames the file and rewrites each reference', async () => {
    const { problems } = await lintCase(rule, { filename: 'img/Café Menu.png', code: 'x', files: { 'index.html': '<img src="img/Caf%C3%A9%20Menu.png?v=1" alt="">' } });
    const s = problems[0].suggestions![0];
    assert.equal(s.fileEdits!.length, 2);
    assert.deepEqual(s.fileEdits![0].edits, [{ start: 14, end: 34, text: 'Cafe-Menu.png' }]);
    assert.match(s.fileEdits![1].renameTo!, /img\/Cafe-Menu\.png$/);
    assert.equal(safeName('a+b #1.JPG'), 'a-b-1.JPG');
  });
});
