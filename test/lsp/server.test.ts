import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import {
  CodeActionRequest, HoverRequest, ExecuteCommandRequest, CancellationTokenSource, DidSaveTextDocumentNotification,
  ResponseError, LSPErrorCodes, type CodeAction, type Diagnostic, type Hover, type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { startClient, uriOf, applyTextEdits, type TestClient } from './client';

const PAGE = `<!doctype html>
<html>
<head>
  <title>Spring</title>
  <style>
    .hero { color: #FFFFFF; }
  </style>
</head>
<body>
  <img src="logo.png">
</body>
</html>
`;
// A real 3×2 PNG, so that hovers have header facts to show.
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4); head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}
const IHDR = Buffer.alloc(13); IHDR.writeUInt32BE(3, 0); IHDR.writeUInt32BE(2, 4); IHDR[8] = 8; IHDR[9] = 2;
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', IHDR), chunk('IDAT', zlib.deflateSync(Buffer.alloc(2 * (1 + 9)))), chunk('IEND', Buffer.alloc(0))]);

function fixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cml-lsp-'));
  fs.writeFileSync(path.join(dir, 'crossmedia-lint.config.json'), JSON.stringify({ root: true, extends: 'recommended', language: 'en' }, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE);
  fs.writeFileSync(path.join(dir, 'logo.png'), PNG);
  fs.writeFileSync(path.join(dir, 'site.css'), 'a { color: #FFFFFF; }\n');
  fs.writeFileSync(path.join(dir, 'broken.json'), '{ "a": 1,, }\n');
  return dir;
}

/** Polls a condition set by notifications; no timing is asserted, mocha's timeout bounds it. */
async function waitFor(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 20));
}
const ids = (ds: Diagnostic[]) => ds.map((d) => String(d.code));
const has = (id: string) => (ds: Diagnostic[]) => ids(ds).includes(id);
const lacks = (id: string) => (ds: Diagnostic[]) => !ids(ds).includes(id);

describe('language server over stdio (JSON-RPC client)', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  let page: string;
  before(async () => {
    dir = fixture();
    page = path.join(dir, 'index.html');
    client = await startClient({ root: dir });
  });
  after(async () => {
    if (client && client.child.exitCode === null) client.child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics for an opened page', async () => {
    client.open(page, PAGE, 'html');
    const ds = await client.waitForDiagnostics(uriOf(page), (d) => has('html-lang')(d) && has('img-alt')(d));
    const lang = ds.find((d) => d.code === 'html-lang')!;
    assert.equal(lang.source, 'crossmedia-lint');
    assert.deepEqual(lang.range.start, { line: 1, character: 0 });
    assert.ok(lang.codeDescription?.href, 'links the rule documentation');
  });

  it('diagnoses files nobody opened through the workspace run', async () => {
    const ds = await client.waitForDiagnostics(uriOf(path.join(dir, 'broken.json')), (d) => d.length > 0);
    assert.ok(ids(ds).includes('json-parse-error'), ids(ds).join());
  });

  it('updates diagnostics when the text changes, before it is saved', async () => {
    const edited = PAGE.replace('<html>', '<html lang="en">');
    client.change(page, edited);
    const ds = await client.waitForDiagnostics(uriOf(page), lacks('html-lang'));
    assert.ok(has('img-alt')(ds));
    client.change(page, PAGE);
    await client.waitForDiagnostics(uriOf(page), has('html-lang'));
  });

  it('offers the fix, suggestions, disable comments, documentation and fix-all', async () => {
    const ds = await client.waitForDiagnostics(uriOf(page), has('html-lang'));
    const img = ds.find((d) => d.code === 'img-alt')!;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(page) }, range: img.range, context: { diagnostics: [img] } }) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable img-alt for this line'), titles.join(' | '));
    assert.ok(titles.includes('Disable img-alt for the entire file'), titles.join(' | '));
    assert.ok(titles.includes('Show documentation for img-alt'), titles.join(' | '));
    const suggestion = actions.find((a) => a.edit && /alt/i.test(a.title) && !a.title.startsWith('Disable'))!;
    assert.ok(suggestion, titles.join(' | '));
    const after = applyTextEdits(PAGE, suggestion.edit!.changes![uriOf(page)]);
    assert.match(after, /<img src="logo.png" alt="">/);

    const disableLine = actions.find((a) => a.title === 'Disable img-alt for this line')!;
    const disabled = applyTextEdits(PAGE, disableLine.edit!.changes![uriOf(page)]);
    assert.match(disabled, /\n  <!-- crossmedia-lint-disable-next-line img-alt -->\n  <img src="logo.png">/);
    client.change(page, disabled);
    await client.waitForDiagnostics(uriOf(page), (d) => lacks('img-alt')(d) && has('html-lang')(d));
    client.change(page, PAGE);
    await client.waitForDiagnostics(uriOf(page), has('img-alt'));
  });

  it('applies the quick fix and the problem goes away', async () => {
    const ds = await client.waitForDiagnostics(uriOf(page), has('html-lang'));
    const lang = ds.find((d) => d.code === 'html-lang')!;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(page) }, range: lang.range, context: { diagnostics: [lang], only: ['quickfix'] } }) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Fix this html-lang problem')!;
    assert.ok(fix?.isPreferred, actions.map((a) => a.title).join(' | '));
    const fixed = applyTextEdits(PAGE, fix.edit!.changes![uriOf(page)]);
    assert.match(fixed, /<html lang="en">/);
    client.change(page, fixed);
    await client.waitForDiagnostics(uriOf(page), lacks('html-lang'));
    client.change(page, PAGE);
    await client.waitForDiagnostics(uriOf(page), has('html-lang'));
  });

  it('writes CSS comments inside <style> when disabling a stylelint problem there', async () => {
    const ds = await client.waitForDiagnostics(uriOf(page), has('stylelint/color-hex-length'));
    const d = ds.find((x) => x.code === 'stylelint/color-hex-length')!;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(page) }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    const line = actions.find((a) => a.title === 'Disable stylelint/color-hex-length for this line')!;
    const text = applyTextEdits(PAGE, line.edit!.changes![uriOf(page)]);
    assert.match(text, /\n    \/\* crossmedia-lint-disable-next-line stylelint\/color-hex-length \*\/\n    \.hero/);
  });

  it('fixes everything fixable through source.fixAll.crossmediaLint', async () => {
    const css = path.join(dir, 'site.css');
    const text = 'a { color: #FFFFFF; }\nb { color: #AABBCC; }\n';
    client.open(css, text, 'css');
    await client.waitForDiagnostics(uriOf(css), (d) => ids(d).filter((i) => i === 'stylelint/color-hex-length').length === 2);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(css) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.crossmediaLint'] } }) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.crossmediaLint');
    assert.equal(applyTextEdits(text, actions[0].edit!.changes![uriOf(css)]), 'a { color: #FFF; }\nb { color: #ABC; }\n');
  });

  it('fix-all right after an edit fixes the edited text (save within the typing debounce)', async () => {
    const css = path.join(dir, 'typed.css');
    client.open(css, 'a { color: #FFFFFF; }\n', 'css');
    const typed = 'a { color: #FFFFFF; }\nb { color: #AABBCC; }\n.note { color: #DDEEFF; }\n';
    client.change(css, typed);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(css) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.crossmediaLint'] } }) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(applyTextEdits(typed, actions[0].edit!.changes![uriOf(css)]), 'a { color: #FFF; }\nb { color: #ABC; }\n.note { color: #DEF; }\n');
    client.change(css, '');
  });

  it('applies fix-all through a server command and workspace/applyEdit', async () => {
    const css = path.join(dir, 'site.css');
    const res = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'crossmediaLint.applyFixAll', arguments: [uriOf(css)] }) as { applied: boolean };
    assert.equal(res.applied, true);
    const edit = client.appliedEdits.at(-1)!;
    assert.equal(applyTextEdits('a { color: #FFFFFF; }\nb { color: #AABBCC; }\n', edit.changes![uriOf(css)]), 'a { color: #FFF; }\nb { color: #ABC; }\n');
  });

  it('hovers an image reference with its bytes, format and dimensions', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(page) }, position: { line: 9, character: 14 } }) as Hover;
    const md = (hover.contents as MarkupContent).value;
    assert.match(md, /logo\.png/);
    assert.match(md, new RegExp(`${PNG.length} bytes`));
    assert.match(md, /PNG/);
    assert.match(md, /3 × 2/);
    assert.match(md, /Licence: unknown \(no licence entry and no rights metadata in the file\)/);
  });

  it('hovers a rule id in the configuration file with its description', async () => {
    const cfg = path.join(dir, 'crossmedia-lint.config.json');
    const text = JSON.stringify({ root: true, extends: 'recommended', language: 'en', rules: { 'img-alt': 'warn' } }, null, 2) + '\n';
    client.open(cfg, text, 'json');
    const line = text.split('\n').findIndex((l) => l.includes('"img-alt"'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(cfg) }, position: { line, character: 8 } }) as Hover;
    assert.match((hover.contents as MarkupContent).value, /\*\*img-alt\*\*/);
  });

  it('reports a configuration error on the configuration file', async () => {
    const cfg = path.join(dir, 'crossmedia-lint.config.json');
    const bad = JSON.stringify({ root: true, extends: 'recommended', rules: { 'no-such-rule': 'warn' } }, null, 2) + '\n';
    client.change(cfg, bad);
    const ds = await client.waitForDiagnostics(uriOf(cfg), has('config'));
    assert.match(String(ds.find((d) => d.code === 'config')!.message), /no-such-rule/);
    const good = JSON.stringify({ root: true, extends: 'recommended', language: 'en' }, null, 2) + '\n';
    client.change(cfg, good);
    await client.waitForDiagnostics(uriOf(cfg), lacks('config'));
  });

  it('runs "Lint workspace" and reports its totals', async () => {
    const res = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'crossmediaLint.lintWorkspace' }) as { files: number; errors: number };
    assert.ok(res.files >= 5, JSON.stringify(res));
    assert.ok(res.errors >= 1, JSON.stringify(res));
  });

  it('relints open pages when a stylesheet they link is edited, before it is saved', async () => {
    const styled = path.join(dir, 'styled.html');
    const css = path.join(dir, 'styled.css');
    const pageText = '<!doctype html><html lang="en"><head><title>Styled page</title><link rel="stylesheet" href="styled.css"></head>\n<body><p class="note">Opening hours change in May.</p></body></html>\n';
    fs.writeFileSync(styled, pageText);
    fs.writeFileSync(css, '.note { color: #ddd; background: #fff; }\n');
    client.open(styled, pageText, 'html');
    await client.waitForDiagnostics(uriOf(styled), has('text-contrast-minimum'));
    client.open(css, '.note { color: #ddd; background: #fff; }\n', 'css');
    client.change(css, '.note { color: #222; background: #fff; }\n');
    await client.waitForDiagnostics(uriOf(styled), lacks('text-contrast-minimum'));
  });

  it('cancels a workspace run when the client cancels the request', async () => {
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'crossmediaLint.lintWorkspace' }, source.token);
    source.cancel();
    await assert.rejects(pending, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
    // The server keeps working after a cancellation.
    const page2 = path.join(dir, 'second.html');
    client.open(page2, '<!doctype html><html lang="en"><head><title>x</title></head><body><img src="a.png"></body></html>\n', 'html');
    await client.waitForDiagnostics(uriOf(page2), has('img-alt'));
  });

  it('refreshes after save', async () => {
    const page3 = path.join(dir, 'third.html');
    const text = '<!doctype html><html><head><title>x</title></head><body></body></html>\n';
    fs.writeFileSync(page3, text);
    client.open(page3, text, 'html');
    await client.waitForDiagnostics(uriOf(page3), has('html-lang'));
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: uriOf(page3) } });
    await client.waitForDiagnostics(uriOf(page3), has('html-lang'));
  });

  it('shuts down cleanly', async () => {
    const code = await client.stop();
    assert.equal(code, 0);
  });
});

describe('language server settings', function () {
  this.timeout(30000);
  it('applies severity overrides from the editor settings and reports restricted mode', async () => {
    const dir = fixture();
    const client = await startClient({ root: dir, settings: { rules: { 'img-alt': 'off' } }, initializationOptions: { trusted: false } });
    try {
      const page = path.join(dir, 'index.html');
      client.open(page, PAGE, 'html');
      const ds = await client.waitForDiagnostics(uriOf(page), has('html-lang'));
      assert.ok(lacks('img-alt')(ds), ids(ds).join());
      await waitFor(() => client.statuses.length > 0);
      assert.ok(client.statuses.every((s) => s.restricted));
    } finally {
      assert.equal(await client.stop(), 0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('publishes nothing when disabled', async () => {
    const dir = fixture();
    const client = await startClient({ root: dir, settings: { enable: false } });
    try {
      const page = path.join(dir, 'index.html');
      client.open(page, PAGE, 'html');
      const res = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(page) }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, context: { diagnostics: [] } });
      assert.deepEqual(res, []);
      await waitFor(() => client.statuses.at(-1)?.state === 'disabled');
    } finally {
      assert.equal(await client.stop(), 0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
