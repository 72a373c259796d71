import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, tempProject, removeDir } from '../helpers/cli';
import { rules } from '../../rules';
import type { RuleModule } from '../../rules/_kit/types';
import { cacheStats } from '../../server/src/engine/cache';

const PAGE = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Shop</title>\n</head>\n<body>\n<img src="a.png">\n<p style="color: #AABBCC">x</p>\n</body>\n</html>\n';
const CACHE = '.crossmedia-lint-cache';

/** Counts calls of a bundled rule's create(): a rule that runs is a rule that was not cached. */
function spy(id: string): { count: () => number; restore: () => void } {
  const rule = rules.find((r) => r.meta.id === id) as RuleModule;
  assert.ok(rule, id);
  const original = rule.create;
  let calls = 0;
  rule.create = (ctx) => { calls++; return original(ctx); };
  return { count: () => calls, restore: () => { rule.create = original; } };
}

describe('CLI --cache', () => {
  const dirs: string[] = [];
  const project = (files: Record<string, string | Uint8Array>) => { const d = tempProject(files); dirs.push(d); return d; };
  const spies: ReturnType<typeof spy>[] = [];
  // A file rule, a file rule that looks at other files, and a project-scope rule.
  let fileRule: ReturnType<typeof spy>, projectRule: ReturnType<typeof spy>, wholeProjectRule: ReturnType<typeof spy>;
  beforeEach(() => {
    fileRule = spy('img-alt');
    projectRule = spy('asset-missing-file');
    wholeProjectRule = spy('asset-unused-file');
    spies.push(fileRule, projectRule, wholeProjectRule);
  });
  afterEach(() => { while (spies.length) spies.pop()!.restore(); });
  after(() => dirs.forEach(removeDir));

  const calls = () => fileRule.count() + projectRule.count() + wholeProjectRule.count();

  it('a second run returns identical output without running any rule', async () => {
    const dir = project({ 'index.html': PAGE });
    const first = await cli(['--cache', '--format', 'json'], dir);
    assert.equal(first.code, 1, first.stderr);
    assert.ok(fs.existsSync(path.join(dir, CACHE)), 'cache written');
    assert.equal(fileRule.count(), 1);
    assert.equal(projectRule.count(), 1);
    assert.equal(wholeProjectRule.count(), 1);
    const hits = cacheStats.hits;
    const second = await cli(['--cache', '--format', 'json'], dir);
    assert.equal(cacheStats.hits, hits + 1);
    assert.equal(calls(), 3, 'no rule ran on the second run');
    assert.deepEqual({ ...second }, { ...first });
    // Fixes with their merged edits round-trip too.
    assert.ok(JSON.parse(second.stdout)[0].messages.some((m: { fix?: unknown }) => m.fix));
    const stylish1 = await cli(['--cache'], dir), stylish2 = await cli(['--cache'], dir);
    assert.equal(stylish2.stdout, stylish1.stdout);
    assert.equal(stylish2.code, 1);
    assert.equal(calls(), 3);
  });

  it('does not lint or list its own cache file', async () => {
    const dir = project({ 'index.html': PAGE });
    await cli(['--cache'], dir);
    const r = await cli(['--cache', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(r.stdout).map((f: { filePath: string }) => path.basename(f.filePath)), ['index.html']);
    const plain = await cli(['--format', 'json'], dir);
    assert.equal(plain.stdout, r.stdout, 'a run without --cache does not lint the cache file either');
    assert.equal(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')).length, 0, 'no temp files left');
  });

  it('relints when a linted file changes', async () => {
    const dir = project({ 'index.html': PAGE });
    await cli(['--cache'], dir);
    fs.writeFileSync(path.join(dir, 'index.html'), PAGE.replace('<img src="a.png">', '<img src="a.png" alt="A">'));
    const r = await cli(['--cache'], dir);
    assert.equal(fileRule.count(), 2, 'relinted');
    assert.doesNotMatch(r.stdout, /img-alt/);
    await cli(['--cache'], dir);
    assert.equal(fileRule.count(), 2, 'cached again');
  });

  it('relints when a file a page refers to appears, though it is not among the linted files', async () => {
    const dir = project({ 'site/index.html': PAGE.replace('a.png', 'img/logo.svg').replace('<img src', '<img alt="Logo" src') });
    const target = path.join('site', 'index.html');
    const first = await cli(['--cache', target], dir);
    assert.match(first.stdout, /asset-missing-file/);
    await cli(['--cache', target], dir);
    assert.equal(projectRule.count(), 1);
    fs.mkdirSync(path.join(dir, 'site', 'img'));
    fs.writeFileSync(path.join(dir, 'site', 'img', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>');
    const second = await cli(['--cache', target], dir);
    assert.equal(projectRule.count(), 2, 'relinted after the referenced file appeared');
    assert.doesNotMatch(second.stdout, /asset-missing-file/);
    await cli(['--cache', target], dir);
    assert.equal(projectRule.count(), 2);
    // Its bytes matter too (image rules read the referenced file).
    fs.writeFileSync(path.join(dir, 'site', 'img', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"></svg>');
    await cli(['--cache', target], dir);
    assert.equal(projectRule.count(), 3);
  });

  it('relints when a file is added to the linted folder', async () => {
    const dir = project({ 'index.html': PAGE });
    await cli(['--cache'], dir);
    fs.writeFileSync(path.join(dir, 'more.html'), PAGE);
    const r = await cli(['--cache'], dir);
    assert.equal(projectRule.count(), 3, 'both pages linted');
    assert.match(r.stdout, /more\.html/);
  });

  it('relints when the configuration or a --rule flag changes', async () => {
    const dir = project({ 'index.html': PAGE });
    const misses = () => cacheStats.misses;
    await cli(['--cache'], dir);
    let m = misses();
    fs.writeFileSync(path.join(dir, 'crossmedia-lint.config.json'), JSON.stringify({ extends: 'recommended', rules: { 'img-alt': 'off' } }));
    const r1 = await cli(['--cache'], dir);
    assert.equal(misses(), ++m, 'a new config file relints');
    assert.doesNotMatch(r1.stdout, /img-alt/);
    fs.writeFileSync(path.join(dir, 'crossmedia-lint.config.json'), JSON.stringify({ extends: 'recommended', rules: { 'img-alt': 'warn' } }));
    const r2 = await cli(['--cache'], dir);
    assert.equal(misses(), ++m, 'a changed config relints');
    assert.match(r2.stdout, /warning .*img-alt/);
    await cli(['--cache'], dir);
    assert.equal(misses(), m, 'unchanged config reuses');
    await cli(['--cache', '--rule', 'img-alt=error'], dir);
    assert.equal(misses(), ++m, '--rule relints');
    await cli(['--cache', '--rule', 'img-alt=error'], dir);
    assert.equal(misses(), m, 'same flags reuse');
    await cli(['--cache', '--profile', 'cm360'], dir);
    assert.equal(misses(), ++m, '--profile relints');
    await cli(['--cache', '-c', 'crossmedia-lint.config.json'], dir);
    assert.equal(misses(), ++m, '--config relints');
  });

  it('relints on another day when a rule asked for the date', async () => {
    const dir = project({ 'index.html': PAGE.replace('<img src', '<img alt="A" src'), 'a.png': Buffer.from('89504e470d0a1a0a', 'hex') });
    const day1 = new Date('2030-01-10T12:00:00Z'), day2 = new Date('2030-01-11T12:00:00Z');
    await cli(['--cache'], dir, day1);
    await cli(['--cache'], dir, day1);
    assert.equal(projectRule.count(), 1);
    const recorded = JSON.parse(fs.readFileSync(path.join(dir, CACHE), 'utf8')).observations.day;
    assert.ok(recorded, 'the licence rules asked for the date');
    await cli(['--cache'], dir, day2);
    assert.equal(projectRule.count(), 2);
  });

  it('ignores a corrupt cache, relints and overwrites it', async () => {
    const dir = project({ 'index.html': PAGE });
    const clean = await cli([], dir);
    for (const junk of ['{"format":1,"key":', '', '{"format":1,"key":"x","observations":null,"run":5}', '\u0000\u0001binary']) {
      fs.writeFileSync(path.join(dir, CACHE), junk);
      const r = await cli(['--cache'], dir);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, clean.stdout, `junk ${JSON.stringify(junk)}`);
      assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(dir, CACHE), 'utf8')), 'rewritten');
    }
    // A cache whose key matches but whose content is malformed is also ignored.
    const good = JSON.parse(fs.readFileSync(path.join(dir, CACHE), 'utf8'));
    good.run.files[0].fingerprints = [];
    fs.writeFileSync(path.join(dir, CACHE), JSON.stringify(good));
    const before = projectRule.count();
    const r = await cli(['--cache'], dir);
    assert.equal(r.stdout, clean.stdout);
    assert.equal(projectRule.count(), before + 1);
  });

  it('--cache-location puts the cache elsewhere (a folder gets the default name)', async () => {
    const dir = project({ 'index.html': PAGE });
    // A new folder in the linted tree is a change itself, so it exists beforehand here.
    fs.mkdirSync(path.join(dir, 'tmp'));
    await cli(['--cache', '--cache-location', 'tmp/lint.cache'], dir);
    assert.ok(fs.existsSync(path.join(dir, 'tmp', 'lint.cache')));
    assert.ok(!fs.existsSync(path.join(dir, CACHE)));
    await cli(['--cache', '--cache-location', 'tmp/lint.cache'], dir);
    assert.equal(projectRule.count(), 1);
    fs.mkdirSync(path.join(dir, 'cachedir'));
    await cli(['--cache', '--cache-location', 'cachedir'], dir);
    assert.ok(fs.existsSync(path.join(dir, 'cachedir', CACHE)));
  });

  it('--fix neither reads nor writes the cache', async () => {
    const dir = project({ 'index.html': PAGE });
    await cli(['--cache'], dir);
    const cacheBefore = fs.readFileSync(path.join(dir, CACHE), 'utf8');
    const hits = cacheStats.hits, writes = cacheStats.writes;
    const r = await cli(['--cache', '--fix'], dir);
    assert.equal(cacheStats.hits, hits, 'not read');
    assert.equal(cacheStats.writes, writes, 'not written');
    assert.ok(projectRule.count() >= 2, 'linted again');
    assert.match(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'), /#ABC/);
    assert.doesNotMatch(r.stdout, /color-hex-length/);
    assert.equal(fs.readFileSync(path.join(dir, CACHE), 'utf8'), cacheBefore);
    // The fixed file invalidates the cache for the next plain run.
    const linted = projectRule.count();
    const after = await cli(['--cache'], dir);
    assert.equal(projectRule.count(), linted + 1);
    assert.doesNotMatch(after.stdout, /color-hex-length/);
  });
});
