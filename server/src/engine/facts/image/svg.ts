export interface SvgFacts {
  /** Root width in px (unitless or 'px'); undefined for %, em and other units. */
  width?: number;
  height?: number;
  viewBox?: [number, number, number, number];
  /** A <script> element or a javascript: URL anywhere in the document. */
  hasScript: boolean;
  /** Distinct on* attribute names, lower-cased, in document order. */
  eventHandlers: string[];
  /** Distinct href/src/url()/@import targets that are neither fragments nor data: URLs, in document order. */
  externalRefs: string[];
  /** Decoded size of all data:image/* URLs except nested SVG. */
  embeddedRasterBytes: number;
}

// '<' is excluded from names and unquoted values so a failed match never runs past the next tag.
const TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/<>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const CSS_REFERENCE_START = /url\(|@import\s+/gi;
const STYLE_OPEN = /<(?:[\w-]+:)?style\b[^>]*>/gi;
const STYLE_CLOSE = /<\/(?:[\w-]+:)?style\s*>/gi;
const DATA_IMAGE = /data:image\/([a-z0-9.+-]+)((?:;[^,;"')\s]*)*),/gi;

/** A light tokenizer, not an XML parser: enough for root size, scripts, handlers and references. */
export function readSvgFacts(text: string): SvgFacts {
  // Comments and CDATA hide markup from the tag scan; script bodies inside CDATA still count as script elements.
  const markup = blankSections(blankSections(text, '<!--', '-->'), '<![CDATA[', ']]>');
  const facts: SvgFacts = { hasScript: false, eventHandlers: [], externalRefs: [], embeddedRasterBytes: 0 };
  const handlers = new Set<string>();
  const refs = new Set<string>();
  const addRef = (value: string | undefined): void => {
    const target = value?.trim();
    if (!target || target.startsWith('#') || /^data:/i.test(target)) return;
    if (/^javascript:/i.test(target)) {
      facts.hasScript = true;
      return;
    }
    refs.add(target);
  };

  let sawRoot = false;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(markup); match; match = TAG.exec(markup)) {
    const name = localName(match[1]);
    if (name === 'script') facts.hasScript = true;
    const attributes = readAttributes(match[2] ?? '');
    if (name === 'svg' && !sawRoot) {
      sawRoot = true;
      facts.width = pixelLength(attributes.get('width'));
      facts.height = pixelLength(attributes.get('height'));
      facts.viewBox = parseViewBox(attributes.get('viewbox'));
    }
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]+$/.test(attribute)) handlers.add(attribute);
      else if (attribute === 'href' || attribute === 'src' || attribute.endsWith(':href')) addRef(decodeEntities(value));
      else if (attribute === 'style') for (const url of cssReferences(decodeEntities(value))) addRef(url);
    }
  }
  // url() and @import in <style> element bodies (possibly inside CDATA, which `markup` blanked out).
  for (const css of styleBodies(text)) for (const url of cssReferences(css)) addRef(url);

  facts.eventHandlers = [...handlers];
  facts.externalRefs = [...refs];
  facts.embeddedRasterBytes = embeddedRasterBytes(text);
  return facts;
}

/** Replaces each open…close section (unterminated ones run to the end) with spaces, keeping offsets. */
function blankSections(text: string, open: string, close: string): string {
  let start = text.indexOf(open);
  if (start < 0) return text;
  let out = '';
  let copiedTo = 0;
  while (start >= 0) {
    const closeAt = text.indexOf(close, start + open.length);
    const end = closeAt < 0 ? text.length : closeAt + close.length;
    out += text.slice(copiedTo, start) + ' '.repeat(end - start);
    copiedTo = end;
    start = closeAt < 0 ? -1 : text.indexOf(open, end);
  }
  return out + text.slice(copiedTo);
}

/** Bodies of <style> elements; every search starts after the previous match, so the scan stays linear. */
function styleBodies(text: string): string[] {
  const bodies: string[] = [];
  STYLE_OPEN.lastIndex = 0;
  for (let open = STYLE_OPEN.exec(text); open; open = STYLE_OPEN.exec(text)) {
    STYLE_CLOSE.lastIndex = STYLE_OPEN.lastIndex;
    const close = STYLE_CLOSE.exec(text);
    bodies.push(text.slice(STYLE_OPEN.lastIndex, close ? close.index : text.length));
    if (!close) break;
    STYLE_OPEN.lastIndex = STYLE_CLOSE.lastIndex;
  }
  return bodies;
}

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(source); match; match = ATTRIBUTE.exec(source)) {
    const name = match[1].toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** url(...) and @import "..." targets, scanned left to right without backtracking. */
function cssReferences(css: string): string[] {
  const found: string[] = [];
  CSS_REFERENCE_START.lastIndex = 0;
  for (let match = CSS_REFERENCE_START.exec(css); match; match = CSS_REFERENCE_START.exec(css)) {
    const isUrl = match[0].toLowerCase() === 'url(';
    let at = CSS_REFERENCE_START.lastIndex;
    while (at < css.length && /\s/.test(css[at])) at++;
    const quote = css[at];
    let end: number;
    if (quote === '"' || quote === "'") {
      end = css.indexOf(quote, at + 1);
      if (end < 0) break;
      found.push(css.slice(at + 1, end));
    } else if (isUrl) {
      end = css.indexOf(')', at);
      if (end < 0) break;
      found.push(css.slice(at, end).trim());
    } else {
      // @import url(...) is picked up as a url( match next.
      continue;
    }
    CSS_REFERENCE_START.lastIndex = end + 1;
  }
  return found;
}

function pixelLength(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^\s*([+]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px)?\s*$/i.exec(value);
  if (!match) return undefined;
  const number = Number(match[1]);
  return Number.isFinite(number) ? number : undefined;
}

function parseViewBox(value: string | undefined): [number, number, number, number] | undefined {
  if (value === undefined) return undefined;
  const parts = value.trim().split(/[\s,]+/).map(Number);
  if (parts.length !== 4 || !parts.every(Number.isFinite)) return undefined;
  return [parts[0], parts[1], parts[2], parts[3]];
}

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hexCode: string, decimal: string, named: string) => {
    if (hexCode) return safeCodePoint(parseInt(hexCode, 16), whole);
    if (decimal) return safeCodePoint(parseInt(decimal, 10), whole);
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[named.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function isBase64Char(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47 || code === 45 || code === 95;
}

function embeddedRasterBytes(text: string): number {
  let total = 0;
  DATA_IMAGE.lastIndex = 0;
  for (let match = DATA_IMAGE.exec(text); match; match = DATA_IMAGE.exec(text)) {
    const subtype = match[1].toLowerCase();
    const isBase64 = /;base64/i.test(match[2]);
    let end = DATA_IMAGE.lastIndex;
    let payloadChars = 0;
    let encodedBytes = 0;
    for (; end < text.length; end++) {
      const ch = text[end];
      if (ch === '"' || ch === "'" || ch === ')' || ch === '<') break;
      if (isBase64) {
        if (isBase64Char(ch.charCodeAt(0))) payloadChars++;
      } else if (ch === '%') {
        encodedBytes++;
        end += 2;
      } else if (!/\s/.test(ch)) {
        encodedBytes++;
      }
    }
    DATA_IMAGE.lastIndex = end;
    if (subtype.startsWith('svg')) continue;
    total += isBase64 ? Math.floor((payloadChars * 3) / 4) : encodedBytes;
  }
  return total;
}
