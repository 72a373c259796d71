import assert from 'node:assert/strict';
import { ruleTester, lintCase } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    { code: '<img src="images/logo.png" alt="">', files: { 'images/logo.png': 'x' } },
    { code: '<img src="images/none.png" alt="">' },
  ],
  invalid: [
    {
      code: '<img src="images/Logo.PNG?v=1" alt="">',
      files: { 'images/logo.png': 'x' },
      errors: [{
        messageId: 'mismatch', data: { url: 'images/Logo.PNG?v=1', real: 'images/logo.png' }, line: 1, column: 11, endLine: 1, endColumn: 30,
        suggestions: [{ messageId: 'renameFile' }],
      }],
      output: '<img src="images/logo.png?v=1" alt="">',
    },
    {
      name: 'folder case in CSS; no rename across folders',
      filename: 'css/site.css',
      code: '.a { background: url(../IMG/bg.png) }',
      files: { 'img/bg.png': 'x' },
      errors: [{ messageId: 'mismatch', line: 1, column: 22, endColumn: 35, suggestions: [] }],
      output: '.a { background: url(../img/bg.png) }',
    },
  ],
});

describe('asset-case-mismatch: the rename is a suggestion only', () => {
  it('the fix edits the reference; the suggestion renames the file through fileEdits', async () => {
    const { problems } = await lintCase(rule, { code: '<img src="images/Logo.PNG" alt="">', files: { 'images/logo.png': 'x' } });
    assert.equal(JSON.stringify(problems[0].fix).includes('renameTo'), false);
    const s = problems[0].suggestions![0];
    assert.equal(s.fileEdits?.length, 1);
    assert.match(s.fileEdits![0].file, /images\/logo\.png$/);
    assert.match(s.fileEdits![0].renameTo!, /images\/Logo\.PNG$/);
  });
});
