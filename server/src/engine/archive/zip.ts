// A defensive in-memory ZIP reader. Banner packages arrive as untrusted ZIPs, so every size,
// offset and count read from the archive is treated as a claim to verify, never as a fact.
// Bad input never throws: it is reported as a ZipProblem and the affected entry is not read.
import { Inflate } from 'fflate';

export interface ZipLimits {
  /** Central-directory records parsed before giving up (default 2000). */
  maxEntries: number;
  /** Bytes all entries may inflate to, declared up front and counted while reading (default 200 MiB). */
  maxTotalInflated: number;
  /** Bytes one entry may inflate to (default 50 MiB). */
  maxEntryInflated: number;
  /** Inflated-to-compressed ratio above which an entry counts as a bomb (default 100). */
  maxRatio: number;
  /**
   * Ratios are judged only once an entry reaches this many inflated bytes (default 1 MiB): small,
   * very repetitive files (a blank SVG, a padded JSON) legitimately compress beyond 100:1.
   */
  ratioFloor: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntries: 2000,
  maxTotalInflated: 200 * 1024 * 1024,
  maxEntryInflated: 50 * 1024 * 1024,
  maxRatio: 100,
  ratioFloor: 1024 * 1024,
});

export interface ZipEntry {
  /** The name as stored, with any backslash separators turned into '/'. */
  name: string;
  /** Normalised relative path; undefined when the name escapes the extraction root. */
  safeName: string | undefined;
  compressedSize: number;
  /** Uncompressed size claimed by the central directory; it may lie. */
  declaredSize: number;
  method: number;
  isDirectory: boolean;
  encrypted: boolean;
  crc32: number;
  localHeaderOffset: number;
}

export type ZipProblemCode =
  | 'corrupt' | 'too-many-entries' | 'bomb-ratio' | 'bomb-size' | 'zip-slip'
  | 'encrypted' | 'unsupported-method' | 'crc-mismatch' | 'duplicate-entry';

export interface ZipProblem {
  code: ZipProblemCode;
  message: string;
  /** The entry name as stored, when the problem belongs to one entry. */
  entry?: string;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const ZIP64_EOCD_SIZE = 56;
const ZIP64_LOCATOR_SIZE = 20;
const MAX_COMMENT = 0xffff;
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const METHOD_STORE = 0;
const METHOD_DEFLATE = 8;
/** Compressed bytes handed to the inflater at a time; deflate expands at most ~1032:1, so this bounds one step's output to a few MiB. */
const INFLATE_INPUT_CHUNK = 2048;

// Code page 437, 0x80-0xFF: what DOS-era and many current Windows zippers write when bit 11 is clear.
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

export function decodeCp437(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
  return text;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: false });

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, reflected), as stored in ZIP headers. `previous` continues a running checksum. */
export function crc32(data: Uint8Array, previous = 0): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = ~previous >>> 0;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

/**
 * Resolves a stored name to a relative path inside the extraction root, or undefined when it
 * would land outside it: absolute paths, drive letters, UNC paths and `..` climbing above the root.
 */
export function safeEntryPath(name: string): string | undefined {
  const unified = name.replace(/\\/g, '/');
  if (unified.startsWith('/') || /^[A-Za-z]:/.test(unified) || unified.includes('\0')) return undefined;
  const segments: string[] = [];
  for (const segment of unified.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
      continue;
    }
    // A drive letter can also hide after a separator on Windows ("a/C:evil" is not, but "C:" alone is).
    if (/^[A-Za-z]:$/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments.join('/');
}

interface EndOfCentralDirectory {
  eocdOffset: number;
  entryCount: number;
  cdSize: number;
  cdOffset: number;
}

class ArchiveCorrupt extends Error {}

class ByteView {
  constructor(private readonly bytes: Uint8Array) {}
  get length(): number { return this.bytes.length; }
  has(offset: number, length: number): boolean {
    return Number.isSafeInteger(offset) && offset >= 0 && length >= 0 && offset + length <= this.bytes.length;
  }
  u16(offset: number): number {
    return this.bytes[offset] | (this.bytes[offset + 1] << 8);
  }
  u32(offset: number): number {
    return (this.bytes[offset] | (this.bytes[offset + 1] << 8) | (this.bytes[offset + 2] << 16) | (this.bytes[offset + 3] << 24)) >>> 0;
  }
  /** A 64-bit little-endian value, or NaN when it exceeds what a JS number can hold exactly. */
  u64(offset: number): number {
    const value = this.u32(offset) + this.u32(offset + 4) * 0x1_0000_0000;
    return Number.isSafeInteger(value) ? value : Number.NaN;
  }
  slice(offset: number, length: number): Uint8Array {
    return this.bytes.subarray(offset, offset + length);
  }
}

export class ZipArchive {
  readonly entries: ZipEntry[] = [];
  readonly problems: ZipProblem[] = [];
  readonly byteSize: number;

  private readonly limits: ZipLimits;
  private readonly view: ByteView;
  private readonly dataOffsets = new Map<ZipEntry, number>();
  private readonly blocked = new Set<ZipEntry>();
  /** Actual inflated bytes per entry already read, so re-reading does not double-count. */
  private readonly inflatedByEntry = new Map<ZipEntry, number>();
  private inflatedTotal = 0;
  /** Bytes prepended before the archive proper (self-extractor stubs); stored offsets are relative to it. */
  private prefixLength = 0;

  private constructor(private readonly bytes: Uint8Array, limits: ZipLimits) {
    this.byteSize = bytes.length;
    this.limits = limits;
    this.view = new ByteView(bytes);
  }

  static open(bytes: Uint8Array, limits?: Partial<ZipLimits>): ZipArchive {
    const archive = new ZipArchive(bytes, { ...DEFAULT_ZIP_LIMITS, ...stripUndefined(limits) });
    try {
      archive.parse();
    } catch (error) {
      // Structural damage arrives as ArchiveCorrupt; anything else is a bug, still never a crash on untrusted input.
      const message = error instanceof Error ? error.message : String(error);
      // Offsets from a damaged directory cannot be trusted, so no entry is offered at all.
      archive.entries.length = 0;
      archive.problems.push({ code: 'corrupt', message: `Not a readable ZIP archive: ${message}` });
    }
    return archive;
  }

  /** Sum of the declared uncompressed sizes (what the archive claims; reading verifies it). */
  totalInflated(): number {
    let total = 0;
    for (const entry of this.entries) if (!entry.isDirectory) total += entry.declaredSize;
    return total;
  }

  /**
   * The entry's content, or undefined when it cannot be read safely. Inflation stops as soon as
   * the output passes the declared size, the per-entry limit, the archive-wide limit or the ratio
   * limit; each failure is recorded once in `problems`.
   */
  read(entry: ZipEntry): Uint8Array | undefined {
    const dataOffset = this.dataOffsets.get(entry);
    if (dataOffset === undefined || this.blocked.has(entry)) return undefined;
    if (entry.isDirectory) return new Uint8Array(0);
    const compressed = this.bytes.subarray(dataOffset, dataOffset + entry.compressedSize);

    const previouslyCounted = this.inflatedByEntry.get(entry) ?? 0;
    const totalBefore = this.inflatedTotal - previouslyCounted;
    const output = entry.method === METHOD_STORE
      ? this.checkGrowth(entry, compressed.length, totalBefore) ? compressed.slice() : undefined
      : this.inflate(entry, compressed, totalBefore);
    if (!output) return undefined;

    if (output.length !== entry.declaredSize) {
      return this.fail(entry, 'corrupt',
        `"${entry.name}" holds ${output.length} bytes but declares ${entry.declaredSize}.`);
    }
    const actualCrc = crc32(output);
    if (actualCrc !== entry.crc32) {
      return this.fail(entry, 'crc-mismatch',
        `"${entry.name}" fails its CRC-32 check (stored ${hex(entry.crc32)}, computed ${hex(actualCrc)}); the archive is damaged.`);
    }
    this.inflatedByEntry.set(entry, output.length);
    this.inflatedTotal = totalBefore + output.length;
    return output;
  }

  private inflate(entry: ZipEntry, compressed: Uint8Array, totalBefore: number): Uint8Array | undefined {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let aborted = false;
    const inflater = new Inflate((data) => {
      if (aborted || data.length === 0) return;
      produced += data.length;
      if (!this.checkGrowth(entry, produced, totalBefore)) {
        aborted = true;
        chunks.length = 0;
        return;
      }
      chunks.push(data);
    });
    try {
      if (compressed.length === 0) inflater.push(compressed, true);
      for (let offset = 0; offset < compressed.length && !aborted; offset += INFLATE_INPUT_CHUNK) {
        const end = Math.min(offset + INFLATE_INPUT_CHUNK, compressed.length);
        inflater.push(compressed.subarray(offset, end), end === compressed.length);
      }
    } catch (error) {
      if (aborted) return undefined;
      const reason = error instanceof Error ? error.message : String(error);
      return this.fail(entry, 'corrupt', `"${entry.name}" has damaged deflate data (${reason}).`);
    }
    if (aborted) return undefined;
    const output = new Uint8Array(produced);
    let position = 0;
    for (const chunk of chunks) {
      output.set(chunk, position);
      position += chunk.length;
    }
    return output;
  }

  /**
   * Records a bomb problem and returns false once `produced` bytes of `entry` pass any limit.
   * The actual ratio is judged first: a small declared size is exactly what a lying bomb writes.
   */
  private checkGrowth(entry: ZipEntry, produced: number, totalBefore: number): boolean {
    const { maxEntryInflated, maxTotalInflated, maxRatio, ratioFloor } = this.limits;
    if (produced > ratioFloor && produced > maxRatio * Math.max(entry.compressedSize, 1)) {
      this.fail(entry, 'bomb-ratio',
        `"${entry.name}" inflates to more than ${maxRatio} times its compressed size; reading was stopped (possible zip bomb).`);
      return false;
    }
    if (produced > maxEntryInflated) {
      this.fail(entry, 'bomb-size',
        `"${entry.name}" inflates past the ${maxEntryInflated}-byte limit per entry; reading was stopped (possible zip bomb).`);
      return false;
    }
    if (totalBefore + produced > maxTotalInflated) {
      this.fail(entry, 'bomb-size',
        `Reading "${entry.name}" takes the archive past ${maxTotalInflated} inflated bytes; reading was stopped (possible zip bomb).`);
      return false;
    }
    if (produced > entry.declaredSize) {
      this.fail(entry, 'bomb-size',
        `"${entry.name}" inflates past its declared size of ${entry.declaredSize} bytes; reading was stopped (the archive lies about its sizes).`);
      return false;
    }
    return true;
  }

  private fail(entry: ZipEntry, code: ZipProblemCode, message: string): undefined {
    if (!this.blocked.has(entry)) {
      this.blocked.add(entry);
      this.problems.push({ code, message, entry: entry.name });
    }
    return undefined;
  }

  private parse(): void {
    if (this.view.length === 0) throw new ArchiveCorrupt('the file is empty');
    const end = this.findEndOfCentralDirectory();
    const cdStart = this.locateCentralDirectory(end);

    if (end.entryCount > this.limits.maxEntries) {
      this.problems.push({
        code: 'too-many-entries',
        message: `The archive declares ${end.entryCount} entries; only the first ${this.limits.maxEntries} are read.`,
      });
    }

    let offset = cdStart;
    const cdEnd = cdStart + end.cdSize;
    let truncatedByLimit = end.entryCount > this.limits.maxEntries;
    while (offset < cdEnd) {
      if (this.entries.length >= this.limits.maxEntries) {
        // The declared count may understate the records actually present.
        if (!truncatedByLimit) {
          this.problems.push({
            code: 'too-many-entries',
            message: `The archive holds more than ${this.limits.maxEntries} entries; only the first ${this.limits.maxEntries} are read.`,
          });
          truncatedByLimit = true;
        }
        break;
      }
      offset = this.readCentralRecord(offset, cdEnd);
    }
    if (!truncatedByLimit && this.entries.length !== end.entryCount) {
      throw new ArchiveCorrupt(
        `the central directory lists ${this.entries.length} entries but the end record declares ${end.entryCount}`);
    }
    this.checkEntries(cdStart);
  }

  private findEndOfCentralDirectory(): EndOfCentralDirectory {
    const view = this.view;
    const lowest = Math.max(0, view.length - EOCD_SIZE - MAX_COMMENT);
    for (let offset = view.length - EOCD_SIZE; offset >= lowest; offset--) {
      if (view.u32(offset) !== SIG_EOCD) continue;
      const commentLength = view.u16(offset + 20);
      if (offset + EOCD_SIZE + commentLength > view.length) continue;
      let entryCount = view.u16(offset + 10);
      let cdSize = view.u32(offset + 12);
      let cdOffset = view.u32(offset + 16);
      const locator = offset - ZIP64_LOCATOR_SIZE;
      if (locator >= 0 && view.u32(locator) === SIG_ZIP64_LOCATOR) {
        const zip64Offset = view.u64(locator + 8);
        if (!view.has(zip64Offset, ZIP64_EOCD_SIZE) || view.u32(zip64Offset) !== SIG_ZIP64_EOCD) {
          throw new ArchiveCorrupt('the ZIP64 end-of-central-directory record is missing or damaged');
        }
        entryCount = view.u64(zip64Offset + 32);
        cdSize = view.u64(zip64Offset + 40);
        cdOffset = view.u64(zip64Offset + 48);
        if (Number.isNaN(entryCount) || Number.isNaN(cdSize) || Number.isNaN(cdOffset)) {
          throw new ArchiveCorrupt('the ZIP64 end record holds sizes beyond any real file');
        }
        return { eocdOffset: zip64Offset, entryCount, cdSize, cdOffset };
      }
      return { eocdOffset: offset, entryCount, cdSize, cdOffset };
    }
    throw new ArchiveCorrupt('no end-of-central-directory record was found');
  }

  /** Start of the central directory, allowing for data prepended to the archive (self-extractors). */
  private locateCentralDirectory(end: EndOfCentralDirectory): number {
    const view = this.view;
    if (end.cdSize === 0 && end.entryCount === 0) return end.eocdOffset;
    if (view.has(end.cdOffset, 4) && end.cdOffset + end.cdSize <= end.eocdOffset && view.u32(end.cdOffset) === SIG_CENTRAL) {
      return end.cdOffset;
    }
    const shifted = end.eocdOffset - end.cdSize;
    if (shifted >= 0 && view.has(shifted, 4) && view.u32(shifted) === SIG_CENTRAL) {
      this.prefixLength = shifted - end.cdOffset;
      return shifted;
    }
    throw new ArchiveCorrupt('the central directory is truncated or its offset is wrong');
  }

  private readCentralRecord(offset: number, cdEnd: number): number {
    const view = this.view;
    if (offset + CENTRAL_SIZE > cdEnd || view.u32(offset) !== SIG_CENTRAL) {
      throw new ArchiveCorrupt(`central directory record ${this.entries.length + 1} is truncated or damaged`);
    }
    const flags = view.u16(offset + 8);
    const method = view.u16(offset + 10);
    const crc = view.u32(offset + 16);
    let compressedSize = view.u32(offset + 20);
    let declaredSize = view.u32(offset + 24);
    const nameLength = view.u16(offset + 28);
    const extraLength = view.u16(offset + 30);
    const commentLength = view.u16(offset + 32);
    const externalAttributes = view.u32(offset + 38);
    let localHeaderOffset = view.u32(offset + 42);
    const next = offset + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > cdEnd) throw new ArchiveCorrupt(`central directory record ${this.entries.length + 1} runs past the directory`);

    const rawName = view.slice(offset + CENTRAL_SIZE, nameLength);
    const extra = view.slice(offset + CENTRAL_SIZE + nameLength, extraLength);
    let name = flags & FLAG_UTF8 ? utf8Decoder.decode(rawName) : decodeCp437(rawName);

    for (const field of extraFields(extra)) {
      if (field.id === EXTRA_ZIP64) {
        // Only the fields saturated in the fixed record are present, in this order.
        const zip64 = new ByteView(field.data);
        let at = 0;
        const take = (): number => {
          if (!zip64.has(at, 8)) throw new ArchiveCorrupt(`the ZIP64 extra field of "${name}" is truncated`);
          const value = zip64.u64(at);
          at += 8;
          if (Number.isNaN(value)) throw new ArchiveCorrupt(`the ZIP64 extra field of "${name}" holds an impossible size`);
          return value;
        };
        if (declaredSize === 0xffffffff) declaredSize = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
      } else if (field.id === EXTRA_UNICODE_PATH && field.data.length > 5 && field.data[0] === 1) {
        // Info-ZIP's UTF-8 path applies only while it still describes the same stored name.
        const data = new ByteView(field.data);
        if (data.u32(1) === crc32(rawName)) name = utf8Decoder.decode(field.data.subarray(5));
      }
    }
    name = name.replace(/\\/g, '/');

    const entry: ZipEntry = {
      name,
      safeName: safeEntryPath(name),
      compressedSize,
      declaredSize,
      method,
      isDirectory: name.endsWith('/') || ((externalAttributes & 0x10) !== 0 && declaredSize === 0 && compressedSize === 0),
      encrypted: (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0,
      crc32: crc,
      localHeaderOffset,
    };
    this.entries.push(entry);
    return next;
  }

  /** Per-entry checks; each entry gets at most one problem here, the most serious first. */
  private checkEntries(cdStart: number): void {
    const { maxEntryInflated, maxTotalInflated, maxRatio, ratioFloor } = this.limits;
    const seen = new Set<string>();
    const extents: { start: number; end: number; entry: ZipEntry }[] = [];

    for (const entry of this.entries) {
      const dataOffset = this.locateData(entry, cdStart);
      if (typeof dataOffset === 'string') {
        this.fail(entry, 'corrupt', `"${entry.name}": ${dataOffset}.`);
        continue;
      }
      this.dataOffsets.set(entry, dataOffset);

      if (entry.safeName === undefined) {
        this.fail(entry, 'zip-slip', `"${entry.name}" would extract outside the destination folder (zip slip).`);
        continue;
      }
      if (entry.safeName === '' && !entry.isDirectory) {
        this.fail(entry, 'corrupt', `An entry named "${entry.name}" has no file name.`);
        continue;
      }
      if (entry.encrypted) {
        this.fail(entry, 'encrypted', `"${entry.name}" is encrypted and cannot be checked.`);
        continue;
      }
      if (entry.isDirectory) {
        // Directories carry no data; anything else claimed about them is noise.
      } else if (entry.method !== METHOD_STORE && entry.method !== METHOD_DEFLATE) {
        this.fail(entry, 'unsupported-method',
          `"${entry.name}" uses compression method ${entry.method}; only store (0) and deflate (8) are supported.`);
        continue;
      } else if (entry.method === METHOD_STORE && entry.compressedSize !== entry.declaredSize) {
        this.fail(entry, 'corrupt',
          `"${entry.name}" is stored uncompressed but declares ${entry.declaredSize} bytes for ${entry.compressedSize} bytes of data.`);
        continue;
      } else if (entry.declaredSize > maxEntryInflated) {
        this.fail(entry, 'bomb-size',
          `"${entry.name}" declares ${entry.declaredSize} bytes, over the ${maxEntryInflated}-byte limit per entry (possible zip bomb).`);
        continue;
      } else if (entry.declaredSize > ratioFloor && entry.declaredSize > maxRatio * Math.max(entry.compressedSize, 1)) {
        this.fail(entry, 'bomb-ratio',
          `"${entry.name}" declares a compression ratio over ${maxRatio}:1 (possible zip bomb).`);
        continue;
      }

      const key = entry.isDirectory ? `${entry.safeName}/` : entry.safeName;
      if (seen.has(key)) {
        // Which copy an extractor keeps is tool-dependent, so the package is ambiguous; both stay readable.
        this.problems.push({ code: 'duplicate-entry', message: `"${entry.name}" appears more than once in the archive.`, entry: entry.name });
      }
      seen.add(key);
      if (!entry.isDirectory) extents.push({ start: entry.localHeaderOffset + this.prefixLength, end: dataOffset + entry.compressedSize, entry });
    }

    // Entries sharing compressed bytes are the "overlapping files" bomb construction.
    extents.sort((a, b) => a.start - b.start);
    for (let i = 1; i < extents.length; i++) {
      if (extents[i].start < extents[i - 1].end) {
        this.fail(extents[i].entry, 'bomb-size',
          `"${extents[i].entry.name}" overlaps the data of "${extents[i - 1].entry.name}" (an overlapping-entry zip bomb).`);
        extents[i] = { ...extents[i], end: Math.max(extents[i].end, extents[i - 1].end) };
      }
    }

    const declaredTotal = this.totalInflated();
    if (declaredTotal > maxTotalInflated) {
      this.problems.push({
        code: 'bomb-size',
        message: `The entries declare ${declaredTotal} bytes in total, over the ${maxTotalInflated}-byte limit (possible zip bomb).`,
      });
    }
  }

  /** Offset of an entry's data, or a description of why its local header is unusable. */
  private locateData(entry: ZipEntry, cdStart: number): number | string {
    const view = this.view;
    const header = entry.localHeaderOffset + this.prefixLength;
    if (!view.has(header, LOCAL_SIZE) || header + LOCAL_SIZE > cdStart || view.u32(header) !== SIG_LOCAL) {
      return 'its local header is missing or damaged';
    }
    const dataOffset = header + LOCAL_SIZE + view.u16(header + 26) + view.u16(header + 28);
    if (entry.isDirectory && entry.compressedSize === 0) return dataOffset;
    if (dataOffset + entry.compressedSize > cdStart) return 'its data runs past the end of the archive';
    return dataOffset;
  }
}

function* extraFields(extra: Uint8Array): Generator<{ id: number; data: Uint8Array }> {
  const view = new ByteView(extra);
  let offset = 0;
  while (view.has(offset, 4)) {
    const id = view.u16(offset);
    const size = view.u16(offset + 2);
    if (!view.has(offset + 4, size)) return;
    yield { id, data: extra.subarray(offset + 4, offset + 4 + size) };
    offset += 4 + size;
  }
}

function stripUndefined(limits: Partial<ZipLimits> | undefined): Partial<ZipLimits> {
  const result: Partial<ZipLimits> = {};
  if (!limits) return result;
  for (const key of Object.keys(limits) as (keyof ZipLimits)[]) {
    const value = limits[key];
    if (typeof value === 'number' && value >= 0) result[key] = value;
  }
  return result;
}

function hex(value: number): string {
  return `0x${value.toString(16).padStart(8, '0')}`;
}
