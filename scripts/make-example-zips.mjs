#!/usr/bin/env node
// Builds examples/banners/google-ads-970x250.zip: a Google Ads banner zipped the way a Mac user's
// Finder "Compress" makes it (with __MACOSX and .DS_Store), carrying the defects documented in
// examples/banners/README.md. The output is deterministic (fixed dates) so the zip can be committed.
import { zipSync, strToU8 } from 'fflate';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mtime = new Date('2025-03-01T09:00:00Z');

const indexHtml = `<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="ad.size" content="width=970,height=250">
  <title>Spring sale billboard</title>
  <link rel="stylesheet" href="https://use.typekit.net/abc1def.css">
  <link rel="stylesheet" href="style.css">
  <script src="https://tpc.googlesyndication.com/pagead/gadgets/html5/api/exitapi.js"></script>
</head>
<body>
  <div id="banner">
    <h1>Spring sale</h1>
  </div>
  <script>
    document.getElementById('banner').addEventListener('click', function () { ExitApi.exit(); });
  </script>
</body>
</html>
`;

const styleCss = `@font-face {
  font-family: "Brand Sans";
  src: url("fonts/brand.woff2") format("woff2");
}

#banner {
  width: 970px;
  height: 250px;
  font-family: "Brand Sans", sans-serif;
}
`;

// A tiny but valid WOFF2-looking payload: the file type, not its content, is the defect.
const woff2 = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 1, 0, 0]);
const nested = zipSync({ 'backup.jpg': [new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), { mtime }] }, { level: 0 });
const appleDouble = new Uint8Array([0, 5, 0x16, 7, 0, 2, 0, 0]);
const dsStore = new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]);

const zip = zipSync({
  'index.html': [strToU8(indexHtml), { mtime }],
  'style.css': [strToU8(styleCss), { mtime }],
  'fonts/brand.woff2': [woff2, { mtime }],
  'backup.zip': [nested, { mtime, level: 0 }],
  '.DS_Store': [dsStore, { mtime }],
  '__MACOSX/._index.html': [appleDouble, { mtime }],
}, { level: 6 });

const out = join(root, 'examples', 'banners', 'google-ads-970x250.zip');
writeFileSync(out, zip);
console.log(`wrote ${out} (${zip.length} bytes)`);
