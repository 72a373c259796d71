import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import {
  MAX_LIST_ENTRIES,
  MAX_VALUE_LENGTH,
  RightsInfo,
  hasRightsInfo,
  mergeRights,
  parseExifRights,
  parseIptcIim,
  parseSvgRights,
  parseXmp,
  parseXmpDate,
  parseXmpSidecar,
  readSidecarRights,
  rightsFromMediaTags,
  sidecarPathFor,
} from '../../server/src/engine/facts/rights';
import { crc32 } from '../../server/src/engine/facts/rights/crc32';
import {
  buildExifTiff,
  buildIptcIim,
  buildPhotoshopIrb,
  buildXmpPacket,
  embedExifCopyrightInJpeg,
  embedIptcInJpeg,
  embedXmpInJpeg,
  embedXmpInPng,
  embedXmpInWebp,
  iimDataset,
} from '../../server/src/engine/facts/rights/write';
import {
  TINY_JPEG_BASE64,
  TINY_PNG_BASE64,
  WEBP_VP8L_3X2_BASE64,
  WEBP_VP8_3X2_BASE64,
  extractJpegBlocks,
  extractPngXmp,
  fromBase64,
  iim,
  jpegSegments,
  join,
  pngChunks,
  tiffWithEntries,
  webpChunks,
} from './rights-bytes';

const NOTICE = '© 2026 Jänë Øster — Studio';
const CHINESE = '版权所有 © 2026 北京影像';

/** Every field the XMP writer can carry, with non-ASCII and XML-special characters. */
const FULL: Omit<RightsInfo, 'origins'> = {
  creator: ['Jänë Øster', '张伟'],
  copyrightNotice: `${NOTICE} 版权`,
  creditLine: 'Photo: Jänë Øster / Example Stock',
  webStatement: 'https://example.com/licences/img-1?a=1&b=2',
  licensorName: 'Example Stock Ltd',
  licensorUrl: 'https://example.com/buy/img-1',
  usageTerms: 'Web & social until 2026-12-31 <no print>',
  copyrightStatus: 'copyrighted',
  dataMining: 'http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-GENAIMLTRAINING',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  source: 'Example Stock',
  expires: '2026-12-31',
  modelReleaseStatus: 'http://ns.useplus.org/ldf/vocab/MR-UMR',
  keywords: ['Café', 'banner', '广告'],
};

const RDF_NS = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"';
const packet = (description: string, extraNs = '') =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF ${RDF_NS} ${extraNs}>${description}</rdf:RDF></x:xmpmeta>`;

const withoutOrigins = ({ origins: _origins, ...fields }: RightsInfo) => fields;

describe('rights: parseXmp', () => {
  it('reads every field of a packet built by buildXmpPacket (UTF-8, Chinese, escaped characters)', () => {
    const info = parseXmp(buildXmpPacket(FULL));
    assert.deepEqual(withoutOrigins(info), FULL);
    assert.deepEqual(info.origins, ['xmp']);
  });

  it('matches namespaces by URI, not by prefix, and reads the attribute form', () => {
    const xml = packet(`
      <rdf:Description rdf:about="" xmlns:a="http://purl.org/dc/elements/1.1/" xmlns:r="http://ns.adobe.com/xap/1.0/rights/"
        xmlns:ps="http://ns.adobe.com/photoshop/1.0/" xmlns:p="http://ns.useplus.org/ldf/xmp/1.0/"
        r:WebStatement="https://example.com/ws" r:Marked="False" ps:Credit="Credit &amp; more" ps:Source="Src"
        p:DataMining="http://ns.useplus.org/ldf/vocab/DMI-UNSPECIFIED" p:ModelReleaseStatus="MR-NON" p:LicenseEndDate="2027-01-31T12:00:00+02:00">
        <a:rights><rdf:Alt><rdf:li xml:lang="x-default">© Attr</rdf:li></rdf:Alt></a:rights>
      </rdf:Description>`);
    const info = parseXmp(xml);
    assert.equal(info.copyrightNotice, '© Attr');
    assert.equal(info.webStatement, 'https://example.com/ws');
    assert.equal(info.copyrightStatus, 'public-domain');
    assert.equal(info.creditLine, 'Credit & more');
    assert.equal(info.source, 'Src');
    assert.equal(info.dataMining, 'http://ns.useplus.org/ldf/vocab/DMI-UNSPECIFIED');
    assert.equal(info.modelReleaseStatus, 'MR-NON');
    assert.equal(info.expires, '2027-01-31T12:00:00+02:00');
  });

  it('ignores a conventional prefix bound to a different namespace URI', () => {
    const xml = packet(`<rdf:Description xmlns:dc="http://example.com/not-dublin-core/"><dc:rights>nope</dc:rights></rdf:Description>`);
    assert.deepEqual(parseXmp(xml), { origins: [] });
  });

  it('assumes the conventional URI for an undeclared, well-known prefix', () => {
    const xml = `<rdf:RDF ${RDF_NS}><rdf:Description><dc:rights>© Sloppy</dc:rights></rdf:Description></rdf:RDF>`;
    assert.equal(parseXmp(xml).copyrightNotice, '© Sloppy');
  });

  it('prefers x-default in a Lang Alt wherever it is, else the first language', () => {
    const xml = packet(`<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">
      <dc:rights><rdf:Alt><rdf:li xml:lang="de">© DE</rdf:li><rdf:li xml:lang="X-Default">© Default</rdf:li></rdf:Alt></dc:rights>
      <xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang="fr">Conditions</rdf:li><rdf:li xml:lang="en">Terms</rdf:li></rdf:Alt></xmpRights:UsageTerms>
    </rdf:Description>`);
    const info = parseXmp(xml);
    assert.equal(info.copyrightNotice, '© Default');
    assert.equal(info.usageTerms, 'Conditions');
  });

  it('decodes entities, character references and CDATA', () => {
    const xml = packet(`<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
      <dc:rights>&#169; 2026 A&amp;B &lt;Studio&gt; &#x7248;&#x6743; &quot;q&quot; &apos;s&apos; &unknown;</dc:rights>
      <photoshop:Credit><![CDATA[Tom & Jerry <b>]]></photoshop:Credit>
    </rdf:Description>`);
    const info = parseXmp(xml);
    assert.equal(info.copyrightNotice, `© 2026 A&B <Studio> 版权 "q" 's' &unknown;`);
    assert.equal(info.creditLine, 'Tom & Jerry <b>');
  });

  it('merges properties split over several rdf:Description elements (ExifTool style)', () => {
    const xml = `<?xpacket begin='\uFEFF' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x='adobe:ns:meta/' x:xmptk='Image::ExifTool 12.57'>
<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>
 <rdf:Description rdf:about='' xmlns:cc='http://creativecommons.org/ns#'>
  <cc:license rdf:resource='https://creativecommons.org/licenses/by/4.0/'/>
 </rdf:Description>
 <rdf:Description rdf:about='' xmlns:plus='http://ns.useplus.org/ldf/xmp/1.0/'>
  <plus:CopyrightStatus>http://ns.useplus.org/ldf/vocab/CS-PUB</plus:CopyrightStatus>
  <plus:LicenseEndDate>2027-03-01</plus:LicenseEndDate>
  <plus:Licensor><rdf:Seq><rdf:li rdf:parseType='Resource'>
     <plus:LicensorName>Lic Ltd</plus:LicensorName><plus:LicensorURL>https://ex.com/buy</plus:LicensorURL>
  </rdf:li></rdf:Seq></plus:Licensor>
 </rdf:Description>
 <rdf:Description rdf:about='' xmlns:xmpRights='http://ns.adobe.com/xap/1.0/rights/'>
  <xmpRights:Certificate>https://ex.com/cert</xmpRights:Certificate>
  <xmpRights:WebStatement>https://ex.com/ws</xmpRights:WebStatement>
 </rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>`;
    assert.deepEqual(parseXmp(xml), {
      origins: ['xmp'],
      webStatement: 'https://ex.com/ws',
      licensorName: 'Lic Ltd',
      licensorUrl: 'https://ex.com/buy',
      copyrightStatus: 'public-domain',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
      expires: '2027-03-01',
    });
  });

  it('reads licensor structs written as nested rdf:Description, as attributes, and skips empty ones', () => {
    const nested = packet(`<rdf:Description xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/"><plus:Licensor><rdf:Seq>
      <rdf:li><rdf:Description><plus:LicensorName></plus:LicensorName></rdf:Description></rdf:li>
      <rdf:li><rdf:Description plus:LicensorName="Nested Ltd"><plus:LicensorURL>https://n.example/</plus:LicensorURL></rdf:Description></rdf:li>
    </rdf:Seq></plus:Licensor></rdf:Description>`);
    assert.equal(parseXmp(nested).licensorName, 'Nested Ltd');
    assert.equal(parseXmp(nested).licensorUrl, 'https://n.example/');
    const attrs = packet(`<rdf:Description xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/"><plus:Licensor><rdf:Seq>
      <rdf:li plus:LicensorName="Attr Ltd" plus:LicensorURL="https://a.example/"/></rdf:Seq></plus:Licensor></rdf:Description>`);
    assert.equal(parseXmp(attrs).licensorUrl, 'https://a.example/');
    const loose = packet(`<rdf:Description xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/">
      <plus:Licensor><plus:LicensorURL>https://loose.example/</plus:LicensorURL></plus:Licensor></rdf:Description>`);
    assert.equal(parseXmp(loose).licensorUrl, 'https://loose.example/');
  });

  it('maps Marked and plus:CopyrightStatus, Marked first; absent means undefined', () => {
    const status = (body: string) =>
      parseXmp(packet(`<rdf:Description xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/" xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/">${body}</rdf:Description>`)).copyrightStatus;
    assert.equal(status('<xmpRights:Marked>True</xmpRights:Marked>'), 'copyrighted');
    assert.equal(status('<xmpRights:Marked>false</xmpRights:Marked><plus:CopyrightStatus>http://ns.useplus.org/ldf/vocab/CS-PRO</plus:CopyrightStatus>'), 'public-domain');
    assert.equal(status('<plus:CopyrightStatus>http://ns.useplus.org/ldf/vocab/CS-PRO</plus:CopyrightStatus>'), 'copyrighted');
    assert.equal(status('<plus:CopyrightStatus>CS-UNK</plus:CopyrightStatus>'), 'unknown');
    assert.equal(status('<xmpRights:Marked>maybe</xmpRights:Marked>'), 'unknown');
    assert.equal(status('<xmpRights:WebStatement>https://x.example/</xmpRights:WebStatement>'), undefined);
  });

  it('takes the earliest licence end date and keeps unparsable text only as a last resort', () => {
    const dates = (body: string) => parseXmp(packet(`<rdf:Description xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/">${body}</rdf:Description>`)).expires;
    assert.equal(dates('<plus:LicenseEndDate>2028-01-01</plus:LicenseEndDate><plus:LicenseExpirationDate>2027-06-30</plus:LicenseExpirationDate>'), '2027-06-30');
    assert.equal(dates('<plus:ImageExpirationDate>2027:05:04 10:11:12</plus:ImageExpirationDate>'), '2027-05-04T10:11:12');
    assert.equal(dates('<plus:LicenseEndDate>end of campaign</plus:LicenseEndDate>'), 'end of campaign');
  });

  it('reads cc:license as text, falls back to xmpRights:Certificate and cc:attributionName', () => {
    const info = parseXmp(packet(`<rdf:Description xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/" xmlns:cc="http://creativecommons.org/ns#"
      xmpRights:Certificate="https://cert.example/" cc:attributionName="Jane"/>`));
    assert.equal(info.licenseUrl, 'https://cert.example/');
    assert.equal(info.creditLine, 'Jane');
  });

  it('returns what it could from truncated, broken and non-XML input, and never throws', () => {
    const full = buildXmpPacket(FULL);
    const cut = full.slice(0, full.indexOf('<photoshop:Credit>') + 30);
    const info = parseXmp(cut);
    assert.deepEqual(info.creator, FULL.creator);
    assert.equal(info.copyrightNotice, FULL.copyrightNotice);
    assert.equal(info.webStatement, undefined);

    const broken = packet(`<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:rights><rdf:Alt><rdf:li>© Unclosed
      </dc:creator></b><dc:source x="1 y=2>`);
    assert.equal(parseXmp(broken).copyrightNotice?.startsWith('© Unclosed'), true);

    for (const junk of ['', '<', '<<<>>>', '<?xpacket', '<![CDATA[', '<!--', '<!DOCTYPE x [', '&#xFFFFFFFF;', '\u0000\uFFFF']) {
      assert.deepEqual(parseXmp(junk), { origins: [] }, JSON.stringify(junk));
    }
    assert.deepEqual(parseXmp(undefined as unknown as string), { origins: [] });
    assert.deepEqual(parseXmp(42 as unknown as string), { origins: [] });
  });

  it('caps hostile huge values and lists, survives deep nesting, and does not expand entity bombs', () => {
    const huge = 'A'.repeat(2_000_000);
    const big = parseXmp(packet(`<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:rights="${huge}"/>`));
    assert.equal(big.copyrightNotice?.length, MAX_VALUE_LENGTH);

    const many = Array.from({ length: 5000 }, (_, i) => `<rdf:li>k${i}</rdf:li>`).join('');
    const keywords = parseXmp(packet(`<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:subject><rdf:Bag>${many}</rdf:Bag></dc:subject></rdf:Description>`));
    assert.equal(keywords.keywords?.length, MAX_LIST_ENTRIES);

    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    assert.deepEqual(parseXmp(packet(`<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:rights>${deep}</dc:rights></rdf:Description>`)), { origins: [] });
    const deepRdf = '<rdf:Description><dc:rights>'.repeat(20_000);
    assert.doesNotThrow(() => parseXmp(`<rdf:RDF ${RDF_NS}>${deepRdf}`));

    const bomb = `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
      <!ENTITY ext SYSTEM "file:///etc/passwd">]>` +
      packet(`<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:rights>&c;|&ext;</dc:rights></rdf:Description>`);
    assert.equal(parseXmp(bomb).copyrightNotice, '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;|&ext;');
  });

  it('ignores the GIF "XMP DataXMP" magic trailer and text around the packet', () => {
    const trailer = String.fromCharCode(1, ...Array.from({ length: 256 }, (_, i) => 255 - i), 0);
    const info = parseXmp(`junk before ${buildXmpPacket({ copyrightNotice: '© GIF' })}${trailer}`);
    assert.deepEqual(info, { origins: ['xmp'], copyrightNotice: '© GIF' });
  });

  it('parseXmpSidecar reports the sidecar origin', () => {
    assert.deepEqual(parseXmpSidecar(buildXmpPacket({ copyrightNotice: '© S' })), { origins: ['sidecar'], copyrightNotice: '© S' });
  });
});

describe('rights: parseXmpDate', () => {
  it('parses the XMP date forms and the EXIF form, zones included', () => {
    const iso = (s: string) => parseXmpDate(s)?.toISOString();
    assert.equal(iso('2026'), '2026-01-01T00:00:00.000Z');
    assert.equal(iso('2026-07'), '2026-07-01T00:00:00.000Z');
    assert.equal(iso('2026-07-15'), '2026-07-15T00:00:00.000Z');
    assert.equal(iso('2026-07-15T10:20'), '2026-07-15T10:20:00.000Z');
    assert.equal(iso('2026-07-15T10:20:30.123456Z'), '2026-07-15T10:20:30.123Z');
    assert.equal(iso('2026-07-15T10:20:30+02:00'), '2026-07-15T08:20:30.000Z');
    assert.equal(iso('2026-07-15T10:20:30-0530'), '2026-07-15T15:50:30.000Z');
    assert.equal(iso('2026:07:15 10:20:30'), '2026-07-15T10:20:30.000Z');
    assert.equal(iso(' 2024-02-29 '), '2024-02-29T00:00:00.000Z');
  });

  it('rejects impossible and non-date text', () => {
    for (const bad of ['', 'tomorrow', '2026-13-01', '2026-02-30', '2023-02-29', '2026-01-01T24:00', '2026-01-01T10:61', '26-01-01', '2026-01-01T10:00+25:00', '9'.repeat(100)]) {
      assert.equal(parseXmpDate(bad), undefined, bad);
    }
    assert.equal(parseXmpDate(undefined as unknown as string), undefined);
  });
});

describe('rights: parseIptcIim', () => {
  it('reads every IIM rights dataset, UTF-8 declared by 1:90', () => {
    const bytes = buildIptcIim({ ...FULL, copyrightNotice: CHINESE }, { utf8: true });
    assert.deepEqual(parseIptcIim(bytes), {
      origins: ['iptc'],
      creator: FULL.creator,
      copyrightNotice: CHINESE,
      creditLine: FULL.creditLine,
      source: FULL.source,
      keywords: FULL.keywords,
      usageTerms: FULL.usageTerms,
    });
  });

  it('decodes Latin-1 IIM without 1:90', () => {
    const bytes = buildIptcIim({ creator: ['Jänë Øster'], copyrightNotice: NOTICE.replace('—', '-') }, { utf8: false });
    assert.equal(bytes.includes(0x1b), false, 'no 1:90 escape written');
    const info = parseIptcIim(bytes);
    assert.deepEqual(info.creator, ['Jänë Øster']);
    assert.equal(info.copyrightNotice, '© 2026 Jänë Øster - Studio');
  });

  it('guesses UTF-8 when 1:90 is missing but the bytes are valid UTF-8 with non-ASCII', () => {
    const bytes = join(iim(2, 116, new Uint8Array(Buffer.from(NOTICE, 'utf8'))), iim(2, 80, 'plain ascii'));
    assert.equal(parseIptcIim(bytes).copyrightNotice, NOTICE);
    assert.deepEqual(parseIptcIim(bytes).creator, ['plain ascii']);
  });

  it('trusts a non-UTF-8 1:90 over the UTF-8 guess', () => {
    const latinEscape = iim(1, 90, new Uint8Array([0x1b, 0x2e, 0x41])); // ESC . A = ISO 8859-1
    const bytes = join(latinEscape, iim(2, 116, new Uint8Array(Buffer.from('©', 'utf8'))));
    assert.equal(parseIptcIim(bytes).copyrightNotice, 'Â©');
  });

  it('finds 0x0404 in a Photoshop resource block, after other resources with odd sizes and names', () => {
    const iimBytes = buildIptcIim({ copyrightNotice: NOTICE, creator: ['A'] }, { utf8: true });
    const otherResource = join(
      new Uint8Array(Buffer.from('8BIM', 'latin1')),
      new Uint8Array([0x04, 0x25, 3, 0x61, 0x62, 0x63]), // id 0x0425, Pascal name "abc" (4 bytes, already even)
      new Uint8Array([0, 0, 0, 3, 1, 2, 3, 0]), // size 3, data, pad byte
    );
    const irb = join(otherResource, buildPhotoshopIrb(iimBytes));
    const expected = { origins: ['iptc'], creator: ['A'], copyrightNotice: NOTICE };
    assert.deepEqual(parseIptcIim(irb), expected);
    assert.deepEqual(parseIptcIim(join(new Uint8Array(Buffer.from('Photoshop 3.0\0', 'latin1')), irb)), expected);
    assert.deepEqual(parseIptcIim(otherResource), { origins: [] });
  });

  it('keeps datasets before a truncated one and skips NUL padding', () => {
    const whole = join(iim(2, 80, 'First'), new Uint8Array(3), iim(2, 116, 'Second notice'));
    assert.deepEqual(parseIptcIim(whole).creator, ['First']);
    assert.equal(parseIptcIim(whole).copyrightNotice, 'Second notice');
    const truncated = whole.subarray(0, whole.length - 4);
    assert.deepEqual(parseIptcIim(truncated), { origins: ['iptc'], creator: ['First'] });
    assert.deepEqual(parseIptcIim(whole.subarray(0, 3)), { origins: [] });
  });

  it('reads extended-length datasets, caps them, and rejects hostile lengths', () => {
    const long = 'x'.repeat(40_000);
    const extended = iimDataset(2, 116, new Uint8Array(Buffer.from(long, 'latin1')));
    assert.deepEqual([...extended.subarray(3, 5)], [0x80, 0x04]);
    assert.equal(parseIptcIim(extended).copyrightNotice?.length, MAX_VALUE_LENGTH);

    const claimsFourGiB = join(iim(2, 80, 'Kept'), new Uint8Array([0x1c, 2, 116, 0x80, 0x04, 0xff, 0xff, 0xff, 0xff, 0x41]));
    assert.deepEqual(parseIptcIim(claimsFourGiB), { origins: ['iptc'], creator: ['Kept'] });
    const absurdLengthOfLength = new Uint8Array([0x1c, 2, 116, 0xff, 0xff, 0x41]);
    assert.deepEqual(parseIptcIim(absurdLengthOfLength), { origins: [] });
    const irbHugeSize = join(new Uint8Array(Buffer.from('8BIM', 'latin1')), new Uint8Array([0x04, 0x04, 0, 0, 0xff, 0xff, 0xff, 0xff]), iim(2, 116, '© Cut'));
    assert.equal(parseIptcIim(irbHugeSize).copyrightNotice, '© Cut');
    const manyRepeats = join(...Array.from({ length: 2000 }, (_, i) => iim(2, 25, `k${i}`)));
    assert.equal(parseIptcIim(manyRepeats).keywords?.length, MAX_LIST_ENTRIES);
  });

  it('returns empty info for garbage', () => {
    for (const junk of [new Uint8Array(0), new Uint8Array([1, 2, 3, 4, 5, 6]), new Uint8Array(Buffer.from('8BIM', 'latin1'))]) {
      assert.deepEqual(parseIptcIim(junk), { origins: [] });
    }
    assert.deepEqual(parseIptcIim(null as unknown as Uint8Array), { origins: [] });
  });
});

describe('rights: parseExifRights', () => {
  for (const bigEndian of [false, true]) {
    it(`reads Copyright and Artist (${bigEndian ? 'big' : 'little'}-endian), with or without the Exif header`, () => {
      const tiff = buildExifTiff({ copyright: `${NOTICE} ${CHINESE}`, artist: 'Jänë Øster' }, { bigEndian });
      const expected = { origins: ['exif'], copyrightNotice: `${NOTICE} ${CHINESE}`, creator: ['Jänë Øster'] };
      assert.deepEqual(parseExifRights(tiff), expected);
      assert.deepEqual(parseExifRights(join(new Uint8Array(Buffer.from('Exif\0\0', 'latin1')), tiff)), expected);
    });
  }

  it('reads values stored inline in the entry, Latin-1 text, and the editor part of Copyright', () => {
    const tiff = tiffWithEntries(true, [
      [0x013b, 2, 3, new Uint8Array(Buffer.from('Al\0', 'latin1'))],
      [0x8298, 2, 26, new Uint8Array(Buffer.from('© 2026 Jänë\0Editor Øster\0\0', 'latin1'))],
    ]);
    assert.deepEqual(parseExifRights(tiff), { origins: ['exif'], copyrightNotice: '© 2026 Jänë / Editor Øster', creator: ['Al'] });
    const editorOnly = tiffWithEntries(false, [[0x8298, 2, 8, new Uint8Array(Buffer.from(' \0Editor\0', 'latin1'))]]);
    assert.equal(parseExifRights(editorOnly).copyrightNotice, 'Editor');
  });

  it('falls back to XPAuthor (UTF-16LE) when Artist is missing', () => {
    const xp = new Uint8Array(Buffer.from('张伟\0', 'utf16le'));
    assert.deepEqual(parseExifRights(tiffWithEntries(true, [[0x9c9d, 1, xp.length, xp]])).creator, ['张伟']);
  });

  it('skips entries that point outside the buffer or have absurd counts, and rejects bad headers', () => {
    const good = new Uint8Array(Buffer.from('© ok\0', 'latin1'));
    const tiff = tiffWithEntries(true, [
      [0x013b, 2, 0xffffffff, new Uint8Array(8)],
      [0x8298, 2, good.length, good],
    ]);
    assert.deepEqual(parseExifRights(tiff), { origins: ['exif'], copyrightNotice: '© ok' });

    const pointsOutside = tiffWithEntries(false, [[0x8298, 2, 10, new Uint8Array(10)]]);
    new DataView(pointsOutside.buffer).setUint32(10 + 8, 0xfffffff0, false);
    assert.deepEqual(parseExifRights(pointsOutside), { origins: [] });

    const claimsManyEntries = tiffWithEntries(true, [[0x8298, 2, good.length, good]]);
    new DataView(claimsManyEntries.buffer).setUint16(8, 0xffff, true);
    assert.doesNotThrow(() => parseExifRights(claimsManyEntries));

    const wrongType = tiffWithEntries(true, [[0x8298, 3, 2, new Uint8Array(4)]]);
    assert.deepEqual(parseExifRights(wrongType), { origins: [] });

    const badIfdOffset = buildExifTiff({ copyright: 'x' });
    new DataView(badIfdOffset.buffer).setUint32(4, 0x7fffffff, true);
    for (const bad of [badIfdOffset, new Uint8Array(Buffer.from('XX*\0\x08\0\0\0', 'latin1')), new Uint8Array(Buffer.from('II+\0\x08\0\0\0', 'latin1')), new Uint8Array(3)]) {
      assert.deepEqual(parseExifRights(bad), { origins: [] });
    }
    assert.deepEqual(parseExifRights('nope' as unknown as Uint8Array), { origins: [] });
  });
});

describe('rights: parseSvgRights', () => {
  const inkscape = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/" viewBox="0 0 10 10">
  <title>© Not the rights holder</title>
  <desc>Creator: not this either</desc>
  <metadata>
    <rdf:RDF>
      <cc:Work rdf:about="">
        <dc:title>Logo</dc:title>
        <dc:creator><cc:Agent><dc:title>Jane Example</dc:title></cc:Agent></dc:creator>
        <dc:rights><cc:Agent><dc:title>© 2025 Example Studio GmbH</dc:title></cc:Agent></dc:rights>
        <cc:license rdf:resource="http://creativecommons.org/licenses/by/4.0/"/>
        <xmpRights:WebStatement>https://example.com/licences/logo</xmpRights:WebStatement>
      </cc:Work>
    </rdf:RDF>
  </metadata>
  <rect width="10" height="10"/>
</svg>`;

  it('reads the Inkscape / Creative Commons cc:Work form and ignores title and desc', () => {
    assert.deepEqual(parseSvgRights(inkscape), {
      origins: ['svg'],
      creator: ['Jane Example'],
      copyrightNotice: '© 2025 Example Studio GmbH',
      webStatement: 'https://example.com/licences/logo',
      licenseUrl: 'http://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('reads the old web.resource.org cc namespace and plain-text agents', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><metadata><rdf:RDF ${RDF_NS} xmlns:cc="http://web.resource.org/cc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <cc:Work><dc:rights>Public</dc:rights><dc:creator>Old Inkscape</dc:creator><cc:license rdf:resource="http://creativecommons.org/licenses/publicdomain/"/></cc:Work>
      </rdf:RDF></metadata></svg>`;
    assert.deepEqual(parseSvgRights(svg), {
      origins: ['svg'],
      creator: ['Old Inkscape'],
      copyrightNotice: 'Public',
      licenseUrl: 'http://creativecommons.org/licenses/publicdomain/',
    });
  });

  it('reads a whole XMP packet inside <metadata>', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><metadata>${buildXmpPacket(FULL)}</metadata><g/></svg>`;
    assert.deepEqual(withoutOrigins(parseSvgRights(svg)), FULL);
  });

  it('expands Illustrator-style DOCTYPE entities used as namespace URIs', () => {
    const svg = `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
      <!ENTITY ns_svg "http://www.w3.org/2000/svg"><!ENTITY ns_dc "http://purl.org/dc/elements/1.1/">]>
      <svg xmlns="&ns_svg;"><metadata><rdf:RDF ${RDF_NS} xmlns:d="&ns_dc;"><rdf:Description d:rights="© Illustrator"/></rdf:RDF></metadata></svg>`;
    assert.equal(parseSvgRights(svg).copyrightNotice, '© Illustrator');
  });

  it('reads RDF-less dc elements in <metadata> and a REUSE SPDX comment header', () => {
    const bare = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:dc="http://purl.org/dc/elements/1.1/"><metadata><dc:creator>Bare</dc:creator></metadata></svg>`;
    assert.deepEqual(parseSvgRights(bare), { origins: ['svg'], creator: ['Bare'] });
    const spdx = `<!--\n SPDX-FileCopyrightText: 2026 Example Studio <hi@example.com>\n SPDX-License-Identifier: CC-BY-4.0\n-->\n<svg xmlns="http://www.w3.org/2000/svg"/>`;
    assert.deepEqual(parseSvgRights(spdx), { origins: ['svg'], copyrightNotice: '2026 Example Studio <hi@example.com>' });
  });

  it('finds nothing in an SVG without metadata, in RDF outside <metadata>, or in junk', () => {
    const outside = `<svg xmlns="http://www.w3.org/2000/svg"><title>© x</title><g><rdf:RDF ${RDF_NS} xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description dc:rights="no"/></rdf:RDF></g></svg>`;
    for (const svg of [outside, '', '<svg', 'not xml at all', '<metadata><metadata><metadata>']) {
      const info = parseSvgRights(svg);
      assert.deepEqual(info, { origins: [] }, svg);
      assert.equal(hasRightsInfo(info), false);
    }
  });
});

describe('rights: merge, media tags, sidecars', () => {
  it('mergeRights keeps the first non-empty value per field and unions origins', () => {
    const merged = mergeRights(
      { origins: ['xmp'], copyrightNotice: '© XMP', creator: [], keywords: ['a'] },
      { origins: [] },
      { origins: ['iptc', 'xmp'], copyrightNotice: '© IPTC', creator: ['IPTC Creator'], creditLine: '' , source: 'S' },
      { origins: ['exif'], creditLine: 'EXIF credit', keywords: ['b'] },
    );
    assert.deepEqual(merged, {
      origins: ['xmp', 'iptc', 'exif'],
      copyrightNotice: '© XMP',
      creator: ['IPTC Creator'],
      keywords: ['a'],
      source: 'S',
      creditLine: 'EXIF credit',
    });
    assert.deepEqual(mergeRights(), { origins: [] });
  });

  it('hasRightsInfo needs a holder or a licence, not just keywords or status', () => {
    assert.equal(hasRightsInfo({ origins: [] }), false);
    assert.equal(hasRightsInfo({ origins: ['xmp'], keywords: ['k'], copyrightStatus: 'copyrighted', dataMining: 'x', source: 's', expires: '2026' }), false);
    assert.equal(hasRightsInfo({ origins: ['xmp'], creator: ['  '] }), false);
    for (const field of ['copyrightNotice', 'licensorName', 'licensorUrl', 'webStatement', 'usageTerms', 'licenseUrl', 'creditLine'] as const) {
      assert.equal(hasRightsInfo({ origins: ['xmp'], [field]: 'x' }), true, field);
    }
    assert.equal(hasRightsInfo({ origins: ['xmp'], creator: ['C'] }), true);
  });

  it('rightsFromMediaTags maps ID3/MP4 tags', () => {
    assert.deepEqual(
      rightsFromMediaTags({ copyright: '2026 Label ©', copyrightUrl: 'https://label.example/legal', artist: 'Band', publisher: 'Pub', licenseUrl: 'https://cc.example/' }, 'id3'),
      { origins: ['id3'], copyrightNotice: '2026 Label ©', webStatement: 'https://label.example/legal', creator: ['Band'], source: 'Pub', licenseUrl: 'https://cc.example/' },
    );
    assert.deepEqual(rightsFromMediaTags({ copyright: ' ' }, 'mp4'), { origins: [] });
    assert.deepEqual(rightsFromMediaTags({ copyright: '© 2026' }, 'mp4'), { origins: ['mp4'], copyrightNotice: '© 2026' });
  });

  it('sidecarPathFor lists the Adobe and darktable names', () => {
    assert.deepEqual(sidecarPathFor('assets/photo.jpg'), ['assets/photo.xmp', 'assets/photo.jpg.xmp']);
    assert.deepEqual(sidecarPathFor('C:\\img\\IMG_0001.CR3'), ['C:\\img\\IMG_0001.xmp', 'C:\\img\\IMG_0001.CR3.xmp']);
    assert.deepEqual(sidecarPathFor('a.b/photo.tar.gz'), ['a.b/photo.tar.xmp', 'a.b/photo.tar.gz.xmp']);
    assert.deepEqual(sidecarPathFor('dir/README'), ['dir/README.xmp']);
    assert.deepEqual(sidecarPathFor('.hidden'), ['.hidden.xmp']);
    assert.deepEqual(sidecarPathFor('photo.XMP'), []);
    assert.deepEqual(sidecarPathFor('dir/'), []);
  });

  it('readSidecarRights reads the first sidecar that exists', async () => {
    const tried: string[] = [];
    const files: Record<string, string> = { 'a/photo.jpg.xmp': buildXmpPacket({ webStatement: 'https://ws.example/' }) };
    const found = await readSidecarRights('a/photo.jpg', async (p) => {
      tried.push(p);
      if (p === 'a/photo.xmp') throw new Error('EACCES');
      return files[p];
    });
    assert.deepEqual(tried, ['a/photo.xmp', 'a/photo.jpg.xmp']);
    assert.deepEqual(found, { path: 'a/photo.jpg.xmp', rights: { origins: ['sidecar'], webStatement: 'https://ws.example/' } });
    assert.equal(await readSidecarRights('b/none.png', async () => undefined), undefined);
  });
});

describe('rights: writers and real files', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cml-rights-'));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const roundTrip = (name: string, bytes: Uint8Array): Uint8Array => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return new Uint8Array(fs.readFileSync(file));
  };

  it('crc32 matches the standard check value and zlib', () => {
    assert.equal(crc32(new Uint8Array(Buffer.from('123456789'))), 0xcbf43926);
    const sample = new Uint8Array(Buffer.from(CHINESE));
    assert.equal(crc32(sample.subarray(0, 5), sample.subarray(5)), zlib.crc32(sample));
  });

  it('buildXmpPacket writes a proper, escaped packet', () => {
    const xmp = buildXmpPacket(FULL);
    assert.match(xmp, /^<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>\n<x:xmpmeta xmlns:x="adobe:ns:meta\/"/);
    assert.match(xmp, /<rdf:RDF xmlns:rdf="http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#">/);
    assert.match(xmp, /<\?xpacket end="w"\?>$/);
    assert.ok(xmp.includes('Web &amp; social until 2026-12-31 &lt;no print&gt;'));
    assert.ok(!xmp.includes('\u0001'));
    assert.equal(parseXmp(buildXmpPacket({ copyrightNotice: 'a\u0001b\uD800c' })).copyrightNotice, 'abc');
    assert.deepEqual(parseXmp(buildXmpPacket({})), { origins: [] });
  });

  it('JPEG: XMP, UTF-8 IPTC and EXIF survive a write to disk and read back field by field', () => {
    const original = fromBase64(TINY_JPEG_BASE64);
    let jpeg = embedXmpInJpeg(original, buildXmpPacket(FULL));
    jpeg = embedIptcInJpeg(jpeg, buildIptcIim({ ...FULL, copyrightNotice: CHINESE }, { utf8: true }));
    jpeg = embedExifCopyrightInJpeg(jpeg, { copyright: NOTICE, artist: 'Jänë Øster' });
    jpeg = embedXmpInJpeg(jpeg, buildXmpPacket(FULL)); // re-embedding replaces, never duplicates
    const read = roundTrip('full.jpg', jpeg);

    const markers = jpegSegments(read).map((s) => s.marker);
    assert.equal(markers[0], 0xe0, 'JFIF APP0 stays first');
    assert.equal(markers.filter((m) => m === 0xe1).length, 2, 'one XMP and one Exif APP1');
    assert.equal(markers.filter((m) => m === 0xed).length, 1);
    const app0 = jpegSegments(original).find((s) => s.marker === 0xe0)!;
    const tail = original.subarray(app0.offset + 4 + app0.body.length);
    assert.deepEqual(read.subarray(read.length - tail.length), tail, 'image data untouched');

    const blocks = extractJpegBlocks(read);
    assert.deepEqual(withoutOrigins(parseXmp(blocks.xmp!)), FULL);
    assert.deepEqual(parseIptcIim(blocks.iptc!), {
      origins: ['iptc'],
      creator: FULL.creator,
      copyrightNotice: CHINESE,
      creditLine: FULL.creditLine,
      source: FULL.source,
      keywords: FULL.keywords,
      usageTerms: FULL.usageTerms,
    });
    assert.deepEqual(parseExifRights(blocks.exif!), { origins: ['exif'], copyrightNotice: NOTICE, creator: ['Jänë Øster'] });

    const merged = mergeRights(parseXmp(blocks.xmp!), parseIptcIim(blocks.iptc!), parseExifRights(blocks.exif!));
    assert.deepEqual(merged.origins, ['xmp', 'iptc', 'exif']);
    assert.equal(merged.copyrightNotice, FULL.copyrightNotice);
    assert.equal(hasRightsInfo(merged), true);
  });

  it('JPEG: Latin-1 IPTC without 1:90 and big-endian EXIF', () => {
    let jpeg = embedIptcInJpeg(fromBase64(TINY_JPEG_BASE64), buildIptcIim({ creator: ['Jänë Øster'], copyrightNotice: '© 2026 Ünïcödé', source: 'Søurce' }, { utf8: false }));
    jpeg = embedExifCopyrightInJpeg(jpeg, { copyright: '© BE', artist: 'Big Endian' }, { bigEndian: true });
    const blocks = extractJpegBlocks(roundTrip('latin1.jpg', jpeg));
    assert.equal(blocks.xmp, undefined);
    assert.deepEqual(parseIptcIim(blocks.iptc!), { origins: ['iptc'], creator: ['Jänë Øster'], copyrightNotice: '© 2026 Ünïcödé', source: 'Søurce' });
    assert.equal(blocks.exif![0], 0x4d, 'MM byte order');
    assert.deepEqual(parseExifRights(blocks.exif!), { origins: ['exif'], copyrightNotice: '© BE', creator: ['Big Endian'] });
  });

  it('JPEG: refuses XMP that cannot fit one segment and input that is not a JPEG', () => {
    assert.throws(() => embedXmpInJpeg(fromBase64(TINY_JPEG_BASE64), 'x'.repeat(70_000)), RangeError);
    assert.throws(() => embedXmpInJpeg(fromBase64(TINY_PNG_BASE64), 'x'));
  });

  it('PNG: iTXt XMP with valid CRCs, before the image data, replaced on re-embed', () => {
    const png = embedXmpInPng(embedXmpInPng(fromBase64(TINY_PNG_BASE64), buildXmpPacket({ copyrightNotice: 'old' })), buildXmpPacket(FULL));
    const read = roundTrip('full.png', png);
    const chunks = pngChunks(read);
    assert.deepEqual(chunks.map((c) => c.type), ['IHDR', 'PLTE', 'iTXt', 'IDAT', 'IEND']);
    for (const chunk of chunks) {
      assert.equal(chunk.crc, zlib.crc32(chunk.data, zlib.crc32(Buffer.from(chunk.type, 'latin1'))), `${chunk.type} CRC`);
    }
    assert.deepEqual(withoutOrigins(parseXmp(extractPngXmp(read)!)), FULL);
    assert.throws(() => embedXmpInPng(fromBase64(TINY_JPEG_BASE64), 'x'));
  });

  for (const [label, base64, bitstream] of [
    ['lossy VP8', WEBP_VP8_3X2_BASE64, 'VP8 '],
    ['lossless VP8L', WEBP_VP8L_3X2_BASE64, 'VP8L'],
  ] as const) {
    it(`WebP (${label}): converted to VP8X with the XMP flag, canvas size and trailing XMP chunk`, () => {
      const original = fromBase64(base64);
      const webp = roundTrip(`${bitstream.trim()}.webp`, embedXmpInWebp(original, buildXmpPacket(FULL)));
      const view = new DataView(webp.buffer, webp.byteOffset, webp.byteLength);
      assert.equal(view.getUint32(4, true), webp.length - 8, 'RIFF size');
      const chunks = webpChunks(webp);
      assert.deepEqual(chunks.map((c) => c.type), ['VP8X', bitstream, 'XMP ']);
      const vp8x = chunks[0].data;
      assert.equal(vp8x[0], 0x04, 'only the XMP flag');
      assert.equal(1 + (vp8x[4] | (vp8x[5] << 8) | (vp8x[6] << 16)), 3, 'canvas width');
      assert.equal(1 + (vp8x[7] | (vp8x[8] << 8) | (vp8x[9] << 16)), 2, 'canvas height');
      assert.deepEqual(chunks[1].data, webpChunks(original)[0].data, 'bitstream untouched');
      assert.deepEqual(withoutOrigins(parseXmp(Buffer.from(chunks[2].data).toString('utf8'))), FULL);

      const again = embedXmpInWebp(webp, buildXmpPacket({ copyrightNotice: 'second' }));
      const againChunks = webpChunks(again);
      assert.deepEqual(againChunks.map((c) => c.type), ['VP8X', bitstream, 'XMP ']);
      assert.deepEqual(againChunks[0].data, vp8x);
      assert.equal(parseXmp(Buffer.from(againChunks[2].data).toString('utf8')).copyrightNotice, 'second');
    });
  }

  it('WebP: an odd-sized XMP chunk is padded and the VP8X alpha flag is kept', () => {
    const withAlpha = embedXmpInWebp(fromBase64(WEBP_VP8L_3X2_BASE64), 'x');
    const vp8x = webpChunks(withAlpha)[0].data.slice();
    vp8x[0] |= 0x10;
    const patched = withAlpha.slice();
    patched.set(vp8x, 20);
    const out = embedXmpInWebp(patched, buildXmpPacket({ copyrightNotice: 'odd' }) + ' ');
    assert.equal(out.length % 2, 0);
    assert.equal(webpChunks(out)[0].data[0], 0x14);
    assert.throws(() => embedXmpInWebp(fromBase64(TINY_PNG_BASE64), 'x'));
  });
});
