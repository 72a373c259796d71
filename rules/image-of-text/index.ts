import * as path from 'node:path';
import postcss from 'postcss';
import { parse } from 'parse5';
import { defineRule, getAttr, parentElement, startTagRange, attrValueRange, SVG_NS, HTML_NS, type HtmlElement, type HtmlNode, type OffsetRange } from '../_kit';
import { cascadeOf, resolveLocal, parseSelector, matchSelector } from '../_a11y/cascade';
import { ariaHidden, firstRole, isRendered, norm, visuallyHidden } from '../_a11y/dom';
import profile from '../profiles/a11y/image-of-text.json';

// ---------------------------------------------------------------------------------------------
// Reading the text an SVG draws. The SVG is untrusted: it is parsed as markup (parse5, no
// scripting), never rendered or executed, and anything we cannot evaluate makes it undecidable.

interface SvgText {
  /** The visible text of each text element (<text>, or the HTML of a <foreignObject>), normalised. */
  texts: string[];
}

/** Elements whose content is never painted where it stands (resources, metadata). */
const NOT_PAINTED = new Set([
  'defs', 'symbol', 'clippath', 'mask', 'pattern', 'marker', 'title', 'desc', 'metadata', 'lineargradient',
  'radialgradient', 'filter', 'script', 'style', 'font', 'font-face', 'glyph', 'missing-glyph', 'cursor', 'view',
  'template', 'noscript', 'head',
]);
const TEXT_CONTENT = new Set(['text', 'tspan', 'textpath', 'tref', 'altglyph']);
const NO_PAINT = /^(?:none|transparent)$/;

interface SheetRule { selectors: ReturnType<typeof parseSelector>[]; decls: { prop: string; value: string; important: boolean }[]; order: number; conditional: boolean }
type Specified = string | undefined | 'unknown';

class SvgStyles {
  private inlineMemo = new Map<HtmlElement, { prop: string; value: string; important: boolean }[]>();
  constructor(private readonly rules: SheetRule[]) {}

  /** The specified value: CSS (important, inline, sheets) before presentation attributes. */
  get(el: HtmlElement, prop: string): Specified {
    let best: { value: string; rank: number } | undefined;
    const consider = (value: string, rank: number) => { if (!best || rank >= best.rank) best = { value, rank }; };
    for (const { rule, decls } of this.rulesFor(prop)) {
      let specificity = -1;
      for (const sel of rule.selectors) {
        const m = matchSelector(el, sel);
        if (m === 'unknown') return 'unknown';
        if (m === 'yes') specificity = Math.max(specificity, sel.specificity);
      }
      if (specificity < 0) continue;
      if (rule.conditional) return 'unknown';
      for (const d of decls) consider(d.value, (d.important ? 3e12 : 1e12) + specificity * 1e4 + rule.order);
    }
    for (const d of this.inline(el)) if (d.prop === prop) consider(d.value, d.important ? 4e12 : 2e12);
    if (best) return best.value.trim().toLowerCase();
    return getAttr(el, prop)?.trim().toLowerCase();
  }

  private byProp = new Map<string, { rule: SheetRule; decls: SheetRule['decls'] }[]>();
  private rulesFor(prop: string): { rule: SheetRule; decls: SheetRule['decls'] }[] {
    let list = this.byProp.get(prop);
    if (!list) {
      list = this.rules.map((rule) => ({ rule, decls: rule.decls.filter((d) => d.prop === prop) })).filter((r) => r.decls.length > 0);
      this.byProp.set(prop, list);
    }
    return list;
  }

  private inline(el: HtmlElement): { prop: string; value: string; important: boolean }[] {
    let decls = this.inlineMemo.get(el);
    if (decls) return decls;
    decls = [];
    const style = getAttr(el, 'style');
    if (style) {
      try {
        postcss.parse(style).each((n) => { if (n.type === 'decl') decls!.push({ prop: n.prop.toLowerCase(), value: n.value, important: !!n.important }); });
      } catch { /* a broken style attribute applies nothing */ }
    }
    this.inlineMemo.set(el, decls);
    return decls;
  }
}

function elementChildren(node: HtmlNode): HtmlNode[] {
  return 'childNodes' in node ? (node as HtmlElement).childNodes : [];
}

function findSvgRoot(node: HtmlNode): HtmlElement | undefined {
  for (const child of elementChildren(node)) {
    if ('tagName' in child) {
      const el = child as HtmlElement;
      if (el.tagName === 'svg' && el.namespaceURI === SVG_NS) return el;
      const inner = findSvgRoot(el);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Style rules of the SVG's <style> elements; undefined when they import sheets we cannot read. */
function readSheets(root: HtmlElement): SheetRule[] | undefined {
  const rules: SheetRule[] = [];
  let unreadable = false;
  const visit = (el: HtmlElement) => {
    for (const child of el.childNodes) {
      if (!('tagName' in child)) continue;
      const c = child as HtmlElement;
      if (c.tagName === 'style') {
        const css = c.childNodes.map((n) => ('value' in n ? (n as { value: string }).value : '')).join('').replace(/<!\[CDATA\[|\]\]>/g, '');
        let sheet: postcss.Root;
        try { sheet = postcss.parse(css); } catch { unreadable = true; continue; }
        sheet.walkAtRules((at) => { if (at.name.toLowerCase() === 'import') unreadable = true; });
        sheet.walkRules((rule) => {
          let conditional = false;
          for (let p = rule.parent; p && p.type !== 'root'; p = p.parent) {
            if (p.type !== 'atrule') continue;
            if (/keyframes$/i.test((p as postcss.AtRule).name)) return;
            conditional = true;
          }
          const decls: SheetRule['decls'] = [];
          rule.each((n) => { if (n.type === 'decl') decls.push({ prop: n.prop.toLowerCase(), value: n.value, important: !!n.important }); });
          if (decls.length) rules.push({ selectors: rule.selectors.map(parseSelector), decls, order: rules.length, conditional });
        });
      } else visit(c);
    }
  };
  visit(root);
  return unreadable ? undefined : rules;
}

interface Paint { visible: boolean; fill: string; stroke: string; fillOpacity: string; fontZero: boolean; inText: boolean; html: boolean }

/** The text an SVG document paints, or undefined when that cannot be decided. */
function svgPaintedText(source: string): SvgText | undefined {
  if (source.length > profile.maxSvgBytes || /<!ENTITY/i.test(source)) return undefined;
  const root = findSvgRoot(parse(source, { scriptingEnabled: false }));
  if (!root) return undefined;
  const sheets = readSheets(root);
  if (!sheets) return undefined;
  const styles = new SvgStyles(sheets);
  const texts: string[] = [];
  let undecidable = false;
  let current: string[] | undefined;

  const inherit = (value: Specified, parent: string): string => (value === undefined || value === 'inherit' || value === 'unknown' ? parent : value);
  const walk = (el: HtmlElement, parent: Paint) => {
    const tag = el.tagName.toLowerCase();
    // Shapes without content paint no text: most of a large illustration is skipped here.
    if (NOT_PAINTED.has(tag) || !el.childNodes.length) return;
    const html = el.namespaceURI === HTML_NS;
    if (html && getAttr(el, 'hidden') !== undefined) return;
    const read = (prop: string): Specified => {
      const v = styles.get(el, prop);
      if (v === 'unknown') undecidable = true;
      return v;
    };
    if (read('display') === 'none') return;
    const opacity = read('opacity');
    if (opacity !== undefined && opacity !== 'unknown' && parseFloat(opacity) === 0) return;
    const visibility = read('visibility');
    const fontSize = read('font-size');
    const paint: Paint = {
      visible: visibility === 'hidden' || visibility === 'collapse' ? false : visibility === 'visible' ? true : parent.visible,
      fill: inherit(read('fill'), parent.fill),
      stroke: inherit(read('stroke'), parent.stroke),
      fillOpacity: inherit(read('fill-opacity'), parent.fillOpacity),
      fontZero: fontSize === undefined || fontSize === 'inherit' || fontSize === 'unknown' ? parent.fontZero : /^0(?:\.0*)?(?:[a-z%]+)?$/.test(fontSize),
      inText: parent.inText || (!html && TEXT_CONTENT.has(tag)),
      html: parent.html || html,
    };
    const startsBlock = (!html && tag === 'text') || (!html && tag === 'foreignobject');
    if (startsBlock) current = [];
    for (const child of el.childNodes) {
      if (child.nodeName === '#text') {
        const painted = paint.html || (paint.inText && (!(NO_PAINT.test(paint.fill) || parseFloat(paint.fillOpacity) === 0) || !NO_PAINT.test(paint.stroke)));
        if (current && paint.visible && painted && !paint.fontZero) current.push((child as { value: string }).value);
      } else if ('tagName' in child) walk(child as HtmlElement, paint);
    }
    if (startsBlock && current) {
      const text = norm(current.join(' '));
      if (text) texts.push(text);
      current = undefined;
    }
  };
  walk(root, { visible: true, fill: 'black', stroke: 'none', fillOpacity: '1', fontZero: false, inText: false, html: false });
  return undecidable ? undefined : { texts };
}

// ---------------------------------------------------------------------------------------------
// Finding the SVG behind an image reference.

/** The SVG source of a data: URL, or undefined when it is another type or unreadable. */
function svgFromDataUrl(url: string): string | undefined {
  // URL parsing drops tabs and newlines wherever they are.
  const clean = url.replace(/[\t\n\r]/g, '').trim();
  const m = /^data:([^,]*),/i.exec(clean);
  if (!m || !/^\s*image\/svg\+xml\s*(?:;|$)/i.test(m[1])) return undefined;
  const payload = clean.slice(m[0].length);
  if (payload.length > profile.maxSvgBytes * 3) return undefined;
  if (/;\s*base64\s*$/i.test(m[1])) return Buffer.from(payload.replace(/%[0-9a-f]{2}/gi, (e) => String.fromCharCode(parseInt(e.slice(1), 16))), 'base64').toString('utf8');
  const bytes: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    if (payload[i] === '%' && /^[0-9a-f]{2}$/i.test(payload.slice(i + 1, i + 3))) {
      bytes.push(parseInt(payload.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = payload.codePointAt(i)!;
      if (code > 0xffff) i++;
      bytes.push(...Buffer.from(String.fromCodePoint(code), 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LOGO_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${profile.logoWordStarts.map((w) => escapeRegExp(w.toLowerCase())).join('|')})`, 'u');
const LOGO_ANYWHERE = profile.logoWordsAnywhere;

/** Whether a label, class list or file name names a logo. */
function namesLogo(text: string | undefined): boolean {
  if (!text) return false;
  if (LOGO_ANYWHERE.some((w) => text.includes(w))) return true;
  // camelCase and snake_case names: siteLogo, site_logo.
  const spaced = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase();
  return LOGO_WORD.test(spaced);
}

function fileNameOf(url: string): string | undefined {
  if (/^data:/i.test(url.trim())) return undefined;
  return path.posix.basename(url.replace(/[?#].*$/, ''));
}

function logoByContext(el: HtmlElement): boolean {
  let cur: HtmlElement | undefined = el;
  for (let level = 0; cur && level <= profile.logoAncestorLevels; level++, cur = parentElement(cur)) {
    if (namesLogo(getAttr(cur, 'class')) || namesLogo(getAttr(cur, 'id'))) return true;
  }
  return false;
}

function letterCount(text: string): number { return (text.match(/\p{L}/gu) ?? []).length; }

function quote(texts: string[]): string {
  const all = texts.join(' ');
  return all.length > 60 ? `${all.slice(0, 59).trimEnd()}…` : all;
}

export default defineRule({
  meta: {
    id: 'image-of-text',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Images must not carry text that could be real text: an SVG image that draws words should be real HTML text, or inline SVG.',
      act: ['0va7u6'],
      wcag: ['1.4.5'],
      recommended: true,
    },
    messages: {
      svgText: 'This image is text drawn in SVG ("{{text}}"): use real HTML text styled with CSS, or inline the SVG so the text can be read, resized and translated.',
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

    /** The text an image URL's SVG paints, when the URL is an SVG we can read. */
    const textOf = (url: string): SvgText | undefined => {
      const trimmed = url.trim();
      if (/^data:/i.test(trimmed)) {
        const source = svgFromDataUrl(trimmed);
        return source === undefined ? undefined : svgPaintedText(source);
      }
      if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(trimmed) || !ctx.project) return undefined;
      const abs = resolveLocal(ctx.file, ctx.project, trimmed);
      const file = abs ? ctx.project.getFile(abs) : undefined;
      if (!file || file.language !== 'svg' || file.size > profile.maxSvgBytes) return undefined;
      return file.cached('image-of-text:svg', () => svgPaintedText(file.text));
    };

    /** Images that 1.4.5 allows or that no one sees: decorative, hidden, logos. */
    const exempt = (el: HtmlElement, url: string, labels: (string | undefined)[]): boolean => {
      if (ariaHidden(el) || isRendered(el, cascade) !== 'yes' || visuallyHidden(el, cascade) === 'yes') return true;
      const role = firstRole(el);
      if (role === 'presentation' || role === 'none') return true;
      return labels.some(namesLogo) || namesLogo(fileNameOf(url)) || logoByContext(el);
    };

    const check = (el: HtmlElement, url: string, labels: (string | undefined)[], range: OffsetRange) => {
      if (exempt(el, url, labels)) return;
      const found = textOf(url);
      if (!found || !found.texts.length || found.texts.length > profile.maxTextElements) return;
      if (letterCount(found.texts.join('')) < profile.minLetters) return;
      ctx.report({ messageId: 'svgText', data: { text: quote(found.texts) }, range });
    };

    for (const el of doc.elements) {
      const isImg = el.tagName === 'img' && el.namespaceURI === HTML_NS;
      const isImageButton = el.tagName === 'input' && (getAttr(el, 'type') ?? '').trim().toLowerCase() === 'image';
      const isSvgImage = el.tagName === 'image' && el.namespaceURI === SVG_NS;
      if (!isImg && !isImageButton && !isSvgImage) continue;
      // SVG 2 prefers href over the older xlink:href; source locations key attributes by their written name.
      const source = isSvgImage
        ? el.attrs.find((a) => a.name === 'href' && !a.prefix) ?? el.attrs.find((a) => a.name === 'href')
        : el.attrs.find((a) => a.name === 'src');
      const url = source?.value;
      if (!source || !url) continue;
      const attr = source.prefix ? `${source.prefix}:${source.name}` : source.name;
      const alt = getAttr(el, 'alt');
      if (isImg && alt !== undefined && alt.trim() === '') continue; // decorative
      const labels = [alt, getAttr(el, 'aria-label'), getAttr(el, 'title')];
      if (isSvgImage) {
        const title = el.childNodes.find((n): n is HtmlElement => (n as HtmlElement).tagName === 'title');
        if (title) labels.push(title.childNodes.map((n) => ('value' in n ? (n as { value: string }).value : '')).join(''));
        for (let p = parentElement(el); p; p = parentElement(p)) if (p.tagName === 'svg') labels.push(getAttr(p, 'aria-label'));
      }
      check(el, url, labels, attrValueRange(ctx.file.text, el, attr) ?? startTagRange(el));
    }

    return {
      declaration(decl, sheet) {
        const el = sheet.element;
        const prop = decl.prop.toLowerCase();
        if (sheet.kind !== 'attr' || !el || (prop !== 'background-image' && prop !== 'background')) return;
        // Only the declaration that wins the cascade is painted.
        const winner = cascade.get(el, 'background-image');
        if (winner === 'unknown' || !winner || winner.value.trim() !== decl.value.trim()) return;
        const raw = sheet.rawValue(decl);
        const urls = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"']*?))\s*\)/gi;
        for (let m = urls.exec(raw); m; m = urls.exec(raw)) {
          const url = m[1] ?? m[2] ?? m[3] ?? '';
          const labels = [getAttr(el, 'aria-label'), getAttr(el, 'title')];
          check(el, url, labels, sheet.valuePartRange(decl, m.index, m.index + m[0].length));
        }
      },
    };
  },
});
