// examples/licences lints with the expected licence problems, and the report lists every used asset.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine, lintPaths } from '../../server/src/engine';
import { NodeHost } from '../../server/src/engine/host';
import { runLicencesReport } from '../../server/src/cli/licences';

function exampleDir(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const p = path.join(dir, 'examples', 'licences');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(p)) return p;
  }
  throw new Error('examples/licences not found');
}

describe('examples/licences', () => {
  const dir = exampleDir();
  const now = () => new Date('2026-06-15T12:00:00Z');

  it('shows one problem of each licence rule, on the referencing line', async () => {
    const host = new NodeHost(undefined, now);
    const { engine } = createEngine({ host, now });
    const run = await lintPaths(engine, host, [dir]);
    const got = run.results.flatMap((r) => r.problems.filter((p) => p.ruleId.startsWith('licence-')).map((p) => `${path.relative(dir, p.file)}:${p.start.line} ${p.ruleId}`)).sort();
    assert.deepEqual(got, [
      'banner-300x250/index.html:10 licence-channel',
      'css/site.css:3 licence-font-embedding',
      'css/site.css:8 licence-required-fields',
      'index.html:12 licence-missing',
      'index.html:13 licence-expired',
      'index.html:14 licence-metadata-conflict',
    ]);
  });

  it('the report lists every used asset', async () => {
    let out = '';
    const code = await runLicencesReport([dir, '--format', 'json'], { stdout: (s) => { out += s; }, stderr: () => {}, cwd: dir, isTTY: false, now });
    assert.equal(code, 0);
    const assets = JSON.parse(out).assets as { asset: string; status: string }[];
    assert.deepEqual(assets.map((a) => `${a.asset} ${a.status}`), [
      'banner-300x250/news.jpg no end date',
      'fonts/BrandSans-Desktop.ttf no end date',
      'img/beach.webp expired',
      'img/hero.jpg valid',
      'img/logo.svg no end date',
      'img/pattern.png no end date',
      'img/portrait.jpg valid',
      'img/team.png unknown',
      'media/jingle.mp3 valid',
    ]);
  });
});
