import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { cli, repoRoot, tempProject, removeDir } from '../helpers/cli';
import { CM360_OK } from './fixtures';

interface JsonResult { filePath: string; messages: { ruleId: string; line: number; column: number; message: string }[] }

async function lintJson(args: string[], cwd: string): Promise<{ code: number; results: JsonResult[]; stderr: string }> {
  const r = await cli([...args, '--format', 'json'], cwd);
  return { code: r.code, results: JSON.parse(r.stdout || '[]') as JsonResult[], stderr: r.stderr };
}

/** `file line:column rule` for every banner (and parse) finding, relative to the banners folder. */
function findings(results: JsonResult[], base: string, onlyBanner = true): string[] {
  return results.flatMap((r) => r.messages.filter((m) => !onlyBanner || m.ruleId.startsWith('banner-')).map((m) => `${path.relative(base, r.filePath).split(path.sep).join('/')} ${m.line}:${m.column} ${m.ruleId}`)).sort();
}

describe('banner examples', function () {
  this.timeout(120000);
  const root = repoRoot();
  const banners = path.join(root, 'examples', 'banners');

  it('reports every banner defect documented in examples/banners/README.md, and no other banner problem', async () => {
    const readme = fs.readFileSync(path.join(banners, 'README.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `([^`]+)` \| (\d+):(\d+) \| `([^`]+)` \|/gm)].filter((m) => m[4].startsWith('banner-')).map((m) => `${m[1]} ${m[2]}:${m[3]} ${m[4]}`).sort();
    assert.ok(documented.length > 20, 'the README lists the defects');
    const { results, stderr } = await lintJson(['examples/banners'], root);
    assert.equal(stderr, '');
    assert.deepEqual(findings(results, banners), documented);
  });

  it('the clean banner passes every rule of its profile', async () => {
    const { code, results } = await lintJson(['examples/banners/clean'], root);
    assert.deepEqual(findings(results, banners, false), []);
    assert.equal(code, 0);
  });

  it('the .zip is linted entry by entry, with entry names in the paths', async () => {
    const { results } = await lintJson(['examples/banners/google-ads-970x250.zip'], root);
    const found = findings(results, banners);
    assert.ok(found.includes('google-ads-970x250.zip!/index.html 6:32 banner-external-requests'), found.join('\n'));
    assert.ok(found.includes('google-ads-970x250.zip!/backup.zip 1:1 banner-nested-zip'));
  });

  describe('hostile and broken input: one clear problem each, no crash', () => {
    let dir = '';
    const bomb = zipSync({ 'index.html': strToU8(CM360_OK), 'padding.bin': new Uint8Array(3 * 1024 * 1024) }, { level: 9 });
    const slip = (() => {
      const bytes = Buffer.from(zipSync({ 'aa/aa/evil.js': strToU8('x'), 'index.html': strToU8(CM360_OK) }));
      return Buffer.from(bytes.toString('latin1').split('aa/aa/evil.js').join('../../evil.js'), 'latin1');
    })();
    before(() => {
      dir = tempProject({
        'bomb.zip': bomb,
        'slip.zip': slip,
        'corrupt.zip': new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]),
        'adform_160x600/index.html': CM360_OK,
        'adform_160x600/manifest.json': '{ "version": "1.0", "title": "W", "source": "index.html", }',
        'ft_300x250/index.html': CM360_OK,
        'ft_300x250/manifest.js': 'FT.manifest({ "filename": "index.html", "width": 300 "height": 250 });',
      });
    });
    after(() => removeDir(dir));

    const only = (results: JsonResult[], name: string) => results.filter((r) => path.basename(r.filePath) === name).flatMap((r) => r.messages);

    it('zip bomb, zip slip and corrupt archive', async () => {
      const { results } = await lintJson(['bomb.zip', 'slip.zip', 'corrupt.zip'], dir);
      assert.deepEqual(only(results, 'bomb.zip').map((m) => m.ruleId), ['banner-archive-invalid']);
      assert.match(only(results, 'bomb.zip')[0].message, /zip bomb/);
      assert.deepEqual(only(results, 'slip.zip').map((m) => m.ruleId), ['banner-archive-invalid']);
      assert.match(only(results, 'slip.zip')[0].message, /zip slip/);
      assert.deepEqual(only(results, 'corrupt.zip').map((m) => m.ruleId), ['banner-archive-invalid']);
      assert.match(only(results, 'corrupt.zip')[0].message, /damaged/);
    });

    it('manifest syntax errors', async () => {
      const { results } = await lintJson(['adform_160x600', 'ft_300x250', '--rule', 'banner-size-mismatch=off'], dir);
      const adform = only(results, 'manifest.json');
      assert.equal(adform.length, 1, JSON.stringify(adform));
      assert.equal(adform[0].ruleId, 'json-parse-error');
      const ft = only(results, 'manifest.js');
      assert.equal(ft.length, 1, JSON.stringify(ft));
      assert.equal(ft[0].ruleId, 'banner-flashtalking-manifest');
      assert.match(ft[0].message, /cannot be read/);
    });
  });
});
