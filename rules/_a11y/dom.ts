// Accessibility semantics over the parse5 tree: rendering, focus, roles and accessible names,
// simplified where the simplification can only make a rule report less, never more.
import type { HtmlElement, HtmlNode, SourceFile } from '../_kit';
import { getAttr, hasAttr, parentElement } from '../_kit';
import type { Cascade } from './cascade';

export type Tri = 'yes' | 'no' | 'unknown';

const NEVER_RENDERED = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link', 'base', 'datalist', 'param', 'source', 'track']);

function cssValue(c: Cascade, el: HtmlElement, prop: string): string | undefined | 'unknown' {
  const v = c.get(el, prop);
  if (v === 'unknown') return 'unknown';
  return v?.value.trim().toLowerCase();
}

/** Whether the element (and so its text) is rendered at all: display, hidden, visibility. */
export function isRendered(el: HtmlElement, c: Cascade): Tri {
  let result: Tri = 'yes';
  let visibilityDecided = false;
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
    if (NEVER_RENDERED.has(cur.tagName)) return 'no';
    if (cur.tagName === 'details' && cur !== el && getAttr(cur, 'open') === undefined) {
      // Only the summary of a closed details element is rendered.
      const summary = cur.childNodes.find((n) => (n as HtmlElement).tagName === 'summary');
      if (!summary || !contains(summary as HtmlElement, el)) return 'no';
    }
    const display = cssValue(c, cur, 'display');
    if (display === 'none') return 'no';
    if (display === 'unknown') result = 'unknown';
    if (hasAttr(cur, 'hidden') && display === undefined) return 'no';
    if (!visibilityDecided) {
      const vis = cssValue(c, cur, 'visibility');
      if (vis === 'unknown') { result = 'unknown'; visibilityDecided = true; }
      else if (vis === 'hidden' || vis === 'collapse') return 'no';
      else if (vis === 'visible') visibilityDecided = true;
    }
  }
  return result;
}

export function contains(ancestor: HtmlElement, node: HtmlNode): boolean {
  for (let cur: HtmlNode | undefined = node; cur; cur = parentElement(cur)) if (cur === ancestor) return true;
  return false;
}

export function ariaHidden(el: HtmlElement): boolean {
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
    if ((getAttr(cur, 'aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  }
  return false;
}

/** Excluded from the accessibility tree: not rendered or aria-hidden. */
export function hiddenFromAT(el: HtmlElement, c: Cascade): Tri {
  if (ariaHidden(el)) return 'yes';
  const r = isRendered(el, c);
  return r === 'no' ? 'yes' : r === 'unknown' ? 'unknown' : 'no';
}

export function isDisabled(el: HtmlElement): boolean {
  if (!['button', 'input', 'select', 'textarea', 'optgroup', 'option', 'fieldset'].includes(el.tagName)) return false;
  if (hasAttr(el, 'disabled')) return true;
  for (let p = parentElement(el); p; p = parentElement(p)) {
    if (p.tagName === 'fieldset' && hasAttr(p, 'disabled')) {
      const legend = p.childNodes.find((n) => (n as HtmlElement).tagName === 'legend') as HtmlElement | undefined;
      if (!legend || !contains(legend, el)) return true;
    }
  }
  return false;
}

/** Inside an `inert` subtree (itself included): out of focus order and the accessibility tree. */
export function inInertSubtree(el: HtmlElement): boolean {
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) if (hasAttr(cur, 'inert')) return true;
  return false;
}

/** Inert, or inside a `<dialog>` that is not open (the UA does not render it until it opens). */
export function inInertOrClosedDialog(el: HtmlElement): boolean {
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
    if (hasAttr(cur, 'inert') || (cur.tagName === 'dialog' && !hasAttr(cur, 'open'))) return true;
  }
  return false;
}

/** In the sequential focus order by default or by tabindex (scripts aside). */
export function isTabbable(el: HtmlElement): boolean {
  const tabindex = getAttr(el, 'tabindex');
  if (tabindex !== undefined && /^\s*-?\d+\s*$/.test(tabindex)) {
    if (parseInt(tabindex, 10) < 0) return false;
    return !isDisabled(el);
  }
  if (hasAttr(el, 'inert')) return false;
  if (getAttr(el, 'contenteditable') !== undefined && getAttr(el, 'contenteditable')!.toLowerCase() !== 'false') return true;
  switch (el.tagName) {
    case 'a': case 'area': return hasAttr(el, 'href');
    case 'button': case 'select': case 'textarea': return !isDisabled(el);
    case 'input': return !isDisabled(el) && (getAttr(el, 'type') ?? '').toLowerCase() !== 'hidden';
    case 'iframe': case 'embed': return true;
    case 'audio': case 'video': return hasAttr(el, 'controls');
    case 'summary': {
      const p = parentElement(el);
      return !!p && p.tagName === 'details' && p.childNodes.find((n) => (n as HtmlElement).tagName === 'summary') === el;
    }
    default: return false;
  }
}

export function elementsOf(file: SourceFile): HtmlElement[] { return file.html?.elements ?? []; }

export function byId(file: SourceFile): Map<string, HtmlElement> {
  return file.cached('a11y:ids', () => {
    const m = new Map<string, HtmlElement>();
    for (const el of elementsOf(file)) {
      const id = getAttr(el, 'id');
      if (id !== undefined && !m.has(id) && !inTemplate(el)) m.set(id, el);
    }
    return m;
  });
}

export function inTemplate(el: HtmlElement): boolean {
  // parse5 puts template contents under a document fragment: no element parent chain to <html>.
  let cur: HtmlElement | undefined = el;
  let top: HtmlElement = el;
  while (cur) { top = cur; cur = parentElement(cur); }
  return top.tagName !== 'html';
}

export function firstRole(el: HtmlElement): string | undefined {
  const r = (getAttr(el, 'role') ?? '').trim().toLowerCase();
  return r ? r.split(/\s+/)[0] : undefined;
}

/** Text content as rendered, skipping unrendered or aria-hidden descendants (for names from content). */
export function visibleText(node: HtmlNode, c: Cascade, forName = false): string {
  if (node.nodeName === '#text') return (node as { value: string }).value;
  if (!('childNodes' in node)) return '';
  const el = node as HtmlElement;
  if ('tagName' in el) {
    if (NEVER_RENDERED.has(el.tagName)) return '';
    const display = c.get(el, 'display');
    if (display !== 'unknown' && display?.value.trim() === 'none') return '';
    if (display == null && hasAttr(el, 'hidden')) return '';
    if (forName && (getAttr(el, 'aria-hidden') ?? '').trim() === 'true') return '';
    if (forName && el.tagName === 'img') return getAttr(el, 'alt') ?? '';
  }
  const inner = (node as { childNodes: HtmlNode[] }).childNodes.map((n) => visibleText(n, c, forName)).join('');
  const block = 'tagName' in el && /^(?:p|div|li|h[1-6]|br|tr|td|th|section|article|header|footer|nav|main|aside|ul|ol|table|blockquote|pre|figure|figcaption|dt|dd|dl|form|fieldset|legend|address)$/.test(el.tagName);
  return block ? ` ${inner} ` : inner;
}

export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function px(v: string | undefined | 'unknown'): number | undefined {
  if (!v || v === 'unknown') return undefined;
  const m = /^(-?\d*\.?\d+)(px|em|rem|pt)?$/.exec(v);
  if (!m) return undefined;
  const n = parseFloat(m[1]);
  return m[2] === 'em' || m[2] === 'rem' ? n * 16 : m[2] === 'pt' ? (n * 4) / 3 : n;
}

/**
 * Moved out of view or clipped to nothing by the usual "visually hidden" techniques: large negative
 * offsets or text-indent, clip/clip-path to nothing, 1px boxes with hidden overflow. 'unknown' when
 * the element is positioned in a way we cannot place.
 */
export function visuallyHidden(el: HtmlElement, c: Cascade): Tri {
  let result: Tri = 'no';
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
    const get = (p: string) => cssValue(c, cur!, p);
    const position = get('position');
    if (position === 'unknown') result = 'unknown';
    if (position === 'absolute' || position === 'fixed') {
      for (const side of ['top', 'left', 'right', 'bottom']) {
        const v = px(get(side));
        if (v !== undefined && v <= -500) return 'yes';
      }
      const clip = get('clip');
      if (clip && clip !== 'auto' && clip !== 'unknown' && /rect\(\s*0/.test(clip)) return 'yes';
    }
    const indent = px(get('text-indent'));
    if (indent !== undefined && indent <= -500) return 'yes';
    const clipPath = get('clip-path');
    if (clipPath && /inset\(\s*50%|circle\(\s*0/.test(clipPath)) return 'yes';
    const w = px(get('width')), h = px(get('height'));
    const overflow = get('overflow');
    if ((w !== undefined && w <= 1 || h !== undefined && h <= 1) && overflow && /hidden|clip/.test(overflow)) return 'yes';
    const transform = get('transform');
    if (transform && transform !== 'none' && transform !== 'unknown' && /scale\(\s*0\s*\)|translate[xy]?\(\s*-\d{3,}/.test(transform)) return 'yes';
    const opacity = get('opacity');
    if (opacity !== undefined && opacity !== 'unknown' && parseFloat(opacity) === 0) return 'yes';
  }
  return result;
}

/** Roles that ARIA requires to name what they control: an expanded combobox, a scrollbar. */
export function requiresControlled(el: HtmlElement): boolean {
  const role = (getAttr(el, 'role') ?? '').trim().toLowerCase().split(/\s+/)[0];
  if (role === 'scrollbar') return true;
  return role === 'combobox' && (getAttr(el, 'aria-expanded') ?? '').trim().toLowerCase() === 'true';
}

/**
 * An id-list attribute none of whose ids exists in the document, as message data (`ids`, `that`);
 * undefined when the attribute is absent, empty, or at least one id resolves (the list still works).
 */
export function unresolvedIdList(value: string | undefined, ids: Map<string, HtmlElement>): { ids: string; that: string } | undefined {
  const refs = value?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (!refs.length || refs.some((r) => ids.has(r))) return undefined;
  return { ids: refs.map((r) => `"${r}"`).join(', '), that: refs.length > 1 ? 'any such' : 'that' };
}
