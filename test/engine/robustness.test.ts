import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, tempProject, removeDir } from '../helpers/cli';
import { MemoryHost } from '../../server/src/engine/host-memory';
import { createEngine, lintPaths } from '../../server/src/engine';
import { defineRule } from '../../rules/_kit';
import imgAlt from '../../rules/img-alt';

describe('bad input', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach(removeDir));

  it('malformed HTML, invalid UTF-8, binary junk and a huge file each give a clear problem and the run completes', async () => {
    const big = '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>' + '<p>row</p>\n'.repeat(2_000_000) + '</body></html>';
    const dir = tempProject({
      'broken.html': '<html><body><div class="a" class="b"><p>unclosed <b>tags <!-- comment',
      'latin1.html': Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]),
      'junk.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      'huge.html': big,
      'bad.css': 'a { color: red;; } }}} @media {',
      'bad.json': '{"a": [1, 2',
    });
    dirs.push(dir);
    assert.ok(fs.statSync(path.join(dir, 'huge.html')).size > 20 * 1024 * 1024);
    const r = await cli(['-f', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    const byName = new Map<string, { ruleId: string; message: string }[]>(JSON.parse(r.stdout).map((f: { filePath: string; messages: [] }) => [path.basename(f.filePath), f.messages]));
    const rules = (n: string) => byName.get(n)!.map((m) => m.ruleId);
    assert.ok(rules('broken.html').includes('html-parse-error'));
    assert.ok(byName.get('latin1.html')!.some((m) => m.ruleId === 'file-read-error' && /not valid UTF-8/.test(m.message)));
    assert.deepEqual(rules('junk.html'), ['file-read-error']);
    assert.match(byName.get('junk.html')![0].message, /binary content/);
    assert.deepEqual(rules('huge.html'), ['file-read-error']);
    assert.match(byName.get('huge.html')![0].message, /above the 8\.0 MB limit/);
    assert.ok(rules('bad.css').includes('css-parse-error'));
    assert.deepEqual(rules('bad.json'), ['json-parse-error']);
    for (const msgs of byName.values()) assert.ok(!msgs.some((m) => m.ruleId === 'internal-error'), 'no rule crashed');
  }).timeout(120000);

  it('survives a symlink loop', async () => {
    const dir = tempProject({ 'a/index.html': '<p>x</p>' });
    dirs.push(dir);
    fs.symlinkSync('..', path.join(dir, 'a', 'loop'));
    const r = await cli(['-f', 'json'], dir);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).length, 1);
    assert.match(r.stderr, /symlink loop/);
  });

  it('a rule that throws becomes one internal-error problem and the other rules still run', async () => {
    const broken = defineRule({
      meta: { ...imgAlt.meta, id: 'always-throws', messages: { x: 'x' } },
      create() { return { element() { throw new Error('boom'); } }; },
    });
    const host = new MemoryHost({ '/p/index.html': '<img src="a.png"><img src="b.png">' });
    const { engine } = createEngine({ host, rules: [broken, imgAlt], groups: [], cliRules: { 'always-throws': 'error' } });
    const run = await lintPaths(engine, host, ['/p']);
    const problems = run.results[0].problems;
    assert.equal(problems.filter((p) => p.ruleId === 'internal-error').length, 1);
    assert.match(problems.find((p) => p.ruleId === 'internal-error')!.message, /Rule "always-throws" failed on this file and was skipped: boom/);
    assert.equal(problems.filter((p) => p.ruleId === 'img-alt').length, 2);
  });
});

describe('inline directives', () => {
  async function lint(html: string) {
    const host = new MemoryHost({ '/p/index.html': html });
    const { engine } = createEngine({ host, rules: [imgAlt], groups: [] });
    return (await lintPaths(engine, host, ['/p'])).results[0].problems.map((p) => p.start.line);
  }
  it('disable-next-line, disable-line, disable/enable and disable-file', async () => {
    assert.deepEqual(await lint('<!-- crossmedia-lint-disable-next-line img-alt -->\n<img src="a">\n<img src="b">'), [3]);
    assert.deepEqual(await lint('<img src="a"> <!-- crossmedia-lint-disable-line -->\n<img src="b">'), [2]);
    assert.deepEqual(await lint('<!-- crossmedia-lint-disable img-alt -->\n<img src="a">\n<!-- crossmedia-lint-enable img-alt -->\n<img src="b">'), [4]);
    assert.deepEqual(await lint('<img src="a">\n<!-- crossmedia-lint-disable-file -->\n<img src="b">'), []);
    assert.deepEqual(await lint('<!-- crossmedia-lint-disable-next-line html-lang -->\n<img src="a">'), [2], 'other rules are not covered');
  });
});
