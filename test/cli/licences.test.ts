import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runLicencesReport } from '../../server/src/cli/licences';
import { cli, repoRoot } from '../helpers/cli';
import { jpegWith, plainPng, fontWith } from '../licence/assets';

describe('crossmedia-lint licences (report)', () => {
  let dir: string;
  const now = () => new Date('2026-06-15T10:00:00Z');
  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '', err = '';
    const code = await runLicencesReport(args, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, cwd: dir, isTTY: false, now });
    return { code, out, err };
  }

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cml-licences-'));
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, 'img'), { recursive: true });
    fs.mkdirSync(path.join(site, 'ad'), { recursive: true });
    fs.writeFileSync(path.join(site, 'index.html'), '<img src="img/a.jpg" alt="">\n<img src="img/b.png" alt="">\n<style>@font-face{font-family:F;src:url(f.ttf)}</style>\n<img src="img/unused-ref.jpg" alt="">');
    fs.writeFileSync(path.join(site, 'ad', 'index.html'), '<meta name="ad.size" content="width=300,height=250">\n<img src="../img/a.jpg" alt="">');
    fs.writeFileSync(path.join(site, 'img', 'a.jpg'), jpegWith({ creator: ['Jäne, "the" Ëxample'], licensorName: 'Stöck Ltd' }));
    fs.writeFileSync(path.join(site, 'img', 'b.png'), plainPng());
    fs.writeFileSync(path.join(site, 'img', 'not-used.png'), plainPng());
    fs.writeFileSync(path.join(site, 'f.ttf'), fontWith(0));
    fs.writeFileSync(path.join(site, 'crossmedia-licences.yaml'), 'entries:\n  - files: img/a.jpg\n    licence: LicenseRef-Stock\n    channels: [web]\n    end: 2026-07-01\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('json: every used asset (and only used ones) with licence, dates, channels and origin', async () => {
    const { code, out, err } = await run(['site', '--format', 'json']);
    assert.equal(code, 0, err);
    const report = JSON.parse(out);
    assert.equal(report.generated, '2026-06-15T10:00:00.000Z');
    assert.deepEqual(report.assets.map((a: { asset: string }) => a.asset), ['f.ttf', 'img/a.jpg', 'img/b.png']);
    const a = report.assets[1];
    assert.equal(a.licence, 'LicenseRef-Stock');
    assert.equal(a.licensor, 'Stöck Ltd');
    assert.equal(a.creator, 'Jäne, "the" Ëxample');
    assert.equal(a.end, '2026-07-01');
    assert.equal(a.status, 'expiring');
    assert.equal(a.channels, 'web');
    assert.equal(a.usedIn, 'ads');
    assert.equal(a.channelProblem, 'ads');
    assert.equal(a.origin, 'crossmedia-licences.yaml, entry 1; embedded (xmp)');
    assert.deepEqual(a.usedBy, ['ad/index.html:2', 'index.html:1']);
    assert.equal(report.assets[2].status, 'unknown');
    assert.equal(report.assets[2].origin, 'none');
    assert.equal(report.assets[0].status, 'no end date');
    assert.equal(report.assets[0].kind, 'font');
  });

  it('csv: a header and RFC 4180 quoting', async () => {
    const { code, out } = await run(['site', '-f', 'csv', '--days', '7']);
    assert.equal(code, 0);
    const lines = out.split('\r\n');
    assert.equal(lines[0], 'asset,kind,licence,licensor,creator,copyright,creditLine,source,start,end,status,channels,usedIn,channelProblem,origin,usedBy');
    assert.match(lines[2], /^img\/a\.jpg,image,LicenseRef-Stock,Stöck Ltd,"Jäne, ""the"" Ëxample",.*,2026-07-01,valid,web,ads,ads,/);
    assert.equal(lines.length, 5);
  });

  it('table (default) with a summary line', async () => {
    const { code, out } = await run(['site']);
    assert.equal(code, 0);
    assert.match(out, /^Asset\s+Licence\s+Licensor\s+Ends\s+Status\s+Channels\s+Information from\n/);
    assert.match(out, /img\/a\.jpg\s+LicenseRef-Stock\s+Stöck Ltd\s+2026-07-01\s+expiring\s+web \(used in ads!\)/);
    assert.match(out, /3 asset\(s\): 1 no end date, 1 expiring, 1 unknown\.\n$/);
  });

  it('usage errors exit 2', async () => {
    assert.equal((await run(['--format', 'xml'])).code, 2);
    assert.equal((await run(['--days', '-3'])).code, 2);
    assert.equal((await run(['--bogus'])).code, 2);
    assert.equal((await run(['does-not-exist'])).code, 2);
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /crossmedia-lint licences/);
  });
});

describe('related locations in other files', () => {
  it('a licence problem on a page points at the licence file entry with its line and column', async () => {
    const r = await cli(['examples/licences', '-f', 'json'], repoRoot());
    const related = (JSON.parse(r.stdout) as { messages: { ruleId: string; related?: { filePath: string; line: number; column: number; message: string }[] }[] }[])
      .flatMap((f) => f.messages).filter((m) => m.ruleId === 'licence-expired').flatMap((m) => m.related ?? []);
    assert.ok(related.length > 0, 'licence-expired has a related location');
    assert.match(related[0].filePath, /crossmedia-licences\.yaml$/);
    assert.ok(related[0].line > 1 && related[0].column > 1, JSON.stringify(related[0]));
  });
});
