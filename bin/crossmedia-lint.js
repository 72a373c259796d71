#!/usr/bin/env node
'use strict';
const { runCli } = require('../out/server/src/cli/main.js');
runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: !!process.stdout.isTTY,
}).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`crossmedia-lint: fatal error: ${e && e.stack || e}\n`); process.exitCode = 2; },
);
