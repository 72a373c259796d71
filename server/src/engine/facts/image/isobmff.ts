import { ByteView, concatBytes, decodeUtf8, latin1 } from './bytes';
import { parseIccProfile } from './icc';
import type { ImageFacts, ImageFormat } from './types';

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1', 'mif2']);
/** Boxes nest a handful of levels in HEIF; anything deeper is hostile. */
const MAX_DEPTH = 16;

interface Box {
  type: string;
  /** Offset of the first byte after the header. */
  start: number;
  end: number;
}

/** Reads the ftyp brands; undefined when the bytes are not an AVIF/HEIF file. */
export function sniffIsoBmff(bytes: Uint8Array): ImageFormat | undefined {
  if (bytes.length < 12 || latin1(bytes, 4, 8) !== 'ftyp') return undefined;
  const size = Math.min(bytes.length, Math.max(16, bytes[0] * 0x1000000 + ((bytes[1] << 16) | (bytes[2] << 8) | bytes[3])));
  const brands = [latin1(bytes, 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(latin1(bytes, at, at + 4));
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'heic';
  return undefined;
}

class BoxReader {
  constructor(readonly view: ByteView) {}

  *children(start: number, end: number): Generator<Box> {
    let at = start;
    while (at < end) {
      if (end - at < 8) throw this.view.corrupt(`${end - at} stray bytes at byte ${at} where a box header should be`);
      let size = this.view.u32be(at, 'a box size');
      const type = this.view.ascii(at + 4, 4, 'a box type');
      let headerLength = 8;
      if (size === 1) {
        size = this.view.u64be(at + 8, 'a 64-bit box size');
        headerLength = 16;
      } else if (size === 0) {
        size = end - at;
      }
      if (size < headerLength) throw this.view.corrupt(`box '${printable(type)}' at byte ${at} declares size ${size}`);
      if (at + size > end) {
        if (end === this.view.length) throw this.view.truncated(`box '${printable(type)}' at byte ${at} declares ${size} bytes${this.view.endsAt()}`);
        throw this.view.corrupt(`box '${printable(type)}' at byte ${at} overruns its parent box`);
      }
      yield { type, start: at + headerLength, end: at + size };
      at += size;
    }
  }

  find(parent: Box, type: string): Box | undefined {
    for (const child of this.children(parent.start, parent.end)) if (child.type === type) return child;
    return undefined;
  }
}

interface ItemLocation {
  constructionMethod: number;
  extents: { offset: number; length: number }[];
}

/** ftyp + meta (pitm, iinf, iloc, iprp/ipco/ipma) of AVIF and HEIF stills; moov track headers for sequences. */
export function readIsoBmff(bytes: Uint8Array, format: 'avif' | 'heic'): ImageFacts {
  const label = format === 'avif' ? 'AVIF' : 'HEIF';
  const view = new ByteView(bytes, label);
  const boxes = new BoxReader(view);
  const facts: ImageFacts = { format, byteSize: bytes.length, frames: 1 };
  let meta: Box | undefined;
  let movie: Box | undefined;
  for (const box of boxes.children(0, bytes.length)) {
    if (box.type === 'meta') meta ??= box;
    else if (box.type === 'moov') movie ??= box;
  }
  if (!meta && !movie) throw view.corrupt('it has neither a meta box nor a moov box');
  if (meta) readMeta(boxes, { type: 'meta', start: meta.start + 4, end: meta.end }, facts);
  if (movie) readMovie(boxes, movie, facts);
  return facts;
}

function readMeta(boxes: BoxReader, meta: Box, facts: ImageFacts): void {
  const view = boxes.view;
  let primaryItem: number | undefined;
  let properties: Box[] = [];
  const associations = new Map<number, number[]>();
  const itemTypes = new Map<number, { type: string; contentType?: string }>();
  let locations = new Map<number, ItemLocation>();
  let itemData: Box | undefined;

  for (const box of boxes.children(meta.start, meta.end)) {
    if (box.type === 'pitm') {
      primaryItem = view.u8(box.start) === 0 ? view.u16be(box.start + 4) : view.u32be(box.start + 4);
    } else if (box.type === 'iprp') {
      for (const child of boxes.children(box.start, box.end)) {
        if (child.type === 'ipco') properties = [...boxes.children(child.start, child.end)];
        else if (child.type === 'ipma') readAssociations(view, child, associations);
      }
    } else if (box.type === 'iinf') {
      readItemInfo(boxes, box, itemTypes);
    } else if (box.type === 'iloc') {
      locations = readItemLocations(view, box);
    } else if (box.type === 'idat') {
      itemData = box;
    }
  }

  const primaryIndexes = primaryItem !== undefined ? associations.get(primaryItem) : undefined;
  const chosen = primaryIndexes
    ? primaryIndexes.map((index) => properties[index - 1]).filter((box): box is Box => box !== undefined)
    : properties;
  for (const property of chosen) readProperty(view, property, facts);
  // Grid images (most iPhone HEICs) often carry pixi only on their tiles.
  if (facts.bitDepth === undefined) {
    const tilePixi = properties.find((property) => property.type === 'pixi');
    if (tilePixi) readProperty(view, tilePixi, facts);
  }
  facts.colorSpace ??= facts.icc?.colorSpace === 'GRAY' ? 'gray' : 'rgb';

  // Alpha lives in an auxiliary image item; its auxC property names the alpha URN.
  for (const property of properties) {
    if (property.type !== 'auxC') continue;
    const urn = latin1(view.bytes, property.start + 4, property.end);
    if (/alpha|auxid:1\b/.test(urn)) facts.hasAlpha = true;
  }
  facts.hasAlpha ??= false;
  if (facts.channels !== undefined && facts.hasAlpha) facts.channels += 1;

  if (primaryItem !== undefined) {
    const primaryLocation = locations.get(primaryItem);
    if (primaryLocation) itemBytes(view, primaryLocation, itemData, 'the primary image data');
  }
  for (const [itemId, item] of itemTypes) {
    const location = locations.get(itemId);
    if (!location) continue;
    if (item.type === 'Exif' && !facts.exif) {
      const payload = itemBytes(view, location, itemData, 'the Exif item');
      // The payload starts with a 32-bit offset to the TIFF header.
      if (payload.length >= 4) {
        const skip = 4 + (payload[0] * 0x1000000 + ((payload[1] << 16) | (payload[2] << 8) | payload[3]));
        if (skip < payload.length) facts.exif = payload.subarray(skip);
      }
    } else if (item.type === 'mime' && item.contentType === 'application/rdf+xml' && facts.xmp === undefined) {
      facts.xmp = decodeUtf8(itemBytes(view, location, itemData, 'the XMP item'));
    }
  }
}

function readProperty(view: ByteView, property: Box, facts: ImageFacts): void {
  switch (property.type) {
    case 'ispe':
      if (property.end - property.start < 12) break;
      facts.width ??= view.u32be(property.start + 4, 'the ispe width');
      facts.height ??= view.u32be(property.start + 8, 'the ispe height');
      break;
    case 'pixi': {
      const channels = view.u8(property.start + 4, 'the pixi channel count');
      if (channels > 0 && facts.bitDepth === undefined) {
        facts.channels = channels;
        facts.bitDepth = view.u8(property.start + 5, 'the pixi bit depth');
        facts.colorSpace ??= channels === 1 ? 'gray' : 'rgb';
      }
      break;
    }
    case 'colr': {
      const colourType = view.ascii(property.start, 4, 'the colr type');
      if (colourType === 'nclx' && !facts.cicp) {
        facts.cicp = {
          primaries: view.u16be(property.start + 4, 'the nclx primaries'),
          transfer: view.u16be(property.start + 6, 'the nclx transfer'),
          matrix: view.u16be(property.start + 8, 'the nclx matrix'),
        };
        // Matrix 0 is identity (GBR); monochrome AVIFs signal themselves through pixi instead.
        facts.colorSpace ??= 'rgb';
      } else if ((colourType === 'prof' || colourType === 'rICC') && !facts.icc) {
        facts.icc = parseIccProfile(view.bytes.subarray(property.start + 4, property.end));
      }
      break;
    }
  }
}

function readAssociations(view: ByteView, box: Box, associations: Map<number, number[]>): void {
  const version = view.u8(box.start);
  const wideIndexes = (view.u8(box.start + 3) & 1) === 1;
  const count = view.u32be(box.start + 4, 'the ipma entry count');
  let at = box.start + 8;
  for (let i = 0; i < count && at < box.end; i++) {
    const itemId = version < 1 ? view.u16be(at) : view.u32be(at);
    at += version < 1 ? 2 : 4;
    const associationCount = view.u8(at++);
    const indexes: number[] = [];
    for (let j = 0; j < associationCount; j++) {
      if (wideIndexes) {
        indexes.push(view.u16be(at) & 0x7fff);
        at += 2;
      } else {
        indexes.push(view.u8(at) & 0x7f);
        at += 1;
      }
    }
    if (!associations.has(itemId)) associations.set(itemId, indexes);
  }
}

function readItemInfo(boxes: BoxReader, box: Box, itemTypes: Map<number, { type: string; contentType?: string }>): void {
  const view = boxes.view;
  const version = view.u8(box.start);
  const entriesStart = box.start + (version === 0 ? 6 : 8);
  for (const entry of boxes.children(entriesStart, box.end)) {
    if (entry.type !== 'infe') continue;
    const entryVersion = view.u8(entry.start);
    if (entryVersion < 2) continue;
    let at = entry.start + 4;
    const itemId = entryVersion === 2 ? view.u16be(at) : view.u32be(at);
    at += entryVersion === 2 ? 2 : 4;
    at += 2;
    const type = view.ascii(at, 4, 'an item type');
    at += 4;
    const nameEnd = view.indexOfZero(at, entry.end);
    let contentType: string | undefined;
    if (type === 'mime' && nameEnd >= 0) {
      const contentEnd = view.indexOfZero(nameEnd + 1, entry.end);
      contentType = latin1(view.bytes, nameEnd + 1, contentEnd < 0 ? entry.end : contentEnd);
    }
    itemTypes.set(itemId, { type, contentType });
  }
}

function readItemLocations(view: ByteView, box: Box): Map<number, ItemLocation> {
  const locations = new Map<number, ItemLocation>();
  const version = view.u8(box.start);
  const sizes = view.u8(box.start + 4);
  const moreSizes = view.u8(box.start + 5);
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 0x0f;
  const baseOffsetSize = moreSizes >> 4;
  const indexSize = version === 1 || version === 2 ? moreSizes & 0x0f : 0;
  let at = box.start + 6;
  const count = version < 2 ? view.u16be(at) : view.u32be(at);
  at += version < 2 ? 2 : 4;

  const readSized = (size: number, what: string): number => {
    let value = 0;
    if (size === 4) value = view.u32be(at, what);
    else if (size === 8) value = view.u64be(at, what);
    else if (size === 2) value = view.u16be(at, what);
    else if (size !== 0) throw view.corrupt(`iloc uses an unsupported field size ${size}`);
    at += size;
    return value;
  };

  for (let i = 0; i < count && at < box.end; i++) {
    const itemId = version < 2 ? view.u16be(at) : view.u32be(at);
    at += version < 2 ? 2 : 4;
    let constructionMethod = 0;
    if (version === 1 || version === 2) {
      constructionMethod = view.u16be(at) & 0x0f;
      at += 2;
    }
    at += 2;
    const baseOffset = readSized(baseOffsetSize, 'an iloc base offset');
    const extentCount = view.u16be(at, 'an iloc extent count');
    at += 2;
    if (indexSize + offsetSize + lengthSize === 0 && extentCount > 1) {
      throw view.corrupt(`iloc item ${itemId} lists ${extentCount} extents with no offsets or lengths`);
    }
    const extents: { offset: number; length: number }[] = [];
    for (let j = 0; j < extentCount && at <= box.end; j++) {
      readSized(indexSize, 'an iloc extent index');
      const offset = readSized(offsetSize, 'an iloc extent offset');
      const length = readSized(lengthSize, 'an iloc extent length');
      extents.push({ offset: baseOffset + offset, length });
    }
    if (at > box.end) throw view.corrupt('the iloc box overruns its size');
    locations.set(itemId, { constructionMethod, extents });
  }
  return locations;
}

function itemBytes(view: ByteView, location: ItemLocation, itemData: Box | undefined, what: string): Uint8Array {
  if (location.constructionMethod > 1) return new Uint8Array(0);
  const base = location.constructionMethod === 1 ? itemData?.start ?? 0 : 0;
  const limit = location.constructionMethod === 1 ? itemData?.end ?? 0 : view.length;
  const parts: Uint8Array[] = [];
  for (const extent of location.extents) {
    const start = base + extent.offset;
    // Length 0 means "to the end of the file" (or of idat).
    const length = extent.length === 0 ? Math.max(0, limit - start) : extent.length;
    if (start + length > limit) {
      if (location.constructionMethod === 0) throw view.truncated(`${what} at byte ${start} needs ${length} bytes${view.endsAt()}`);
      throw view.corrupt(`${what} lies outside the idat box`);
    }
    parts.push(view.bytes.subarray(start, start + length));
  }
  return parts.length === 0 ? new Uint8Array(0) : concatBytes(parts);
}

/** Image sequences (avis, msf1): frame count and duration from the first picture or video track. */
function readMovie(boxes: BoxReader, movie: Box, facts: ImageFacts): void {
  const view = boxes.view;
  for (const track of boxes.children(movie.start, movie.end)) {
    if (track.type !== 'trak') continue;
    const media = boxes.find(track, 'mdia');
    if (!media) continue;
    const handler = boxes.find(media, 'hdlr');
    const handlerType = handler ? view.ascii(handler.start + 8, 4, 'the handler type') : '';
    if (handlerType !== 'pict' && handlerType !== 'vide') continue;

    const header = boxes.find(media, 'mdhd');
    if (header) {
      const version = view.u8(header.start);
      const timescale = version === 1 ? view.u32be(header.start + 20) : view.u32be(header.start + 12);
      const duration = version === 1 ? view.u64be(header.start + 24) : view.u32be(header.start + 16);
      if (timescale > 0 && duration !== 0xffffffff) facts.durationMs = Math.round((duration / timescale) * 1000);
    }
    const sampleTable = findPath(boxes, media, ['minf', 'stbl']);
    const sizes = sampleTable && (boxes.find(sampleTable, 'stsz') ?? boxes.find(sampleTable, 'stz2'));
    if (sizes) facts.frames = view.u32be(sizes.start + 8, 'the sample count');
    if (facts.width === undefined) {
      const trackHeader = boxes.find(track, 'tkhd');
      if (trackHeader) {
        const fieldsAt = trackHeader.end - 8;
        facts.width = view.u32be(fieldsAt) >>> 16;
        facts.height = view.u32be(fieldsAt + 4) >>> 16;
      }
    }
    return;
  }
}

function findPath(boxes: BoxReader, from: Box, path: string[]): Box | undefined {
  let current: Box | undefined = from;
  for (let i = 0; i < path.length && i < MAX_DEPTH && current; i++) current = boxes.find(current, path[i]);
  return current;
}

function printable(type: string): string {
  return type.replace(/[^\x20-\x7e]/g, '?');
}
