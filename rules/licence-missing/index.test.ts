import * as assert from 'node:assert/strict';
import { ruleTester, lintCase } from '../_kit/tester';
import { applyEdits } from '../../server/src/engine/fix';
import rule from '.';
import { jpegWith, plainJpeg, plainPng, fontWith } from '../../test/licence/assets';

const LICENCES = 'version: 1\nentries:\n  - files: img/licensed.jpg\n    licence: LicenseRef-Stock-RM\n';

ruleTester(rule, {
  valid: [
    { name: 'no licence file and no licences setting: nothing to check', code: '<img src="img/a.jpg" alt="">', files: { 'img/a.jpg': plainJpeg() } },
    { name: 'covered by an entry', code: '<img src="img/licensed.jpg" alt="">', files: { 'img/licensed.jpg': plainJpeg(), 'crossmedia-licences.yaml': LICENCES } },
    { name: 'embedded rights are licence information', code: '<img src="img/own.jpg" alt="">', files: { 'img/own.jpg': jpegWith({ creator: ['Jäne Example'], copyrightNotice: '© 2025 Example' }), 'crossmedia-licences.yaml': LICENCES } },
    { name: 'external and missing files are other rules\' business', code: '<img src="https://cdn.example.com/x.jpg" alt=""><img src="nope.jpg" alt="">', files: { 'crossmedia-licences.yaml': LICENCES } },
    { name: 'kinds option excludes fonts', code: '<style>@font-face{font-family:X;src:url(f.ttf)}</style>', options: { when: 'always', kinds: ['image'] }, files: { 'f.ttf': fontWith(0, {}) } },
  ],
  invalid: [
    {
      name: 'image without metadata next to a licence file',
      code: '<img src="img/a.jpg" alt="">',
      files: { 'img/a.jpg': plainJpeg(), 'crossmedia-licences.yaml': LICENCES },
      errors: [{ messageId: 'missing', data: { asset: 'img/a.jpg' }, line: 1, column: 11, endLine: 1, endColumn: 20, suggestions: [{ messageId: 'addEntry' }] }],
    },
    {
      name: 'when: always checks projects with no licence file; CSS background and srcset count as uses',
      code: '<div style="background:url(bg.png)"></div>\n<img srcset="a.jpg 1x, b.jpg 2x" alt="">',
      options: { when: 'always' },
      files: { 'bg.png': plainPng(), 'a.jpg': plainJpeg(), 'b.jpg': plainJpeg() },
      errors: [
        { messageId: 'missing', data: { asset: 'bg.png' }, line: 1, column: 28 },
        { messageId: 'missing', data: { asset: 'a.jpg' }, line: 2, column: 14 },
        { messageId: 'missing', data: { asset: 'b.jpg' }, line: 2, column: 24 },
      ],
    },
    {
      name: 'a licences setting enables the check',
      code: '<video src="clip.mp4" poster="p.jpg"></video>',
      settings: { licences: { require: ['creator'] } },
      files: { 'p.jpg': plainJpeg(), 'clip.mp4': new Uint8Array(16) },
      errors: [{ messageId: 'missing', data: { asset: 'p.jpg' }, line: 1, column: 31 }, { messageId: 'missing', data: { asset: 'clip.mp4' }, line: 1, column: 13 }].sort((a, b) => a.column - b.column),
    },
  ],
});

describe('licence-missing: "add a licence entry" suggestion', () => {
  it('appends an entry pre-filled from the file\'s metadata to the licence file', async () => {
    const { problems, project } = await lintCase(rule, {
      code: '<img src="img/photo.jpg" alt="">',
      options: { when: 'always' },
      files: { 'img/photo.jpg': jpegWith({ creditLine: 'Photo: Jäne / Stock' }), 'crossmedia-licences.yaml': `${LICENCES}    # keep me\n` },
    });
    void problems;
    assert.equal(problems.length, 0, 'a credit line is licence information');
    const withNone = await lintCase(rule, {
      code: '<img src="img/photo.jpg" alt="">',
      files: { 'img/photo.jpg': plainJpeg(), 'crossmedia-licences.yaml': `${LICENCES}    # keep me\n` },
    });
    const edit = withNone.problems[0].suggestions![0].fileEdits![0];
    assert.equal(edit.create, undefined);
    assert.match(edit.file, /crossmedia-licences\.yaml$/);
    const before = withNone.project.files.get(edit.file)?.text ?? withNone.project.host.readFile(edit.file).toString('utf8');
    const after = applyEdits(before, edit.edits);
    assert.equal(after, `${LICENCES}    # keep me\n  - files: img/photo.jpg\n    licence: LicenseRef-unknown\n    # end: YYYY-MM-DD\n    # channels: [web, social, ads]\n`);
    void project;
  });

  it('creates crossmedia-licences.yaml at the deliverable root when there is none, with the embedded facts', async () => {
    const { problems } = await lintCase(rule, {
      code: '<img src="img/photo.png" alt="">',
      options: { when: 'always' },
      files: { 'img/photo.png': plainPng(), 'img/photo.xmp': '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:subject><rdf:Bag><rdf:li>x</rdf:li></rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>' },
    });
    assert.equal(problems.length, 1);
    const edit = problems[0].suggestions![0].fileEdits![0];
    assert.equal(edit.create, true);
    assert.equal(edit.file, '/crossmedia-lint-test/project/crossmedia-licences.yaml');
    assert.match(edit.edits[0].text, /^# Licences .*\nversion: 1\nentries:\n  - files: img\/photo\.png\n    licence: LicenseRef-unknown\n/);
  });

  it('extends a JSON licence file and an empty YAML list', async () => {
    const json = '{\n  "version": 1,\n  "entries": [\n    { "files": "x.jpg", "licence": "CC0-1.0" }\n  ]\n}\n';
    const r1 = await lintCase(rule, { code: '<img src="a.jpg" alt="">', files: { 'a.jpg': plainJpeg(), 'crossmedia-licences.json': json } });
    const e1 = r1.problems[0].suggestions![0].fileEdits![0];
    const out = applyEdits(json, e1.edits);
    assert.deepEqual(JSON.parse(out).entries[1], { files: 'a.jpg', licence: 'LicenseRef-unknown' });

    const yaml = 'version: 1\nentries: []\n';
    const r2 = await lintCase(rule, { code: '<img src="a.jpg" alt="">', files: { 'a.jpg': plainJpeg(), 'crossmedia-licences.yaml': yaml } });
    const e2 = r2.problems[0].suggestions![0].fileEdits![0];
    const { parse } = await import('yaml');
    assert.equal(parse(applyEdits(yaml, e2.edits)).entries[0].files, 'a.jpg');
  });
});
