import assert from 'node:assert/strict';
import { lintCase } from '../../rules/_kit/tester';
import { applyEdits } from '../../server/src/engine/fix';
import copySpelling from '../../rules/copy-spelling';
import palette from '../../rules/house-colour-palette';
import { brandWordPattern, splitFamilies, parseFontShorthand } from '../../server/src/engine/facts/house-style';

describe('house style', () => {
  it('"add to project words" appends to houseStyle.projectWords in the JSON config', async () => {
    const config = '{\n  "houseStyle": {\n    "projectWords": ["Fietsplan"]\n  }\n}\n';
    const { problems } = await lintCase(copySpelling, { code: '<p lang="en">Welcome to Zwolletown</p>', filename: 'index.html', files: { 'crossmedia-lint.config.json': config } });
    const edit = problems[0].suggestions!.find((s) => s.messageId === 'addWord')!.fileEdits![0];
    assert.match(edit.file, /crossmedia-lint\.config\.json$/);
    assert.equal(applyEdits(config, edit.edits), '{\n  "houseStyle": {\n    "projectWords": ["Fietsplan", "Zwolletown"]\n  }\n}\n');
  });

  it('"add to project words" creates the list when there is none', async () => {
    const config = '{\n  "houseStyle": {\n    "words": ["PostNL"]\n  }\n}\n';
    const { problems } = await lintCase(copySpelling, { code: '<p lang="en">Welcome to Zwolletown</p>', filename: 'index.html', files: { 'crossmedia-lint.config.json': config } });
    const edit = problems[0].suggestions!.find((s) => s.messageId === 'addWord')!.fileEdits![0];
    assert.equal(applyEdits(config, edit.edits), '{\n  "houseStyle": {\n    "projectWords": ["Zwolletown"],\n    "words": ["PostNL"]\n  }\n}\n');
  });

  it('houseStyle.extends reads the palette from a separate file relative to the config', async () => {
    const { problems } = await lintCase(palette, {
      code: 'a { color: #d00000 }', filename: 'site/a.css',
      files: {
        'crossmedia-lint.config.json': '{ "houseStyle": { "extends": "./brand/house.json", "tolerance": 1 } }',
        'brand/house.json': '{ "palette": [{ "name": "Brand red", "value": "#e3051b", "token": "--red" }] }',
      },
    });
    assert.deepEqual(problems.map((p) => p.message), ['Colour "#d00000" is not in the house palette: nearest is Brand red (#e3051b), ΔE 5.3.']);
    assert.deepEqual(problems[0].fix, [{ start: 11, end: 18, text: 'var(--red)' }]);
  });

  it('reads font lists and shorthands', () => {
    assert.deepEqual(splitFamilies('"A, B", C ,sans-serif').map((f) => f.name), ['A, B', 'C', 'sans-serif']);
    assert.deepEqual(parseFontShorthand('italic bold 12px / 1.2 "Brand Sans", serif'), { style: { text: 'italic', start: 0, end: 6 }, weight: { text: 'bold', start: 7, end: 11 }, size: { text: '12px', start: 12, end: 16 }, familyStart: 23 });
    assert.equal(parseFontShorthand('caption'), undefined);
  });

  it('brand word patterns match case, space and hyphen variants only', () => {
    const p = brandWordPattern('Coca-Cola')!;
    assert.deepEqual([...'coca cola, CocaCola, Coca–Cola, cocacolas, Coca-Colaaa'.matchAll(p)].map((m) => m[0]), ['coca cola', 'CocaCola', 'Coca–Cola']);
  });
});
