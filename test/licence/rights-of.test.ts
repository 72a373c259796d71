// rightsOf over real files written to disk: every carrier and format, UTF-8 included.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeHost } from '../../server/src/engine/host';
import { Project } from '../../server/src/engine/model/project';
import { rightsOf, assetRightsOf } from '../../server/src/engine/facts/rights-of';
import { buildXmpPacket, buildExifTiff, buildIptcIim, embedIptcInJpeg } from '../../server/src/engine/facts/rights/write';
import type { RightsInfo } from '../../server/src/engine/facts/rights';
import { avif, gif } from '../facts/image-bytes';
import { jpegWith, jpegWithExifOnly, jpegWithIptcOnly, pngWith, webpWith, plainPng, fontWith } from './assets';
import { buildHeadTable, buildNameTable, buildOs2Table, wrapWoff } from '../fixtures/media/fontBuilder';

/** Every XMP field the writer supports, with non-ASCII text. */
const FULL: Partial<RightsInfo> = {
  creator: ['Jäne Ëxample', '山田 太郎'],
  copyrightNotice: '© 2025 Bildagentur Müller GmbH',
  creditLine: 'Foto: Jäne Ëxample / Müller',
  webStatement: 'https://stock.example.com/licence/ümlaut-123',
  licensorName: 'Bildagentur Müller',
  licensorUrl: 'https://stock.example.com/kaufen/123',
  usageTerms: 'Nur für Web und Social, bis 31.12.2026 — keine Werbung in Print',
  copyrightStatus: 'copyrighted',
  dataMining: 'http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-GENAIMLTRAINING',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  source: 'Bildagentur Müller Archiv',
  expires: '2026-12-31',
  modelReleaseStatus: 'http://ns.useplus.org/ldf/vocab/MR-ALL',
  keywords: ['Strand', 'Sommer ☀'],
};

function fixture(name: string): Uint8Array {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const p = path.join(dir, 'test/fixtures/media', name);
    if (fs.existsSync(p)) return new Uint8Array(fs.readFileSync(p));
    if (path.dirname(dir) === dir) throw new Error(`fixture ${name} not found`);
  }
}

const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => Buffer.from(p instanceof Uint8Array ? p : Uint8Array.from(p))));
const utf8 = (s: string) => new TextEncoder().encode(s);
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const u32be = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
const box = (type: string, ...content: (Uint8Array | number[])[]) => { const body = concat(...content); return concat(u32be(body.length + 8), ascii(type), body); };
const syncsafe = (n: number) => [(n >>> 21) & 0x7f, (n >>> 14) & 0x7f, (n >>> 7) & 0x7f, n & 0x7f];

/** An ID3v2.4 tag: text frames in UTF-8, WCOP and WXXX:LICENSE URLs. */
function id3v24(frames: [string, Uint8Array][]): Uint8Array {
  const body = concat(...frames.map(([id, data]) => concat(ascii(id), syncsafe(data.length), [0, 0], data)));
  return concat(ascii('ID3'), [4, 0, 0], syncsafe(body.length), body);
}
const textFrame = (id: string, text: string): [string, Uint8Array] => [id, concat([3], utf8(text))];

describe('rightsOf on real files', () => {
  let dir: string;
  let project: Project;
  const write = (name: string, bytes: Uint8Array | string) => {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, bytes);
    stale = true;
    return p;
  };
  // A project is a snapshot of the files (folder listings are read once): writing starts a new one.
  let stale = true;
  const current = () => {
    if (stale) { project = new Project(new NodeHost(), [dir], { maxFileSize: 8 << 20 }); stale = false; }
    return project;
  };
  const read = (name: string) => rightsOf(current(), path.join(dir, name));

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cml-rights-'));
    project = new Project(new NodeHost(), [dir], { maxFileSize: 8 << 20 });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('JPEG: every XMP field, UTF-8', () => {
    write('full.jpg', jpegWith(FULL));
    const r = read('full.jpg');
    const { origins, ...fields } = r;
    assert.deepEqual(origins, ['xmp']);
    assert.deepEqual(fields, FULL);
  });

  it('JPEG: IPTC-IIM in UTF-8 (1:90) alone, and EXIF Copyright/Artist alone', () => {
    write('iptc.jpg', jpegWithIptcOnly({ creator: ['Jäne Ëxample'], copyrightNotice: '© 2025 Müller', creditLine: 'Foto: Müller', source: 'Archiv Ö' }));
    const iptc = read('iptc.jpg');
    assert.deepEqual(iptc.origins, ['iptc']);
    assert.deepEqual(iptc.creator, ['Jäne Ëxample']);
    assert.equal(iptc.copyrightNotice, '© 2025 Müller');
    assert.equal(iptc.creditLine, 'Foto: Müller');
    assert.equal(iptc.source, 'Archiv Ö');

    write('exif.jpg', jpegWithExifOnly({ copyright: '© 2025 Jäne', artist: 'Jäne Ëxample' }));
    const exif = read('exif.jpg');
    assert.deepEqual(exif.origins, ['exif']);
    assert.equal(exif.copyrightNotice, '© 2025 Jäne');
    assert.deepEqual(exif.creator, ['Jäne Ëxample']);
  });

  it('JPEG: XMP wins over IPTC field by field, IPTC fills the gaps', () => {
    write('mixed.jpg', embedIptcInJpeg(jpegWith({ copyrightNotice: '© XMP Öwner' }), buildIptcIim({ copyrightNotice: '© IIM Öwner', creditLine: 'IIM Crédit' }, { utf8: true })));
    const r = read('mixed.jpg');
    assert.equal(r.copyrightNotice, '© XMP Öwner');
    assert.equal(r.creditLine, 'IIM Crédit');
    assert.deepEqual(r.origins, ['xmp', 'iptc']);
  });

  it('PNG (iTXt XMP), WebP (XMP chunk), GIF (XMP application extension): every field', () => {
    write('full.png', pngWith(FULL));
    write('full.webp', webpWith(FULL));
    write('full.gif', gif({ width: 2, height: 2, delays: [0], xmp: buildXmpPacket(FULL) }));
    for (const name of ['full.png', 'full.webp', 'full.gif']) {
      const { origins, ...fields } = read(name);
      assert.deepEqual(origins, ['xmp'], name);
      assert.deepEqual(fields, FULL, name);
    }
  });

  it('AVIF: XMP item and EXIF item', () => {
    write('full.avif', avif({ width: 4, height: 4, xmp: buildXmpPacket(FULL), exif: buildExifTiff({ copyright: '© EXIF Ünterschrift', artist: 'EXIF Ärtist' }) }));
    const r = read('full.avif');
    assert.deepEqual(r.origins, ['xmp', 'exif']);
    const { origins, ...fields } = r;
    void origins;
    assert.deepEqual(fields, FULL);
    write('exif.avif', avif({ width: 4, height: 4, exif: buildExifTiff({ copyright: '© EXIF Ünterschrift', artist: 'EXIF Ärtist' }) }));
    assert.equal(read('exif.avif').copyrightNotice, '© EXIF Ünterschrift');
    assert.deepEqual(read('exif.avif').creator, ['EXIF Ärtist']);
  });

  it('SVG: RDF cc:Work in <metadata>, and a REUSE SPDX comment', () => {
    write('logo.svg', `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><metadata>
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#"
           xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">
    <cc:Work rdf:about="">
      <dc:creator><cc:Agent><dc:title>Jäne Ëxample</dc:title></cc:Agent></dc:creator>
      <dc:rights><cc:Agent><dc:title>© 2025 Stüdio GmbH</dc:title></cc:Agent></dc:rights>
      <cc:license rdf:resource="http://creativecommons.org/licenses/by/4.0/"/>
      <xmpRights:WebStatement>https://example.com/licences/lögo</xmpRights:WebStatement>
    </cc:Work>
  </rdf:RDF></metadata><rect width="10" height="10"/></svg>`);
    const r = read('logo.svg');
    assert.deepEqual(r.origins, ['svg']);
    assert.deepEqual(r.creator, ['Jäne Ëxample']);
    assert.equal(r.copyrightNotice, '© 2025 Stüdio GmbH');
    assert.equal(r.licenseUrl, 'http://creativecommons.org/licenses/by/4.0/');
    assert.equal(r.webStatement, 'https://example.com/licences/lögo');
    write('icon.svg', '<!-- SPDX-FileCopyrightText: 2025 Jäne Ëxample -->\n<!-- SPDX-License-Identifier: CC-BY-4.0 -->\n<svg xmlns="http://www.w3.org/2000/svg"/>');
    assert.match(read('icon.svg').copyrightNotice ?? '', /2025 Jäne Ëxample/);
  });

  it('MP3: ID3v2.4 TCOP, WCOP, TPE1, TPUB and WXXX:LICENSE in UTF-8', () => {
    const original = fixture('tone.mp3');
    const oldTagEnd = 10 + ((original[6] << 21) | (original[7] << 14) | (original[8] << 7) | original[9]);
    const tag = id3v24([
      textFrame('TCOP', '2025 Jäne Ëxample Records'),
      ['WCOP', ascii('https://example.com/rights/tone')],
      textFrame('TPE1', 'Jäne Ëxample'),
      textFrame('TPUB', 'Ëxample Records'),
      ['WXXX', concat([3], utf8('LICENSE'), [0], ascii('https://creativecommons.org/licenses/by-sa/4.0/'))],
    ]);
    write('tone.mp3', concat(tag, original.subarray(oldTagEnd)));
    const r = read('tone.mp3');
    assert.deepEqual(r.origins, ['id3']);
    assert.equal(r.copyrightNotice, '2025 Jäne Ëxample Records');
    assert.equal(r.webStatement, 'https://example.com/rights/tone');
    assert.deepEqual(r.creator, ['Jäne Ëxample']);
    assert.equal(r.source, 'Ëxample Records');
    assert.equal(r.licenseUrl, 'https://creativecommons.org/licenses/by-sa/4.0/');
  });

  it('MP4: iTunes cprt and the XMP uuid box', () => {
    const original = fixture('rotated-90.mp4'); // moov is the last box, at 1364
    const moovAt = 1364;
    const data = box('data', u32be(1), u32be(0), utf8('© 2025 Fïlm Ëxample'));
    const meta = box('meta', [0, 0, 0, 0], box('hdlr', new Uint8Array(8), ascii('mdir'), new Uint8Array(13)), box('ilst', box('cprt', data)));
    const xmp = buildXmpPacket({ creator: ['Régisseur Ö'], licensorName: 'Clip Stöck', webStatement: 'https://clips.example.com/l/1', expires: '2027-01-31' });
    const uuid = box('uuid', Uint8Array.from(Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex')), utf8(xmp));
    write('clip.mp4', concat(original.subarray(0, moovAt), box('moov', original.subarray(moovAt + 8), box('udta', meta)), uuid));
    const r = read('clip.mp4');
    assert.deepEqual(r.origins, ['xmp', 'mp4']);
    assert.equal(r.copyrightNotice, '© 2025 Fïlm Ëxample');
    assert.deepEqual(r.creator, ['Régisseur Ö']);
    assert.equal(r.licensorName, 'Clip Stöck');
    assert.equal(r.webStatement, 'https://clips.example.com/l/1');
    assert.equal(r.expires, '2027-01-31');
  });

  it('fonts: name records (copyright, designer, licence, licence URL) and fsType, TTF and WOFF', () => {
    const names = { 0: 'Copyright © 2025 Schrift & Söhne', 1: 'Schön Sans', 2: 'Regular', 8: 'Schrift & Söhne', 9: 'Jörg Designer', 13: 'Lizenz: nur Desktop — kein Webfont', 14: 'https://schrift.example.com/lizenz' };
    write('fonts/desk.ttf', fontWith(0x0002, names));
    write('fonts/web.woff', wrapWoff({ head: buildHeadTable(), name: buildNameTable(names), 'OS/2': buildOs2Table({ fsType: 0 }) }));
    for (const name of ['fonts/desk.ttf', 'fonts/web.woff']) {
      const r = read(name);
      assert.deepEqual(r.origins, ['font'], name);
      assert.equal(r.copyrightNotice, 'Copyright © 2025 Schrift & Söhne');
      assert.deepEqual(r.creator, ['Jörg Designer']);
      assert.equal(r.usageTerms, 'Lizenz: nur Desktop — kein Webfont');
      assert.equal(r.licenseUrl, 'https://schrift.example.com/lizenz');
      assert.equal(r.source, 'Schrift & Söhne');
    }
    assert.equal(assetRightsOf(current(), path.join(dir, 'fonts/desk.ttf'))!.font!.embedding, 'restricted');
    assert.equal(assetRightsOf(current(), path.join(dir, 'fonts/web.woff'))!.font!.embedding, 'installable');
  });

  it('sidecars: photo.xmp and photo.png.xmp fill what the file lacks', () => {
    write('side/a.png', plainPng());
    write('side/a.xmp', buildXmpPacket({ creator: ['Sïdecar Ärtist'], licensorName: 'Sidecar Stöck' }));
    write('side/b.png', pngWith({ copyrightNotice: '© Embedded' }));
    write('side/b.png.xmp', buildXmpPacket({ copyrightNotice: '© Sidecar', creditLine: 'Crédit' }));
    const a = assetRightsOf(current(), path.join(dir, 'side/a.png'))!;
    assert.deepEqual(a.rights.creator, ['Sïdecar Ärtist']);
    assert.deepEqual(a.rights.origins, ['sidecar']);
    assert.equal(a.sidecar, path.join(dir, 'side/a.xmp'));
    const b = read('side/b.png');
    assert.equal(b.copyrightNotice, '© Embedded');
    assert.equal(b.creditLine, 'Crédit');
    assert.deepEqual(b.origins, ['xmp', 'sidecar']);
  });

  it('unreadable and non-asset files: empty rights, a read error, no throw; memoised per file', () => {
    write('broken.jpg', new Uint8Array([0xff, 0xd8, 0xff]));
    write('page.html', '<p>hi</p>');
    const broken = assetRightsOf(current(), path.join(dir, 'broken.jpg'))!;
    assert.deepEqual(broken.rights, { origins: [] });
    assert.ok(broken.readError);
    assert.deepEqual(read('page.html'), { origins: [] });
    assert.equal(assetRightsOf(current(), path.join(dir, 'nope.jpg')), undefined);
    assert.equal(assetRightsOf(current(), path.join(dir, 'broken.jpg')), broken);
  });
});
