// Real VS Code (code-server) in headless Chromium with the packaged .vsix installed: the examples'
// problems reach the Problems panel, a quick fix and fix-on-save change files on disk, and Restricted
// Mode shows in the status item. Screenshots of every step go to OUT.
// Env: CS_NODE (Node 24), CS_BIN (code-server entry.js), VSIX, OUT, WORK, EXAMPLES.
import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

const need = (k) => { const v = process.env[k]; if (!v) throw new Error(`${k} is not set`); return v; };
const CS_NODE = need('CS_NODE'), CS_BIN = need('CS_BIN'), VSIX = need('VSIX'), OUT = need('OUT'), WORK = need('WORK'), EXAMPLES = need('EXAMPLES');
const home = path.join(WORK, 'home');
const isolated = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'), XDG_CACHE_HOME: path.join(home, '.cache') };
const log = (s) => process.stdout.write(`${s}\n`);

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

function userDataDir(name, settings) {
  const dir = path.join(WORK, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return dir;
}

async function startCodeServer({ folder, udd, exts, trust }) {
  const port = await freePort();
  const args = [CS_BIN, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', udd, '--extensions-dir', exts,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--ignore-last-opened'];
  if (!trust) { /* workspace trust stays on: the folder opens in Restricted Mode */ } else args.push('--disable-workspace-trust');
  args.push(folder);
  const child = spawn(CS_NODE, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: isolated });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start\n${output}`)), 120000);
    const check = () => { if (/HTTP server listening/.test(output)) { clearTimeout(timer); resolve(); } };
    child.stdout.on('data', check); child.stderr.on('data', check);
    child.on('exit', (c) => { clearTimeout(timer); reject(new Error(`code-server exited ${c}\n${output}`)); });
  });
  return { url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`, stop: () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } }, output: () => output };
}

async function browser() {
  const { chromium } = await import('playwright-core');
  const profile = path.join(WORK, 'chromium-profile');
  fs.rmSync(profile, { recursive: true, force: true });
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function until(check, what, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (await check()) return; await new Promise((r) => setTimeout(r, 200)); }
  throw new Error(`timed out waiting for ${what}`);
}

const baseSettings = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.autoClosingBrackets': 'never',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  '[css]': { 'editor.codeActionsOnSave': { 'source.fixAll.crossmediaLint': 'explicit' } },
  // The default save budget (750 ms) is short on two cores shared with Chromium and code-server.
  'editor.codeActionsOnSaveTimeout': 5000,
};

const results = [];
let current;
async function step(name, fn) {
  const t0 = Date.now();
  try { await fn(); results.push([name, true]); log(`ok   ${name} (${Date.now() - t0} ms)`); }
  catch (e) {
    results.push([name, false]);
    log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    await current?.screenshot({ path: path.join(OUT, `failed-${results.length}.png`) }).catch(() => {});
    throw e;
  }
}

async function openFolder(page, url, firstRow) {
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: firstRow }).first().waitFor({ timeout: 120000 });
}

async function trustedRun() {
  const ws = path.join(WORK, 'ws-trusted');
  fs.rmSync(ws, { recursive: true, force: true });
  fs.cpSync(EXAMPLES, ws, { recursive: true });
  const exts = path.join(WORK, 'exts');
  const udd = userDataDir('udd-trusted', baseSettings);
  execFileSync(CS_NODE, [CS_BIN, '--user-data-dir', udd, '--extensions-dir', exts, '--install-extension', VSIX, '--force'], { env: isolated, stdio: 'ignore' });
  const cs = await startCodeServer({ folder: ws, udd, exts, trust: true });
  const ctx = await browser();
  try {
    const page = ctx.pages()[0] ?? await ctx.newPage();
    current = page;
    await openFolder(page, cs.url, 'index.html');
    const index = path.join(ws, 'index.html');

    await step('examples show their problems in the Problems panel', async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'index.html' }).first().dblclick();
      await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning', { timeout: 120000 });
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'logo.png' }).first().waitFor({ timeout: 60000 });
      await page.screenshot({ path: path.join(OUT, '1-problems.png') });
      // A file nobody opened is covered by the workspace run (filtered: the list is virtualised).
      const filter = page.locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input').first();
      await filter.fill('site.css');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'property-no-unknown' }).first().waitFor({ timeout: 60000 });
      await page.screenshot({ path: path.join(OUT, '1b-problems-unopened-file.png') });
      await filter.fill('');
    });

    await step('the quick fix changes the file', async () => {
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'logo.png' }).first().click();
      await page.waitForTimeout(300);
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10000 });
      await page.keyboard.type('>Quick Fix...');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Quick Fix...' }).first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Mark as decorative' });
      await item.first().waitFor({ timeout: 30000 });
      await page.screenshot({ path: path.join(OUT, '2-quickfix-menu.png') });
      await item.first().click();
      await page.keyboard.press('Control+S');
      await until(() => /<img src="images\/logo.png" width="120" height="40" alt="">/.test(fs.readFileSync(index, 'utf8')), 'alt="" on disk');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'logo.png' }).first().waitFor({ state: 'detached', timeout: 30000 });
      await page.screenshot({ path: path.join(OUT, '3-fixed.png') });
    });

    await step('fix-on-save (source.fixAll.crossmediaLint) rewrites the CSS', async () => {
      const css = path.join(ws, 'css', 'site.css');
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^css$/ }).first().click();
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'site.css' }).first().dblclick();
      await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error', { timeout: 60000 });
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+End');
      const squiggles = () => page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').count();
      const before = await squiggles();
      await page.keyboard.type('\n.note { color: #AABBCC; }\n');
      // Save once the server has linted the typed line (its squiggle shows), as a person would
      // after a pause; saving within the typing debounce is covered by the protocol tests.
      await until(async () => (await squiggles()) > before, 'a problem on the typed line', 30000);
      await page.keyboard.press('Control+S');
      await until(() => { const t = fs.readFileSync(css, 'utf8'); return t.includes('.note { color: #ABC; }') && !t.includes('#222222'); }, 'fixed CSS on disk');
      await page.screenshot({ path: path.join(OUT, '4-fix-on-save.png') });
    });
  } finally {
    await ctx.close();
    cs.stop();
  }
}

async function restrictedRun() {
  const ws = path.join(WORK, 'ws-restricted');
  fs.rmSync(ws, { recursive: true, force: true });
  fs.cpSync(EXAMPLES, ws, { recursive: true });
  const exts = path.join(WORK, 'exts');
  const udd = userDataDir('udd-restricted', { ...baseSettings, 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.untrustedFiles': 'open' });
  const cs = await startCodeServer({ folder: ws, udd, exts, trust: false });
  const ctx = await browser();
  try {
    const page = ctx.pages()[0] ?? await ctx.newPage();
    current = page;
    await openFolder(page, cs.url, 'index.html');
    await step('Restricted Mode: the extension runs limited and the status item says so', async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'index.html' }).first().dblclick();
      const status = page.locator('.statusbar-item', { hasText: 'crossmedia-lint' });
      await until(async () => /restricted/.test((await status.first().textContent().catch(() => '')) ?? ''), 'restricted status item', 90000);
      // Bundled rules still run in Restricted Mode.
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'img-alt' }).first().waitFor({ timeout: 90000 });
      await page.screenshot({ path: path.join(OUT, '5-restricted.png') });
    });
  } finally {
    await ctx.close();
    cs.stop();
  }
}

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
let failed = false;
for (const run of [trustedRun, restrictedRun]) {
  try { await run(); } catch (e) { failed = true; log(String(e.stack ?? e).split('\n').slice(0, 3).join('\n')); }
}
log(`code-server: ${results.filter((r) => r[1]).length} passed, ${results.filter((r) => !r[1]).length + (failed && results.every((r) => r[1]) ? 1 : 0)} failed`);
process.exitCode = failed ? 1 : 0;
