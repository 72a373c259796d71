import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, tempProject, removeDir } from '../helpers/cli';

const IMG = '<img src="a.png">';
const page = (body: string) => `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Shop</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
const BASELINE = 'lint-baseline.json';

interface JsonFile { filePath: string; messages: { ruleId: string; message: string; line: number }[] }
const messages = (stdout: string) => (JSON.parse(stdout) as JsonFile[]).flatMap((f) => f.messages.map((m) => ({ file: path.basename(f.filePath), ...m })));

describe('CLI --baseline', () => {
  const dirs: string[] = [];
  const project = (files: Record<string, string | Uint8Array>) => { const d = tempProject(files); dirs.push(d); return d; };
  after(() => dirs.forEach(removeDir));
  const write = (dir: string, rel: string, text: string) => fs.writeFileSync(path.join(dir, rel), text);

  it('records every problem, then reports none of them and exits 0', async () => {
    const dir = project({ 'index.html': page(`${IMG}\n<p style="color: #AABBCC">x</p>`), 'b.html': page('<img src="b.png">') });
    const before = await cli(['--format', 'json'], dir);
    assert.equal(before.code, 1);
    const recorded = await cli(['--write-baseline', BASELINE], dir);
    assert.equal(recorded.code, 0, recorded.stdout + recorded.stderr);
    assert.equal(recorded.stdout, '');
    assert.match(recorded.stderr, new RegExp(`recorded ${messages(before.stdout).length} problem\\(s\\) in ${BASELINE}`));
    const again = await cli(['--baseline', BASELINE], dir);
    assert.deepEqual([again.code, again.stdout, again.stderr], [0, '', '']);

    const data = JSON.parse(fs.readFileSync(path.join(dir, BASELINE), 'utf8'));
    assert.equal(data.version, 1);
    const keys = data.entries.map((e: { file: string; ruleId: string }) => `${e.file} ${e.ruleId}`);
    assert.deepEqual(keys, [...keys].sort(), 'sorted');
    assert.ok(keys.includes('index.html img-alt') && keys.includes('b.html img-alt'));
    assert.deepEqual(Object.keys(data.entries[0]), ['file', 'ruleId', 'message', 'fingerprint', 'count']);
    assert.ok(!JSON.stringify(data).includes('"line"'), 'no line numbers');
    // Writing twice gives the same bytes (diff-friendly) and the baseline file is not linted itself.
    const bytes = fs.readFileSync(path.join(dir, BASELINE), 'utf8');
    await cli(['--write-baseline', BASELINE], dir);
    assert.equal(fs.readFileSync(path.join(dir, BASELINE), 'utf8'), bytes);
    const json = await cli(['--baseline', BASELINE, '--format', 'json'], dir);
    assert.ok(!json.stdout.includes(BASELINE));
  });

  it('reports only new problems, and a fourth copy of three recorded identical problems', async () => {
    const dir = project({ 'index.html': page([IMG, IMG, IMG].join('\n')) });
    await cli(['--write-baseline', BASELINE], dir);
    write(dir, 'index.html', page([IMG, IMG, IMG, '<img src="new.png">', IMG].join('\n')));
    const r = await cli(['--baseline', BASELINE, '--format', 'json'], dir);
    assert.equal(r.code, 1);
    const alt = messages(r.stdout).filter((m) => m.ruleId === 'img-alt');
    assert.deepEqual(alt.map((m) => m.message.match(/"([^"]+)"/)?.[1]), ['new.png', 'a.png']);
    // Every rule reports the fourth a.png once more than recorded, and new.png once.
    const all = messages(r.stdout);
    const aPng = all.filter((m) => m.message.includes('"a.png"')).map((m) => m.ruleId);
    assert.deepEqual(aPng, [...new Set(aPng)], 'one extra a.png problem per rule');
    assert.equal(all.length, aPng.length * 2, 'the rest are new.png problems');
  });

  it('still suppresses problems after lines are inserted above them or the file is reindented', async () => {
    const dir = project({ 'index.html': page(`<p>Intro</p>\n${IMG}`) });
    await cli(['--write-baseline', BASELINE], dir);
    write(dir, 'index.html', page(`<h1>Title</h1>\n<p>More</p>\n<p>Intro</p>\n\n\n    ${IMG}`).replace('<head>', '<head>\n<!-- a comment -->'));
    const r = await cli(['--baseline', BASELINE], dir);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
  });

  it('hints how many recorded problems no longer occur', async () => {
    const dir = project({
      'crossmedia-lint.config.json': JSON.stringify({ rules: { 'img-alt': 'error' } }),
      'index.html': page(`${IMG}\n${IMG}\n<img src="c.png">`), 'gone.html': page(IMG), 'other.html': page(IMG),
    });
    await cli(['--write-baseline', BASELINE], dir);
    write(dir, 'index.html', page(`${IMG}\n<img alt="C" src="c.png">`));
    fs.rmSync(path.join(dir, 'gone.html'));
    const r = await cli(['--baseline', BASELINE], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stderr, /3 problem\(s\) recorded in the baseline no longer occur; update it with --write-baseline lint-baseline\.json/);
    // Linting only part of the site does not call the rest of the baseline stale.
    const part = await cli(['--baseline', BASELINE, 'other.html'], dir);
    assert.equal(part.stderr.match(/(\d+) problem\(s\) recorded/)?.[1], '1', 'only the deleted file counts: ' + part.stderr);
    await cli(['--write-baseline', BASELINE], dir);
    const pruned = await cli(['--baseline', BASELINE], dir);
    assert.deepEqual([pruned.code, pruned.stderr], [0, '']);
  });

  it('names files relative to the baseline folder', async () => {
    const dir = project({ 'site/index.html': page(IMG) });
    await cli(['--write-baseline', 'ci/baseline.json', 'site'], dir);
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'ci', 'baseline.json'), 'utf8'));
    assert.ok(data.entries.every((e: { file: string }) => e.file === '../site/index.html'));
    const fromSite = await cli(['--baseline', '../ci/baseline.json', '.'], path.join(dir, 'site'));
    assert.deepEqual([fromSite.code, fromSite.stdout], [0, '']);
  });

  it('works with --cache and with --baseline-write as an alias', async () => {
    const dir = project({ 'index.html': page(IMG) });
    await cli(['--baseline-write', BASELINE], dir);
    const first = await cli(['--cache', '--baseline', BASELINE], dir);
    const second = await cli(['--cache', '--baseline', BASELINE], dir);
    assert.deepEqual([first.code, first.stdout, second.code, second.stdout], [0, '', 0, '']);
    write(dir, 'index.html', page(`${IMG}\n<img src="z.png">`));
    await cli(['--cache', '--baseline', BASELINE], dir);
    const cached = await cli(['--cache', '--baseline', BASELINE], dir);
    assert.equal(cached.code, 1);
    assert.match(cached.stdout, /z\.png/);
    assert.doesNotMatch(cached.stdout, /"a\.png"/);
  });

  it('exits 2 on a missing or malformed baseline', async () => {
    const dir = project({ 'index.html': page(IMG), 'bad.json': '{"version": 99, "entries": []}', 'broken.json': '{' });
    const missing = await cli(['--baseline', 'nope.json'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Baseline file not found: .*nope\.json \(create it with --write-baseline\)/);
    assert.equal((await cli(['--baseline', 'bad.json'], dir)).code, 2);
    assert.equal((await cli(['--baseline', 'broken.json'], dir)).code, 2);
  });
});
