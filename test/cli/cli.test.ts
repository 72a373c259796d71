import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { cli, tempProject, removeDir, repoRoot } from '../helpers/cli';

const PAGE_OK = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Shop</title>\n</head>\n<body>\n<p>Hi</p>\n</body>\n</html>\n';
const PAGE_BAD = '<!DOCTYPE html>\n<html>\n<head>\n<title>Shop</title>\n<style>\na { color: #FFFFFF; }\n</style>\n</head>\n<body>\n<img src="a.png">\n<p style="color: #AABBCC">x</p>\n</body>\n</html>\n';

describe('CLI', () => {
  const dirs: string[] = [];
  const project = (files: Record<string, string | Uint8Array>) => { const d = tempProject(files); dirs.push(d); return d; };
  after(() => dirs.forEach(removeDir));

  it('exits 0 and prints nothing on a clean folder', async () => {
    const dir = project({ 'index.html': PAGE_OK });
    const r = await cli(['.'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
  });

  it('exits 1 with problems grouped by file in stylish format', async () => {
    const dir = project({ 'index.html': PAGE_BAD, 'ok.html': PAGE_OK });
    const r = await cli([], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^index\.html$/m);
    assert.match(r.stdout, /^\s+10:1\s+error\s+Image "a\.png" has no alt attribute.*img-alt$/m);
    assert.match(r.stdout, /^\s+2:1\s+error\s+The page has no lang attribute on <html>\.\s+html-lang$/m);
    assert.doesNotMatch(r.stdout, /ok\.html/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colours when piped');
    assert.match(r.stdout, /✖ \d+ problems \(3 errors, \d+ warnings\)/);
  });

  it('reports stylelint problems inside <style> and style="" at their place in the HTML', async () => {
    const dir = project({ 'index.html': PAGE_BAD });
    const r = await cli(['--format', 'json'], dir);
    const [file] = JSON.parse(r.stdout);
    const hex = file.messages.filter((m: { ruleId: string }) => m.ruleId === 'stylelint/color-hex-length');
    assert.deepEqual(hex.map((m: { line: number; column: number; endLine: number; endColumn: number }) => [m.line, m.column, m.endLine, m.endColumn]), [[6, 12, 6, 19], [11, 18, 11, 25]]);
    // The fix removes exactly the three extra digits of #FFFFFF inside <style>.
    const at = PAGE_BAD.indexOf('#FFFFFF') + 4;
    assert.deepEqual(hex[0].fix, { range: [at, at + 3], text: '' });
  });

  it('--fix rewrites only what the fixes change, keeping BOM and CRLF', async () => {
    const text = '\ufeff<!DOCTYPE html>\r\n<html lang="en"><head><title>x</title></head>\r\n<body><p style="color: #AABBCC">é</p></body></html>\r\n';
    const dir = project({ 'index.html': text, 'other.html': PAGE_OK });
    const before = fs.statSync(path.join(dir, 'other.html')).mtimeMs;
    const r = await cli(['--fix'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const bytes = fs.readFileSync(path.join(dir, 'index.html'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    assert.equal(bytes.toString('utf8').slice(1), text.slice(1).replace('#AABBCC', '#ABC'));
    assert.equal(fs.statSync(path.join(dir, 'other.html')).mtimeMs, before, 'untouched file not rewritten');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['index.html', 'other.html'], 'no temp files left');
  });

  it('--fix-dry-run writes nothing and puts the output in the JSON', async () => {
    const dir = project({ 'a.css': 'a { color: #FFFFFF; }\n' });
    const r = await cli(['--fix-dry-run', '--format', 'json'], dir);
    assert.equal(fs.readFileSync(path.join(dir, 'a.css'), 'utf8'), 'a { color: #FFFFFF; }\n');
    assert.equal(JSON.parse(r.stdout)[0].output, 'a { color: #FFF; }\n');
  });

  it('never rewrites a file that is not valid UTF-8', async () => {
    const latin = Buffer.concat([Buffer.from('a { color: #FFFFFF; content: "caf'), Buffer.from([0xe9]), Buffer.from('"; }\n')]);
    const dir = project({ 'a.css': latin });
    const r = await cli(['--fix', '--format', 'json'], dir);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'a.css')), latin);
    const msgs = JSON.parse(r.stdout)[0].messages;
    assert.ok(msgs.some((m: { ruleId: string; line: number; column: number }) => m.ruleId === 'file-read-error' && m.line === 1 && m.column === 34));
  });

  it('--quiet drops warnings; --max-warnings turns warnings into exit 1', async () => {
    const dir = project({ 'a.css': 'a { color: #FFFFFF; }\n' });
    assert.equal((await cli([], dir)).code, 0);
    assert.equal((await cli(['--quiet'], dir)).stdout, '');
    const over = await cli(['--max-warnings', '0'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /too many warnings \(maximum: 0\)/);
    assert.equal((await cli(['--max-warnings', '5'], dir)).code, 0);
  });

  it('--rule changes a severity and rejects unknown rules with exit 2', async () => {
    const dir = project({ 'index.html': PAGE_BAD });
    const r = await cli(['--rule', 'img-alt=off', '--rule', 'html-lang=warn', '--format', 'json'], dir);
    const msgs = JSON.parse(r.stdout)[0].messages;
    assert.ok(!msgs.some((m: { ruleId: string }) => m.ruleId === 'img-alt'));
    assert.equal(msgs.find((m: { ruleId: string }) => m.ruleId === 'html-lang').severity, 1);
    const bad = await cli(['--rule', 'img-alts=error'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Unknown rule "img-alts"/);
  });

  it('usage errors exit 2', async () => {
    const dir = project({ 'a.css': 'a{}' });
    assert.equal((await cli(['--format', 'xml'], dir)).code, 2);
    assert.equal((await cli(['--bogus'], dir)).code, 2);
    const missing = await cli(['nope'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such file or folder: nope/);
  });

  it('writes several formats at once, to files and stdout', async () => {
    const dir = project({ 'index.html': PAGE_BAD });
    const r = await cli(['-f', 'stylish', '-f', 'json=out/r.json', '-f', 'junit=out/r.xml', '-f', 'github=out/gh.txt', '-f', 'html=out/r.html'], path.join(dir));
    assert.equal(r.code, 1);
    assert.match(r.stdout, /img-alt/);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'out/r.json'), 'utf8'));
    assert.equal(json[0].errorCount, 3, "img-alt, html-lang and asset-missing-file");
    const xml = fs.readFileSync(path.join(dir, 'out/r.xml'), 'utf8');
    assert.match(xml, /<testsuite package="crossmedia-lint"[^>]*name="index\.html"/);
    assert.match(xml, /<error message="Image &quot;a\.png&quot; has no alt attribute/);
    const gh = fs.readFileSync(path.join(dir, 'out/gh.txt'), 'utf8');
    assert.match(gh, /^::error file=index\.html,line=10,col=1,endLine=10,endColumn=18,title=img-alt::Image "a\.png" has no alt/m);
    assert.match(fs.readFileSync(path.join(dir, 'out/r.html'), 'utf8'), /<td>10:1<\/td><td>error<\/td>/);
  }).timeout(30000);

  it('json output has ESLint\'s shape', async () => {
    const dir = project({ 'index.html': PAGE_BAD });
    const [file] = JSON.parse((await cli(['-f', 'json'], dir)).stdout);
    assert.equal(file.filePath, path.join(dir, 'index.html'));
    for (const key of ['messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount']) assert.ok(key in file, key);
    const alt = file.messages.find((m: { ruleId: string }) => m.ruleId === 'img-alt');
    assert.deepEqual(
      { ruleId: alt.ruleId, severity: alt.severity, line: alt.line, column: alt.column, endLine: alt.endLine, endColumn: alt.endColumn },
      { ruleId: 'img-alt', severity: 2, line: 10, column: 1, endLine: 10, endColumn: 18 });
    const insertAt = PAGE_BAD.indexOf('<img src="a.png"') + '<img src="a.png"'.length;
    assert.deepEqual(alt.suggestions[0].fix, { range: [insertAt, insertAt], text: ' alt=""' });
    assert.match(alt.docsUrl, /rules\/img-alt\/README\.md$/);
  });

  it('sarif output is valid SARIF 2.1.0 with rule metadata and help URIs', async () => {
    const dir = project({ 'index.html': PAGE_BAD, 'sub/b.css': 'a { colr: red }' });
    const r = await cli(['--format', 'sarif'], dir);
    const log: any = JSON.parse(r.stdout);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
    const valid: boolean = validate(JSON.parse(r.stdout)) as boolean;
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    const rules = log.runs[0].tool.driver.rules;
    const imgAlt = rules.find((x: { id: string }) => x.id === 'img-alt');
    assert.match(imgAlt.helpUri, /img-alt\/README\.md$/);
    assert.ok(imgAlt.properties.tags.includes('wcag1.1.1'));
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'img-alt');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'index.html');
    assert.equal(result.locations[0].physicalLocation.region.startLine, 10);
    assert.ok(log.runs[0].results.some((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri === 'sub/b.css'));
  });

  it('--list-rules --format json gives every rule with its full meta', async () => {
    const dir = project({});
    const r = await cli(['--list-rules', '--format', 'json'], dir);
    const list = JSON.parse(r.stdout);
    const alt = list.find((x: { id: string }) => x.id === 'img-alt');
    assert.deepEqual(alt.meta.docs.act, ['23a2a8']);
    assert.equal(alt.meta.domain, 'a11y');
    assert.ok(list.some((x: { id: string }) => x.id === 'stylelint/color-hex-length'));
    assert.ok(list.some((x: { id: string }) => x.id === 'htmlhint/tag-pair'));
  });

  it('lints the bundled examples and exits 1', async () => {
    const r = await cli(['examples/site'], repoRoot());
    assert.equal(r.code, 1);
    assert.match(r.stdout, /examples\/site\/index\.html/);
  });
});
