import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, tempProject, removeDir, repoRoot } from '../helpers/cli';
import { createEngine, lintPaths } from '../../server/src/engine';
import { lintPathsParallel } from '../../server/src/engine/parallel';

const NOW = new Date('2025-06-01T12:00:00Z');

describe('CLI --concurrency', function () {
  this.timeout(120000);
  const examples = path.join(repoRoot(), 'examples');
  const dirs: string[] = [];
  after(() => dirs.forEach(removeDir));

  it('lints examples/ with 3 workers exactly as with 1', async () => {
    const one = await cli(['--format', 'json', '--concurrency', '1', examples], repoRoot(), NOW);
    const three = await cli(['--format', 'json', '--concurrency', '3', examples], repoRoot(), NOW);
    assert.equal(three.code, one.code);
    assert.equal(three.stderr, one.stderr);
    const a = JSON.parse(one.stdout), b = JSON.parse(three.stdout);
    assert.ok(a.length > 8 && a.some((f: { messages: unknown[] }) => f.messages.length), 'examples have problems');
    assert.deepEqual(b, a);
  });

  it('lints a zip with its entries in workers exactly as sequentially', async () => {
    const zip = path.join(examples, 'banners', 'google-ads-970x250.zip');
    const args = ['--format', 'json', zip, path.join(examples, 'site')];
    const one = await cli([...args, '--concurrency', 'off'], repoRoot(), NOW);
    const two = await cli([...args, '--concurrency', '2'], repoRoot(), NOW);
    const a = JSON.parse(one.stdout), b = JSON.parse(two.stdout);
    assert.ok(a.some((f: { filePath: string }) => f.filePath.includes('.zip!/')), 'zip entries linted');
    assert.deepEqual(b, a);
    assert.equal(two.code, one.code);
  });

  it('lints a crashed worker\'s files in the main thread, with a warning', async () => {
    const dir = tempProject({});
    dirs.push(dir);
    // A worker that dies on the second file it is handed.
    const crash = path.join(dir, 'crash-worker.js');
    fs.writeFileSync(crash, `const { parentPort } = require('node:worker_threads');
let n = 0;
parentPort.on('message', (m) => { if (m.type === 'lint' && ++n === 2) process.exit(3); });
require(${JSON.stringify(path.join(repoRoot(), 'out', 'server', 'src', 'engine', 'parallel-worker.js'))});
`);
    const site = path.join(examples, 'site');
    const seq = createEngine({ now: () => NOW });
    const expected = await lintPaths(seq.engine, seq.host, [site]);
    const par = createEngine({ now: () => NOW });
    const warnings: string[] = [];
    const got = await lintPathsParallel(par.engine, par.host, [site], {
      concurrency: 2, setup: { now: NOW.getTime() }, workerScript: crash, onWarning: (w) => warnings.push(w),
    });
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.match(warnings[0], /lint worker \d of 2 failed \(exited with code 3\)/);
    const plain = (r: typeof got) => r.results.map((x) => ({ file: x.file.path, problems: x.problems }));
    assert.deepEqual(plain(got), plain(expected));
  });

  it('rejects a bad value', async () => {
    const r = await cli(['--concurrency', 'many', examples], repoRoot());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--concurrency expects/);
  });
});
