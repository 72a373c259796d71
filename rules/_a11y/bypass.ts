// Bypass blocks (WCAG 2.4.1): a page whose main content follows blocks repeated on every page
// (navigation, banners, sidebars) must let keyboard users get past them: a main landmark, a
// heading to jump to, a same-page link, or a way to collapse the blocks. Without layout or
// scripts we only decide the clear cases: a page that runs no scripts, has a repeated landmark
// block before text outside it, and lacks the mechanism. Anything dynamic is not reported.
import { defineRule, getAttr, hasAttr, parentElement, startTagRange, type HtmlElement, type HtmlNode, type RuleModule, type SourceFile, type Project } from '../_kit';
import { cascadeOf, type Cascade } from './cascade';
import { contains, firstRole, isRendered, isTabbable, visuallyHidden, norm } from './dom';

const REPEATED_ROLES = new Set(['navigation', 'banner', 'complementary', 'contentinfo', 'search']);
const LANDMARK_ROLES = new Set([...REPEATED_ROLES, 'main', 'region', 'form']);
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

export interface PageStructure {
  /** Top-level blocks of repeated content (nav, aside, page header/footer and their roles), in document order. */
  blocks: HtmlElement[];
  /** Visible text after the first block and outside all blocks: the non-repeated content. */
  mainText: string;
  /** That text, leaving out what is inside any landmark. */
  textOutsideLandmarks: string;
  hasMainLandmark: boolean;
  /** A rendered, not visually hidden heading outside the repeated blocks. */
  hasMainHeading: boolean;
  /** A link to an element of this page (href="#id" with the id present). */
  hasSkipLink: boolean;
  /** Something that can hide content without scripts: details, popover, CSS :checked/:target toggles. */
  mayCollapse: boolean;
}

const hasName = (el: HtmlElement) => !!norm(getAttr(el, 'aria-label') ?? '') || !!norm(getAttr(el, 'aria-labelledby') ?? '') || !!norm(getAttr(el, 'title') ?? '');

/** The implicit or explicit landmark role of an element, if any (header/footer only when not scoped to a section). */
function landmarkRole(el: HtmlElement): string | undefined {
  const role = firstRole(el);
  if (role) return LANDMARK_ROLES.has(role) ? role : undefined;
  switch (el.tagName) {
    case 'nav': return 'navigation';
    case 'aside': return 'complementary';
    case 'main': return 'main';
    case 'search': return 'search';
    case 'section': return hasName(el) ? 'region' : undefined;
    case 'form': return hasName(el) ? 'form' : undefined;
    case 'header':
    case 'footer':
      for (let p = parentElement(el); p; p = parentElement(p)) if (SECTIONING.has(p.tagName)) return undefined;
      return el.tagName === 'header' ? 'banner' : 'contentinfo';
    default: return undefined;
  }
}

function isHeading(el: HtmlElement): boolean {
  const role = firstRole(el);
  if (role) return role === 'heading';
  return /^h[1-6]$/.test(el.tagName);
}

function textOf(node: HtmlNode, c: Cascade, skip: (el: HtmlElement) => boolean): string {
  if (node.nodeName === '#text') return (node as { value: string }).value;
  if (!('childNodes' in node)) return '';
  if ('tagName' in node) {
    const el = node as HtmlElement;
    if (skip(el) || isRendered(el, c) === 'no') return ' ';
    if (el.tagName === 'img') return ` ${getAttr(el, 'alt') ?? ''} `;
  }
  return (node as { childNodes: HtmlNode[] }).childNodes.map((n) => textOf(n, c, skip)).join(' ');
}

/** The page's bypass-relevant structure, or undefined when the rules do not apply or cannot decide. */
export function pageStructure(file: SourceFile, project: Project | undefined): PageStructure | undefined {
  return file.cached('a11y:bypass', () => compute(file, project));
}

function compute(file: SourceFile, project: Project | undefined): PageStructure | undefined {
  const html = file.html;
  const body = html?.elements.find((e) => e.tagName === 'body');
  if (!html || !body) return undefined;
  const cascade = cascadeOf(file, project);
  // Scripts, event handlers and frames can add mechanisms we do not see.
  if (cascade.scripted) return undefined;
  if (html.elements.some((e) => ['iframe', 'frame', 'object', 'embed', 'slot', 'template'].includes(e.tagName))) return undefined;

  const blocks: HtmlElement[] = [];
  const collect = (el: HtmlElement) => {
    for (const child of el.childNodes) {
      if (!('tagName' in child)) continue;
      const c = child as HtmlElement;
      const role = landmarkRole(c);
      if (role && REPEATED_ROLES.has(role)) {
        if (isRendered(c, cascade) !== 'no') blocks.push(c);
        continue;
      }
      // Repeated content nested in the main content or an article is part of that content.
      if (role === 'main' || c.tagName === 'article') continue;
      collect(c);
    }
  };
  collect(body);
  if (!blocks.length) return undefined;
  // Only blocks that hold keyboard stops (links, buttons, fields) up to the main content need bypassing.
  const blocksEnd = Math.max(...blocks.map((b) => b.sourceCodeLocation?.endOffset ?? 0));
  const inMain = (e: HtmlElement) => { for (let p: HtmlElement | undefined = e; p; p = parentElement(p)) if (landmarkRole(p) === 'main') return true; return false; };
  if (!html.elements.some((e) => isTabbable(e) && (e.sourceCodeLocation?.startOffset ?? Infinity) < blocksEnd && !inMain(e) && isRendered(e, cascade) !== 'no')) return undefined;

  const inBlock = (el: HtmlElement) => blocks.includes(el);
  const start = blocks[0].sourceCodeLocation?.startOffset ?? 0;
  // Text of body children that begin after the first block, minus the blocks.
  const pieces: string[] = [];
  const outside: string[] = [];
  const walkAfter = (el: HtmlElement) => {
    for (const child of el.childNodes) {
      if ('tagName' in child) {
        const c = child as HtmlElement;
        if (inBlock(c)) continue;
        const cStart = c.sourceCodeLocation?.startOffset ?? 0;
        const cEnd = c.sourceCodeLocation?.endOffset ?? cStart;
        if (cEnd <= start) continue;
        if (cStart < start) { walkAfter(c); continue; }
        pieces.push(textOf(c, cascade, inBlock));
        outside.push(textOf(c, cascade, (x) => inBlock(x) || landmarkRole(x) !== undefined));
      } else if (child.nodeName === '#text') {
        const off = (child as { sourceCodeLocation?: { startOffset: number } }).sourceCodeLocation?.startOffset ?? 0;
        if (off > start) { const v = (child as { value: string }).value; pieces.push(v); outside.push(v); }
      }
    }
  };
  walkAfter(body);
  const mainText = norm(pieces.join(' '));
  if (!mainText) return undefined;

  const elements = html.elements;
  const ids = new Map<string, HtmlElement>();
  for (const e of elements) {
    const id = getAttr(e, 'id');
    if (id && !ids.has(id)) ids.set(id, e);
    const name = e.tagName === 'a' ? getAttr(e, 'name') : undefined;
    if (name && !ids.has(name)) ids.set(name, e);
  }
  // A target inside a repeated block only skips it when no block text follows the target.
  const skipsPast = (target: HtmlElement): boolean => {
    const block = blocks.find((b) => contains(b, target));
    if (!block) return true;
    const from = target.sourceCodeLocation?.startOffset ?? 0;
    return !html.texts.some((t) => contains(block, t) && (t.sourceCodeLocation?.startOffset ?? 0) >= from && t.value.trim() !== '');
  };
  const own = file.path.replace(/\\/g, '/').split('/').pop() ?? '';
  const hasSkipLink = elements.some((e) => {
    if (e.tagName !== 'a' && e.tagName !== 'area') return false;
    const href = getAttr(e, 'href')?.trim();
    if (!href || !href.includes('#')) return false;
    const [pathPart, fragment] = [href.slice(0, href.indexOf('#')), href.slice(href.indexOf('#') + 1)];
    if (pathPart && pathPart.split('/').pop() !== own) return false;
    let id = fragment;
    try { id = decodeURIComponent(fragment); } catch { /* as written */ }
    const target = id !== '' ? ids.get(id) : undefined;
    return !!target && skipsPast(target);
  });

  const hasMainLandmark = elements.some((e) => landmarkRole(e) === 'main');
  const hasMainHeading = elements.some((e) => {
    if (!isHeading(e)) return false;
    for (let p: HtmlElement | undefined = e; p; p = parentElement(p)) if (inBlock(p)) return false;
    if (isRendered(e, cascade) === 'no') return false;
    return visuallyHidden(e, cascade) !== 'yes';
  });
  const sheetsText = elements.filter((e) => e.tagName === 'style').map((e) => e.childNodes.map((n) => ('value' in n ? (n as { value: string }).value : '')).join('')).join('\n');
  const mayCollapse = cascade.unresolvedSheets
    || elements.some((e) => e.tagName === 'details' || e.tagName === 'dialog' || hasAttr(e, 'popover') || hasAttr(e, 'popovertarget') || (e.tagName === 'input' && /^(?:checkbox|radio)$/i.test(getAttr(e, 'type') ?? '')))
    || /:(?:checked|target|focus-within|has)\b/.test(sheetsText)
    || elements.some((e) => e.tagName === 'link' && /stylesheet/i.test(getAttr(e, 'rel') ?? ''));
  return { blocks, mainText, textOutsideLandmarks: norm(outside.join(' ')), hasMainLandmark, hasMainHeading, hasSkipLink, mayCollapse };
}

export interface BypassRuleSpec {
  id: string;
  act: string;
  description: string;
  message: string;
  /** True when the page fails this rule. */
  fails(page: PageStructure): boolean;
}

export function bypassRule(spec: BypassRuleSpec): RuleModule {
  return defineRule({
    meta: {
      id: spec.id,
      domain: 'a11y',
      type: 'problem',
      scope: 'file',
      languages: ['html'],
      cost: 'cheap',
      docs: { description: spec.description, act: [spec.act], wcag: ['2.4.1'], recommended: true },
      messages: { fails: spec.message },
      schema: { type: 'object', properties: {}, additionalProperties: false },
      defaultOptions: {},
      fixable: false,
      hasSuggestions: false,
    },
    create(ctx) {
      const page = pageStructure(ctx.file, ctx.project);
      if (!page || !spec.fails(page)) return;
      ctx.report({ messageId: 'fails', data: { tag: page.blocks[0].tagName }, range: startTagRange(page.blocks[0]) });
    },
  });
}
