import { defineRule, getAttr, parentElement, startTagRange, HTML_NS, type HtmlElement, type SourceFile, type Project } from '../_kit';
import { cascadeOf, resolveLocal, type Cascade } from '../_a11y/cascade';
import { fontSizePx, lengthPx } from '../_a11y/font';
import { ariaHidden, isRendered, visuallyHidden } from '../_a11y/dom';

/**
 * The glyphs of a line need about 0.9 em (ascender to descender) whatever the line-height: a box
 * lower than that cuts every line of its text, at any zoom.
 */
const GLYPH_HEIGHT_EM = 0.9;
/**
 * Boxes lower than a quarter of the text hide it rather than cut it (collapsed panels, screen-reader
 * only text): that is a choice, not the clipping this rule is about.
 */
const HIDING_HEIGHT_EM = 0.25;

/** Displays whose boxes take a height; table cells grow to fit their content, so they are left out. */
const SIZED_DISPLAYS = new Set(['block', 'inline-block', 'flex', 'inline-flex', 'grid', 'inline-grid', 'list-item', 'flow-root']);
/** Elements that are blocks in the UA stylesheet (form controls and table parts behave differently). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'dialog', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'search', 'section', 'summary', 'ul',
]);
const CLIPPING = new Set(['hidden', 'clip']);
/** Selectors that change styles on interaction: a box sized by them may open up when used. */
const INTERACTION_SELECTOR = /:(?:hover|focus|focus-within|focus-visible|active|checked|target|target-within|has|open|popover-open)\b/i;
const SIZE_PROPERTIES = /^(?:height|max-height|min-height|overflow|overflow-y|overflow-block|display|-webkit-line-clamp|line-clamp)$/i;

type Px = number | undefined | 'unknown';

function cssValue(cascade: Cascade, el: HtmlElement, prop: string): string | undefined | 'unknown' {
  const v = cascade.get(el, prop);
  if (v === 'unknown') return 'unknown';
  return v?.value.trim().toLowerCase();
}

/** A length in px: px, em (of the element's own font), rem and absolute units; 'unknown' for %, calc(), var() and keywords. */
function lengthOf(value: string | undefined | 'unknown', fontPx: number, rootPx: number, keywords: string[]): Px {
  if (value === undefined) return undefined;
  if (value === 'unknown' || /%/.test(value)) return 'unknown';
  if (keywords.includes(value)) return undefined;
  return lengthPx(value, fontPx, rootPx) ?? 'unknown';
}

function hasOwnText(el: HtmlElement): boolean {
  return el.childNodes.some((n) => n.nodeName === '#text' && (n as { value: string }).value.trim() !== '');
}

function takesHeight(el: HtmlElement, cascade: Cascade): boolean {
  const display = cssValue(cascade, el, 'display');
  if (display === 'unknown') return false;
  if (display === undefined || display === 'inline') {
    // Floating and absolutely positioned boxes are blocks whatever their display.
    const float = cssValue(cascade, el, 'float');
    const position = cssValue(cascade, el, 'position');
    if (float === 'left' || float === 'right' || float === 'inline-start' || float === 'inline-end' || position === 'absolute' || position === 'fixed') return true;
    return display === undefined && BLOCK_TAGS.has(el.tagName);
  }
  const keywords = display.split(/\s+/);
  if (keywords.length === 1) return SIZED_DISPLAYS.has(display);
  if (keywords.some((k) => k.startsWith('table') || k === 'contents' || k === 'none' || k.startsWith('ruby'))) return false;
  const inner = keywords.find((k) => k === 'flow' || k === 'flow-root' || k === 'flex' || k === 'grid') ?? 'flow';
  return !(keywords.includes('inline') && inner === 'flow');
}

/** Whether the vertical overflow is certainly hidden: every declared form (overflow, overflow-y) clips. */
function clipsVertically(el: HtmlElement, cascade: Cascade): boolean {
  const declared: string[] = [];
  const shorthand = cssValue(cascade, el, 'overflow');
  if (shorthand === 'unknown') return false;
  if (shorthand !== undefined) {
    const parts = shorthand.split(/\s+/);
    declared.push(parts[1] ?? parts[0]);
  }
  for (const prop of ['overflow-y', 'overflow-block']) {
    const longhand = cssValue(cascade, el, prop);
    if (longhand === 'unknown') return false;
    if (longhand !== undefined) declared.push(longhand);
  }
  return declared.length > 0 && declared.every((v) => CLIPPING.has(v));
}

/** Text set in a vertical writing mode is measured by its width, which we do not estimate. */
function horizontalText(el: HtmlElement, cascade: Cascade): boolean {
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
    const mode = cssValue(cascade, cur, 'writing-mode');
    if (mode === 'unknown') return false;
    if (mode !== undefined && mode !== 'inherit') return mode === 'horizontal-tb' || mode === 'lr' || mode === 'lr-tb' || mode === 'rl' || mode === 'rl-tb';
  }
  return true;
}

/** The top and bottom padding, the larger of what `padding` and the longhands say (the order between them is unknown). */
function verticalPadding(el: HtmlElement, cascade: Cascade, fontPx: number, rootPx: number): number | undefined {
  const shorthand = cssValue(cascade, el, 'padding');
  if (shorthand === 'unknown') return undefined;
  let top = 0, bottom = 0;
  if (shorthand !== undefined) {
    const parts = shorthand.split(/\s+/);
    const t = lengthOf(parts[0], fontPx, rootPx, []);
    const b = lengthOf(parts[2] ?? parts[0], fontPx, rootPx, []);
    if (t === 'unknown' || b === 'unknown') return undefined;
    top = t ?? 0;
    bottom = b ?? 0;
  }
  for (const [prop, set] of [['padding-top', (v: number) => { top = Math.max(top, v); }], ['padding-bottom', (v: number) => { bottom = Math.max(bottom, v); }]] as const) {
    const v = lengthOf(cssValue(cascade, el, prop), fontPx, rootPx, []);
    if (v === 'unknown') return undefined;
    if (v !== undefined) set(v);
  }
  return top + bottom;
}

/** The height of the padding box (where overflow is cut), or undefined when it is not set or not known. */
function paddingBoxHeight(el: HtmlElement, cascade: Cascade, fontPx: number, rootPx: number): number | undefined {
  const height = lengthOf(cssValue(cascade, el, 'height'), fontPx, rootPx, ['auto', 'initial', 'unset', 'fit-content', 'max-content', 'min-content']);
  const maxHeight = lengthOf(cssValue(cascade, el, 'max-height'), fontPx, rootPx, ['none', 'initial', 'unset']);
  const minHeight = lengthOf(cssValue(cascade, el, 'min-height'), fontPx, rootPx, ['auto', 'initial', 'unset']);
  if (height === 'unknown' || maxHeight === 'unknown' || minHeight === 'unknown') return undefined;
  if (height === undefined && maxHeight === undefined) return undefined;
  const used = Math.max(minHeight ?? 0, Math.min(height ?? Infinity, maxHeight ?? Infinity));
  const sizing = cssValue(cascade, el, 'box-sizing');
  if (sizing === 'border-box') return used; // borders ignored: the padding box can only be smaller
  const padding = verticalPadding(el, cascade, fontPx, rootPx);
  return padding === undefined ? undefined : used + padding;
}

/** Whether any stylesheet of the page resizes or unclips boxes on interaction (:hover, :checked, :target...). */
function interactiveSizing(file: SourceFile, project: Project | undefined): boolean {
  return file.cached('text-clipped:interactive', () => {
    const roots = file.sheets.filter((s) => s.kind === 'style').map((s) => s.root);
    for (const el of file.html?.elements ?? []) {
      if (el.tagName !== 'link' || !project) continue;
      const rel = (getAttr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = getAttr(el, 'href')?.trim();
      if (!rel.includes('stylesheet') || !href) continue;
      const abs = resolveLocal(file, project, href);
      if (abs) roots.push(project.getFile(abs)?.css?.root);
    }
    for (const root of roots) {
      let found = false;
      root?.walkRules((rule) => {
        if (found || !INTERACTION_SELECTOR.test(rule.selector)) return;
        rule.walkDecls((d) => { if (SIZE_PROPERTIES.test(d.prop)) found = true; });
      });
      if (found) return true;
    }
    return false;
  });
}

export default defineRule({
  meta: {
    id: 'text-clipped',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Text must not be cut off by a box with hidden overflow that is lower than one line of that text.',
      act: ['59br37'],
      wcag: ['1.4.4'],
      recommended: true,
    },
    messages: {
      clipped: 'This <{{tag}}> is {{height}}px high with overflow hidden, but its text is {{size}}px: the text is cut off (and more so when zoomed).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const doc = ctx.file.html;
    if (!doc) return;
    const cascade = cascadeOf(ctx.file, ctx.project);
    // Scripts and stylesheets we cannot read may size the box differently.
    if (cascade.scripted || cascade.unresolvedSheets) return;
    if (interactiveSizing(ctx.file, ctx.project)) return;
    const root = doc.elements.find((el) => el.tagName === 'html');
    const rootPx = root ? fontSizePx(root, cascade) : 16;
    if (rootPx === undefined) return;
    for (const el of doc.elements) {
      if (el.namespaceURI !== HTML_NS || !hasOwnText(el)) continue;
      if (!takesHeight(el, cascade) || !clipsVertically(el, cascade)) continue;
      const fontPx = fontSizePx(el, cascade);
      if (!fontPx) continue;
      const box = paddingBoxHeight(el, cascade, fontPx, rootPx);
      if (box === undefined || box >= fontPx * GLYPH_HEIGHT_EM || box < fontPx * HIDING_HEIGHT_EM) continue;
      if (ariaHidden(el) || isRendered(el, cascade) !== 'yes' || visuallyHidden(el, cascade) !== 'no') continue;
      if (!horizontalText(el, cascade)) continue;
      ctx.report({
        messageId: 'clipped',
        data: { tag: el.tagName, height: round(box), size: round(fontPx) },
        range: startTagRange(el),
      });
    }
  },
});

function round(n: number): number { return Math.round(n * 10) / 10; }
