import * as assert from 'node:assert/strict';
import { MemoryHost } from '../../server/src/engine/host-memory';
import { Project } from '../../server/src/engine/model/project';
import { channelAllowed, licenceFor, licenceStatus, parseLicenceFile } from '../../server/src/engine/model/licences';

const ROOT = '/p';
function project(files: Record<string, string>): Project {
  const host = new MemoryHost();
  for (const [rel, text] of Object.entries(files)) host.set(`${ROOT}/${rel}`, text);
  const p = new Project(host, [ROOT], { maxFileSize: 1 << 20 });
  for (const rel of Object.keys(files)) p.addFile(`${ROOT}/${rel}`, rel, Buffer.byteLength(files[rel]));
  return p;
}
const entryOf = (p: Project, rel: string, settings: Record<string, unknown> = {}) => licenceFor(p, `${ROOT}/${rel}`, settings).entry;

describe('licence file model', () => {
  it('last matching entry wins; globs are relative to the licence file, * stays in one folder', () => {
    const p = project({
      'crossmedia-licences.yaml': 'entries:\n  - files: "**/*.jpg"\n    licence: A\n  - files: "img/*.jpg"\n    licence: B\n  - files: [x.png, "img/special-*.jpg"]\n    licence: C\n',
    });
    assert.equal(entryOf(p, 'img/a.jpg')?.licence, 'B');
    assert.equal(entryOf(p, 'img/special-1.jpg')?.licence, 'C');
    assert.equal(entryOf(p, 'img/deep/a.jpg')?.licence, 'A');
    assert.equal(entryOf(p, 'a.jpg')?.licence, 'A');
    assert.equal(entryOf(p, 'x.png')?.label, 'crossmedia-licences.yaml, entry 3');
    assert.equal(entryOf(p, 'img/x.png'), undefined);
  });

  it('a licence file in a sub-folder overrides the one above; inline config entries come first', () => {
    const p = project({
      'crossmedia-lint.config.json': '{ "licences": { "entries": [ { "files": "**", "licence": "Inline" } ] } }',
      'crossmedia-licences.yaml': 'entries:\n  - files: "sub/*.jpg"\n    licence: Outer\n',
      'sub/crossmedia-licences.json': '{ "entries": [ { "files": "b.jpg", "licence": "Inner" } ] }',
    });
    const settings = { licences: { entries: [{ files: '**', licence: 'Inline' }] } };
    assert.equal(entryOf(p, 'sub/a.jpg', settings)?.licence, 'Outer');
    assert.equal(entryOf(p, 'sub/b.jpg', settings)?.licence, 'Inner');
    assert.equal(entryOf(p, 'other/c.jpg', settings)?.licence, 'Inline');
    const lookup = licenceFor(p, `${ROOT}/sub/a.jpg`, settings);
    assert.deepEqual(lookup.target, { file: `${ROOT}/sub/crossmedia-licences.json`, exists: true });
  });

  it('a file named by the settings, relative to the configuration', () => {
    const p = project({ 'crossmedia-lint.config.json': '{ "licences": "legal/stock.yaml" }', 'legal/stock.yaml': 'entries:\n  - files: "**/*.png"\n    licence: Named\n' });
    // Globs of a named file are relative to its own folder.
    assert.equal(entryOf(p, 'legal/x.png', { licences: 'legal/stock.yaml' })?.licence, 'Named');
    assert.equal(entryOf(p, 'x.png', { licences: 'legal/stock.yaml' }), undefined);
  });

  it('keeps usable entries of an invalid file and reports exact ranges', () => {
    const text = 'entries:\n  - files: a.jpg\n    licence: X\n    end: 2026-02-30\n  - licence: no-files\n';
    const s = parseLicenceFile('/p/crossmedia-licences.yaml', text);
    assert.equal(s.entries.length, 1);
    assert.equal(s.entries[0].end, undefined, 'an impossible date is dropped');
    assert.deepEqual(s.problems.map((x) => [x.message, text.slice(x.range.start, x.range.end)]), [
      ['"entries.0.end" is not a real date: 2026-02-30.', '2026-02-30'],
      ['"entries.1" needs "files".', 'licence: no-files\n'],
    ]);
  });

  it('status on a fixed clock: expired, expiring, valid, no end date, not yet valid', () => {
    const today = '2026-06-15';
    assert.equal(licenceStatus({ end: '2026-06-14' }, today, 30), 'expired');
    assert.equal(licenceStatus({ end: '2026-06-15' }, today, 30), 'expiring');
    assert.equal(licenceStatus({ end: '2026-07-15' }, today, 30), 'expiring');
    assert.equal(licenceStatus({ end: '2026-07-16' }, today, 30), 'valid');
    assert.equal(licenceStatus({}, today, 30), 'no-end');
    assert.equal(licenceStatus({ start: '2026-06-16', end: '2027-01-01' }, today, 30), 'not-yet-valid');
  });

  it('channels: none listed allows all, editorial-only allows editorial only, all allows all', () => {
    assert.equal(channelAllowed(undefined, 'ads'), true);
    assert.equal(channelAllowed(['editorial-only'], 'ads'), false);
    assert.equal(channelAllowed(['editorial-only'], 'editorial'), true);
    assert.equal(channelAllowed(['web', 'social'], 'print'), false);
    assert.equal(channelAllowed(['all'], 'print'), true);
  });
});
