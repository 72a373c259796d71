#!/usr/bin/env node
'use strict';
// Runs every compiled *.test.js under out/ (except the slow end-to-end suites) with mocha and
// ends with the one line CI reads: "tests: N passed, N failed".
const fs = require('node:fs');
const path = require('node:path');
const mochaModule = require('mocha');
const Mocha = mochaModule.Mocha || mochaModule.default || mochaModule;

const root = path.join(__dirname, '..', 'out');
const only = process.argv.slice(2);
function collect(dir, acc) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'e2e' && e.name !== 'node_modules') collect(full, acc); }
    else if (e.name.endsWith('.test.js')) acc.push(full);
  }
  return acc;
}
const files = collect(root, []).filter((f) => !only.length || only.some((o) => f.includes(o))).sort();
const mocha = new Mocha({ reporter: process.env.MOCHA_REPORTER || 'dot', timeout: 60000 });
for (const f of files) mocha.addFile(f);
mocha.loadFilesAsync().then(() => {
  const runner = mocha.run((failures) => {
    const s = runner.stats || {};
    const passed = s.passes || 0, failed = s.failures || 0, skipped = s.pending || 0;
    console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    process.exitCode = failures ? 1 : 0;
  });
}, (e) => {
  console.error(e);
  console.log('tests: 0 passed, 1 failed');
  process.exitCode = 1;
});
