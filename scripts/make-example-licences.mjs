#!/usr/bin/env node
// Writes the assets of examples/licences: real JPEG/PNG/WebP/SVG/MP3/font files carrying (or lacking)
// rights metadata, made with the compiled rights writers and test builders (compile first:
// `npx tsc -p .`). The pages, the stylesheet and crossmedia-licences.yaml are written by hand.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const out = (...p) => path.join(here, '..', 'out', ...p);
const w = require(out('server', 'src', 'engine', 'facts', 'rights', 'write.js'));
const img = require(out('test', 'facts', 'image-bytes.js'));
const font = require(out('test', 'fixtures', 'media', 'fontBuilder.js'));
const root = path.join(here, '..', 'examples', 'licences');

const jpegOf = (rights, { iptc = false } = {}) => {
  let jpeg = w.embedXmpInJpeg(img.jpeg({ width: 64, height: 40 }), w.buildXmpPacket(rights));
  if (iptc) jpeg = w.embedIptcInJpeg(jpeg, w.buildIptcIim(rights, { utf8: true }));
  return jpeg;
};

const files = {
  // Licensed through the licence file, rights embedded as XMP and IPTC-IIM (UTF-8), all consistent.
  'img/hero.jpg': jpegOf({
    creator: ['Jäne Ëxample'], copyrightNotice: '© 2025 Example Stock Ltd', creditLine: 'Foto: Jäne Ëxample / Example Stock',
    licensorName: 'Example Stock Ltd', licensorUrl: 'https://stock.example.com/buy/4711', webStatement: 'https://stock.example.com/licence/4711',
  }, { iptc: true }),
  // No metadata and no entry: licence-missing.
  'img/team.png': img.png({ width: 48, height: 32 }),
  // WebP with XMP; its entry ended on 2024-12-31: licence-expired.
  'img/beach.webp': w.embedXmpInWebp(img.webpLossy(30, 20), w.buildXmpPacket({ creator: ['Lüis Fotógrafo'], licensorName: 'Example Stock Ltd', copyrightNotice: '© 2023 Example Stock Ltd' })),
  // The licence file names another photographer: licence-metadata-conflict.
  'img/portrait.jpg': jpegOf({ creator: ['Mårten Åberg'], licensorName: 'Example Stock Ltd' }),
  // Only embedded rights (a Creative Commons licence), no entry: counts as licence information.
  'img/pattern.png': w.embedXmpInPng(img.png({ width: 16, height: 16 }), w.buildXmpPacket({ creator: ['Ada Ümlaut'], licenseUrl: 'https://creativecommons.org/licenses/by/4.0/', creditLine: 'Pattern: Ada Ümlaut (CC BY 4.0)' })),
  // Editorial-only news photo used in the banner: licence-channel.
  'banner-300x250/news.jpg': jpegOf({ creator: ['Press Photo Agency'], usageTerms: 'Editorial use only. No advertising.', licensorName: 'Press Photo Agency' }),
  // A desktop font (fsType 0x0002, restricted licence embedding) served as a web font: licence-font-embedding.
  'fonts/BrandSans-Desktop.ttf': font.buildSfnt({
    head: font.buildHeadTable(),
    name: font.buildNameTable({ 0: 'Copyright © 2024 Example Foundry', 1: 'Brand Sans', 2: 'Regular', 9: 'Jörg Type', 13: 'Desktop licence: no web embedding', 14: 'https://foundry.example.com/eula' }),
    'OS/2': font.buildOs2Table({ fsType: 0x0002 }),
  }),
};

// An audio jingle: the tone fixture with an ID3v2.4 tag (TCOP, WCOP, TPE1 in UTF-8).
const tone = fs.readFileSync(path.join(here, '..', 'test', 'fixtures', 'media', 'tone.mp3'));
const syncsafe = (n) => [(n >>> 21) & 0x7f, (n >>> 14) & 0x7f, (n >>> 7) & 0x7f, n & 0x7f];
const frame = (id, data) => Buffer.concat([Buffer.from(id, 'latin1'), Buffer.from(syncsafe(data.length)), Buffer.from([0, 0]), data]);
const text = (s) => Buffer.concat([Buffer.from([3]), Buffer.from(s, 'utf8')]);
const body = Buffer.concat([
  frame('TCOP', text('2025 Klang & Söhne Music')),
  frame('WCOP', Buffer.from('https://music.example.com/licence/jingle', 'latin1')),
  frame('TPE1', text('Klang & Söhne')),
]);
const oldTagEnd = 10 + ((tone[6] << 21) | (tone[7] << 14) | (tone[8] << 7) | tone[9]);
files['media/jingle.mp3'] = Buffer.concat([Buffer.from('ID3', 'latin1'), Buffer.from([4, 0, 0, ...syncsafe(body.length)]), body, tone.subarray(oldTagEnd)]);

for (const [name, data] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  fs.writeFileSync(path.join(root, name), data);
}
// An SVG logo with Creative Commons RDF in <metadata>.
fs.writeFileSync(path.join(root, 'img', 'logo.svg'), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10">
  <metadata>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <cc:Work rdf:about="">
        <dc:creator><cc:Agent><dc:title>Example Agency Design</dc:title></cc:Agent></dc:creator>
        <dc:rights><cc:Agent><dc:title>© 2025 Example Agency</dc:title></cc:Agent></dc:rights>
      </cc:Work>
    </rdf:RDF>
  </metadata>
  <rect width="40" height="10" fill="#123456"/>
</svg>
`);
console.log(`wrote ${Object.keys(files).length + 1} files to ${path.relative(process.cwd(), root)}`);
