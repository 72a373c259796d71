// Lower bounds on the room an element's content certainly takes, from the source alone. There is no
// layout engine here: text is measured with an average glyph width chosen narrower than common
// fonts, lines with a small 'normal' line height, and boxes only where their size is explicit.
// Whatever could make content take less room than estimated (negative margins, transforms,
// multi-column, line clamping, undecidable styles) makes the whole estimate unavailable.
import type { HtmlElement, HtmlNode } from '../_kit';
import { getAttr, hasAttr, parentElement } from '../_kit';
import type { Cascade } from './cascade';
import { fontSizePx, lengthPx } from './font';
import type { Tri } from './dom';
import { visuallyHidden } from './dom';
import metrics from '../profiles/a11y/text-metrics.json';

/** A layout feature that could make content take less room than any estimate made here. */
class UnsafeEstimate extends Error {}

type Token =
  | { t: 'glyphs'; w: number; wrap: Tri }
  | { t: 'space'; w: number; wrap: Tri }
  | { t: 'atomic'; w: number; h: number; wrap: Tri }
  | { t: 'break'; certain: boolean };

interface Extent { height: number; widest: number }
type Piece = { kind: 'run'; tokens: Token[] } | { kind: 'block'; height: number; marginTop: number; marginBottom: number; widest: number };
type Kind = 'none' | 'out' | 'unknown' | 'contents' | 'inline' | 'break' | 'opportunity' | 'atomic' | 'block' | 'opaque';

const NEVER_RENDERED = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link', 'base', 'datalist', 'param', 'source', 'track', 'area', ...metrics.annotationElements]);
const BLOCK = new Set(metrics.blockElements);
const ATOMIC = new Set(metrics.atomicInlineElements);
const TABLE = new Set(metrics.tableElements);
const MONOSPACE = new Set(metrics.monospaceElements);
const PREFORMATTED = new Set(metrics.preformattedElements);
const LISTS = new Set(metrics.listElements);
const BLOCK_MARGIN_EM: Record<string, number> = metrics.blockMarginEm;
const SECTIONING = new Set(['article', 'aside', 'nav', 'section']);
const CONDENSED = new RegExp(`\\b(?:${metrics.condensedFamilyWords.join('|')})\\b`, 'i');
const MONOSPACE_FAMILY = /\bmonospace\b|\bmono\b|courier|consolas|menlo/i;
const COLLAPSIBLE_SPACE = /[ \t\n\r\f]/;

export type ScrollDirection = 'vertical' | 'horizontal';

/** Splits a CSS value into its space-separated parts, keeping function arguments together. */
function valueParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0, current = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) { if (current) parts.push(current); current = ''; }
    else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

function numericAttr(el: HtmlElement, name: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)(?:px)?\s*$/i.exec(getAttr(el, name) ?? '');
  return m ? parseFloat(m[1]) : undefined;
}

export class BoxEstimator {
  private fontMemo = new Map<HtmlElement, number | undefined>();
  private rootPx: number;

  constructor(private readonly cascade: Cascade, root: HtmlElement | undefined) {
    this.rootPx = (root && fontSizePx(root, cascade)) ?? 16;
  }

  /**
   * The directions in which the element's content certainly overflows its padding box by a wide
   * margin; undefined when that cannot be decided safely. Only the element's own styles and content
   * are read: whether it is rendered, focusable or scripted is for the caller to decide.
   */
  certainOverflow(box: HtmlElement): ScrollDirection[] | undefined {
    try {
      const axes = this.overflowAxes(box);
      if (!axes) return undefined;
      const scrolls = (v: string) => v === 'scroll' || v === 'auto';
      if (!scrolls(axes.x) && !scrolls(axes.y)) return [];
      // Overflow applies to block containers only; flex, grid and table boxes lay out content we do not model.
      if (!this.isBlockContainer(box)) return undefined;
      // A flex or grid parent can stretch or shrink the box whatever its declared size.
      const parent = this.layoutParent(box);
      const parentDisplay = parent ? this.val(parent, 'display') : null;
      if (parentDisplay === 'unknown' || (parentDisplay && /flex|grid|box/.test(parentDisplay))) return undefined;
      this.checkElement(box, { own: true });
      for (let p = parentElement(box); p; p = parentElement(p)) this.checkInherited(p);
      const width = this.contentWidthUpper(box);
      if (width === undefined || width <= 0) return undefined;
      const padTop = this.boxPadding(box, 'top'), padBottom = this.boxPadding(box, 'bottom');
      const padLeft = this.boxPadding(box, 'left'), padRight = this.boxPadding(box, 'right');
      if (!padTop || !padBottom || !padLeft || !padRight) return undefined;
      const content = this.contentExtent(box, width, true, true);
      const found: ScrollDirection[] = [];
      if (scrolls(axes.y)) {
        const height = this.contentHeightUpper(box, padTop.min + padBottom.min);
        if (height !== undefined) {
          // Some browsers leave the end padding out of the scrolled area, so it does not count here.
          const ratio = (padTop.min + content.height) / (height + padTop.max + padBottom.max);
          if (ratio >= metrics.verticalFactor) found.push('vertical');
        }
      }
      if (scrolls(axes.x)) {
        const ratio = (padLeft.min + content.widest) / (width + padLeft.max + padRight.max);
        if (ratio >= metrics.horizontalFactor) found.push('horizontal');
      }
      return found;
    } catch (e) {
      if (e instanceof UnsafeEstimate) return undefined;
      throw e;
    }
  }

  /** Whether the element holds text or replaced content a reader could see. */
  hasVisibleContent(el: HtmlElement): boolean {
    try {
      return this.visibleIn(el);
    } catch (e) {
      if (e instanceof UnsafeEstimate) return false;
      throw e;
    }
  }

  private visibleIn(el: HtmlElement): boolean {
    for (const node of this.renderedChildren(el)) {
      if (node.nodeName === '#text') {
        if (/\S/.test((node as { value: string }).value) && this.seen(el) && (this.fontPx(el) ?? 0) > 0) return true;
        continue;
      }
      const child = node as HtmlElement;
      const kind = this.kind(child);
      if (kind === 'none' || kind === 'unknown') continue;
      if (ATOMIC.has(child.tagName)) {
        if (this.seen(child) && numericAttr(child, 'width') !== 0 && numericAttr(child, 'height') !== 0) return true;
        continue;
      }
      if (this.visibleIn(child)) return true;
    }
    return false;
  }

  // -------------------------------------------------------------------------------------------
  // Styles

  private val(el: HtmlElement, prop: string): string | null | 'unknown' {
    const v = this.cascade.get(el, prop);
    if (v === 'unknown') return 'unknown';
    return v ? v.value.trim().toLowerCase() : null;
  }

  /**
   * Non-negative absolute length in px; undefined for percentages, calc() and anything else. Em
   * lengths of the content take the smallest font size the text may have; those of the scroll box
   * ('upper') the font size the UA stylesheet sets, which is never smaller.
   */
  private absLength(el: HtmlElement, raw: string, bound: 'lower' | 'upper' = 'lower'): number | undefined {
    if (/%$/.test(raw)) return undefined;
    const font = bound === 'upper' ? fontSizePx(el, this.cascade) : this.fontPx(el);
    const px = lengthPx(raw, font ?? NaN, this.rootPx);
    return px !== undefined && Number.isFinite(px) && px >= 0 ? px : undefined;
  }

  /** The declared values that may set one side of margin or padding (longhand, shorthand, logical). */
  private sideValues(el: HtmlElement, base: 'margin' | 'padding', side: 'top' | 'right' | 'bottom' | 'left'): string[] | 'unknown' {
    const out: string[] = [];
    const add = (v: string | null | 'unknown' | undefined): boolean => {
      if (v === 'unknown') return false;
      if (v) out.push(v);
      return true;
    };
    const index = { top: 0, right: 1, bottom: 2, left: 3 }[side];
    const shorthand = this.val(el, base);
    if (shorthand === 'unknown') return 'unknown';
    if (shorthand) {
      const p = valueParts(shorthand);
      add([p[0], p[1] ?? p[0], p[2] ?? p[0], p[3] ?? p[1] ?? p[0]][index]);
    }
    if (!add(this.val(el, `${base}-${side}`))) return 'unknown';
    const vertical = side === 'top' || side === 'bottom';
    const logical = vertical ? 'block' : 'inline';
    const both = this.val(el, `${base}-${logical}`);
    if (both === 'unknown') return 'unknown';
    if (both) {
      const p = valueParts(both);
      // In vertical flow start is the top; inline start and end depend on the direction, so both count.
      if (vertical) add(side === 'top' ? p[0] : p[1] ?? p[0]);
      else { add(p[0]); add(p[1] ?? p[0]); }
    }
    const ends = vertical ? [side === 'top' ? 'start' : 'end'] : ['start', 'end'];
    for (const end of ends) if (!add(this.val(el, `${base}-${logical}-${end}`))) return 'unknown';
    return out;
  }

  /** Smallest margin a side may have; negative or undecidable margins make the estimate unsafe. */
  private marginLower(el: HtmlElement, side: 'top' | 'right' | 'bottom' | 'left', uaDefault: number): number {
    const values = this.sideValues(el, 'margin', side);
    if (values === 'unknown') throw new UnsafeEstimate();
    if (!values.length) return uaDefault;
    let least = Infinity;
    for (const v of values) {
      if (v === 'auto' || v === '0' || /^\d*\.?\d+%$/.test(v)) { least = 0; continue; }
      const px = this.absLength(el, v);
      if (px === undefined) throw new UnsafeEstimate();
      least = Math.min(least, px);
    }
    return least;
  }

  /** Smallest padding a side may have (padding cannot be negative, so unknown means 0). */
  private paddingLower(el: HtmlElement, side: 'top' | 'right' | 'bottom' | 'left'): number {
    const values = this.sideValues(el, 'padding', side);
    if (values === 'unknown' || !values.length) return 0;
    return Math.min(...values.map((v) => this.absLength(el, v) ?? 0));
  }

  /** The range of the scroll box's own padding on one side; undefined when not an absolute length. */
  private boxPadding(el: HtmlElement, side: 'top' | 'right' | 'bottom' | 'left'): { min: number; max: number } | undefined {
    const values = this.sideValues(el, 'padding', side);
    if (values === 'unknown') return undefined;
    if (!values.length) return { min: 0, max: 0 };
    const least = values.map((v) => this.absLength(el, v));
    const most = values.map((v) => this.absLength(el, v, 'upper'));
    if ([...least, ...most].some((v) => v === undefined)) return undefined;
    return { min: Math.min(...(least as number[])), max: Math.max(...(most as number[])) };
  }

  private boxSizing(el: HtmlElement): 'content-box' | 'border-box' | 'unknown' {
    const v = this.val(el, 'box-sizing');
    if (v === null || v === 'content-box' || v === 'initial') return 'content-box';
    if (v === 'border-box') return 'border-box';
    return 'unknown';
  }

  /** Overflow per axis as computed (visible becomes auto beside a scrolling axis); undefined when undecidable. */
  private overflowAxes(el: HtmlElement): { x: string; y: string } | undefined {
    const resolve = (candidates: (string | null | 'unknown' | undefined)[]): string | undefined => {
      if (candidates.includes('unknown')) return undefined;
      const set = new Set(candidates.filter((v): v is string => !!v).map((v) => (v === 'overlay' ? 'auto' : v === 'initial' || v === 'unset' ? 'visible' : v)));
      if (set.size > 1) return undefined;
      const [only] = [...set];
      if (only === undefined) return 'visible';
      return ['visible', 'hidden', 'clip', 'scroll', 'auto'].includes(only) ? only : undefined;
    };
    const shorthand = this.val(el, 'overflow');
    const parts = shorthand && shorthand !== 'unknown' ? valueParts(shorthand) : [];
    const short = shorthand === 'unknown' ? 'unknown' : parts.length ? parts : undefined;
    let x = resolve([this.val(el, 'overflow-x'), this.val(el, 'overflow-inline'), short === 'unknown' ? 'unknown' : short?.[0]]);
    let y = resolve([this.val(el, 'overflow-y'), this.val(el, 'overflow-block'), short === 'unknown' ? 'unknown' : short?.[1] ?? short?.[0]]);
    if (x === undefined || y === undefined) return undefined;
    const passive = (v: string) => v === 'visible' || v === 'clip';
    if (passive(x) && !passive(y)) x = x === 'visible' ? 'auto' : 'hidden';
    else if (passive(y) && !passive(x)) y = y === 'visible' ? 'auto' : 'hidden';
    return { x, y };
  }

  /** Computed font size, made smaller where the UA may use a smaller one than font.ts assumes. */
  private fontPx(el: HtmlElement): number | undefined {
    if (this.fontMemo.has(el)) return this.fontMemo.get(el);
    let px = fontSizePx(el, this.cascade);
    if (px !== undefined) {
      let scale = 1;
      for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
        if (MONOSPACE.has(cur.tagName)) { scale = metrics.monospaceScale; break; }
      }
      if (scale === 1 && this.monospaceFamily(el)) scale = metrics.monospaceScale;
      for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
        if (cur.tagName !== 'h1' || this.val(cur, 'font-size') !== null) continue;
        let depth = 0;
        for (let p = parentElement(cur); p; p = parentElement(p)) if (SECTIONING.has(p.tagName)) depth++;
        if (depth) scale *= metrics.sectionedH1Em[Math.min(depth, metrics.sectionedH1Em.length) - 1] / 2;
        break;
      }
      px *= scale;
    }
    this.fontMemo.set(el, px);
    return px;
  }

  /** Whether the text may be set in a monospace face (smaller by default); condensed faces are unsafe. */
  private monospaceFamily(el: HtmlElement): boolean {
    for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
      const family = this.val(cur, 'font-family');
      const font = this.val(cur, 'font');
      if (family === 'unknown' || font === 'unknown') return true;
      const declared = [family, font].filter((v): v is string => !!v && v !== 'inherit' && v !== 'unset');
      if (!declared.length) continue;
      if (declared.some((v) => CONDENSED.test(v))) throw new UnsafeEstimate();
      return declared.some((v) => MONOSPACE_FAMILY.test(v));
    }
    return false;
  }

  private lineHeightPx(el: HtmlElement): number {
    const own = this.fontPx(el);
    if (own === undefined) return 0;
    for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
      const v = this.val(cur, 'line-height');
      if (v === 'unknown') return 0;
      if (v === null || v === 'inherit' || v === 'unset') continue;
      if (v === 'normal' || v === 'initial') break;
      if (/^\d*\.?\d+$/.test(v)) return parseFloat(v) * own;
      const font = this.fontPx(cur);
      if (font === undefined) return 0;
      if (/^\d*\.?\d+%$/.test(v)) return (parseFloat(v) / 100) * font;
      return lengthPx(v, font, this.rootPx) ?? 0;
    }
    return metrics.normalLineHeightEm * own;
  }

  /** Whether text may wrap at spaces, and whether newlines are kept, from white-space and its longhands. */
  private whiteSpace(el: HtmlElement | undefined): { wrap: Tri; newlines: Tri } {
    const wrapOf = (cur: HtmlElement): Tri | undefined => {
      const found = new Set<Tri>();
      const ws = this.val(cur, 'white-space');
      const mode = this.val(cur, 'text-wrap-mode');
      const wrap = this.val(cur, 'text-wrap');
      for (const v of [ws, mode, wrap]) {
        if (v === null || v === 'inherit' || v === 'unset') continue;
        if (v === 'unknown') return 'unknown';
        if (/^(?:nowrap|pre)$/.test(v) || /\bnowrap\b/.test(v)) found.add('no');
        else if (/^(?:normal|initial|pre-wrap|pre-line|break-spaces|wrap|balance|pretty|stable)$/.test(v) || /\bwrap\b/.test(v)) found.add('yes');
        else return 'unknown';
      }
      if (found.size > 1) return 'unknown';
      if (found.size === 1) return [...found][0];
      return uaWrap(cur);
    };
    const newlinesOf = (cur: HtmlElement): Tri | undefined => {
      const found = new Set<Tri>();
      for (const v of [this.val(cur, 'white-space'), this.val(cur, 'white-space-collapse')]) {
        if (v === null || v === 'inherit' || v === 'unset') continue;
        if (v === 'unknown') return 'unknown';
        if (/^(?:pre|pre-wrap|pre-line|break-spaces|preserve|preserve-breaks)\b/.test(v)) found.add('yes');
        else if (/^(?:normal|initial|nowrap|collapse)\b/.test(v)) found.add('no');
        else return 'unknown';
      }
      if (found.size > 1) return 'unknown';
      if (found.size === 1) return [...found][0];
      return PREFORMATTED.has(cur.tagName) ? 'yes' : undefined;
    };
    const uaWrap = (cur: HtmlElement): Tri | undefined => {
      if (cur.tagName === 'textarea') return 'yes';
      if (PREFORMATTED.has(cur.tagName) || cur.tagName === 'nobr') return 'no';
      if ((cur.tagName === 'td' || cur.tagName === 'th') && hasAttr(cur, 'nowrap')) return 'no';
      return undefined;
    };
    let wrap: Tri | undefined, newlines: Tri | undefined;
    for (let cur = el; cur && (wrap === undefined || newlines === undefined); cur = parentElement(cur)) {
      wrap ??= wrapOf(cur);
      newlines ??= newlinesOf(cur);
    }
    return { wrap: wrap ?? 'yes', newlines: newlines ?? 'no' };
  }

  /** visibility resolves to visible and no usual hiding technique applies. */
  private seen(el: HtmlElement): boolean {
    for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
      const v = this.val(cur, 'visibility');
      if (v === 'unknown' || v === 'hidden' || v === 'collapse') return false;
      if (v === 'visible') break;
    }
    return visuallyHidden(el, this.cascade) === 'no';
  }

  // -------------------------------------------------------------------------------------------
  // Boxes

  private kind(el: HtmlElement): Kind {
    const tag = el.tagName;
    if (NEVER_RENDERED.has(tag)) return 'none';
    const display = this.val(el, 'display');
    if (display === 'unknown') return 'unknown';
    let kind: Kind;
    if (display === null) {
      if (hasAttr(el, 'hidden')) return 'none';
      if ((tag === 'dialog' && !hasAttr(el, 'open')) || (tag === 'audio' && !hasAttr(el, 'controls'))) return 'none';
      kind = tag === 'br' ? 'break' : tag === 'wbr' ? 'opportunity' : BLOCK.has(tag) ? 'block' : TABLE.has(tag) ? 'opaque' : ATOMIC.has(tag) ? 'atomic' : 'inline';
    } else if (display === 'none') return 'none';
    else if (display === 'contents') return ATOMIC.has(tag) ? 'none' : 'contents';
    else if (/^(?:block|list-item|flow-root|block flow|block flow-root)$/.test(display)) kind = 'block';
    else if (/^(?:inline|inline flow)$/.test(display)) kind = ATOMIC.has(tag) ? 'atomic' : tag === 'br' ? 'break' : 'inline';
    else if (/^(?:inline-block|inline-flex|inline-grid|inline-table|inline flow-root)$/.test(display)) kind = 'atomic';
    else if (/^(?:flex|grid|table|-webkit-box|-ms-flexbox)$/.test(display) || display.startsWith('table-')) kind = 'opaque';
    else return 'unknown';
    const position = this.val(el, 'position');
    if (position === 'unknown') throw new UnsafeEstimate();
    if (position === 'absolute' || position === 'fixed') return 'out';
    if (position === 'relative' || position === 'sticky') this.checkOffsets(el);
    const float = this.val(el, 'float');
    if (float !== null && float !== 'none') return 'out';
    return kind;
  }

  /** Relative offsets move content without moving what follows: only zero offsets are safe. */
  private checkOffsets(el: HtmlElement): void {
    for (const prop of ['top', 'bottom', 'left', 'right', 'inset', 'inset-block', 'inset-inline', 'inset-block-start', 'inset-block-end', 'inset-inline-start', 'inset-inline-end']) {
      const v = this.val(el, prop);
      if (v === null) continue;
      if (v === 'unknown' || !valueParts(v).every((p) => p === 'auto' || /^0(?:\.0*)?[a-z%]*$/.test(p))) throw new UnsafeEstimate();
    }
  }

  /** Properties that let content take less room than its text and sizes suggest. */
  private checkElement(el: HtmlElement, { own = false } = {}): void {
    const set = (prop: string, harmless: RegExp): void => {
      const v = this.val(el, prop);
      if (v !== null && !harmless.test(v)) throw new UnsafeEstimate();
    };
    if (!own) {
      // The scroll box's own transform or zoom scales it together with its content.
      for (const prop of ['transform', 'translate', 'scale', 'rotate']) set(prop, /^none$/);
      set('zoom', /^(?:1|normal|100%|reset)$/);
    }
    set('column-count', /^auto$/);
    set('column-width', /^auto$/);
    set('columns', /^auto(?:\s+auto)?$/);
    set('-webkit-line-clamp', /^none$/);
    set('line-clamp', /^none$/);
    set('contain', /^(?:none|layout|paint|style|content|layout paint|paint layout)$/);
    set('content-visibility', /^visible$/);
    for (const side of ['left', 'right'] as const) this.marginLower(el, side, 0);
    this.checkInherited(el);
  }

  /** Inherited properties that fit more text on a line than the glyph width allows. */
  private checkInherited(el: HtmlElement): void {
    for (const prop of ['letter-spacing', 'word-spacing', 'text-indent']) {
      const v = this.val(el, prop);
      if (v === null || v === 'normal' || v === 'initial' || v === 'inherit' || v === 'unset') continue;
      if (v === 'unknown' || !/^\d*\.?\d+[a-z%]*$/.test(v)) throw new UnsafeEstimate();
    }
    const stretch = this.val(el, 'font-stretch');
    if (stretch !== null && !/^(?:normal|initial|inherit|unset|(?:semi-|extra-|ultra-)?expanded|1\d\d(?:\.\d+)?%)$/.test(stretch)) throw new UnsafeEstimate();
    const mode = this.val(el, 'writing-mode');
    if (mode !== null && !/^(?:horizontal-tb|initial|inherit|unset|lr|lr-tb|rl|rl-tb)$/.test(mode)) throw new UnsafeEstimate();
    const adjust = this.val(el, 'font-size-adjust');
    if (adjust !== null && !/^(?:none|initial|inherit|unset)$/.test(adjust)) throw new UnsafeEstimate();
    const width = this.val(el, 'font-width');
    if (width !== null && !/^(?:normal|initial|inherit|unset)$/.test(width)) throw new UnsafeEstimate();
  }

  /** The nearest ancestor that lays the element out (inline and display: contents ancestors pass through). */
  private layoutParent(el: HtmlElement): HtmlElement | undefined {
    for (let p = parentElement(el); p; p = parentElement(p)) {
      const kind = this.kind(p);
      if (kind !== 'inline' && kind !== 'contents') return p;
    }
    return undefined;
  }

  private isBlockContainer(el: HtmlElement): boolean {
    const kind = this.kind(el);
    if (kind === 'block') return true;
    if (kind !== 'atomic' || ATOMIC.has(el.tagName)) return false;
    const display = this.val(el, 'display');
    return display === 'inline-block' || display === 'inline flow-root';
  }

  /** Upper bound on the width of the element's content box; undefined when nothing bounds it. */
  private contentWidthUpper(el: HtmlElement): number | undefined {
    if (el.tagName === 'html') return metrics.maxViewportWidthPx;
    const width = this.val(el, 'width');
    const maxWidth = this.val(el, 'max-width');
    const sizing = this.boxSizing(el);
    const padding = this.paddingLower(el, 'left') + this.paddingLower(el, 'right');
    const fromCss = (v: string): number | undefined => {
      const px = this.absLength(el, v, 'upper');
      return px === undefined ? undefined : sizing === 'border-box' ? Math.max(0, px - padding) : px;
    };
    let upper: number | undefined;
    if (width !== null && width !== 'unknown' && width !== 'auto') upper = fromCss(width);
    if (upper === undefined) {
      const relative = width === null || width === 'auto' || (width !== 'unknown' && /^\d*\.?\d+%$/.test(width) && parseFloat(width) <= 100);
      const position = this.val(el, 'position');
      const parent = this.layoutParent(el);
      if (relative && parent && (position === null || position === 'static' || position === 'relative' || position === 'sticky') && this.isBlockContainer(parent)) {
        upper = this.contentWidthUpper(parent);
      }
    }
    if (maxWidth !== null && maxWidth !== 'unknown' && maxWidth !== 'none') {
      const cap = fromCss(maxWidth);
      if (cap !== undefined) upper = upper === undefined ? cap : Math.min(upper, cap);
    }
    return upper;
  }

  /** Upper bound on the height of the scroll box's content area, from height, max-height and min-height. */
  private contentHeightUpper(el: HtmlElement, paddingLower: number): number | undefined {
    const sizing = this.boxSizing(el);
    const fromCss = (v: string | null | 'unknown'): number | undefined => {
      if (v === null || v === 'unknown') return undefined;
      const px = this.absLength(el, v, 'upper');
      return px === undefined ? undefined : sizing === 'border-box' ? Math.max(0, px - paddingLower) : px;
    };
    const candidates = [fromCss(this.val(el, 'height')), fromCss(this.val(el, 'max-height'))].filter((v): v is number => v !== undefined);
    if (!candidates.length) return undefined;
    let upper = Math.min(...candidates);
    const minHeight = this.val(el, 'min-height');
    if (minHeight !== null && minHeight !== 'auto' && minHeight !== '0' && minHeight !== 'initial') {
      const min = fromCss(minHeight);
      if (min === undefined) return undefined;
      upper = Math.max(upper, min);
    }
    return upper;
  }

  /** Upper bound on the content width of an in-flow block child laid out in `parentWidth`. */
  private childContentWidth(el: HtmlElement, parentWidth: number): number | undefined {
    const width = this.val(el, 'width');
    const maxWidth = this.val(el, 'max-width');
    const sizing = this.boxSizing(el);
    const padding = this.paddingLower(el, 'left') + this.paddingLower(el, 'right');
    const fromCss = (v: string): number | undefined => {
      const px = this.absLength(el, v, 'upper');
      return px === undefined ? undefined : sizing === 'border-box' ? Math.max(0, px - padding) : px;
    };
    let upper: number | undefined;
    if (width === null || width === 'auto') {
      upper = parentWidth - padding - this.marginLower(el, 'left', 0) - this.marginLower(el, 'right', 0);
    } else if (width !== 'unknown' && /^\d*\.?\d+%$/.test(width) && parseFloat(width) <= 100) {
      upper = sizing === 'border-box' ? parentWidth - padding : parentWidth;
    } else if (width !== 'unknown') upper = fromCss(width);
    if (upper === undefined) return undefined;
    if (maxWidth !== null && maxWidth !== 'unknown' && maxWidth !== 'none') {
      const cap = fromCss(maxWidth);
      if (cap !== undefined) upper = Math.min(upper, cap);
    }
    return Math.max(0, upper);
  }

  /** A lower bound on a block box's border-box height given its content's; explicit sizes win. */
  private boxHeightLower(el: HtmlElement, content: number, padding: number): number {
    const sizing = this.boxSizing(el);
    const height = this.val(el, 'height');
    const maxHeight = this.val(el, 'max-height');
    const explicit = (v: string): number | undefined => {
      const px = this.absLength(el, v);
      return px === undefined ? undefined : sizing === 'content-box' ? px + padding : px;
    };
    let lower = padding + content;
    if (height !== null && height !== 'auto') lower = height === 'unknown' ? 0 : explicit(height) ?? 0;
    if (maxHeight !== null && maxHeight !== 'none') lower = Math.min(lower, maxHeight === 'unknown' ? 0 : explicit(maxHeight) ?? 0);
    return lower;
  }

  private replacedSize(el: HtmlElement, axis: 'width' | 'height'): number {
    const css = this.val(el, axis);
    let size: number | undefined;
    // The width and height attributes are presentational hints: any CSS value replaces them.
    if (css === null) {
      size = numericAttr(el, axis);
      if (size === undefined && el.tagName === 'canvas') size = axis === 'width' ? 300 : 150;
    } else if (css !== 'unknown') size = this.absLength(el, css);
    const max = this.val(el, `max-${axis}`);
    if (max !== null && max !== 'none') {
      const cap = max === 'unknown' ? undefined : this.absLength(el, max);
      size = cap === undefined ? undefined : Math.min(size ?? 0, cap);
    }
    return size ?? 0;
  }

  private *renderedChildren(el: HtmlElement): Generator<HtmlNode> {
    const closedDetails = el.tagName === 'details' && !hasAttr(el, 'open');
    let summarySeen = false;
    for (const node of el.childNodes) {
      if (node.nodeName === '#comment') continue;
      if (closedDetails) {
        if ((node as HtmlElement).tagName !== 'summary' || summarySeen) continue;
        summarySeen = true;
      }
      yield node;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Flow

  /** Height and widest unbreakable line of a block container's in-flow content laid out in `width`. */
  private contentExtent(container: HtmlElement, width: number, ownsTop: boolean, ownsBottom: boolean): Extent {
    const pieces = this.flow(container, width);
    let height = 0, widest = 0, pendingMargin = 0, first = true;
    for (const piece of pieces) {
      if (piece.kind === 'run') {
        const run = this.runExtent(piece.tokens, this.lineHeightPx(container), width);
        if (!run.height && !run.widest) continue;
        height += pendingMargin + run.height;
        widest = Math.max(widest, run.widest);
        pendingMargin = 0;
        first = false;
        continue;
      }
      widest = Math.max(widest, piece.widest);
      // An empty block lets the margins around it collapse through it: leave it and its margins out.
      if (!piece.height) continue;
      height += (first ? (ownsTop ? piece.marginTop : 0) : Math.max(pendingMargin, piece.marginTop)) + piece.height;
      pendingMargin = piece.marginBottom;
      first = false;
    }
    if (ownsBottom) height += pendingMargin;
    return { height, widest };
  }

  private flow(container: HtmlElement, width: number): Piece[] {
    const pieces: Piece[] = [];
    let tokens: Token[] = [];
    const flush = () => {
      if (tokens.some((t) => t.t !== 'space')) pieces.push({ kind: 'run', tokens });
      tokens = [];
    };
    const visit = (parent: HtmlElement) => {
      for (const node of this.renderedChildren(parent)) {
        if (node.nodeName === '#text') { this.textTokens((node as { value: string }).value, parent, tokens); continue; }
        if (!('tagName' in node)) continue;
        const el = node as HtmlElement;
        const kind = this.kind(el);
        switch (kind) {
          case 'none': case 'out': break;
          // Whatever it turns out to be, it adds no room we count; only a negative margin could take some away.
          case 'unknown': this.verticalMargins(el); break;
          case 'contents': visit(el); break;
          case 'inline': this.checkElement(el); visit(el); break;
          case 'break': tokens.push({ t: 'break', certain: true }); break;
          case 'opportunity': tokens.push({ t: 'space', w: 0, wrap: this.whiteSpace(parent).wrap }); break;
          case 'atomic': this.checkElement(el); this.verticalMargins(el); tokens.push(this.atomicToken(el, parent, width)); break;
          case 'block': case 'opaque': this.checkElement(el); flush(); pieces.push(this.blockPiece(el, width, kind)); break;
        }
      }
    };
    visit(container);
    flush();
    return pieces;
  }

  /** Vertical margins, throwing when one may be negative (which would pull what follows upwards). */
  private verticalMargins(el: HtmlElement): void {
    this.marginLower(el, 'top', 0);
    this.marginLower(el, 'bottom', 0);
  }

  private blockPiece(el: HtmlElement, parentWidth: number, kind: 'block' | 'opaque'): Piece {
    const font = this.fontPx(el) ?? 0;
    const nestedList = LISTS.has(el.tagName) && [...ancestors(el)].some((a) => LISTS.has(a.tagName) || a.tagName === 'li');
    const ua = nestedList ? 0 : (BLOCK_MARGIN_EM[el.tagName] ?? 0) * font;
    const marginTop = this.marginLower(el, 'top', ua);
    const marginBottom = this.marginLower(el, 'bottom', ua);
    const padTop = this.paddingLower(el, 'top'), padBottom = this.paddingLower(el, 'bottom');
    if (ATOMIC.has(el.tagName)) {
      return { kind: 'block', height: this.replacedSize(el, 'height'), widest: this.replacedSize(el, 'width'), marginTop, marginBottom };
    }
    let content: Extent = { height: 0, widest: 0 };
    if (kind === 'block') {
      const width = this.childContentWidth(el, parentWidth);
      if (width !== undefined && width > 0) {
        const axes = this.overflowAxes(el);
        const formatsOwnContext = this.val(el, 'display') === 'flow-root' || !axes || axes.y !== 'visible' || axes.x !== 'visible';
        content = this.contentExtent(el, width, formatsOwnContext || padTop > 0, formatsOwnContext || padBottom > 0);
        // Content this box clips sideways does not widen the scroll box.
        if (axes?.x !== 'visible') content.widest = 0;
      }
    }
    return { kind: 'block', height: this.boxHeightLower(el, content.height, padTop + padBottom), widest: content.widest, marginTop, marginBottom };
  }

  private atomicToken(el: HtmlElement, parent: HtmlElement, width: number): Token {
    const wrap = this.whiteSpace(parent).wrap;
    if (ATOMIC.has(el.tagName)) return { t: 'atomic', w: this.replacedSize(el, 'width'), h: this.replacedSize(el, 'height'), wrap };
    // An inline-block is laid out like a block no wider than the line; vertical margins aside.
    const piece = this.blockPiece(el, width, this.val(el, 'display') === 'inline-block' ? 'block' : 'opaque') as Extract<Piece, { kind: 'block' }>;
    const css = this.val(el, 'width');
    const explicit = css !== null && css !== 'unknown' ? this.absLength(el, css) : undefined;
    return { t: 'atomic', w: explicit ?? piece.widest, h: piece.height, wrap };
  }

  private textTokens(text: string, parent: HtmlElement, out: Token[]): void {
    const font = this.fontPx(parent) ?? 0;
    const { wrap, newlines } = this.whiteSpace(parent);
    const glyph = metrics.glyphWidthEm * font, space = metrics.spaceWidthEm * font;
    let glyphs = 0;
    const flushGlyphs = () => { if (glyphs) out.push({ t: 'glyphs', w: glyphs, wrap }); glyphs = 0; };
    const pushSpace = (w: number) => {
      flushGlyphs();
      const last = out[out.length - 1];
      if (w && last?.t === 'space' && last.w) return;
      out.push({ t: 'space', w, wrap });
    };
    for (const ch of text) {
      if (ch === '\n' && newlines !== 'no') { flushGlyphs(); out.push({ t: 'break', certain: newlines === 'yes' }); }
      else if (COLLAPSIBLE_SPACE.test(ch)) pushSpace(space);
      else if (ch === '\u200b' || ch === '\u00ad') pushSpace(0);
      else glyphs += ch === '\u00a0' ? space : glyph;
    }
    flushGlyphs();
  }

  /**
   * Lines: each line holds at most `width` of unbreakable segments (an overflowing segment sits
   * alone), so lines ≥ Σ min(segment, width) / width. Widest: the longest segment that cannot wrap.
   */
  private runExtent(tokens: Token[], lineHeight: number, width: number): Extent {
    let lines = 0, tallest = 0, widest = 0;
    const groups = split(tokens, (t) => t.t === 'break' && t.certain);
    groups.forEach((group, i) => {
      const content = trimSpaces(group.filter((t) => t.t !== 'break'));
      if (!content.length) { if (i < groups.length - 1) lines++; return; }
      let total = 0, segment = 0;
      const close = () => { total += Math.min(segment, width); segment = 0; };
      for (const t of content) {
        if (t.t === 'atomic') tallest = Math.max(tallest, t.h);
        if (t.t === 'break') continue;
        if ((t.t === 'space' || t.t === 'atomic') && t.wrap === 'yes') {
          close();
          if (t.t === 'atomic') { segment = t.w; close(); }
        } else segment += t.w;
      }
      close();
      lines += Math.max(1, Math.ceil(total / width - 1e-9));
    });
    // Horizontally only what certainly cannot wrap counts; any possible break ends a segment.
    for (const group of split(tokens, (t) => t.t === 'break')) {
      let segment = 0;
      for (const t of trimSpaces(group)) {
        if (t.t === 'break') continue;
        if (t.wrap === 'no') {
          segment += t.w;
          // A space at the end of a line hangs: only what follows it widens the line.
          if (t.t !== 'space') widest = Math.max(widest, segment);
          continue;
        }
        segment = 0;
        if (t.t === 'atomic') widest = Math.max(widest, t.w);
      }
    }
    const height = lines ? (lines - 1) * lineHeight + Math.max(lineHeight, tallest) : 0;
    return { height, widest };
  }
}

function* ancestors(el: HtmlElement): Generator<HtmlElement> {
  for (let p = parentElement(el); p; p = parentElement(p)) yield p;
}

function split(tokens: Token[], at: (t: Token) => boolean): Token[][] {
  const groups: Token[][] = [[]];
  for (const t of tokens) {
    if (at(t)) groups.push([]);
    else groups[groups.length - 1].push(t);
  }
  return groups;
}

function trimSpaces(tokens: Token[]): Token[] {
  let start = 0, end = tokens.length;
  while (start < end && tokens[start].t === 'space') start++;
  while (end > start && tokens[end - 1].t === 'space') end--;
  return tokens.slice(start, end);
}
