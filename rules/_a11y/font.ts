// Computed font sizes and weights from the cascade, for large-text thresholds and em-relative spacing.
import type { HtmlElement } from '../_kit';
import { parentElement } from '../_kit';
import type { Cascade } from './cascade';
import { FONT_SIZE_KEYWORDS_PX } from '../../server/src/engine/facts/css-font-size';

/** The UA stylesheet's heading sizes, in em of the parent. */
const UA_EM: Record<string, number> = { h1: 2, h2: 1.5, h3: 1.17, h4: 1, h5: 0.83, h6: 0.67, small: 0.83, sub: 0.83, sup: 0.83 };
const UA_BOLD = new Set(['b', 'strong', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th']);

/** Length in px given the element's font size; undefined when it depends on layout or is not a length. */
export function lengthPx(value: string, fontPx: number, rootPx = 16): number | undefined {
  const m = /^(-?\d*\.?\d+)(px|pt|pc|em|rem|in|cm|mm|q|%)?$/i.exec(value.trim());
  if (!m) return undefined;
  const n = parseFloat(m[1]);
  switch ((m[2] ?? '').toLowerCase()) {
    case 'px': return n;
    case 'pt': return (n * 96) / 72;
    case 'pc': return n * 16;
    case 'in': return n * 96;
    case 'cm': return (n * 96) / 2.54;
    case 'mm': return (n * 96) / 25.4;
    case 'q': return (n * 96) / 101.6;
    case 'em': return n * fontPx;
    case 'rem': return n * rootPx;
    case '%': return (n / 100) * fontPx;
    case '': return n === 0 ? 0 : undefined;
  }
  return undefined;
}

/** Computed font-size in px, or undefined when unknown (vw, calc(), variables, script). */
export function fontSizePx(el: HtmlElement | undefined, c: Cascade): number | undefined {
  if (!el) return 16;
  const memo = c as unknown as { fontMemo?: Map<HtmlElement, number | undefined> };
  memo.fontMemo ??= new Map();
  if (memo.fontMemo.has(el)) return memo.fontMemo.get(el);
  const parent = parentElement(el);
  const parentPx = parent ? fontSizePx(parent, c) : 16;
  let result: number | undefined;
  const v = c.get(el, 'font-size');
  if (v === 'unknown') result = undefined;
  else if (!v) result = parentPx === undefined ? undefined : parentPx * (UA_EM[el.tagName] ?? 1);
  else {
    const raw = v.value.trim().toLowerCase();
    if (raw in FONT_SIZE_KEYWORDS_PX) result = FONT_SIZE_KEYWORDS_PX[raw];
    else if (raw === 'inherit' || raw === 'unset') result = parentPx;
    else if (raw === 'initial') result = 16;
    else if (raw === 'larger') result = parentPx === undefined ? undefined : parentPx * 1.2;
    else if (raw === 'smaller') result = parentPx === undefined ? undefined : parentPx / 1.2;
    else result = parentPx === undefined ? undefined : lengthPx(raw, parentPx);
  }
  memo.fontMemo.set(el, result);
  return result;
}

/** Computed font-weight as a number, or undefined when unknown. */
export function fontWeight(el: HtmlElement | undefined, c: Cascade): number | undefined {
  if (!el) return 400;
  const parent = parentElement(el);
  const v = c.get(el, 'font-weight');
  if (v === 'unknown') return undefined;
  if (!v) return UA_BOLD.has(el.tagName) ? 700 : fontWeight(parent, c);
  const raw = v.value.trim().toLowerCase();
  if (raw === 'normal' || raw === 'initial') return 400;
  if (raw === 'bold') return 700;
  if (raw === 'inherit' || raw === 'unset') return fontWeight(parent, c);
  if (raw === 'bolder') { const p = fontWeight(parent, c); return p === undefined ? undefined : p < 400 ? 400 : p < 600 ? 700 : 900; }
  if (raw === 'lighter') { const p = fontWeight(parent, c); return p === undefined ? undefined : p < 600 ? 100 : p < 800 ? 400 : 700; }
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}
