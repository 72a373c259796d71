#!/usr/bin/env node
'use strict';
// The language server for editors other than VS Code: `crossmedia-lint-language-server --stdio`.
const path = require('node:path');
const fs = require('node:fs');
// The compiled tree when present (a checkout, the npm package); else the bundle the .vsix ships.
const compiled = path.join(__dirname, '..', 'out', 'server', 'src', 'lsp', 'main.js');
const bundled = path.join(__dirname, '..', 'dist', 'server.js');
const entry = fs.existsSync(compiled) ? compiled : bundled;
require(entry).main(process.argv);
