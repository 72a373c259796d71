import type { Declaration, Rule as CssRule } from 'postcss';
import { defineRule, getAttr, parentElement, startTagRange, type CssSheet, type HtmlElement, type SourceFile, type Project } from '../_kit';
import { cascadeOf, matchSelector, parseSelector, resolveLocal } from '../_a11y/cascade';
import { inTemplate, isRendered, isTabbable, visuallyHidden, inInertSubtree } from '../_a11y/dom';
import data from '../profiles/a11y/focus-visible.json';

type Selector = ReturnType<typeof parseSelector>;
type Part = Selector['parts'][number];
type Pseudo = Part['compound']['pseudos'][number];
type Match = 'yes' | 'no' | 'unknown';

const FOCUS_SELF = new Set(data.focusPseudoClasses);
const FOCUS_WITHIN = new Set(data.focusWithinPseudoClasses);
const FOCUS_NAMES = [...FOCUS_SELF, ...FOCUS_WITHIN];
const MENTIONS_FOCUS = new RegExp(`(?<!:):(?:${FOCUS_NAMES.map((n) => n.replace(/[-]/g, '\\-')).join('|')})(?![\\w-])`, 'i');
const CARET_INPUT_TYPES = new Set(data.caretInputTypes);
const OWN_INDICATOR_ELEMENTS = new Set(data.ownIndicatorElements);
const NON_VISUAL_EXACT = new Set(data.nonVisualProperties.filter((p) => !p.endsWith('*')));
const NON_VISUAL_PREFIXES = data.nonVisualProperties.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1));
const OUTLINE_PROPS = new Set(['outline', 'outline-style', 'outline-width', 'outline-color']);
const SELECTOR_LIST_PSEUDOS = new Set(['not', 'is', 'where', 'matches', '-webkit-any', '-moz-any']);
const OUTLINE_STYLES = new Set(['none', 'hidden', 'dotted', 'dashed', 'solid', 'double', 'groove', 'ridge', 'inset', 'outset', 'auto']);
const NO_STYLE = new Set(['none', 'hidden']);

// ---------------------------------------------------------------------------------------------
// The page's style rules, with where each declaration is written

interface PageSheet { sheet: CssSheet; external?: SourceFile; conditional: boolean }
interface PageRule { rule: CssRule; page: PageSheet; order: number; conditional: boolean; selectors: { text: string; parsed: Selector; specificity: number }[] }

/** The <style> blocks and linked stylesheets in document order; undefined when one cannot be read. */
function pageSheets(file: SourceFile, project: Project): PageSheet[] | undefined {
  const html = file.html!;
  const out: PageSheet[] = [];
  for (const el of html.elements) {
    const media = getAttr(el, 'media');
    const conditional = media !== undefined && !/^\s*(?:all|screen|only screen)?\s*$/i.test(media);
    if ((el.tagName === 'style' || el.tagName === 'link') && inTemplate(el)) continue;
    if (el.tagName === 'style') {
      const sheet = html.sheets.find((s) => s.kind === 'style' && s.element === el);
      if (!sheet) continue;
      out.push({ sheet, conditional });
    } else if (el.tagName === 'link') {
      const rel = (getAttr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('stylesheet') || rel.includes('alternate')) continue;
      const href = getAttr(el, 'href')?.trim();
      if (!href) continue;
      if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(href)) return undefined;
      const abs = resolveLocal(file, project, href);
      const css = abs ? project.getFile(abs) : undefined;
      if (!css?.css) return undefined;
      out.push({ sheet: css.css, external: css, conditional });
    }
  }
  for (const p of out) {
    if (!p.sheet.root) return undefined;
    let imports = false;
    p.sheet.root.walkAtRules('import', () => { imports = true; });
    if (imports) return undefined;
  }
  return out;
}

function pageRules(sheets: PageSheet[]): PageRule[] {
  const rules: PageRule[] = [];
  for (const page of sheets) {
    page.sheet.root!.walkRules((rule) => {
      let conditional = page.conditional;
      for (let p = rule.parent; p && p.type !== 'root'; p = p.parent) {
        if (p.type !== 'atrule') continue;
        const at = p as unknown as { name: string; params: string };
        if (/keyframes$/i.test(at.name)) return;
        if (at.name.toLowerCase() === 'media' && /^\s*(?:all|screen|only screen)?\s*$/i.test(at.params)) continue;
        conditional = true;
      }
      const selectors = rule.selectors.map((text) => ({ text, parsed: parseSelector(text), specificity: specificityOf(text) }));
      rules.push({ rule, page, order: rules.length, conditional, selectors });
    });
  }
  return rules;
}

function declarationsOf(rule: CssRule): Declaration[] {
  const out: Declaration[] = [];
  rule.each((n) => { if (n.type === 'decl') out.push(n); });
  return out;
}

/** Selector specificity as a*10000 + b*100 + c, with :where() counting nothing and :is/:not/:has their most specific argument. */
function specificityOf(text: string): number {
  const sel = parseSelector(text);
  let total = 0;
  for (const { compound } of sel.parts) {
    total += compound.ids.length * 10000 + (compound.classes.length + compound.attrs.length) * 100 + (compound.tag ? 1 : 0);
    for (const p of compound.pseudos) {
      if (p.name.startsWith('::')) total += 1;
      else if (p.name === 'where') continue;
      else if (SELECTOR_LIST_PSEUDOS.has(p.name) || p.name === 'has') total += Math.max(0, ...splitList(p.arg ?? '').map(specificityOf));
      else total += 100;
    }
  }
  return total;
}

function splitList(list: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) { out.push(list.slice(start, i)); start = i + 1; }
  }
  out.push(list.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Matching a selector while the element has keyboard focus

type Role = 'subject' | 'ancestor' | 'other';

/** Where the element matched by compound k stands relative to the selector's subject. */
function roleOf(parts: Part[], k: number): Role {
  if (k === parts.length - 1) return 'subject';
  for (let j = k + 1; j < parts.length; j++) if (parts[j].combinator === '+' || parts[j].combinator === '~') return 'other';
  return 'ancestor';
}

const isFocusName = (name: string) => FOCUS_SELF.has(name) || FOCUS_WITHIN.has(name);

/** The value of a focus-related pseudo-class when the subject has keyboard focus; undefined for other pseudo-classes. */
function focusState(p: Pseudo, role: Role): boolean | 'unknown' | undefined {
  if (FOCUS_SELF.has(p.name)) return role === 'subject';
  if (FOCUS_WITHIN.has(p.name)) return role !== 'other';
  if (!p.arg || !MENTIONS_FOCUS.test(p.arg)) return undefined;
  if (!SELECTOR_LIST_PSEUDOS.has(p.name)) return 'unknown';
  let any = false;
  for (const item of splitList(p.arg)) {
    const sel = parseSelector(item);
    if (sel.unknown || sel.parts.length !== 1) return 'unknown';
    const c = sel.parts[0].compound;
    if (c.tag || c.ids.length || c.classes.length || c.attrs.length || !c.pseudos.every((q) => isFocusName(q.name))) return 'unknown';
    if (c.pseudos.every((q) => focusState(q, role) === true)) any = true;
  }
  return p.name === 'not' ? !any : any;
}

function focusedMatch(el: HtmlElement, sel: Selector): Match {
  if (sel.unknown) return 'unknown';
  let unsure = false;
  const parts: Part[] = [];
  for (let k = 0; k < sel.parts.length; k++) {
    const { compound, combinator } = sel.parts[k];
    const role = roleOf(sel.parts, k);
    const pseudos: Pseudo[] = [];
    for (const p of compound.pseudos) {
      const state = focusState(p, role);
      if (state === false) return 'no';
      if (state === 'unknown') unsure = true;
      else if (state === undefined) pseudos.push(p);
    }
    parts.push({ combinator, compound: { ...compound, pseudos } });
  }
  const m = matchSelector(el, { ...sel, parts });
  return unsure && m === 'yes' ? 'unknown' : m;
}

// ---------------------------------------------------------------------------------------------
// Outline values

type Longhand = 'style' | 'width' | 'color';
type LonghandValues = Partial<Record<Longhand, string>>;
const INITIAL: Record<Longhand, string> = { style: 'none', width: 'medium', color: 'currentcolor' };
// What `revert` falls back to for a focused element: the browser's own focus ring.
const BROWSER_RING: Record<Longhand, string> = { style: 'auto', width: 'medium', color: 'currentcolor' };

function splitTokens(value: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) { if (cur) out.push(cur); cur = ''; } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

const isWidth = (t: string) => /^(?:thin|medium|thick|[+-]?(?:\d+\.?\d*|\.\d+)(?:[a-z]+)?)$/.test(t);
const isZeroWidth = (t: string) => /^[+-]?(?:0+\.?0*|\.0+)(?:[a-z]+)?$/.test(t);
function isTransparent(t: string): boolean {
  if (t === 'transparent') return true;
  if (/^#(?:[0-9a-f]{3}0|[0-9a-f]{6}00)$/.test(t)) return true;
  const m = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\((.*)\)$/.exec(t);
  if (!m) return false;
  const alpha = /(?:,|\/)\s*([\d.]+%?)\s*$/.exec(m[1]);
  return !!alpha && parseFloat(alpha[1]) === 0;
}

/** The outline longhands a declaration sets; 'unknown' when its value cannot be read from the source. */
function outlineLonghands(prop: string, rawValue: string): LonghandValues | 'unknown' | undefined {
  const value = rawValue.trim().toLowerCase();
  if (prop === 'all') return 'unknown';
  if (!OUTLINE_PROPS.has(prop)) return undefined;
  if (/(?:var|env|attr)\s*\(/.test(value) || value === 'inherit' || value === 'revert-layer') return 'unknown';
  const whole = (values: Record<Longhand, string>): LonghandValues => prop === 'outline' ? { ...values } : { [prop.slice('outline-'.length)]: values[prop.slice('outline-'.length) as Longhand] };
  if (value === 'initial' || value === 'unset') return whole(INITIAL);
  if (value === 'revert') return whole(BROWSER_RING);
  if (prop === 'outline-style') return OUTLINE_STYLES.has(value) ? { style: value } : 'unknown';
  if (prop === 'outline-width') return isWidth(value) ? { width: value } : 'unknown';
  if (prop === 'outline-color') return { color: value };
  const out: LonghandValues = {};
  for (const t of splitTokens(value)) {
    const slot: Longhand = OUTLINE_STYLES.has(t) ? 'style' : isWidth(t) ? 'width' : 'color';
    if (out[slot] !== undefined) return 'unknown';
    out[slot] = t;
  }
  return { ...INITIAL, ...out };
}

function removesOutline(prop: string, value: string): boolean {
  const v = outlineLonghands(prop, value);
  if (!v || v === 'unknown') return false;
  return (v.style !== undefined && NO_STYLE.has(v.style)) || (v.width !== undefined && isZeroWidth(v.width)) || (v.color !== undefined && isTransparent(v.color));
}

// ---------------------------------------------------------------------------------------------
// The focused element's outline

interface Source { decl: Declaration; sheet: CssSheet; external?: SourceFile }
interface Candidate { values: LonghandValues | 'unknown'; key: number[]; certain: boolean; source: Source }
type Outline = { removedBy: Source } | 'visible' | 'unknown';

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function focusedOutline(el: HtmlElement, outlineRules: { rule: PageRule; decls: Declaration[] }[], inline: CssSheet | undefined): Outline {
  const candidates: Candidate[] = [];
  for (const { rule, decls } of outlineRules) {
    let best: { m: Match; spec: number } | undefined;
    for (const s of rule.selectors) {
      const m = focusedMatch(el, s.parsed);
      if (m === 'no') continue;
      if (!best || (m === 'yes' && best.m !== 'yes') || (m === best.m && s.specificity > best.spec)) best = { m, spec: s.specificity };
    }
    if (!best) continue;
    const certain = best.m === 'yes' && !rule.conditional;
    decls.forEach((decl, i) => {
      const values = outlineLonghands(decl.prop.toLowerCase(), decl.value);
      if (values) candidates.push({ values, key: [decl.important ? 1 : 0, 0, best!.spec, rule.order, i], certain, source: { decl, sheet: rule.page.sheet, external: rule.page.external } });
    });
  }
  if (inline?.root) {
    let i = 0;
    inline.root.each((n) => {
      if (n.type !== 'decl') return;
      const values = outlineLonghands(n.prop.toLowerCase(), n.value);
      if (values) candidates.push({ values, key: [n.important ? 1 : 0, 1, 0, 0, i++], certain: true, source: { decl: n, sheet: inline } });
    });
  }
  const winners: Partial<Record<Longhand, { value: string; source: Source }>> = {};
  for (const longhand of ['style', 'width', 'color'] as Longhand[]) {
    const setting = candidates.filter((c) => c.values === 'unknown' || c.values[longhand] !== undefined);
    let winner: Candidate | undefined;
    for (const c of setting) if (c.certain && (!winner || compareKeys(c.key, winner.key) >= 0)) winner = c;
    if (setting.some((c) => !c.certain && (!winner || compareKeys(c.key, winner.key) > 0))) return 'unknown';
    if (!winner) continue;
    if (winner.values === 'unknown') return 'unknown';
    winners[longhand] = { value: winner.values[longhand]!, source: winner.source };
  }
  const style = winners.style?.value ?? 'auto';
  if (NO_STYLE.has(style)) return { removedBy: winners.style!.source };
  if (winners.width && isZeroWidth(winners.width.value)) return { removedBy: winners.width.source };
  // The browser's own ring (style auto) may ignore an author colour, so only a drawn outline counts as made transparent.
  if (winners.color && style !== 'auto' && isTransparent(winners.color.value)) return { removedBy: winners.color.source };
  return 'visible';
}

// ---------------------------------------------------------------------------------------------
// Other focus styles

const nonVisual = (prop: string) => NON_VISUAL_EXACT.has(prop) || NON_VISUAL_PREFIXES.some((p) => prop.startsWith(p));

function ancestorsAndSelf(el: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) out.push(cur);
  return out;
}

/**
 * Whether a rule with a focus pseudo-class could change how the page looks when this element has
 * focus: the focus part of its selector may be the element (or, for :focus-within, an ancestor),
 * and it sets something visible. Outline declarations on the element itself were already weighed.
 */
function focusStyleConcerns(el: HtmlElement, rule: PageRule, decls: Declaration[]): boolean {
  const visible = (accountsOutline: boolean) => decls.some((d) => {
    const prop = d.prop.toLowerCase();
    if (nonVisual(prop)) return false;
    return !(accountsOutline && OUTLINE_PROPS.has(prop));
  });
  for (const s of rule.selectors) {
    if (!MENTIONS_FOCUS.test(s.text)) continue;
    if (s.parsed.unknown || /:has\(/i.test(s.text)) { if (visible(false)) return true; continue; }
    const parts = s.parsed.parts;
    const stripped: Part[] = parts.map(({ compound, combinator }) => ({
      combinator,
      compound: { ...compound, pseudos: compound.pseudos.filter((p) => !p.name.startsWith('::') && !isFocusName(p.name) && !(p.arg && MENTIONS_FOCUS.test(p.arg))) },
    }));
    for (let k = 0; k < parts.length; k++) {
      const pseudos = parts[k].compound.pseudos;
      const own = pseudos.some((p) => FOCUS_SELF.has(p.name));
      const wide = pseudos.some((p) => FOCUS_WITHIN.has(p.name) || (!!p.arg && MENTIONS_FOCUS.test(p.arg)));
      if (!own && !wide) continue;
      const prefix: Selector = { ...s.parsed, parts: stripped.slice(0, k + 1) };
      for (const candidate of wide ? ancestorsAndSelf(el) : [el]) {
        if (matchSelector(candidate, prefix) === 'no') continue;
        if (visible(k === parts.length - 1 && candidate === el)) return true;
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Elements

function showsOwnIndicator(el: HtmlElement): boolean {
  if (OWN_INDICATOR_ELEMENTS.has(el.tagName)) return true;
  // Inside an editing host the caret shows where focus is.
  for (const a of ancestorsAndSelf(el)) {
    const editable = getAttr(a, 'contenteditable');
    if (editable !== undefined && editable.toLowerCase() !== 'false') return true;
  }
  if (el.tagName !== 'input') return false;
  const type = (getAttr(el, 'type') ?? 'text').trim().toLowerCase();
  return CARET_INPUT_TYPES.has(type) || !/^(?:checkbox|radio|range|color|file|submit|reset|button|image)$/.test(type);
}

/** An image map area is in the focus order only when an image uses its map. */
function areaInUse(el: HtmlElement, file: SourceFile): boolean {
  const map = ancestorsAndSelf(el).find((a) => a.tagName === 'map');
  const name = map && (getAttr(map, 'name') ?? getAttr(map, 'id'));
  if (!name) return false;
  return file.html!.elements.some((img) => img.tagName === 'img' && getAttr(img, 'usemap')?.trim() === '#' + name);
}

function describe(el: HtmlElement): string {
  const attr = ['href', 'type', 'id', 'class', 'name', 'tabindex'].find((a) => getAttr(el, a) !== undefined);
  if (!attr) return `<${el.tagName}>`;
  let value = getAttr(el, attr)!.replace(/\s+/g, ' ').trim();
  if (value.length > 40) value = value.slice(0, 39) + '…';
  return `<${el.tagName} ${attr}="${value}">`;
}

export default defineRule({
  meta: {
    id: 'focus-visible',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Links, buttons and other elements reached with the Tab key must show where keyboard focus is: the page\'s CSS must not remove the focus outline without putting another focus style in its place.',
      act: ['oj04fd'],
      wcag: ['2.4.7'],
      recommended: true,
    },
    messages: {
      outlineRemoved: 'This removes the focus outline of {{element}}{{others}} and nothing else shows keyboard focus: keep the outline or add a :focus-visible style (outline, box-shadow, border).',
      outlineRemovedBySheet: '`{{declaration}}` in {{sheet}} (line {{line}}) removes the focus outline of this {{element}}{{others}} and nothing else shows keyboard focus: keep the outline or add a :focus-visible style (outline, box-shadow, border).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const file = ctx.file;
    if (!file.html) return;
    const cascade = cascadeOf(file, ctx.project);
    // Scripts can add focus styles at run time; unread stylesheets can hold them.
    if (cascade.scripted || cascade.unresolvedSheets) return;
    const sheets = pageSheets(file, ctx.project);
    if (!sheets) return;
    const inlineSheets = new Map<HtmlElement, CssSheet>();
    for (const s of file.html.sheets) if (s.kind === 'attr' && s.element) inlineSheets.set(s.element, s);
    const rules = pageRules(sheets);
    const outlineRules: { rule: PageRule; decls: Declaration[] }[] = [];
    const focusRules: { rule: PageRule; decls: Declaration[] }[] = [];
    let anyRemoval = false;
    for (const rule of rules) {
      const decls = declarationsOf(rule.rule);
      const outlineDecls = decls.filter((d) => outlineLonghands(d.prop.toLowerCase(), d.value) !== undefined);
      if (outlineDecls.length) outlineRules.push({ rule, decls: outlineDecls });
      if (outlineDecls.some((d) => removesOutline(d.prop.toLowerCase(), d.value))) anyRemoval = true;
      if (rule.selectors.some((s) => MENTIONS_FOCUS.test(s.text))) focusRules.push({ rule, decls });
    }
    for (const s of inlineSheets.values()) s.root?.each((n) => { if (n.type === 'decl' && removesOutline(n.prop.toLowerCase(), n.value)) anyRemoval = true; });
    if (!anyRemoval) return;

    const byDeclaration = new Map<Declaration, { source: Source; elements: HtmlElement[] }>();
    for (const el of file.html.elements) {
      if (!isTabbable(el) || showsOwnIndicator(el) || inTemplate(el)) continue;
      if (el.tagName === 'area' && !areaInUse(el, file)) continue;
      if (inInertSubtree(el)) continue;
      if (isRendered(el, cascade) !== 'yes' || visuallyHidden(el, cascade) !== 'no') continue;
      const outline = focusedOutline(el, outlineRules, inlineSheets.get(el));
      if (outline === 'visible' || outline === 'unknown') continue;
      if (focusRules.some(({ rule, decls }) => focusStyleConcerns(el, rule, decls))) continue;
      const group = byDeclaration.get(outline.removedBy.decl);
      if (group) group.elements.push(el);
      else byDeclaration.set(outline.removedBy.decl, { source: outline.removedBy, elements: [el] });
    }

    for (const { source, elements } of byDeclaration.values()) {
      const { decl, sheet, external } = source;
      const count = elements.length - 1;
      const others = count ? ` (and ${count} other element${count === 1 ? '' : 's'})` : '';
      const declRange = sheet.rangeOf(decl);
      if (!external) {
        ctx.report({ messageId: 'outlineRemoved', data: { element: describe(elements[0]), others }, range: declRange });
        continue;
      }
      ctx.report({
        messageId: 'outlineRemovedBySheet',
        data: {
          declaration: `${decl.prop}: ${decl.value}${decl.important ? ' !important' : ''}`,
          sheet: external.relPath,
          line: external.positionAt(declRange.start).line,
          element: describe(elements[0]),
          others,
        },
        range: startTagRange(elements[0]),
        related: [{ file: external.path, range: declRange, message: 'The declaration that removes the focus outline' }],
      });
    }
  },
});
