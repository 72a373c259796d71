import postcss, { type Root, type Node as CssNode, type Declaration, CssSyntaxError } from 'postcss';
import type { HtmlElement } from './html';

export interface OffsetRange { start: number; end: number }

export interface CssParseError { message: string; start: number; end: number }

/**
 * One stylesheet: a .css file, a <style> element's text or a style="" attribute. CSS offsets map to
 * offsets in the document that holds it, so every problem and fix lands on the real text.
 */
export class CssSheet {
  readonly root: Root | undefined;
  readonly error: CssParseError | undefined;
  constructor(
    readonly kind: 'file' | 'style' | 'attr',
    /** The CSS text as the parser saw it (entities decoded for attributes). */
    readonly cssText: string,
    /** Offset of the CSS text in the document. */
    readonly base: number,
    /** For decoded attribute text: document offset of each CSS character (length cssText.length + 1). */
    private readonly offsetMap: number[] | undefined,
    readonly element: HtmlElement | undefined,
    readonly filePath: string,
  ) {
    let root: Root | undefined;
    let error: CssParseError | undefined;
    try {
      root = postcss.parse(cssText, { from: filePath });
    } catch (e) {
      if (e instanceof CssSyntaxError) {
        const start = e.input?.offset ?? offsetOfLineColumn(cssText, e.line ?? 1, e.column ?? 1);
        const end = e.input?.endOffset ?? start;
        error = { message: e.reason, start: this.toDocOffset(start), end: this.toDocOffset(Math.max(end, start)) };
      } else {
        error = { message: String((e as Error).message ?? e), start: base, end: base };
      }
    }
    this.root = root;
    this.error = error;
  }

  toDocOffset(cssOffset: number): number {
    if (this.offsetMap) return this.offsetMap[Math.max(0, Math.min(cssOffset, this.offsetMap.length - 1))];
    return this.base + cssOffset;
  }
  toDocRange(start: number, end: number): OffsetRange {
    return { start: this.toDocOffset(start), end: this.toDocOffset(end) };
  }

  /** Range of a whole node in CSS offsets (declarations without their trailing semicolon). */
  cssRangeOf(node: CssNode): OffsetRange {
    const start = node.source?.start?.offset ?? 0;
    if (node.type === 'decl') {
      const d = node as Declaration;
      return { start, end: declValueCssRange(d).end + importantLength(d) };
    }
    const endOffset = node.source?.end?.offset;
    return { start, end: endOffset !== undefined ? endOffset : start };
  }
  rangeOf(node: CssNode): OffsetRange {
    const r = this.cssRangeOf(node);
    return this.toDocRange(r.start, r.end);
  }
  /** Range of a declaration's value (without `!important`). */
  valueRange(decl: Declaration): OffsetRange {
    const r = declValueCssRange(decl);
    return this.toDocRange(r.start, r.end);
  }
  propRange(decl: Declaration): OffsetRange {
    const start = decl.source?.start?.offset ?? 0;
    return this.toDocRange(start, start + decl.prop.length);
  }
  /** Range of a substring of a declaration's raw value, e.g. one colour inside a shorthand. */
  valuePartRange(decl: Declaration, from: number, to: number): OffsetRange {
    const r = declValueCssRange(decl);
    return this.toDocRange(r.start + from, r.start + to);
  }
  rawValue(decl: Declaration): string {
    const raw = (decl.raws as { value?: { raw?: string } }).value;
    return raw?.raw ?? decl.value;
  }
}

function importantLength(d: Declaration): number {
  if (!d.important) return 0;
  return (d.raws.important ?? ' !important').length;
}

function declValueCssRange(d: Declaration): OffsetRange {
  const start = (d.source?.start?.offset ?? 0) + d.prop.length + (d.raws.between ?? ':').length;
  const raw = (d.raws as { value?: { raw?: string } }).value?.raw ?? d.value;
  return { start, end: start + raw.length };
}

function offsetOfLineColumn(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

const NAMED_ENTITIES: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes character references in an attribute value, keeping the document offset of each char. */
export function decodeAttributeValue(raw: string, base: number): { text: string; map: number[] | undefined } {
  if (!raw.includes('&')) return { text: raw, map: undefined };
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === '&') {
      const m = /^&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/i.exec(raw.slice(i, i + 12));
      if (m) {
        const key = m[1];
        let ch: string | undefined;
        if (key[0] === '#') {
          const cp = key[1] === 'x' || key[1] === 'X' ? parseInt(key.slice(2), 16) : parseInt(key.slice(1), 10);
          if (cp > 0 && cp <= 0x10ffff) ch = String.fromCodePoint(cp);
        } else ch = NAMED_ENTITIES[key.toLowerCase()];
        if (ch !== undefined) {
          for (let k = 0; k < ch.length; k++) map.push(base + i);
          text += ch;
          i += m[0].length;
          continue;
        }
      }
    }
    map.push(base + i);
    text += raw[i];
    i++;
  }
  map.push(base + raw.length);
  return { text, map };
}
