/**
 * Licence-relevant facts from font files: names (copyright, licence, designer…) and the OS/2 embedding bits.
 * Reads TTF/OTF, the first font of a TTC, WOFF (zlib per table), WOFF2 (one Brotli stream; only untransformed
 * tables are needed, glyf/loca transforms are skipped over) and EOT (its own header, plus the embedded sfnt
 * when that is stored uncompressed).
 */
import { brotliDecompressSync, inflateSync } from 'node:zlib';
import { ByteView, MediaReadError, corrupt, decodeMacRoman, decodeUtf16, describeStart, nonEmpty, truncated } from './bytes';

export type FontFormat = 'ttf' | 'otf' | 'ttc' | 'woff' | 'woff2' | 'eot' | 'unknown';
export type FontEmbedding = 'installable' | 'restricted' | 'preview-print' | 'editable' | 'unknown';

export interface FontFacts {
  format: FontFormat;
  /** Typographic family (name ID 16) when present, else the legacy family (ID 1). */
  family?: string;
  /** Typographic subfamily (ID 17) when present, else ID 2. */
  subfamily?: string;
  fullName?: string;
  version?: string;
  /** Name ID 0. */
  copyright?: string;
  trademark?: string;
  manufacturer?: string;
  designer?: string;
  /** Name ID 13. */
  licenseDescription?: string;
  /** Name ID 14. */
  licenseUrl?: string;
  /** OS/2 fsType, or the EOT header's copy of it. */
  fsType?: number;
  /** From fsType: 0 installable, 0x0002 restricted licence embedding, 0x0004 preview & print, 0x0008 editable. */
  embedding: FontEmbedding;
  weightClass?: number;
  italic?: boolean;
  byteSize: number;
}

/** Decompressed tables beyond this are refused: real fonts are far smaller, and bombs are not. */
const MAX_DECOMPRESSED = 64 * 1024 * 1024;

type TableReader = (tag: string) => Uint8Array | undefined;

/**
 * Untrusted input: sizes and offsets are checked, decompression is bounded, and anything unreadable ends in a
 * MediaReadError ('truncated', 'corrupt' or 'unsupported').
 */
export function readFontFacts(bytes: Uint8Array): FontFacts {
  try {
    return readFont(bytes);
  } catch (error) {
    if (error instanceof MediaReadError) throw error;
    throw corrupt(`could not read the font tables: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readFont(bytes: Uint8Array): FontFacts {
  if (bytes.length < 4) throw truncated(`font file is only ${bytes.length} bytes long`);
  const signature = new ByteView(bytes).fourcc(0);
  switch (signature) {
    case 'wOFF':
      return factsFromTables('woff', bytes, woffTables(bytes));
    case 'wOF2':
      return factsFromTables('woff2', bytes, woff2Tables(bytes));
    case 'ttcf':
      return factsFromTables('ttc', bytes, sfntTables(bytes, firstCollectionFont(bytes)));
    case 'OTTO':
      return factsFromTables('otf', bytes, sfntTables(bytes, 0));
    case '\0\x01\0\0':
    case 'true':
      return factsFromTables('ttf', bytes, sfntTables(bytes, 0));
    case 'typ1':
      return factsFromTables('unknown', bytes, sfntTables(bytes, 0));
    default:
      if (isEot(bytes)) return readEot(bytes);
      throw corrupt(`not a font file: no TrueType, OpenType, WOFF, WOFF2 or EOT signature (starts with ${describeStart(bytes)})`);
  }
}

function factsFromTables(format: FontFormat, bytes: Uint8Array, table: TableReader): FontFacts {
  const facts: FontFacts = { format, embedding: 'unknown', byteSize: bytes.length };
  const name = table('name');
  if (name) Object.assign(facts, readNameTable(name));
  const os2 = table('OS/2');
  if (os2 && os2.length >= 10) {
    const v = new ByteView(os2, 0, os2.length, "font 'OS/2' table");
    facts.weightClass = v.u16be(4);
    facts.fsType = v.u16be(8);
    facts.embedding = embeddingFromFsType(facts.fsType);
    if (os2.length >= 64) facts.italic = (v.u16be(62) & 0x0001) !== 0;
  }
  if (facts.italic === undefined) {
    const head = table('head');
    if (head && head.length >= 46) facts.italic = (new ByteView(head).u16be(44) & 0x0002) !== 0;
  }
  return facts;
}

/** OpenType allows only one of bits 1–3; older fonts that set several get the least restrictive, as the spec says. */
export function embeddingFromFsType(fsType: number): FontEmbedding {
  if (fsType & 0x0008) return 'editable';
  if (fsType & 0x0004) return 'preview-print';
  if (fsType & 0x0002) return 'restricted';
  if ((fsType & 0x000f) === 0) return 'installable';
  return 'unknown';
}

function firstCollectionFont(bytes: Uint8Array): number {
  const v = new ByteView(bytes, 0, bytes.length, 'TTC header');
  const count = v.u32be(8);
  if (count === 0) throw corrupt('font collection declares no fonts');
  const offset = v.u32be(12);
  if (offset + 12 > bytes.length) throw truncated(`font collection points its first font at byte ${offset}, past the end of the ${bytes.length}-byte file`);
  return offset;
}

function sfntTables(bytes: Uint8Array, base: number): TableReader {
  const v = new ByteView(bytes, 0, bytes.length, 'font table directory');
  const count = v.u16be(base + 4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const record = base + 12 + i * 16;
    tables.set(v.fourcc(record), { offset: v.u32be(record + 8), length: v.u32be(record + 12) });
  }
  return (tag) => {
    const t = tables.get(tag);
    if (!t) return undefined;
    if (t.offset + t.length > bytes.length) {
      throw truncated(`font file is truncated: table '${tag}' runs to byte ${t.offset + t.length} of a ${bytes.length}-byte file`);
    }
    return bytes.subarray(t.offset, t.offset + t.length);
  };
}

function woffTables(bytes: Uint8Array): TableReader {
  const v = new ByteView(bytes, 0, bytes.length, 'WOFF header');
  const count = v.u16be(12);
  const tables = new Map<string, { offset: number; compLength: number; origLength: number }>();
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    tables.set(v.fourcc(entry), { offset: v.u32be(entry + 4), compLength: v.u32be(entry + 8), origLength: v.u32be(entry + 12) });
  }
  return (tag) => {
    const t = tables.get(tag);
    if (!t) return undefined;
    if (t.offset + t.compLength > bytes.length) {
      throw truncated(`WOFF file is truncated: table '${tag}' runs to byte ${t.offset + t.compLength} of a ${bytes.length}-byte file`);
    }
    const stored = bytes.subarray(t.offset, t.offset + t.compLength);
    if (t.compLength >= t.origLength) return stored;
    if (t.origLength > MAX_DECOMPRESSED) throw corrupt(`WOFF table '${tag}' claims ${t.origLength} bytes uncompressed`);
    let out: Uint8Array;
    try {
      out = inflateSync(stored, { maxOutputLength: t.origLength });
    } catch (error) {
      throw corrupt(`WOFF table '${tag}' does not decompress: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (out.length !== t.origLength) throw corrupt(`WOFF table '${tag}' decompresses to ${out.length} bytes, not the declared ${t.origLength}`);
    return out;
  };
}

/** The 63 table tags WOFF2 encodes as a 6-bit index, in spec order. */
const WOFF2_KNOWN_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG',
  'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC',
  'JSTF', 'MATH', 'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc',
  'feat', 'fmtx', 'fvar', 'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat',
  'Gloc', 'Feat', 'Sill',
];

class Cursor {
  pos: number;
  constructor(private readonly v: ByteView, start: number) {
    this.pos = start;
  }
  u8(): number {
    return this.v.u8(this.pos++);
  }
  u16(): number {
    const value = this.v.u16be(this.pos);
    this.pos += 2;
    return value;
  }
  u32(): number {
    const value = this.v.u32be(this.pos);
    this.pos += 4;
    return value;
  }
  fourcc(): string {
    const value = this.v.fourcc(this.pos);
    this.pos += 4;
    return value;
  }
  /** UIntBase128: big-endian base-128 with continuation bits, at most 5 bytes, no leading zeros. */
  base128(): number {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const b = this.u8();
      if (i === 0 && b === 0x80) throw corrupt('WOFF2 table directory has a UIntBase128 with a leading zero');
      value = value * 128 + (b & 0x7f);
      if (value > 0xffffffff) throw corrupt('WOFF2 table directory has a UIntBase128 over 32 bits');
      if ((b & 0x80) === 0) return value;
    }
    throw corrupt('WOFF2 table directory has a UIntBase128 longer than 5 bytes');
  }
  /** 255UInt16, used by the collection directory. */
  u255(): number {
    const code = this.u8();
    if (code === 253) return this.u16();
    if (code === 255) return 253 + this.u8();
    if (code === 254) return 506 + this.u8();
    return code;
  }
}

function woff2Tables(bytes: Uint8Array): TableReader {
  const v = new ByteView(bytes, 0, bytes.length, 'WOFF2 header');
  const flavor = v.fourcc(4);
  const count = v.u16be(12);
  const totalSfntSize = v.u32be(16);
  const totalCompressedSize = v.u32be(20);
  const c = new Cursor(v, 48);
  interface Entry { tag: string; length: number; transformed: boolean }
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const flags = c.u8();
    const tag = (flags & 0x3f) === 0x3f ? c.fourcc() : WOFF2_KNOWN_TAGS[flags & 0x3f];
    const transformVersion = flags >> 6;
    const origLength = c.base128();
    // glyf and loca are transformed at version 0 and plain at 3; every other table is plain at version 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? transformVersion !== 3 : transformVersion !== 0;
    const length = transformed ? c.base128() : origLength;
    entries.push({ tag, length, transformed });
  }
  let wanted: Set<number> | undefined;
  if (flavor === 'ttcf') {
    c.u32(); // collection version
    const fonts = c.u255();
    for (let f = 0; f < fonts; f++) {
      const tableCount = c.u255();
      c.u32(); // flavor of this font
      const indices = new Set<number>();
      for (let t = 0; t < tableCount; t++) indices.add(c.u255());
      wanted ??= indices;
    }
  }
  const streamStart = c.pos;
  if (streamStart + totalCompressedSize > bytes.length) {
    throw truncated(`WOFF2 file is truncated: its compressed tables need ${totalCompressedSize} bytes from byte ${streamStart}, but the file has ${bytes.length}`);
  }
  const expected = entries.reduce((n, e) => n + e.length, 0);
  const bound = Math.min(MAX_DECOMPRESSED, Math.max(expected, totalSfntSize));
  let stream: Uint8Array | undefined;
  const decompressed = (): Uint8Array => {
    if (stream) return stream;
    try {
      stream = brotliDecompressSync(bytes.subarray(streamStart, streamStart + totalCompressedSize), { maxOutputLength: bound });
    } catch (error) {
      throw corrupt(`WOFF2 table data does not decompress within ${bound} bytes: ${error instanceof Error ? error.message : String(error)}`);
    }
    return stream;
  };
  const offsets = new Map<string, { offset: number; entry: Entry }>();
  let offset = 0;
  entries.forEach((entry, index) => {
    if ((!wanted || wanted.has(index)) && !offsets.has(entry.tag)) offsets.set(entry.tag, { offset, entry });
    offset += entry.length;
  });
  return (tag) => {
    const found = offsets.get(tag);
    if (!found || found.entry.transformed) return undefined; // name, OS/2 and head are never transformed
    const data = decompressed();
    if (found.offset + found.entry.length > data.length) {
      throw corrupt(`WOFF2 table '${tag}' lies beyond the ${data.length} decompressed bytes`);
    }
    return data.subarray(found.offset, found.offset + found.entry.length);
  };
}

const NAME_FIELDS: Record<number, keyof FontFacts> = {
  0: 'copyright',
  4: 'fullName',
  5: 'version',
  7: 'trademark',
  8: 'manufacturer',
  9: 'designer',
  13: 'licenseDescription',
  14: 'licenseUrl',
};

/** Lower is better: Windows US English, other English, any Windows, Mac English, Unicode, any Mac Roman. */
function recordRank(platform: number, encoding: number, language: number): number | undefined {
  if (platform === 3 && (encoding === 0 || encoding === 1 || encoding === 10)) {
    if (language === 0x0409) return 0;
    if ((language & 0x3ff) === 0x09) return 1;
    return 2;
  }
  if (platform === 1 && encoding === 0) return language === 0 ? 3 : 5;
  if (platform === 0) return 4;
  return undefined; // other Mac scripts and legacy encodings would need their own code pages
}

function readNameTable(table: Uint8Array): Partial<FontFacts> {
  const v = new ByteView(table, 0, table.length, "font 'name' table");
  const count = v.u16be(2);
  const storage = v.u16be(4);
  const best = new Map<number, { rank: number; text: string }>();
  for (let i = 0; i < count; i++) {
    const record = 6 + i * 12;
    if (!v.has(record, 12)) break;
    const platform = v.u16be(record);
    const encoding = v.u16be(record + 2);
    const language = v.u16be(record + 4);
    const nameId = v.u16be(record + 6);
    const length = v.u16be(record + 8);
    const offset = v.u16be(record + 10);
    const rank = recordRank(platform, encoding, language);
    if (rank === undefined) continue;
    const current = best.get(nameId);
    if (current && current.rank <= rank) continue;
    if (!v.has(storage + offset, length)) continue; // a record pointing outside the table is ignored, not fatal
    const raw = v.slice(storage + offset, length);
    const text = platform === 1 ? decodeMacRoman(raw) : decodeUtf16(raw, false);
    const cleaned = nonEmpty(text);
    if (cleaned) best.set(nameId, { rank, text: cleaned });
  }
  const out: Partial<FontFacts> = {};
  for (const [id, field] of Object.entries(NAME_FIELDS)) {
    const value = best.get(Number(id));
    if (value) (out as Record<string, string>)[field] = value.text;
  }
  const family = best.get(16) ?? best.get(1);
  const subfamily = best.get(17) ?? best.get(2);
  if (family) out.family = family.text;
  if (subfamily) out.subfamily = subfamily.text;
  return out;
}

function isEot(bytes: Uint8Array): boolean {
  if (bytes.length < 36) return false;
  const v = new ByteView(bytes);
  const version = v.u32le(8);
  return v.u16le(34) === 0x504c && (version === 0x00010000 || version === 0x00020001 || version === 0x00020002);
}

/** EOT: little-endian header with the fsType and the names as UTF-16LE strings, then the (often compressed) font. */
function readEot(bytes: Uint8Array): FontFacts {
  const v = new ByteView(bytes, 0, bytes.length, 'EOT header');
  const eotSize = v.u32le(0);
  const fontDataSize = v.u32le(4);
  const flags = v.u32le(12);
  const facts: FontFacts = { format: 'eot', embedding: 'unknown', byteSize: bytes.length };
  if (eotSize > bytes.length) throw truncated(`EOT file is truncated: its header declares ${eotSize} bytes but the file has ${bytes.length}`);
  facts.italic = v.u8(27) !== 0;
  facts.weightClass = v.u32le(28);
  facts.fsType = v.u16le(32);
  facts.embedding = embeddingFromFsType(facts.fsType);
  let pos = 82;
  const readName = (): string | undefined => {
    const size = v.u16le(pos);
    if (!v.has(pos + 2, size)) throw truncated('EOT file ends inside its name strings');
    const text = decodeUtf16(v.slice(pos + 2, size), true);
    pos += 2 + size + 2; // the string, then the padding word before the next size
    return nonEmpty(text);
  };
  facts.family = readName();
  facts.subfamily = readName();
  facts.version = readName();
  facts.fullName = readName();
  for (const key of ['family', 'subfamily', 'version', 'fullName'] as const) if (facts[key] === undefined) delete facts[key];

  // Without MTX compression (0x4) the font data is a plain sfnt, XOR-obfuscated with 0x50 when flag 0x10000000 is set.
  const compressed = (flags & 0x4) !== 0;
  const dataStart = eotSize - fontDataSize;
  if (!compressed && fontDataSize >= 12 && dataStart >= 0 && eotSize <= bytes.length) {
    let font = bytes.subarray(dataStart, eotSize);
    if (flags & 0x10000000) font = font.map((b) => b ^ 0x50);
    const sig = new ByteView(font).fourcc(0);
    if (sig === '\0\x01\0\0' || sig === 'true' || sig === 'OTTO') {
      try {
        const inner = factsFromTables('ttf', font, sfntTables(font, 0));
        for (const key of ['copyright', 'trademark', 'manufacturer', 'designer', 'licenseDescription', 'licenseUrl'] as const) {
          if (inner[key]) facts[key] = inner[key];
        }
        if (inner.family && !facts.family) facts.family = inner.family;
      } catch {
        // The header facts stand on their own; a damaged embedded font does not cancel them.
      }
    }
  }
  return facts;
}
