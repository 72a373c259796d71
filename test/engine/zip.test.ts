import * as assert from 'node:assert/strict';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { ZipArchive, crc32, decodeCp437, safeEntryPath, type ZipProblem } from '../../server/src/engine/archive/zip';

// Hand-built archives let the hostile cases say exactly what a malicious zipper would write.
interface RawEntry {
  name: string | Uint8Array;
  /** Bytes written as the entry's data, already compressed when method is 8. */
  payload: Uint8Array;
  method?: number;
  flags?: number;
  crc?: number;
  declaredSize?: number;
  /** Where the central record points; defaults to this entry's own local header. */
  localHeaderOffset?: number;
}

interface BuildOptions {
  comment?: string;
  zip64?: boolean;
}

function u16(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff];
}
function u32(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}
function u64(value: number): number[] {
  return [...u32(value % 0x1_0000_0000), ...u32(Math.floor(value / 0x1_0000_0000))];
}

function concat(parts: (Uint8Array | number[])[]): Uint8Array {
  const arrays = parts.map((part) => (part instanceof Uint8Array ? part : Uint8Array.from(part)));
  const out = new Uint8Array(arrays.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of arrays) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function buildZip(entries: RawEntry[], options: BuildOptions = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? strToU8(entry.name) : entry.name;
    const method = entry.method ?? 0;
    const flags = entry.flags ?? 0;
    const crc = entry.crc ?? crc32(method === 0 ? entry.payload : new Uint8Array(0));
    const declared = entry.declaredSize ?? entry.payload.length;
    const common = [...u16(20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(entry.payload.length), ...u32(declared), ...u16(name.length)];
    const local = concat([u32(0x04034b50), common, u16(0), name, entry.payload]);
    const central = concat([
      u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u16(0), u32(0),
      u32(entry.localHeaderOffset ?? offset), name,
    ]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = concat(centrals);
  const comment = strToU8(options.comment ?? '');
  const tail: (Uint8Array | number[])[] = [];
  if (options.zip64) {
    const zip64Offset = offset + directory.length;
    tail.push(
      u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0),
      u64(entries.length), u64(entries.length), u64(directory.length), u64(offset),
      u32(0x07064b50), u32(0), u64(zip64Offset), u32(1),
      u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(comment.length), comment,
    );
  } else {
    tail.push(u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(comment.length), comment);
  }
  return concat([...locals, directory, ...tail]);
}

function deflated(name: string, content: Uint8Array, overrides: Partial<RawEntry> = {}): RawEntry {
  return { name, payload: deflateSync(content), method: 8, crc: crc32(content), declaredSize: content.length, ...overrides };
}

function codes(problems: ZipProblem[]): string[] {
  return problems.map((problem) => problem.code);
}

function onlyProblem(archive: ZipArchive, code: ZipProblem['code']): ZipProblem {
  assert.deepEqual(codes(archive.problems), [code], JSON.stringify(archive.problems));
  assert.ok(archive.problems[0].message.length > 10);
  return archive.problems[0];
}

/** Deterministic noise, so failures reproduce. */
function noise(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

function text(bytes: Uint8Array | undefined): string {
  assert.ok(bytes, 'expected content');
  return new TextDecoder().decode(bytes);
}

describe('ZipArchive', () => {
  describe('well-formed archives', () => {
    it('reads stored and deflated entries written by fflate', () => {
      const html = '<!DOCTYPE html><html><head></head><body>' + 'banner '.repeat(200) + '</body></html>';
      const bytes = zipSync({
        'index.html': strToU8(html),
        'img/logo.png': [noise(500), { level: 0 }],
      });
      const archive = ZipArchive.open(bytes);
      assert.deepEqual(archive.problems, []);
      assert.equal(archive.byteSize, bytes.length);
      const byName = new Map(archive.entries.map((entry) => [entry.name, entry]));
      const index = byName.get('index.html');
      const logo = byName.get('img/logo.png');
      assert.ok(index && logo);
      assert.equal(index.method, 8);
      assert.equal(logo.method, 0);
      assert.equal(text(archive.read(index)), html);
      assert.deepEqual(archive.read(logo), noise(500));
      assert.equal(archive.totalInflated(), html.length + 500);
      assert.equal(logo.safeName, 'img/logo.png');
      assert.equal(index.crc32, crc32(strToU8(html)));
    });

    it('treats __MACOSX/ and .DS_Store as ordinary entries', () => {
      const archive = ZipArchive.open(zipSync({
        'index.html': strToU8('<p>x</p>'),
        '__MACOSX/._index.html': new Uint8Array([0, 5, 22, 7]),
        '.DS_Store': noise(64),
      }));
      assert.deepEqual(archive.problems, []);
      assert.deepEqual(archive.entries.map((entry) => entry.safeName).sort(), ['.DS_Store', '__MACOSX/._index.html', 'index.html']);
    });

    it('decodes UTF-8 names when bit 11 is set', () => {
      const archive = ZipArchive.open(zipSync({ 'café/ñandú €.html': strToU8('x') }));
      assert.deepEqual(archive.problems, []);
      assert.equal(archive.entries[0].name, 'café/ñandú €.html');
      assert.equal(text(archive.read(archive.entries[0])), 'x');
    });

    it('decodes CP437 names when bit 11 is clear', () => {
      const name = Uint8Array.from([0x63, 0x61, 0x66, 0x82, 0x2e, 0x74, 0x78, 0x74, 0xe1]); // "café.txtß"
      const archive = ZipArchive.open(buildZip([{ name, payload: strToU8('x') }]));
      assert.deepEqual(archive.problems, []);
      assert.equal(archive.entries[0].name, 'café.txtß');
      assert.equal(decodeCp437(Uint8Array.from([0xb0, 0xff, 0x41])), '░\u00a0A');
    });

    it('marks directory entries and reads them as empty', () => {
      const archive = ZipArchive.open(buildZip([{ name: 'img/', payload: new Uint8Array(0) }, { name: 'img/a.txt', payload: strToU8('a') }]));
      assert.deepEqual(archive.problems, []);
      assert.equal(archive.entries[0].isDirectory, true);
      assert.equal(archive.read(archive.entries[0])?.length, 0);
      assert.equal(text(archive.read(archive.entries[1])), 'a');
    });

    it('finds the end record behind an archive comment', () => {
      const archive = ZipArchive.open(buildZip([{ name: 'a.txt', payload: strToU8('hello') }], { comment: 'PK made by hand '.repeat(100) }));
      assert.deepEqual(archive.problems, []);
      assert.equal(text(archive.read(archive.entries[0])), 'hello');
    });

    it('reads ZIP64 end records', () => {
      const archive = ZipArchive.open(buildZip([{ name: 'a.txt', payload: strToU8('sixty-four') }], { zip64: true }));
      assert.deepEqual(archive.problems, []);
      assert.equal(text(archive.read(archive.entries[0])), 'sixty-four');
    });

    it('tolerates data prepended to the archive (self-extractor stubs)', () => {
      const archive = ZipArchive.open(concat([noise(300), zipSync({ 'a.txt': strToU8('stub') })]));
      assert.deepEqual(archive.problems, []);
      assert.equal(text(archive.read(archive.entries[0])), 'stub');
    });

    it('reads an empty archive without problems', () => {
      const archive = ZipArchive.open(zipSync({}));
      assert.deepEqual(archive.problems, []);
      assert.deepEqual(archive.entries, []);
    });
  });

  describe('zip bombs', () => {
    const zeros = new Uint8Array(10 * 1024 * 1024);

    it('stops inflating a bomb whose declared size lies', () => {
      const archive = ZipArchive.open(buildZip([deflated('bomb.txt', zeros, { declaredSize: 1000 })]));
      assert.deepEqual(archive.problems, [], 'the lie passes the declared checks');
      assert.equal(archive.totalInflated(), 1000);
      assert.equal(archive.read(archive.entries[0]), undefined);
      const problem = onlyProblem(archive, 'bomb-ratio');
      assert.equal(problem.entry, 'bomb.txt');
      assert.equal(archive.read(archive.entries[0]), undefined);
      assert.equal(archive.problems.length, 1, 're-reading records nothing new');
    });

    it('stops at the declared size when output outgrows it', () => {
      const content = noise(5000);
      const archive = ZipArchive.open(buildZip([deflated('liar.bin', content, { declaredSize: 1000 })]));
      assert.deepEqual(archive.problems, []);
      assert.equal(archive.read(archive.entries[0]), undefined);
      assert.match(onlyProblem(archive, 'bomb-size').message, /declared size of 1000/);
    });

    it('stops at the per-entry limit even when the declared size fits it', () => {
      const archive = ZipArchive.open(
        buildZip([deflated('bomb.txt', zeros, { declaredSize: 2 * 1024 * 1024 })]),
        { maxEntryInflated: 2 * 1024 * 1024, maxRatio: 100_000 },
      );
      assert.deepEqual(archive.problems, []);
      assert.equal(archive.read(archive.entries[0]), undefined);
      assert.match(onlyProblem(archive, 'bomb-size').message, /limit per entry/);
    });

    it('inflates a highly compressed entry when the limits allow it', () => {
      const archive = ZipArchive.open(buildZip([deflated('zeros.bin', zeros)]), { maxRatio: 100_000 });
      assert.deepEqual(archive.problems, []);
      assert.equal(archive.read(archive.entries[0])?.length, zeros.length);
      assert.deepEqual(archive.problems, []);
    });

    it('rejects a declared ratio over the limit before inflating', () => {
      const archive = ZipArchive.open(buildZip([deflated('zeros.bin', zeros)]));
      assert.equal(onlyProblem(archive, 'bomb-ratio').entry, 'zeros.bin');
      assert.equal(archive.read(archive.entries[0]), undefined);
      assert.equal(archive.problems.length, 1);
    });

    it('rejects a declared size over the per-entry limit', () => {
      const archive = ZipArchive.open(buildZip([deflated('big.bin', noise(4096))]), { maxEntryInflated: 1000 });
      onlyProblem(archive, 'bomb-size');
      assert.equal(archive.read(archive.entries[0]), undefined);
    });

    it('counts the running total across entries', () => {
      const archive = ZipArchive.open(
        buildZip([{ name: 'a.bin', payload: noise(1000, 1) }, { name: 'b.bin', payload: noise(1000, 2) }]),
        { maxTotalInflated: 1500 },
      );
      assert.deepEqual(codes(archive.problems), ['bomb-size'], 'the declared total is already over');
      assert.ok(archive.read(archive.entries[0]));
      assert.ok(archive.read(archive.entries[0]), 're-reading does not count twice');
      assert.equal(archive.read(archive.entries[1]), undefined);
      assert.deepEqual(codes(archive.problems), ['bomb-size', 'bomb-size']);
      assert.equal(archive.problems[1].entry, 'b.bin');
    });

    it('rejects entries that share compressed data', () => {
      const content = strToU8('overlap '.repeat(50));
      const archive = ZipArchive.open(buildZip([
        deflated('a.txt', content),
        deflated('b.txt', content, { localHeaderOffset: 0 }),
      ]));
      assert.equal(onlyProblem(archive, 'bomb-size').entry, 'b.txt');
      assert.ok(archive.read(archive.entries[0]));
      assert.equal(archive.read(archive.entries[1]), undefined);
    });
  });

  describe('zip slip', () => {
    for (const name of ['../../x.txt', '/etc/passwd', '..\\..\\x', 'C:/Windows/x.dll', 'a/../../x']) {
      it(`flags ${JSON.stringify(name)}`, () => {
        const archive = ZipArchive.open(buildZip([{ name, payload: strToU8('pwned') }]));
        assert.equal(archive.entries.length, 1);
        assert.equal(archive.entries[0].safeName, undefined);
        assert.equal(onlyProblem(archive, 'zip-slip').entry, name.replace(/\\/g, '/'));
        assert.equal(archive.read(archive.entries[0]), undefined);
        assert.equal(archive.problems.length, 1);
      });
    }

    it('normalises harmless relative names', () => {
      assert.equal(safeEntryPath('./a//b/./c.txt'), 'a/b/c.txt');
      assert.equal(safeEntryPath('a/../b.txt'), 'b.txt');
      assert.equal(safeEntryPath('a\\b.txt'), 'a/b.txt');
      assert.equal(safeEntryPath('\\\\server\\share\\x'), undefined);
      assert.equal(safeEntryPath('a/C:/x'), undefined);
    });
  });

  describe('corrupt input', () => {
    const valid = zipSync({ 'index.html': strToU8('<p>hello</p>'), 'a.css': strToU8('p{}'), 'b.js': strToU8('1') });

    it('reports an empty file', () => {
      const archive = ZipArchive.open(new Uint8Array(0));
      assert.match(onlyProblem(archive, 'corrupt').message, /empty/);
      assert.deepEqual(archive.entries, []);
    });

    it('reports random bytes', () => {
      const archive = ZipArchive.open(noise(5000, 99));
      assert.match(onlyProblem(archive, 'corrupt').message, /end-of-central-directory/);
      assert.deepEqual(archive.entries, []);
    });

    it('reports a file cut short before its end record', () => {
      const archive = ZipArchive.open(valid.subarray(0, valid.length - 30));
      onlyProblem(archive, 'corrupt');
      assert.deepEqual(archive.entries, []);
    });

    it('reports a truncated central directory', () => {
      const eocd = valid.length - 22;
      const view = new DataView(valid.buffer, valid.byteOffset, valid.byteLength);
      const cdStart = view.getUint32(eocd + 16, true);
      const truncated = concat([valid.subarray(0, cdStart + 60), valid.subarray(eocd)]);
      const archive = ZipArchive.open(truncated);
      onlyProblem(archive, 'corrupt');
      assert.deepEqual(archive.entries, []);
    });

    it('reports damaged deflate data', () => {
      const content = strToU8('some text '.repeat(100));
      const payload = deflateSync(content).slice();
      payload.fill(0xff, 2, 30);
      const archive = ZipArchive.open(buildZip([{ name: 'a.txt', payload, method: 8, crc: crc32(content), declaredSize: content.length }]));
      assert.deepEqual(archive.problems, []);
      assert.equal(archive.read(archive.entries[0]), undefined);
      onlyProblem(archive, 'corrupt');
    });

    it('reports a local header pointing outside the archive', () => {
      const archive = ZipArchive.open(buildZip([{ name: 'a.txt', payload: strToU8('x'), localHeaderOffset: 1_000_000 }]));
      assert.match(onlyProblem(archive, 'corrupt').message, /local header/);
      assert.equal(archive.read(archive.entries[0]), undefined);
    });
  });

  describe('entry problems', () => {
    it('reports a CRC mismatch', () => {
      const archive = ZipArchive.open(buildZip([{ name: 'a.txt', payload: strToU8('hello'), crc: 0xdeadbeef }]));
      assert.deepEqual(archive.problems, []);
      assert.equal(archive.read(archive.entries[0]), undefined);
      assert.equal(onlyProblem(archive, 'crc-mismatch').entry, 'a.txt');
    });

    it('reports a CRC mismatch in fflate output with a flipped byte', () => {
      const bytes = zipSync({ 'a.txt': [strToU8('hello world'), { level: 0 }] }).slice();
      bytes[30 + 'a.txt'.length] ^= 0x20;
      const archive = ZipArchive.open(bytes);
      assert.equal(archive.read(archive.entries[0]), undefined);
      onlyProblem(archive, 'crc-mismatch');
    });

    it('reads only the first entries of an archive over the entry limit', () => {
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < 3000; i++) files[`f${i}.txt`] = strToU8(String(i));
      const archive = ZipArchive.open(zipSync(files, { level: 0 }));
      assert.match(onlyProblem(archive, 'too-many-entries').message, /3000/);
      assert.equal(archive.entries.length, 2000);
      assert.equal(text(archive.read(archive.entries[1999])), '1999');
    });

    it('reports encrypted entries', () => {
      const archive = ZipArchive.open(buildZip([{ name: 'secret.txt', payload: noise(40), flags: 0x0001, declaredSize: 28 }]));
      assert.equal(archive.entries[0].encrypted, true);
      assert.equal(onlyProblem(archive, 'encrypted').entry, 'secret.txt');
      assert.equal(archive.read(archive.entries[0]), undefined);
    });

    it('reports unsupported compression methods', () => {
      const archive = ZipArchive.open(buildZip([{ name: 'a.txt', payload: noise(40), method: 12, declaredSize: 100 }]));
      assert.match(onlyProblem(archive, 'unsupported-method').message, /method 12/);
      assert.equal(archive.read(archive.entries[0]), undefined);
    });

    it('reports duplicate names once and keeps both readable', () => {
      const archive = ZipArchive.open(buildZip([
        { name: 'index.html', payload: strToU8('one') },
        { name: './index.html', payload: strToU8('two') },
      ]));
      assert.equal(onlyProblem(archive, 'duplicate-entry').entry, './index.html');
      assert.equal(text(archive.read(archive.entries[1])), 'two');
    });

    it('never throws on mangled archives', () => {
      const valid = zipSync({ 'index.html': strToU8('<p>hello</p>'.repeat(20)), 'img/a.png': noise(300) });
      for (let i = 0; i < valid.length; i += 7) {
        const damaged = valid.slice();
        damaged[i] ^= 0xa5;
        const archive = ZipArchive.open(damaged);
        for (const entry of archive.entries) archive.read(entry);
        assert.ok(Array.isArray(archive.problems));
      }
    });
  });
});
