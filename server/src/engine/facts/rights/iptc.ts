import { TextCharset, decodeMetadataText } from './text';
import { MAX_LIST_ENTRIES, RightsInfo } from './types';
import { finishRights } from './xmp';

const TAG_MARKER = 0x1c;
const PHOTOSHOP_SIGNATURE = 'Photoshop 3.0\0';
const IPTC_RESOURCE_ID = 0x0404;
/** Resource signatures seen in Photoshop image resource blocks; '8BIM' is by far the most common. */
const IRB_SIGNATURES = new Set(['8BIM', 'PHUT', 'AgHg', 'DCSR', 'MeSa']);
/** Resource blocks are small; this stops a hostile file from making us walk millions of empty ones. */
const MAX_RESOURCES = 4096;
const MAX_DATASETS = 8192;

interface Dataset {
  record: number;
  dataset: number;
  value: Uint8Array;
}

/**
 * Reads rights fields from IPTC-IIM datasets. Accepts raw IIM (starting with 0x1C), a Photoshop image
 * resource block (8BIM resources, IIM in 0x0404) or a whole APP13 payload ("Photoshop 3.0\0" + resources).
 * Truncated or oversized datasets end the walk; everything read before them is kept.
 */
export function parseIptcIim(bytes: Uint8Array): RightsInfo {
  if (!(bytes instanceof Uint8Array)) return { origins: [] };
  try {
    return rightsFromDatasets(readDatasets(locateIim(bytes)));
  } catch {
    return { origins: [] };
  }
}

function locateIim(bytes: Uint8Array): Uint8Array {
  let body = bytes;
  if (startsWithAscii(body, PHOTOSHOP_SIGNATURE)) body = body.subarray(PHOTOSHOP_SIGNATURE.length);
  if (body.length >= 4 && IRB_SIGNATURES.has(ascii(body, 0, 4))) return findIptcResource(body) ?? new Uint8Array(0);
  return body;
}

function findIptcResource(irb: Uint8Array): Uint8Array | undefined {
  const view = new DataView(irb.buffer, irb.byteOffset, irb.byteLength);
  const parts: Uint8Array[] = [];
  let pos = 0;
  for (let count = 0; count < MAX_RESOURCES && pos + 12 <= irb.length; count++) {
    if (!IRB_SIGNATURES.has(ascii(irb, pos, 4))) break;
    const id = view.getUint16(pos + 4);
    const nameLength = irb[pos + 6];
    // Pascal string (length byte + text) padded to an even size.
    const nameSize = (nameLength + 1 + 1) & ~1;
    const sizeAt = pos + 6 + nameSize;
    if (sizeAt + 4 > irb.length) break;
    const size = view.getUint32(sizeAt);
    const dataAt = sizeAt + 4;
    const dataEnd = Math.min(dataAt + size, irb.length);
    if (id === IPTC_RESOURCE_ID) parts.push(irb.subarray(dataAt, dataEnd));
    if (dataAt + size > irb.length) break;
    pos = dataAt + size + (size & 1);
  }
  if (parts.length <= 1) return parts[0];
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

function readDatasets(iim: Uint8Array): Dataset[] {
  const datasets: Dataset[] = [];
  let pos = 0;
  // Some writers pad the 0x0404 resource with NULs; skip them instead of treating them as corruption.
  while (pos < iim.length && datasets.length < MAX_DATASETS) {
    if (iim[pos] === 0) { pos++; continue; }
    if (iim[pos] !== TAG_MARKER || pos + 5 > iim.length) break;
    const record = iim[pos + 1];
    const dataset = iim[pos + 2];
    let size = (iim[pos + 3] << 8) | iim[pos + 4];
    let dataAt = pos + 5;
    if (size & 0x8000) {
      // Extended dataset: the low 15 bits give how many bytes hold the real length.
      const lengthBytes = size & 0x7fff;
      if (lengthBytes === 0 || lengthBytes > 4 || dataAt + lengthBytes > iim.length) break;
      size = 0;
      for (let i = 0; i < lengthBytes; i++) size = size * 256 + iim[dataAt + i];
      dataAt += lengthBytes;
    }
    if (dataAt + size > iim.length) break;
    datasets.push({ record, dataset, value: iim.subarray(dataAt, dataAt + size) });
    pos = dataAt + size;
  }
  return datasets;
}

/** Dataset 1:90 names the character set with ISO 2022 escapes; ESC % G is UTF-8. */
function charsetOf(datasets: Dataset[]): TextCharset {
  const coded = datasets.find((d) => d.record === 1 && d.dataset === 90);
  if (!coded) return 'guess';
  const v = coded.value;
  for (let i = 0; i + 2 < v.length; i++) if (v[i] === 0x1b && v[i + 1] === 0x25 && v[i + 2] === 0x47) return 'utf-8';
  return 'latin-1';
}

function rightsFromDatasets(datasets: Dataset[]): RightsInfo {
  const charset = charsetOf(datasets);
  const values = (dataset: number): string[] => {
    const out: string[] = [];
    for (const d of datasets) {
      if (d.record !== 2 || d.dataset !== dataset) continue;
      const text = decodeMetadataText(d.value, charset);
      if (text && !out.includes(text)) out.push(text);
      if (out.length >= MAX_LIST_ENTRIES) break;
    }
    return out;
  };
  const first = (dataset: number) => values(dataset)[0];
  return finishRights({
    creator: values(80),
    copyrightNotice: first(116),
    creditLine: first(110),
    source: first(115),
    keywords: values(25),
    usageTerms: first(40),
    origins: ['iptc'],
  });
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  let out = '';
  for (let i = at; i < at + length && i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

function startsWithAscii(bytes: Uint8Array, text: string): boolean {
  return bytes.length >= text.length && ascii(bytes, 0, text.length) === text;
}
