import * as assert from 'node:assert/strict';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { MediaReadError, embeddingFromFsType, readFontFacts } from '../../server/src/engine/facts/media';
import {
  buildEot,
  buildHeadTable,
  buildNameTable,
  buildOs2Table,
  buildSfnt,
  buildTtc,
  type Tables,
  wrapWoff,
  wrapWoff2,
} from '../fixtures/media/fontBuilder';

const NAMES = {
  0: 'Copyright © 2025 Schrift & Söhne GmbH',
  1: 'Schön Grotesk ©',
  2: 'Regular',
  4: 'Schön Grotesk © Regular',
  5: 'Version 1.002',
  7: 'Schön Grotesk is a trademark of Schrift & Söhne',
  8: 'Schrift & Söhne',
  9: 'Jänë Dœ',
  13: 'Licensed for web use under the Schrift & Söhne EULA',
  14: 'https://example.com/fonts/eula',
};

function tables(fsType: number, extra: Partial<{ italic: boolean; weightClass: number; mac: boolean; windows: boolean }> = {}): Tables {
  return {
    head: buildHeadTable({ italic: extra.italic }),
    name: buildNameTable(NAMES, { mac: extra.mac, windows: extra.windows }),
    'OS/2': buildOs2Table({ fsType, weightClass: extra.weightClass, italic: extra.italic }),
  };
}

function expectNames(facts: ReturnType<typeof readFontFacts>): void {
  assert.equal(facts.family, 'Schön Grotesk ©');
  assert.equal(facts.subfamily, 'Regular');
  assert.equal(facts.fullName, 'Schön Grotesk © Regular');
  assert.equal(facts.version, 'Version 1.002');
  assert.equal(facts.copyright, 'Copyright © 2025 Schrift & Söhne GmbH');
  assert.equal(facts.trademark, 'Schön Grotesk is a trademark of Schrift & Söhne');
  assert.equal(facts.manufacturer, 'Schrift & Söhne');
  assert.equal(facts.designer, 'Jänë Dœ');
  assert.equal(facts.licenseDescription, 'Licensed for web use under the Schrift & Söhne EULA');
  assert.equal(facts.licenseUrl, 'https://example.com/fonts/eula');
}

function expectReadError(bytes: Uint8Array): MediaReadError {
  try {
    readFontFacts(bytes);
  } catch (error) {
    assert.ok(error instanceof MediaReadError, `expected MediaReadError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a MediaReadError');
}

describe('readFontFacts', () => {
  it('reads names, fsType and weight from a TrueType font', () => {
    const font = buildSfnt(tables(0, { weightClass: 700 }));
    const facts = readFontFacts(font);
    assert.equal(facts.format, 'ttf');
    expectNames(facts);
    assert.equal(facts.fsType, 0);
    assert.equal(facts.embedding, 'installable');
    assert.equal(facts.weightClass, 700);
    assert.equal(facts.italic, false);
    assert.equal(facts.byteSize, font.length);
  });

  it('reports restricted licence embedding (fsType 0x0002) from an OpenType CFF-flavoured font', () => {
    const facts = readFontFacts(buildSfnt(tables(0x0002, { italic: true }), 'otf'));
    assert.equal(facts.format, 'otf');
    assert.equal(facts.fsType, 2);
    assert.equal(facts.embedding, 'restricted');
    assert.equal(facts.italic, true);
  });

  it('maps every fsType permission level, least restrictive first', () => {
    assert.equal(embeddingFromFsType(0x0000), 'installable');
    assert.equal(embeddingFromFsType(0x0002), 'restricted');
    assert.equal(embeddingFromFsType(0x0004), 'preview-print');
    assert.equal(embeddingFromFsType(0x0008), 'editable');
    assert.equal(embeddingFromFsType(0x0006), 'preview-print');
    assert.equal(embeddingFromFsType(0x0100), 'installable'); // no-subsetting bit alone does not restrict embedding
    assert.equal(embeddingFromFsType(0x0001), 'unknown');
    assert.equal(readFontFacts(buildSfnt(tables(0x0004))).embedding, 'preview-print');
    assert.equal(readFontFacts(buildSfnt(tables(0x0008))).embedding, 'editable');
  });

  it('falls back to Mac Roman names when there are no Windows records', () => {
    const facts = readFontFacts(buildSfnt(tables(0, { mac: true, windows: false })));
    expectNames(facts);
  });

  it('prefers Windows English over Mac and over other Windows languages', () => {
    const name = buildNameTable(
      { 1: 'Schön Grotesk ©' },
      { mac: true, otherLanguage: { languageId: 0x0407, names: { 1: 'Schöne Grotesk (Deutsch)' } } },
    );
    const macOnly = buildNameTable({ 1: 'Mac Name' }, { mac: true, windows: false });
    assert.equal(readFontFacts(buildSfnt({ name })).family, 'Schön Grotesk ©');
    assert.equal(readFontFacts(buildSfnt({ name: macOnly })).family, 'Mac Name');
  });

  it('uses the typographic family (name ID 16/17) when present', () => {
    const name = buildNameTable({ 1: 'Schön Grotesk Bold', 2: 'Regular', 16: 'Schön Grotesk', 17: 'Bold' });
    const facts = readFontFacts(buildSfnt({ name }));
    assert.equal(facts.family, 'Schön Grotesk');
    assert.equal(facts.subfamily, 'Bold');
  });

  it('takes italic from head.macStyle when there is no OS/2 table, and reports unknown embedding', () => {
    const facts = readFontFacts(buildSfnt({ head: buildHeadTable({ italic: true }), name: buildNameTable(NAMES) }));
    assert.equal(facts.italic, true);
    assert.equal(facts.embedding, 'unknown');
    assert.equal(facts.fsType, undefined);
  });

  it('reads the first font of a TrueType collection', () => {
    const second = { name: buildNameTable({ 1: 'Second' }), 'OS/2': buildOs2Table({ fsType: 8 }) };
    const facts = readFontFacts(buildTtc([tables(2), second]));
    assert.equal(facts.format, 'ttc');
    expectNames(facts);
    assert.equal(facts.embedding, 'restricted');
  });

  it('inflates zlib-compressed WOFF tables', () => {
    const woff = wrapWoff(tables(2, { weightClass: 300 }));
    const facts = readFontFacts(woff);
    assert.equal(facts.format, 'woff');
    expectNames(facts);
    assert.equal(facts.embedding, 'restricted');
    assert.equal(facts.weightClass, 300);
    assert.equal(facts.byteSize, woff.length);
  });

  it('decompresses the Brotli stream of a WOFF2 font through its table directory', () => {
    const facts = readFontFacts(wrapWoff2(tables(2, { italic: true }), 'otf'));
    assert.equal(facts.format, 'woff2');
    expectNames(facts);
    assert.equal(facts.fsType, 2);
    assert.equal(facts.embedding, 'restricted');
    assert.equal(facts.italic, true);
  });

  it('handles WOFF2 tables with explicit (non-indexed) tags before the wanted ones', () => {
    const withCustom = { ...tables(4), 'ZZZZ': Uint8Array.of(1, 2, 3, 4, 5), 'AAAA': Uint8Array.of(9, 9, 9) };
    const facts = readFontFacts(wrapWoff2(withCustom));
    expectNames(facts);
    assert.equal(facts.embedding, 'preview-print');
  });

  it('reads the EOT header and the names of its uncompressed embedded font', () => {
    for (const xor of [false, true]) {
      const eot = buildEot({
        family: 'Schön Grotesk ©', style: 'Italic', version: 'Version 1.002', fullName: 'Schön Grotesk © Italic',
        fsType: 2, weight: 500, italic: true, font: buildSfnt(tables(2)), xor,
      });
      const facts = readFontFacts(eot);
      assert.equal(facts.format, 'eot');
      assert.equal(facts.family, 'Schön Grotesk ©');
      assert.equal(facts.subfamily, 'Italic');
      assert.equal(facts.fullName, 'Schön Grotesk © Italic');
      assert.equal(facts.fsType, 2);
      assert.equal(facts.embedding, 'restricted');
      assert.equal(facts.weightClass, 500);
      assert.equal(facts.italic, true);
      assert.equal(facts.copyright, NAMES[0]);
      assert.equal(facts.licenseUrl, NAMES[14]);
    }
  });

  it('rejects non-fonts and empty files with MediaReadError', () => {
    assert.equal(expectReadError(new TextEncoder().encode('<!DOCTYPE html><html></html>')).kind, 'corrupt');
    assert.equal(expectReadError(new Uint8Array(0)).kind, 'truncated');
  });

  it('reports a WOFF2 stream that is not Brotli as corrupt', () => {
    const notBrotli = new TextEncoder().encode('this is not a brotli stream at all, just text that goes on and on');
    assert.equal(expectReadError(wrapWoff2(tables(0), 'ttf', notBrotli)).kind, 'corrupt');
  });

  it('refuses a WOFF2 stream that inflates beyond its declared table sizes (decompression bomb)', () => {
    const bomb = brotliCompressSync(new Uint8Array(8 * 1024 * 1024), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } });
    const error = expectReadError(wrapWoff2(tables(0), 'ttf', bomb));
    assert.equal(error.kind, 'corrupt');
    assert.match(error.message, /does not decompress within \d+ bytes/);
  });

  it('never throws anything but MediaReadError on truncated or bit-flipped fonts', () => {
    const samples = [
      buildSfnt(tables(2)),
      buildSfnt(tables(2), 'otf'),
      buildTtc([tables(2)]),
      wrapWoff(tables(2)),
      wrapWoff2(tables(2)),
      buildEot({ family: 'F', style: 'R', version: 'V', fullName: 'F R', fsType: 2, font: buildSfnt(tables(2)) }),
    ];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (const sample of samples) {
      const variants: Uint8Array[] = [];
      for (let cut = 0; cut < sample.length; cut += Math.max(1, Math.floor(sample.length / 97))) variants.push(sample.subarray(0, cut));
      for (let n = 0; n < 150; n++) {
        const flipped = sample.slice();
        for (let k = 0; k < 4; k++) flipped[Math.floor(random() * flipped.length)] ^= 1 << Math.floor(random() * 8);
        variants.push(flipped);
      }
      for (const variant of variants) {
        try {
          const facts = readFontFacts(variant);
          assert.equal(facts.byteSize, variant.length);
        } catch (error) {
          assert.ok(error instanceof MediaReadError, `unexpected ${error instanceof Error ? error.stack : String(error)}`);
        }
      }
    }
  });
});
