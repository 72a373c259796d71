import { parse, type DefaultTreeAdapterMap, type ParserError } from 'parse5';
import { CssSheet, decodeAttributeValue, type OffsetRange } from './css';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];
export type HtmlText = DefaultTreeAdapterMap['textNode'];
export type HtmlDocumentNode = DefaultTreeAdapterMap['document'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export interface HtmlParseError { code: string; start: number; end: number }

/** An HTML (or SVG) document parsed once with parse5, with source locations and its stylesheets. */
export class HtmlDocument {
  readonly document: HtmlDocumentNode;
  readonly errors: HtmlParseError[] = [];
  /** Every element in document order, template contents included. */
  readonly elements: HtmlElement[] = [];
  readonly texts: HtmlText[] = [];
  private sheetsCache: CssSheet[] | undefined;

  constructor(readonly text: string, readonly filePath: string) {
    this.document = parse(text, {
      sourceCodeLocationInfo: true,
      scriptingEnabled: false,
      onParseError: (err: ParserError) => {
        this.errors.push({ code: err.code, start: err.startOffset, end: Math.max(err.endOffset, err.startOffset) });
      },
    });
    const walk = (node: ParentNode): void => {
      for (const child of node.childNodes) {
        if (child.nodeName === '#text') this.texts.push(child as HtmlText);
        else if ('tagName' in child) {
          this.elements.push(child);
          walk(child);
          if (child.tagName === 'template' && 'content' in child) walk((child as DefaultTreeAdapterMap['template']).content);
        }
      }
    };
    walk(this.document);
  }

  /** <style> blocks and style="" attributes, parsed with PostCSS, in document order. */
  get sheets(): CssSheet[] {
    if (this.sheetsCache) return this.sheetsCache;
    const sheets: CssSheet[] = [];
    for (const el of this.elements) {
      const styleAttr = attrValueRange(this.text, el, 'style');
      if (styleAttr) {
        const raw = this.text.slice(styleAttr.start, styleAttr.end);
        const { text, map } = decodeAttributeValue(raw, styleAttr.start);
        sheets.push(new CssSheet('attr', text, styleAttr.start, map, el, this.filePath));
      }
      if (el.tagName === 'style') {
        const range = contentRange(el);
        if (range) {
          let css = this.text.slice(range.start, range.end);
          // In SVG, <style> text is often wrapped in a CDATA section: blank the markers, keep offsets.
          if (el.namespaceURI === SVG_NS && css.includes('<![CDATA[')) css = css.replace('<![CDATA[', '         ').replace(/\]\]>(?![\s\S]*\]\]>)/, '   ');
          sheets.push(new CssSheet('style', css, range.start, undefined, el, this.filePath));
        }
      }
    }
    this.sheetsCache = sheets;
    return sheets;
  }

  byTag(tag: string): HtmlElement[] { return this.elements.filter((e) => e.tagName === tag); }
}

export function getAttr(el: HtmlElement, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}
export function hasAttr(el: HtmlElement, name: string): boolean {
  return el.attrs.some((a) => a.name === name);
}

/** The whole element, start tag to end tag. */
export function elementRange(el: HtmlElement): OffsetRange {
  const loc = el.sourceCodeLocation;
  if (!loc) return { start: 0, end: 0 };
  return { start: loc.startOffset, end: loc.endOffset };
}
/** The start tag only: where most element problems belong. */
export function startTagRange(el: HtmlElement): OffsetRange {
  const loc = el.sourceCodeLocation;
  if (!loc) return { start: 0, end: 0 };
  if (loc.startTag) return { start: loc.startTag.startOffset, end: loc.startTag.endOffset };
  return { start: loc.startOffset, end: loc.endOffset };
}
/** The tag name inside the start tag (`img` of `<img ...>`). */
export function tagNameRange(el: HtmlElement): OffsetRange {
  const r = startTagRange(el);
  return { start: r.start + 1, end: r.start + 1 + el.tagName.length };
}
/** The whole attribute, `name="value"`. */
export function attrRange(el: HtmlElement, name: string): OffsetRange | undefined {
  const loc = el.sourceCodeLocation?.attrs?.[name];
  if (!loc) return undefined;
  return { start: loc.startOffset, end: loc.endOffset };
}
/** The attribute's value between its quotes; an empty range after the name when it has no value. */
export function attrValueRange(text: string, el: HtmlElement, name: string): OffsetRange | undefined {
  const loc = el.sourceCodeLocation?.attrs?.[name];
  if (!loc) return undefined;
  const raw = text.slice(loc.startOffset, loc.endOffset);
  const eq = raw.indexOf('=');
  if (eq < 0) return { start: loc.endOffset, end: loc.endOffset };
  let i = eq + 1;
  while (i < raw.length && /\s/.test(raw[i])) i++;
  const q = raw[i];
  if (q === '"' || q === "'") {
    const close = raw.endsWith(q) && raw.length - 1 > i ? raw.length - 1 : raw.length;
    return { start: loc.startOffset + i + 1, end: loc.startOffset + close };
  }
  return { start: loc.startOffset + i, end: loc.endOffset };
}
/** Between the start tag and the end tag. */
export function contentRange(el: HtmlElement): OffsetRange | undefined {
  const loc = el.sourceCodeLocation;
  if (!loc?.startTag) return undefined;
  const start = loc.startTag.endOffset;
  const end = loc.endTag ? loc.endTag.startOffset : loc.endOffset;
  return { start, end: Math.max(start, end) };
}
/** Offset just before `>` (or `/>`) of the start tag: where a new attribute goes. */
export function attributeInsertOffset(text: string, el: HtmlElement): number {
  const r = startTagRange(el);
  let end = r.end - 1;
  if (text[end - 1] === '/') end--;
  while (end > r.start && /\s/.test(text[end - 1])) end--;
  return end;
}

export function textContent(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node as HtmlText).value;
  if ('childNodes' in node) return (node as ParentNode).childNodes.map(textContent).join('');
  return '';
}

export function parentElement(node: HtmlNode): HtmlElement | undefined {
  const p = (node as { parentNode?: ParentNode | null }).parentNode;
  return p && 'tagName' in p ? (p as HtmlElement) : undefined;
}

export function closest(el: HtmlElement, test: (e: HtmlElement) => boolean): HtmlElement | undefined {
  let cur: HtmlElement | undefined = el;
  while (cur) {
    if (test(cur)) return cur;
    cur = parentElement(cur);
  }
  return undefined;
}

export const HTML_NS = 'http://www.w3.org/1999/xhtml';
export const SVG_NS = 'http://www.w3.org/2000/svg';
