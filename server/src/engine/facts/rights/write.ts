/**
 * Writers for rights metadata, used by tests and by the examples script to produce real files. They
 * build standard structures (XMP packet, IIM in a Photoshop resource, EXIF IFD0, PNG iTXt, WebP VP8X)
 * that ExifTool reads back unchanged. Inputs are trusted here, but sizes are still checked because the
 * carriers have hard limits (64 KiB JPEG segments).
 */
import { crc32 } from './crc32';
import { NS } from './rdf';
import { latin1Bytes, utf8Bytes } from './text';
import { RightsInfo } from './types';

const XMP_JPEG_SIGNATURE = 'http://ns.adobe.com/xap/1.0/\0';
const EXIF_JPEG_SIGNATURE = 'Exif\0\0';
const PHOTOSHOP_SIGNATURE = 'Photoshop 3.0\0';
const PLUS_VOCAB = 'http://ns.useplus.org/ldf/vocab/';
const MAX_JPEG_SEGMENT_PAYLOAD = 0xffff - 2;

// ---------------------------------------------------------------------------------------------- XMP

export function buildXmpPacket(r: Partial<RightsInfo>): string {
  const props: string[] = [];
  const simple = (name: string, value: string | undefined) => {
    if (value) props.push(`   <${name}>${escapeXml(value)}</${name}>`);
  };
  const list = (name: string, type: 'Seq' | 'Bag', values: string[] | undefined) => {
    if (!values?.length) return;
    const items = values.map((v) => `     <rdf:li>${escapeXml(v)}</rdf:li>`).join('\n');
    props.push(`   <${name}>\n    <rdf:${type}>\n${items}\n    </rdf:${type}>\n   </${name}>`);
  };
  const langAlt = (name: string, value: string | undefined) => {
    if (!value) return;
    props.push(`   <${name}>\n    <rdf:Alt>\n     <rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li>\n    </rdf:Alt>\n   </${name}>`);
  };

  list('dc:creator', 'Seq', r.creator);
  langAlt('dc:rights', r.copyrightNotice);
  list('dc:subject', 'Bag', r.keywords);
  simple('photoshop:Credit', r.creditLine);
  simple('photoshop:Source', r.source);
  if (r.copyrightStatus === 'copyrighted') simple('xmpRights:Marked', 'True');
  if (r.copyrightStatus === 'public-domain') simple('xmpRights:Marked', 'False');
  simple('xmpRights:WebStatement', r.webStatement);
  langAlt('xmpRights:UsageTerms', r.usageTerms);
  if (r.licensorName || r.licensorUrl) {
    const fields: string[] = [];
    if (r.licensorName) fields.push(`       <plus:LicensorName>${escapeXml(r.licensorName)}</plus:LicensorName>`);
    if (r.licensorUrl) fields.push(`       <plus:LicensorURL>${escapeXml(r.licensorUrl)}</plus:LicensorURL>`);
    props.push(
      `   <plus:Licensor>\n    <rdf:Seq>\n     <rdf:li rdf:parseType="Resource">\n${fields.join('\n')}\n     </rdf:li>\n    </rdf:Seq>\n   </plus:Licensor>`,
    );
  }
  if (r.copyrightStatus) {
    const code = { copyrighted: 'CS-PRO', 'public-domain': 'CS-PUB', unknown: 'CS-UNK' }[r.copyrightStatus];
    simple('plus:CopyrightStatus', PLUS_VOCAB + code);
  }
  simple('plus:DataMining', r.dataMining);
  simple('plus:ModelReleaseStatus', r.modelReleaseStatus);
  simple('plus:LicenseEndDate', r.expires);
  if (r.licenseUrl) props.push(`   <cc:license rdf:resource="${escapeXml(r.licenseUrl)}"/>`);

  const namespaces = (['dc', 'photoshop', 'xmpRights', 'plus', 'cc'] as const)
    .map((prefix) => `\n    xmlns:${prefix}="${NS[prefix]}"`)
    .join('');
  // Trailing whitespace lets editors grow the packet in place, as the XMP spec recommends.
  const padding = (' '.repeat(99) + '\n').repeat(4);
  return (
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n` +
    `<x:xmpmeta xmlns:x="${NS.x}" x:xmptk="crossmedia-lint">\n` +
    ` <rdf:RDF xmlns:rdf="${NS.rdf}">\n` +
    `  <rdf:Description rdf:about=""${namespaces}>\n` +
    props.join('\n') +
    (props.length ? '\n' : '') +
    `  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n${padding}<?xpacket end="w"?>`
  );
}

export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

// --------------------------------------------------------------------------------------------- IPTC

/** Raw IIM datasets (record 1:90 when UTF-8, 2:00 version, then the rights datasets in number order). */
export function buildIptcIim(r: Partial<RightsInfo>, options: { utf8: boolean }): Uint8Array {
  const encode = options.utf8 ? utf8Bytes : latin1Bytes;
  const datasets: Uint8Array[] = [];
  if (options.utf8) datasets.push(iimDataset(1, 90, Uint8Array.of(0x1b, 0x25, 0x47)));
  datasets.push(iimDataset(2, 0, Uint8Array.of(0, 4)));
  for (const keyword of r.keywords ?? []) datasets.push(iimDataset(2, 25, encode(keyword)));
  if (r.usageTerms) datasets.push(iimDataset(2, 40, encode(r.usageTerms)));
  for (const creator of r.creator ?? []) datasets.push(iimDataset(2, 80, encode(creator)));
  if (r.creditLine) datasets.push(iimDataset(2, 110, encode(r.creditLine)));
  if (r.source) datasets.push(iimDataset(2, 115, encode(r.source)));
  if (r.copyrightNotice) datasets.push(iimDataset(2, 116, encode(r.copyrightNotice)));
  return concat(datasets);
}

export function iimDataset(record: number, dataset: number, value: Uint8Array): Uint8Array {
  if (value.length < 0x8000) return concat([Uint8Array.of(0x1c, record, dataset, value.length >> 8, value.length & 0xff), value]);
  // Extended dataset: 0x8004 says four length bytes follow.
  return concat([Uint8Array.of(0x1c, record, dataset, 0x80, 0x04), u32be(value.length), value]);
}

/** Wraps IIM in a Photoshop image resource block (8BIM, id 0x0404, empty name). */
export function buildPhotoshopIrb(iim: Uint8Array): Uint8Array {
  const header = concat([ascii('8BIM'), Uint8Array.of(0x04, 0x04, 0, 0), u32be(iim.length)]);
  return concat([header, iim, iim.length & 1 ? Uint8Array.of(0) : new Uint8Array(0)]);
}

/** Adds IIM as an APP13 "Photoshop 3.0" segment, replacing any existing one. */
export function embedIptcInJpeg(jpeg: Uint8Array, iim: Uint8Array): Uint8Array {
  const payload = concat([ascii(PHOTOSHOP_SIGNATURE), buildPhotoshopIrb(iim)]);
  return insertJpegSegment(jpeg, 0xed, payload, (marker, body) => marker === 0xed && startsWith(body, PHOTOSHOP_SIGNATURE));
}

// --------------------------------------------------------------------------------------------- EXIF

export interface ExifRightsFields {
  copyright?: string;
  artist?: string;
}

/**
 * A TIFF structure whose IFD0 holds Artist and Copyright (UTF-8 in ASCII-type fields, as ExifTool
 * writes them) plus the resolution and YCbCr tags that EXIF requires in a JPEG's IFD0.
 */
export function buildExifTiff(fields: ExifRightsFields, options: { bigEndian?: boolean } = {}): Uint8Array {
  const little = !options.bigEndian;
  const rational72 = new Uint8Array(8);
  new DataView(rational72.buffer).setUint32(0, 72, little);
  new DataView(rational72.buffer).setUint32(4, 1, little);
  const short = (n: number) => {
    const bytes = new Uint8Array(2);
    new DataView(bytes.buffer).setUint16(0, n, little);
    return bytes;
  };
  // [tag, type, count, value bytes], in ascending tag order as TIFF requires.
  const entries: [number, number, number, Uint8Array][] = [
    [0x011a, 5, 1, rational72], // XResolution
    [0x011b, 5, 1, rational72], // YResolution
    [0x0128, 3, 1, short(2)], // ResolutionUnit: inches
  ];
  if (fields.artist !== undefined) {
    const value = concat([utf8Bytes(fields.artist), Uint8Array.of(0)]);
    entries.push([0x013b, 2, value.length, value]);
  }
  entries.push([0x0213, 3, 1, short(1)]); // YCbCrPositioning: centred
  if (fields.copyright !== undefined) {
    const value = concat([utf8Bytes(fields.copyright), Uint8Array.of(0)]);
    entries.push([0x8298, 2, value.length, value]);
  }
  const ifdSize = 2 + entries.length * 12 + 4;
  let dataAt = 8 + ifdSize;
  const totalData = entries.reduce((n, [, , , v]) => n + (v.length > 4 ? v.length + (v.length & 1) : 0), 0);
  const out = new Uint8Array(dataAt + totalData);
  const view = new DataView(out.buffer);
  out.set(little ? ascii('II') : ascii('MM'), 0);
  view.setUint16(2, 42, little);
  view.setUint32(4, 8, little);
  view.setUint16(8, entries.length, little);
  entries.forEach(([tag, type, count, value], i) => {
    const entry = 10 + i * 12;
    view.setUint16(entry, tag, little);
    view.setUint16(entry + 2, type, little);
    view.setUint32(entry + 4, count, little);
    if (value.length <= 4) {
      out.set(value, entry + 8);
    } else {
      view.setUint32(entry + 8, dataAt, little);
      out.set(value, dataAt);
      dataAt += value.length + (value.length & 1); // TIFF values start on word boundaries
    }
  });
  return out;
}

/** Adds an APP1 Exif segment holding only Copyright/Artist; an existing Exif segment is replaced. */
export function embedExifCopyrightInJpeg(jpeg: Uint8Array, fields: ExifRightsFields, options: { bigEndian?: boolean } = {}): Uint8Array {
  const payload = concat([ascii(EXIF_JPEG_SIGNATURE), buildExifTiff(fields, options)]);
  return insertJpegSegment(jpeg, 0xe1, payload, (marker, body) => marker === 0xe1 && startsWith(body, EXIF_JPEG_SIGNATURE));
}

// --------------------------------------------------------------------------------------------- JPEG

/** Adds the packet as an APP1 XMP segment (replacing any existing one). Extended XMP is not written. */
export function embedXmpInJpeg(jpeg: Uint8Array, xmp: string): Uint8Array {
  const payload = concat([ascii(XMP_JPEG_SIGNATURE), utf8Bytes(xmp)]);
  return insertJpegSegment(jpeg, 0xe1, payload, (marker, body) => marker === 0xe1 && startsWith(body, XMP_JPEG_SIGNATURE));
}

/**
 * Inserts a marker segment right after SOI, but after a leading APP0 (JFIF/JFXX), which JFIF requires
 * to come first. Segments matching `replaces` are removed from the header (before SOS).
 */
function insertJpegSegment(
  jpeg: Uint8Array,
  marker: number,
  payload: Uint8Array,
  replaces: (marker: number, body: Uint8Array) => boolean,
): Uint8Array {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG (no SOI marker)');
  if (payload.length > MAX_JPEG_SEGMENT_PAYLOAD) throw new RangeError(`JPEG segment payload of ${payload.length} bytes exceeds 65533`);
  const segment = concat([Uint8Array.of(0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff), payload]);

  const kept: Uint8Array[] = [jpeg.subarray(0, 2)];
  let pos = 2;
  let insertAfter = 1; // index into `kept` after which the new segment goes
  let leadingApp0 = true;
  while (pos + 4 <= jpeg.length && jpeg[pos] === 0xff) {
    const m = jpeg[pos + 1];
    if (m === 0xda || m === 0xd9) break; // image data starts: copy the rest verbatim
    if (m === 0xff) { pos++; continue; } // fill byte
    const length = (jpeg[pos + 2] << 8) | jpeg[pos + 3];
    if (length < 2 || pos + 2 + length > jpeg.length) throw new Error('JPEG segment runs past the end of the file');
    const body = jpeg.subarray(pos + 4, pos + 2 + length);
    if (!replaces(m, body)) {
      kept.push(jpeg.subarray(pos, pos + 2 + length));
      if (m === 0xe0 && leadingApp0) insertAfter = kept.length;
      else leadingApp0 = false;
    }
    pos += 2 + length;
  }
  kept.push(jpeg.subarray(pos));
  kept.splice(insertAfter, 0, segment);
  return concat(kept);
}

// ---------------------------------------------------------------------------------------------- PNG

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const PNG_XMP_KEYWORD = 'XML:com.adobe.xmp';

/**
 * Adds an iTXt chunk (uncompressed, no language) with the XMP keyword, replacing any old XMP chunk.
 * PNG allows it anywhere before IEND, but it goes before the first IDAT: readers that stop at the
 * image data (and ExifTool's validator) otherwise miss or flag it.
 */
export function embedXmpInPng(png: Uint8Array, xmp: string): Uint8Array {
  if (png.length < 8 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG (bad signature)');
  const data = concat([ascii(PNG_XMP_KEYWORD), Uint8Array.of(0, 0, 0, 0, 0), utf8Bytes(xmp)]);
  const chunk = pngChunk('iTXt', data);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  let inserted = false;
  let pos = 8;
  while (pos + 12 <= png.length) {
    const length = readU32be(png, pos);
    const type = String.fromCharCode(...png.subarray(pos + 4, pos + 8));
    const end = pos + 12 + length;
    if (end > png.length) throw new Error('PNG chunk runs past the end of the file');
    const body = png.subarray(pos + 8, pos + 8 + length);
    if ((type === 'IDAT' || type === 'IEND') && !inserted) {
      parts.push(chunk);
      inserted = true;
    }
    if (type === 'IEND') {
      parts.push(png.subarray(pos, end));
      return concat(parts);
    }
    const isOldXmp = (type === 'iTXt' || type === 'tEXt' || type === 'zTXt') && startsWith(body, PNG_XMP_KEYWORD + '\0');
    if (!isOldXmp) parts.push(png.subarray(pos, end));
    pos = end;
  }
  throw new Error('PNG has no IEND chunk');
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeBytes = ascii(type);
  return concat([u32be(data.length), typeBytes, data, u32be(crc32(typeBytes, data))]);
}

// --------------------------------------------------------------------------------------------- WebP

const VP8X_FLAG_ALPHA = 0x10;
const VP8X_FLAG_XMP = 0x04;

/**
 * Adds an 'XMP ' chunk at the end (the container spec puts metadata after the image data) and sets the
 * VP8X XMP flag. A simple lossy (VP8) or lossless (VP8L) file first gets a VP8X header whose canvas
 * size is read from the bitstream.
 */
export function embedXmpInWebp(webp: Uint8Array, xmp: string): Uint8Array {
  if (webp.length < 20 || asciiAt(webp, 0, 4) !== 'RIFF' || asciiAt(webp, 8, 4) !== 'WEBP') throw new Error('not a WebP (bad RIFF header)');
  const chunks: { type: string; data: Uint8Array }[] = [];
  let pos = 12;
  while (pos + 8 <= webp.length) {
    const type = asciiAt(webp, pos, 4);
    const size = readU32le(webp, pos + 4);
    if (pos + 8 + size > webp.length) throw new Error('WebP chunk runs past the end of the file');
    chunks.push({ type, data: webp.subarray(pos + 8, pos + 8 + size) });
    pos += 8 + size + (size & 1);
  }
  if (!chunks.length) throw new Error('WebP has no chunks');

  const first = chunks[0];
  let header: Uint8Array;
  if (first.type === 'VP8X') {
    header = first.data.slice();
    header[0] |= VP8X_FLAG_XMP;
    chunks.shift();
  } else {
    const canvas = first.type === 'VP8 ' ? vp8Size(first.data) : first.type === 'VP8L' ? vp8lSize(first.data) : undefined;
    if (!canvas) throw new Error(`cannot read the canvas size from a '${first.type}' WebP`);
    header = new Uint8Array(10);
    header[0] = VP8X_FLAG_XMP | (canvas.alpha ? VP8X_FLAG_ALPHA : 0);
    writeU24le(header, 4, canvas.width - 1);
    writeU24le(header, 7, canvas.height - 1);
  }
  const body = chunks.filter((c) => c.type !== 'XMP ');
  body.unshift({ type: 'VP8X', data: header });
  body.push({ type: 'XMP ', data: utf8Bytes(xmp) });
  const encoded = body.map((c) => concat([ascii(c.type), u32le(c.data.length), c.data, c.data.length & 1 ? Uint8Array.of(0) : new Uint8Array(0)]));
  const payload = concat([ascii('WEBP'), ...encoded]);
  return concat([ascii('RIFF'), u32le(payload.length), payload]);
}

function vp8Size(data: Uint8Array): { width: number; height: number; alpha: boolean } | undefined {
  // Frame tag (3 bytes), then the key-frame start code 9D 01 2A and two 14-bit dimensions.
  if (data.length < 10 || data[3] !== 0x9d || data[4] !== 0x01 || data[5] !== 0x2a) return undefined;
  const width = (data[6] | (data[7] << 8)) & 0x3fff;
  const height = (data[8] | (data[9] << 8)) & 0x3fff;
  return width && height ? { width, height, alpha: false } : undefined;
}

function vp8lSize(data: Uint8Array): { width: number; height: number; alpha: boolean } | undefined {
  if (data.length < 5 || data[0] !== 0x2f) return undefined;
  const bits = (data[1] | (data[2] << 8) | (data[3] << 16) | (data[4] << 24)) >>> 0;
  return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, alpha: ((bits >>> 28) & 1) === 1 };
}

// -------------------------------------------------------------------------------------------- bytes

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

function asciiAt(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  return bytes.length >= text.length && asciiAt(bytes, 0, text.length) === text;
}

function u32be(n: number): Uint8Array {
  return Uint8Array.of((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

function u32le(n: number): Uint8Array {
  return Uint8Array.of(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
}

function readU32be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}

function readU32le(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

function writeU24le(bytes: Uint8Array, at: number, n: number): void {
  bytes[at] = n & 0xff;
  bytes[at + 1] = (n >>> 8) & 0xff;
  bytes[at + 2] = (n >>> 16) & 0xff;
}
