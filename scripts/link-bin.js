#!/usr/bin/env node
'use strict';
// npm links the bins of dependencies into node_modules/.bin but not the project's own, so
// `npx crossmedia-lint` in a fresh clone would look for the package on the registry. Link them.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const binDir = path.join(root, 'node_modules', '.bin');
if (!fs.existsSync(path.join(root, 'node_modules'))) process.exit(0);
fs.mkdirSync(binDir, { recursive: true });
for (const [name, target] of Object.entries(pkg.bin || {})) {
  if (!fs.existsSync(path.join(root, target))) continue;
  const link = path.join(binDir, name);
  const rel = path.relative(binDir, path.join(root, target));
  try { fs.unlinkSync(link); } catch { /* not there yet */ }
  if (process.platform === 'win32') {
    fs.writeFileSync(link + '.cmd', `@node "%~dp0\\${rel.replace(/\//g, '\\')}" %*\r\n`);
  } else {
    fs.symlinkSync(rel, link);
    fs.chmodSync(path.join(root, target), 0o755);
  }
}
