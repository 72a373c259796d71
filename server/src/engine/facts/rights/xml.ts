/**
 * A small, forgiving XML reader for metadata packets and SVG files. It never throws: broken markup
 * yields the elements read so far, unclosed elements are closed at the end, and stray end tags are
 * skipped. Only the predefined entities, character references and literal internal-subset entities
 * (Illustrator declares namespace URIs that way) are expanded, each exactly once, so entity bombs and
 * external entities have no effect.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface XmlAttribute {
  qname: string;
  /** Namespace URI; undefined for unprefixed attributes and undeclared prefixes without a fallback. */
  ns?: string;
  local: string;
  value: string;
}

export interface XmlElement {
  qname: string;
  ns?: string;
  local: string;
  /** Attributes other than namespace declarations. */
  attributes: XmlAttribute[];
  children: XmlNode[];
  parent?: XmlElement;
}

/** Text (with entities decoded and CDATA inlined) or an element. */
export type XmlNode = XmlElement | string;

export interface XmlDocument {
  /** Synthetic container whose children are the top-level nodes. */
  root: XmlElement;
  comments: string[];
}

export interface XmlReadOptions {
  /** Namespace URIs assumed for prefixes that a (sloppy) document uses without declaring. */
  fallbackPrefixes?: Readonly<Record<string, string>>;
}

const MAX_DEPTH = 256;
const MAX_ELEMENTS = 200_000;
const MAX_COMMENTS = 64;
const MAX_DTD_ENTITIES = 128;
const MAX_DTD_ENTITY_LENGTH = 2048;

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

type Scope = ReadonlyMap<string, string>;

export function readXml(source: string, options: XmlReadOptions = {}): XmlDocument {
  const root: XmlElement = { qname: '#document', local: '#document', attributes: [], children: [] };
  const comments: string[] = [];
  const entities = new Map<string, string>();
  const fallback = options.fallbackPrefixes ?? {};
  const stack: { element: XmlElement; scope: Scope }[] = [{ element: root, scope: new Map([['xml', XML_NS]]) }];
  let elementCount = 0;
  let pos = 0;
  const length = source.length;

  const current = () => stack[stack.length - 1];
  const appendText = (text: string) => {
    if (!text) return;
    const children = current().element.children;
    const last = children.length - 1;
    if (last >= 0 && typeof children[last] === 'string') children[last] = (children[last] as string) + text;
    else children.push(text);
  };

  while (pos < length) {
    const lt = source.indexOf('<', pos);
    if (lt < 0) {
      appendText(decodeEntities(source.slice(pos), entities));
      break;
    }
    if (lt > pos) appendText(decodeEntities(source.slice(pos, lt), entities));
    pos = lt;

    if (source.startsWith('<!--', pos)) {
      const end = source.indexOf('-->', pos + 4);
      const stop = end < 0 ? length : end;
      if (comments.length < MAX_COMMENTS) comments.push(source.slice(pos + 4, stop));
      pos = end < 0 ? length : end + 3;
    } else if (source.startsWith('<![CDATA[', pos)) {
      const end = source.indexOf(']]>', pos + 9);
      appendText(source.slice(pos + 9, end < 0 ? length : end));
      pos = end < 0 ? length : end + 3;
    } else if (source.startsWith('<!', pos)) {
      pos = skipDeclaration(source, pos, entities);
    } else if (source.startsWith('<?', pos)) {
      const end = source.indexOf('?>', pos + 2);
      pos = end < 0 ? length : end + 2;
    } else if (source.startsWith('</', pos)) {
      const end = source.indexOf('>', pos + 2);
      const name = source.slice(pos + 2, end < 0 ? length : end).trim();
      pos = end < 0 ? length : end + 1;
      // Close up to the matching open element; an end tag that matches nothing is ignored.
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i].element.qname === name) {
          stack.length = i;
          break;
        }
      }
    } else if (isNameStart(source.charCodeAt(pos + 1))) {
      const tag = readStartTag(source, pos + 1, entities);
      pos = tag.end;
      const parent = current();
      if (stack.length > MAX_DEPTH || elementCount >= MAX_ELEMENTS) continue;
      elementCount++;
      const element = makeElement(tag.name, tag.attributes, parent.scope, parent.element, fallback);
      parent.element.children.push(element.element);
      if (!tag.selfClosing) stack.push(element);
    } else {
      appendText('<');
      pos++;
    }
  }
  return { root, comments };
}

/**
 * Finds the document's root start tag without building a tree: skips the XML declaration, processing
 * instructions, comments and the DOCTYPE (returned as text, for its entities). Linear in the input.
 */
export function scanProlog(source: string): { doctype?: string; rootTag?: { start: number; end: number } } {
  let doctype: string | undefined;
  let pos = 0;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    if (lt < 0) break;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      if (end < 0) break;
      pos = end + 3;
    } else if (source.startsWith('<?', lt)) {
      const end = source.indexOf('?>', lt + 2);
      if (end < 0) break;
      pos = end + 2;
    } else if (source.startsWith('<!', lt)) {
      pos = skipDeclaration(source, lt, new Map());
      if (/^<!DOCTYPE/i.test(source.slice(lt, lt + 9))) doctype ??= source.slice(lt, pos);
    } else if (isNameStart(source.charCodeAt(lt + 1))) {
      return { doctype, rootTag: { start: lt, end: readStartTag(source, lt + 1, new Map()).end } };
    } else {
      pos = lt + 1;
    }
  }
  return { doctype };
}

function makeElement(
  qname: string,
  rawAttributes: [string, string][],
  parentScope: Scope,
  parent: XmlElement,
  fallback: Readonly<Record<string, string>>,
): { element: XmlElement; scope: Scope } {
  let scope = parentScope;
  for (const [name, value] of rawAttributes) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parentScope) scope = new Map(parentScope);
      (scope as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value.trim());
    }
  }
  const resolve = (prefix: string | undefined, isAttribute: boolean): string | undefined => {
    if (prefix === undefined) return isAttribute ? undefined : scope.get('') || undefined;
    if (prefix === 'xmlns') return XMLNS_NS;
    return scope.get(prefix) ?? fallback[prefix];
  };
  const [prefix, local] = splitQName(qname);
  const attributes: XmlAttribute[] = [];
  for (const [name, value] of rawAttributes) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const [attrPrefix, attrLocal] = splitQName(name);
    attributes.push({ qname: name, ns: resolve(attrPrefix, true), local: attrLocal, value });
  }
  const element: XmlElement = { qname, ns: resolve(prefix, false), local, attributes, children: [], parent };
  return { element, scope };
}

function splitQName(qname: string): [string | undefined, string] {
  const colon = qname.indexOf(':');
  return colon < 0 ? [undefined, qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

function isNameStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x3a || code > 0x7f;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

interface StartTag {
  name: string;
  attributes: [string, string][];
  selfClosing: boolean;
  end: number;
}

function readStartTag(source: string, start: number, entities: ReadonlyMap<string, string>): StartTag {
  const length = source.length;
  let pos = start;
  while (pos < length && !isSpace(source.charCodeAt(pos)) && source[pos] !== '>' && source[pos] !== '/') pos++;
  const name = source.slice(start, pos);
  const attributes: [string, string][] = [];
  const seen = new Set<string>();
  while (pos < length) {
    while (pos < length && isSpace(source.charCodeAt(pos))) pos++;
    if (pos >= length) break;
    const ch = source[pos];
    if (ch === '>') return { name, attributes, selfClosing: false, end: pos + 1 };
    if (ch === '/' && source[pos + 1] === '>') return { name, attributes, selfClosing: true, end: pos + 2 };
    if (ch === '/' || ch === '<') {
      // "<a / b>" or a tag cut off by the next one: stop here rather than swallow the next element.
      if (ch === '/') { pos++; continue; }
      return { name, attributes, selfClosing: false, end: pos };
    }
    const nameStart = pos;
    while (pos < length && !isSpace(source.charCodeAt(pos)) && !'=>/<'.includes(source[pos])) pos++;
    const attrName = source.slice(nameStart, pos);
    while (pos < length && isSpace(source.charCodeAt(pos))) pos++;
    let value = '';
    if (source[pos] === '=') {
      pos++;
      while (pos < length && isSpace(source.charCodeAt(pos))) pos++;
      const quote = source[pos];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, pos + 1);
        const stop = close < 0 ? length : close;
        value = source.slice(pos + 1, stop);
        pos = close < 0 ? length : close + 1;
      } else {
        const valueStart = pos;
        while (pos < length && !isSpace(source.charCodeAt(pos)) && source[pos] !== '>') pos++;
        value = source.slice(valueStart, pos);
      }
    }
    if (attrName && !seen.has(attrName)) {
      seen.add(attrName);
      attributes.push([attrName, decodeEntities(value, entities).replace(/[\t\n\r]/g, ' ')]);
    }
  }
  return { name, attributes, selfClosing: false, end: length };
}

/** Skips <!DOCTYPE ...> (recording literal internal entities) or any other <!...> declaration. */
function skipDeclaration(source: string, start: number, entities: Map<string, string>): number {
  const length = source.length;
  let pos = start + 2;
  let bracketDepth = 0;
  let quote = '';
  while (pos < length) {
    const ch = source[pos];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '[') {
      bracketDepth++;
    } else if (ch === ']') {
      bracketDepth = Math.max(0, bracketDepth - 1);
    } else if (ch === '>' && bracketDepth === 0) {
      break;
    }
    pos++;
  }
  const body = source.slice(start, pos);
  if (/^<!DOCTYPE/i.test(body)) {
    const declaration = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;
    for (let m = declaration.exec(body); m && entities.size < MAX_DTD_ENTITIES; m = declaration.exec(body)) {
      const value = m[2] ?? m[3] ?? '';
      // Entity values are stored with only character references resolved; they are never re-expanded.
      if (value.length <= MAX_DTD_ENTITY_LENGTH && !entities.has(m[1])) entities.set(m[1], decodeEntities(value, new Map()));
    }
  }
  return pos < length ? pos + 1 : length;
}

export function decodeEntities(text: string, entities: ReadonlyMap<string, string>): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z_][\w.-]{0,63});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    }
    return PREDEFINED_ENTITIES[body] ?? entities.get(body) ?? whole;
  });
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

export function textContent(element: XmlElement): string {
  let out = '';
  for (const child of element.children) out += typeof child === 'string' ? child : textContent(child);
  return out;
}

export function attribute(element: XmlElement, ns: string, local: string): string | undefined {
  return element.attributes.find((a) => a.ns === ns && a.local === local)?.value;
}

/** Depth-first search, without recursion so hostile nesting cannot overflow the stack. */
export function findElements(from: XmlElement, predicate: (element: XmlElement) => boolean, stopInside = false): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = childElements(from).reverse();
  while (pending.length) {
    const element = pending.pop()!;
    const match = predicate(element);
    if (match) found.push(element);
    if (match && stopInside) continue;
    const children = childElements(element);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return found;
}

/** xml:lang in scope for an element (own attribute or nearest ancestor's). */
export function languageOf(element: XmlElement): string | undefined {
  for (let e: XmlElement | undefined = element; e; e = e.parent) {
    const lang = attribute(e, XML_NS, 'lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}
