// A small, conservative CSS cascade over the parse5 tree: enough to know whether an element is
// rendered and which colours, sizes and spacings apply. Whatever it cannot evaluate (unknown
// selectors, media conditions, script) makes the answer "unknown", never a guess.
import * as path from 'node:path';
import postcss from 'postcss';
import type { HtmlElement, SourceFile, Project } from '../_kit';
import { getAttr, parentElement } from '../_kit';

export interface CascadedValue { value: string; important: boolean }
interface StyleRule { selectors: Selector[]; decls: { prop: string; value: string; important: boolean }[]; order: number; conditional: boolean }

type Match = 'yes' | 'no' | 'unknown';

// ---------------------------------------------------------------------------------------------
// Selectors

interface Compound {
  tag?: string;
  ids: string[];
  classes: string[];
  attrs: { name: string; op?: string; value?: string; insensitive: boolean }[];
  pseudos: { name: string; arg?: string }[];
}
interface Selector { parts: { compound: Compound; combinator: string }[]; specificity: number; unknown: boolean }

const STATE_PSEUDOS = new Set(['hover', 'focus', 'active', 'visited', 'focus-within', 'focus-visible', 'target', 'checked', 'indeterminate', 'invalid', 'user-invalid', 'placeholder-shown', 'autofill', 'fullscreen', 'modal', 'popover-open', 'open', 'closed', 'playing', 'paused', 'target-within', 'current', 'past', 'future', 'defined']);

export function parseSelector(text: string): Selector {
  const parts: Selector['parts'] = [];
  let unknown = false;
  let a = 0, b = 0, c = 0;
  let i = 0;
  const s = text.trim();
  let combinator = '';
  const ident = (): string => {
    const m = /^(?:\\.|[\w\u00a0-\uffff-])+/.exec(s.slice(i));
    if (!m) return '';
    i += m[0].length;
    return m[0].replace(/\\(.)/g, '$1');
  };
  while (i < s.length) {
    const compound: Compound = { ids: [], classes: [], attrs: [], pseudos: [] };
    let any = false;
    while (i < s.length && !/[\s>+~,]/.test(s[i])) {
      any = true;
      const ch = s[i];
      if (ch === '*') { i++; continue; }
      if (ch === '#') { i++; compound.ids.push(ident()); a++; continue; }
      if (ch === '.') { i++; compound.classes.push(ident()); b++; continue; }
      if (ch === '[') {
        const close = s.indexOf(']', i);
        if (close < 0) { unknown = true; i = s.length; break; }
        const body = s.slice(i + 1, close).trim();
        i = close + 1;
        const m = /^([\w:-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s]+))\s*([iIsS])?)?$/.exec(body);
        if (!m) { unknown = true; continue; }
        compound.attrs.push({ name: m[1].toLowerCase(), op: m[2], value: m[3] ?? m[4] ?? m[5], insensitive: m[6]?.toLowerCase() === 'i' });
        b++;
        continue;
      }
      if (ch === ':') {
        const element = s[i + 1] === ':';
        i += element ? 2 : 1;
        const name = ident().toLowerCase();
        let arg: string | undefined;
        if (s[i] === '(') {
          let depth = 0, j = i;
          for (; j < s.length; j++) { if (s[j] === '(') depth++; else if (s[j] === ')' && --depth === 0) break; }
          arg = s.slice(i + 1, j);
          i = j + 1;
        }
        if (element || ['before', 'after', 'first-line', 'first-letter', 'selection', 'placeholder', 'marker', 'backdrop'].includes(name)) {
          compound.pseudos.push({ name: '::' + name, arg });
        } else compound.pseudos.push({ name, arg });
        b++;
        continue;
      }
      const tag = ident();
      if (!tag) { unknown = true; i = s.length; break; }
      compound.tag = tag.toLowerCase();
      c++;
    }
    if (any) parts.push({ compound, combinator });
    let ws = false;
    while (i < s.length && /\s/.test(s[i])) { i++; ws = true; }
    if (i < s.length && /[>+~]/.test(s[i])) { combinator = s[i]; i++; while (i < s.length && /\s/.test(s[i])) i++; }
    else if (ws) combinator = ' ';
    else if (i < s.length) { unknown = true; break; }
  }
  if (!parts.length) unknown = true;
  return { parts, specificity: a * 10000 + b * 100 + c, unknown };
}

function siblings(el: HtmlElement): HtmlElement[] {
  const p = (el as unknown as { parentNode?: { childNodes: unknown[] } }).parentNode;
  return (p?.childNodes ?? []).filter((n): n is HtmlElement => typeof n === 'object' && n !== null && 'tagName' in (n as object));
}

function matchCompound(el: HtmlElement, c: Compound): Match {
  if (c.tag && c.tag !== el.tagName.toLowerCase()) return 'no';
  for (const id of c.ids) if (getAttr(el, 'id') !== id) return 'no';
  if (c.classes.length) {
    const cls = (getAttr(el, 'class') ?? '').split(/\s+/);
    for (const k of c.classes) if (!cls.includes(k)) return 'no';
  }
  for (const at of c.attrs) {
    const v = getAttr(el, at.name);
    if (v === undefined) return 'no';
    if (!at.op) continue;
    const val = at.insensitive ? v.toLowerCase() : v;
    const want = at.insensitive ? (at.value ?? '').toLowerCase() : (at.value ?? '');
    const ok = at.op === '=' ? val === want
      : at.op === '~=' ? val.split(/\s+/).includes(want)
        : at.op === '|=' ? val === want || val.startsWith(want + '-')
          : at.op === '^=' ? !!want && val.startsWith(want)
            : at.op === '$=' ? !!want && val.endsWith(want)
              : !!want && val.includes(want);
    if (!ok) return 'no';
  }
  let result: Match = 'yes';
  for (const p of c.pseudos) {
    if (p.name.startsWith('::')) return 'no'; // pseudo-elements style generated boxes, not the element's text
    if (STATE_PSEUDOS.has(p.name)) return 'no'; // the page at rest
    const sib = siblings(el);
    switch (p.name) {
      case 'first-child': if (sib[0] !== el) return 'no'; break;
      case 'last-child': if (sib[sib.length - 1] !== el) return 'no'; break;
      case 'only-child': if (sib.length !== 1) return 'no'; break;
      case 'root': if (el.tagName !== 'html') return 'no'; break;
      case 'link': case 'any-link': if (!['a', 'area'].includes(el.tagName) || getAttr(el, 'href') === undefined) return 'no'; break;
      case 'disabled': if (getAttr(el, 'disabled') === undefined) return 'no'; break;
      case 'enabled': if (getAttr(el, 'disabled') !== undefined) return 'no'; break;
      case 'not': case 'is': case 'where': {
        const inner = (p.arg ?? '').split(',').map((x) => parseSelector(x));
        let m: Match = 'no';
        for (const sel of inner) {
          const r = sel.unknown ? 'unknown' : matchSelector(el, sel);
          if (r === 'yes') { m = 'yes'; break; }
          if (r === 'unknown') m = 'unknown';
        }
        if (p.name === 'not') m = m === 'yes' ? 'no' : m === 'no' ? 'yes' : 'unknown';
        if (m === 'no') return 'no';
        if (m === 'unknown') result = 'unknown';
        break;
      }
      default: result = 'unknown';
    }
  }
  return result;
}

function matchFrom(el: HtmlElement, parts: Selector['parts'], index: number): Match {
  const own = matchCompound(el, parts[index].compound);
  if (own === 'no' || index === 0) return own;
  const comb = parts[index].combinator;
  let best: Match = 'no';
  const consider = (m: Match): boolean => { if (m === 'yes') { best = 'yes'; return true; } if (m === 'unknown') best = 'unknown'; return false; };
  if (comb === '>' || comb === ' ') {
    let p = parentElement(el);
    while (p) {
      if (consider(matchFrom(p, parts, index - 1))) break;
      if (comb === '>') break;
      p = parentElement(p);
    }
  } else {
    const sib = siblings(el);
    const at = sib.indexOf(el);
    for (let k = at - 1; k >= 0; k--) {
      if (consider(matchFrom(sib[k], parts, index - 1))) break;
      if (comb === '+') break;
    }
  }
  if (best === 'no') return 'no';
  return own === 'unknown' && best === 'yes' ? 'unknown' : best;
}

export function matchSelector(el: HtmlElement, sel: Selector): Match {
  if (sel.unknown) return 'unknown';
  return matchFrom(el, sel.parts, sel.parts.length - 1);
}

// ---------------------------------------------------------------------------------------------
// The cascade

const SCREEN_MEDIA = /^\s*(?:all|screen|only screen)?\s*$/i;

export class Cascade {
  private rules: StyleRule[] = [];
  private memo = new Map<HtmlElement, Map<string, CascadedValue | null | 'unknown'>>();
  /** True when the page has scripts or inline event handlers: styles may change at run time. */
  readonly scripted: boolean;

  constructor(readonly file: SourceFile, project: Project | undefined) {
    let order = 0;
    const add = (css: string) => {
      let root: postcss.Root;
      try { root = postcss.parse(css); } catch { return; }
      root.walkRules((rule) => {
        let conditional = false;
        for (let p = rule.parent; p && p.type !== 'root'; p = p.parent) {
          if (p.type === 'atrule') {
            const at = p as postcss.AtRule;
            if (at.name === 'media' && SCREEN_MEDIA.test(at.params)) continue;
            if (/keyframes$/i.test(at.name)) return;
            conditional = true;
          }
        }
        const decls: StyleRule['decls'] = [];
        rule.each((n) => { if (n.type === 'decl') decls.push({ prop: n.prop.toLowerCase(), value: n.value, important: !!n.important }); });
        if (!decls.length) return;
        this.rules.push({ selectors: splitSelectors(rule.selector).map(parseSelector), decls, order: order++, conditional });
      });
    };
    const html = file.html;
    let scripted = false;
    for (const el of html?.elements ?? []) {
      if (el.tagName === 'style') {
        const media = getAttr(el, 'media');
        if (media === undefined || SCREEN_MEDIA.test(media)) add(el.childNodes.map((n) => ('value' in n ? (n as { value: string }).value : '')).join(''));
      } else if (el.tagName === 'link' && project) {
        const rel = (getAttr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
        const href = getAttr(el, 'href')?.trim();
        if (rel.includes('stylesheet') && !rel.includes('alternate') && href && !/^[a-z][a-z\d+.-]*:|^\/\//i.test(href)) {
          const abs = resolveLocal(file, project, href);
          const css = abs ? project.getFile(abs) : undefined;
          if (css?.text) add(css.text);
          else this.unresolvedSheets = true;
        } else if (rel.includes('stylesheet')) this.unresolvedSheets = true;
      } else if (el.tagName === 'script') scripted = true;
      if (el.attrs.some((a) => a.name.startsWith('on'))) scripted = true;
    }
    this.scripted = scripted;
  }
  /** A stylesheet the page links to could not be read (remote or missing). */
  unresolvedSheets = false;

  /** The cascaded (specified, not inherited) value of a property on an element; 'unknown' when undecidable. */
  get(el: HtmlElement, prop: string): CascadedValue | null | 'unknown' {
    let m = this.memo.get(el);
    if (!m) this.memo.set(el, (m = new Map()));
    if (m.has(prop)) return m.get(prop)!;
    const v = this.compute(el, prop);
    m.set(prop, v);
    return v;
  }

  private compute(el: HtmlElement, prop: string): CascadedValue | null | 'unknown' {
    let best: { v: CascadedValue; key: number } | undefined;
    let unknown = false;
    const consider = (value: string, important: boolean, key: number) => {
      const k = key + (important ? 1e12 : 0);
      if (!best || k >= best.key) best = { v: { value, important }, key: k };
    };
    for (const { rule, decls } of this.rulesFor(prop)) {
      let spec = -1;
      for (const sel of rule.selectors) {
        const m = matchSelector(el, sel);
        if (m === 'unknown') unknown = true;
        else if (m === 'yes') spec = Math.max(spec, sel.specificity);
      }
      if (spec < 0) continue;
      if (rule.conditional) { unknown = true; continue; }
      for (const d of decls) {
        if (d.prop !== prop) { unknown = unknown || !shorthandValueKnown(d.prop, prop); if (!shorthandValueKnown(d.prop, prop)) continue; }
        consider(d.prop === prop ? d.value : extractFromShorthand(d.prop, prop, d.value), d.important, spec * 1e4 + rule.order);
      }
    }
    const inline = this.inlineDecls(el);
    for (const d of inline) {
      if (d.prop === prop) consider(d.value, d.important, 1e10);
      else if (shorthandCovers(d.prop, prop)) consider(extractFromShorthand(d.prop, prop, d.value), d.important, 1e10);
    }
    if (unknown && !(best && best.key >= 1e12 + 1e10)) return 'unknown';
    return best ? best.v : null;
  }

  private byProp = new Map<string, { rule: StyleRule; decls: StyleRule['decls'] }[]>();
  /** The rules that declare a property (or a shorthand of it), in source order: built once per property. */
  private rulesFor(prop: string): { rule: StyleRule; decls: StyleRule['decls'] }[] {
    let list = this.byProp.get(prop);
    if (!list) {
      list = [];
      for (const rule of this.rules) {
        const decls = rule.decls.filter((d) => d.prop === prop || shorthandCovers(d.prop, prop));
        if (decls.length) list.push({ rule, decls });
      }
      this.byProp.set(prop, list);
    }
    return list;
  }

  private inlineMemo = new Map<HtmlElement, StyleRule['decls']>();
  inlineDecls(el: HtmlElement): StyleRule['decls'] {
    let d = this.inlineMemo.get(el);
    if (d) return d;
    d = [];
    const style = getAttr(el, 'style');
    if (style) {
      try {
        postcss.parse(style).each((n) => { if (n.type === 'decl') d!.push({ prop: n.prop.toLowerCase(), value: n.value, important: !!n.important }); });
      } catch { /* a broken style attribute applies nothing we can rely on */ }
    }
    this.inlineMemo.set(el, d);
    return d;
  }
}

function splitSelectors(list: string): string[] {
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

// Shorthands we read: `background` (its colour, or "has an image"), others are unknown.
function shorthandCovers(short: string, prop: string): boolean {
  if (short === 'background') return prop === 'background-color' || prop === 'background-image';
  if (short === 'font') return prop === 'font-size' || prop === 'font-weight' || prop === 'line-height';
  return false;
}
function shorthandValueKnown(short: string, _prop: string): boolean { return short === 'background' || short === 'font'; }
function extractFromShorthand(short: string, prop: string, value: string): string {
  if (short === 'background') {
    const image = /(?:url|gradient)\s*\(/i.test(value);
    if (prop === 'background-image') return image ? value : 'none';
    // The colour is the part that is not an image, position, size or repeat keyword.
    const withoutFns = value.replace(/[\w-]*gradient\s*\((?:[^()]|\([^()]*\))*\)|url\s*\([^)]*\)/gi, ' ');
    const colour = withoutFns.split(/\s+(?![^(]*\))/).filter(Boolean).find((t) => !/^(?:-?\d|no-repeat|repeat|repeat-x|repeat-y|space|round|top|bottom|left|right|center|fixed|scroll|local|border-box|padding-box|content-box|cover|contain|auto|\/|none|initial|inherit|unset)/i.test(t));
    return colour ?? 'transparent';
  }
  if (short === 'font') {
    // font: [style] [variant] [weight] size[/line-height] family
    const m = /(?:^|\s)((?:\d*\.?\d+)(?:px|pt|em|rem|%)|xx-small|x-small|small|medium|large|x-large|xx-large|larger|smaller)(?:\s*\/\s*([^\s]+))?\s/i.exec(value + ' ');
    if (prop === 'font-size') return m ? m[1] : 'unknown';
    if (prop === 'line-height') return m?.[2] ?? 'normal';
    const w = /(?:^|\s)(bold|bolder|lighter|[1-9]00)(?:\s|$)/i.exec(value);
    return w ? w[1] : 'normal';
  }
  return value;
}

export function resolveLocal(file: SourceFile, project: Project, href: string): string | undefined {
  let clean = href.replace(/[?#].*$/, '');
  try { clean = decodeURIComponent(clean); } catch { /* keep it as written */ }
  if (!clean) return undefined;
  if (clean.startsWith('/')) return path.join(project.rootOf(file.path), clean);
  return path.resolve(path.dirname(file.path), clean);
}

export function cascadeOf(file: SourceFile, project: Project | undefined): Cascade {
  return file.cached('a11y:cascade', () => new Cascade(file, project));
}
