import { ByteView, decodeUtf8 } from './bytes';
import { parseIccProfile } from './icc';
import type { ImageFacts } from './types';

const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8, 17: 8, 18: 8 };
const MAX_PAGES = 10000;

const TAG = {
  width: 256,
  height: 257,
  bitsPerSample: 258,
  photometric: 262,
  stripOffsets: 273,
  samplesPerPixel: 277,
  stripByteCounts: 279,
  tileOffsets: 324,
  tileByteCounts: 325,
  extraSamples: 338,
  xmp: 700,
  iptc: 33723,
  icc: 34675,
} as const;

interface Entry {
  type: number;
  count: number;
  /** Where the values start: inline in the entry or at the pointed-to offset. */
  valuesAt: number;
}

/** Classic TIFF and BigTIFF in either byte order: IFD0 for the image facts, the IFD chain for the page count. */
export function readTiff(bytes: Uint8Array): ImageFacts {
  const view = new ByteView(bytes, 'TIFF');
  const order = view.ascii(0, 2, 'the byte order mark');
  if (order !== 'II' && order !== 'MM') throw view.corrupt(`unknown byte order mark '${order}'`);
  const little = order === 'II';
  const u16 = (at: number, what?: string): number => (little ? view.u16le(at, what) : view.u16be(at, what));
  const u32 = (at: number, what?: string): number => (little ? view.u32le(at, what) : view.u32be(at, what));
  const u64 = (at: number, what?: string): number => (little ? u32(at, what) + u32(at + 4, what) * 0x100000000 : view.u64be(at, what));

  const magic = u16(2, 'the TIFF version');
  const big = magic === 43;
  if (magic !== 42 && !big) throw view.corrupt(`unknown TIFF version ${magic}`);
  const offsetSize = big ? 8 : 4;
  const entrySize = big ? 20 : 12;
  const readOffset = (at: number, what?: string): number => (big ? u64(at, what) : u32(at, what));
  const firstIfd = big ? u64(8, 'the first IFD offset') : u32(4, 'the first IFD offset');

  const readIfd = (ifdAt: number): { entries: Map<number, Entry>; next: number } => {
    const count = big ? u64(ifdAt, 'an IFD entry count') : u16(ifdAt, 'an IFD entry count');
    const entriesAt = ifdAt + (big ? 8 : 2);
    view.need(entriesAt, count * entrySize + offsetSize, `an IFD with ${count} entries`);
    const entries = new Map<number, Entry>();
    for (let i = 0; i < count; i++) {
      const at = entriesAt + i * entrySize;
      const tag = u16(at);
      const type = u16(at + 2);
      const valueCount = big ? u64(at + 4) : u32(at + 4);
      const size = (TYPE_SIZES[type] ?? 1) * valueCount;
      const fieldAt = at + (big ? 12 : 8);
      const valuesAt = size <= offsetSize ? fieldAt : readOffset(fieldAt);
      if (!entries.has(tag)) entries.set(tag, { type, count: valueCount, valuesAt });
    }
    return { entries, next: readOffset(entriesAt + count * entrySize) };
  };

  const numbers = (entry: Entry | undefined, limit = Infinity): number[] => {
    if (!entry) return [];
    const n = Math.min(entry.count, limit);
    const size = TYPE_SIZES[entry.type] ?? 1;
    view.need(entry.valuesAt, n * size, 'tag values');
    const values: number[] = [];
    for (let i = 0; i < n; i++) {
      const at = entry.valuesAt + i * size;
      if (size === 1) values.push(bytes[at]);
      else if (size === 2) values.push(u16(at));
      else if (size === 8 && (entry.type === 16 || entry.type === 18)) values.push(u64(at));
      else values.push(u32(at));
    }
    return values;
  };
  const first = (entry: Entry | undefined): number | undefined => numbers(entry, 1)[0];
  const blob = (entry: Entry | undefined, what: string): Uint8Array | undefined => {
    if (!entry) return undefined;
    const size = (TYPE_SIZES[entry.type] ?? 1) * entry.count;
    return view.slice(entry.valuesAt, size, what);
  };

  if (firstIfd < 8) throw view.corrupt(`the first IFD offset ${firstIfd} points into the header`);
  const { entries, next } = readIfd(firstIfd);
  const facts: ImageFacts = { format: 'tiff', byteSize: bytes.length };
  facts.width = first(entries.get(TAG.width));
  facts.height = first(entries.get(TAG.height));
  facts.bitDepth = first(entries.get(TAG.bitsPerSample)) ?? 1;
  facts.channels = first(entries.get(TAG.samplesPerPixel)) ?? 1;
  facts.colorSpace = photometricColorSpace(first(entries.get(TAG.photometric)));
  facts.hasAlpha = numbers(entries.get(TAG.extraSamples), 16).some((kind) => kind === 1 || kind === 2);

  checkImageDataInside(view, numbers, entries.get(TAG.stripOffsets) ?? entries.get(TAG.tileOffsets),
    entries.get(TAG.stripByteCounts) ?? entries.get(TAG.tileByteCounts));

  const icc = blob(entries.get(TAG.icc), 'the ICC profile');
  if (icc) facts.icc = parseIccProfile(icc);
  const xmp = blob(entries.get(TAG.xmp), 'the XMP packet');
  if (xmp) facts.xmp = decodeUtf8(xmp);
  const iptc = blob(entries.get(TAG.iptc), 'the IPTC block');
  if (iptc) facts.iptc = iptc;
  // The file itself is the TIFF structure an EXIF reader walks (IFD0 holds Artist/Copyright); no copy needed.
  facts.exif = bytes;

  // Only the count and the next pointer of later IFDs are read, so a long chain costs O(pages).
  const nextIfdAfter = (ifdAt: number): number => {
    const count = big ? u64(ifdAt) : u16(ifdAt);
    return readOffset(ifdAt + (big ? 8 : 2) + count * entrySize);
  };
  facts.frames = countPages(next, nextIfdAfter);
  return facts;
}

function countPages(next: number, nextIfdAfter: (at: number) => number): number {
  const seen = new Set<number>();
  let pages = 1;
  // A damaged chain after the first page should not hide the facts already read.
  try {
    while (next !== 0 && pages < MAX_PAGES && !seen.has(next)) {
      seen.add(next);
      next = nextIfdAfter(next);
      pages++;
    }
  } catch {
    // keep the pages counted so far
  }
  return pages;
}

function checkImageDataInside(
  view: ByteView,
  numbers: (entry: Entry | undefined) => number[],
  offsets: Entry | undefined,
  counts: Entry | undefined,
): void {
  if (!offsets || !counts) return;
  const starts = numbers(offsets);
  const lengths = numbers(counts);
  for (let i = 0; i < starts.length && i < lengths.length; i++) {
    if (starts[i] + lengths[i] > view.length) {
      throw view.truncated(`image data block ${i} at byte ${starts[i]} needs ${lengths[i]} bytes${view.endsAt()}`);
    }
  }
}

function photometricColorSpace(photometric: number | undefined): ImageFacts['colorSpace'] {
  switch (photometric) {
    case 0:
    case 1: return 'gray';
    case 2:
    case 6: return 'rgb';
    case 3: return 'indexed';
    case 5: return 'cmyk';
    case 8:
    case 9:
    case 10: return 'lab';
    default: return 'unknown';
  }
}
