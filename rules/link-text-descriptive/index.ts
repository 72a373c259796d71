import { defineRule, closest, getAttr, hasAttr, parentElement, startTagRange, textContent, HTML_NS, SVG_NS, type HtmlElement, type HtmlNode, type Project, type SourceFile } from '../_kit';
import { cascadeOf, type Cascade } from '../_a11y/cascade';
import { byId, contains, firstRole, hiddenFromAT, inTemplate, norm, inInertOrClosedDialog } from '../_a11y/dom';
import { linkName, resolveLink } from '../_a11y/link-targets';
import data from '../profiles/a11y/generic-link-text.json';

/** A phrase as compared: case and accents folded, punctuation, arrows and symbols reduced to single spaces. */
function phraseKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const GENERIC = new Set(Object.values(data.phrases).flat().map(phraseKey));
const isGeneric = (s: string): boolean => GENERIC.has(phraseKey(s));

const NEVER_SHOWN = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link', 'base', 'datalist', 'param', 'source', 'track']);
/** Blocks that start a new line of text: their text is kept apart from the text around them. */
const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'search', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'br']);
const INLINE_DISPLAY = /^(?:inline|contents|ruby|ruby-base|ruby-text|inline-block|inline-flex|inline-grid|inline-table)$|^inline /;
/** The containers WCAG names as a link's programmatically determined context. */
const CONTEXT_TAGS = new Set(['p', 'li', 'td', 'th']);
const CONTEXT_ROLES = new Set(['paragraph', 'listitem', 'cell', 'gridcell', 'rowheader', 'columnheader']);
/** Containers whose heading is the heading of the whole page, never of one link's card. */
const PAGE_TAGS = new Set(['html', 'body', 'main']);
const PAGE_ROLES = new Set(['main', 'document', 'application']);
/** Containers that are a unit of their own, so that their heading names what their links are about. */
const UNIT_TAGS = new Set(['article', 'section', 'aside', 'li', 'figure', 'td', 'th', 'dd', 'details', 'fieldset']);
const UNIT_ROLES = new Set(['article', 'region', 'listitem', 'group', 'cell', 'gridcell', 'figure']);

const words = new Intl.Segmenter(undefined, { granularity: 'word' });
function wordCount(s: string): number {
  let n = 0;
  for (const segment of words.segment(s)) if (segment.isWordLike) n++;
  return n;
}

const isHtml = (el: HtmlElement): boolean => el.namespaceURI === HTML_NS;

function isLink(el: HtmlElement): boolean {
  if (!isHtml(el)) return false;
  const role = firstRole(el);
  if (el.tagName === 'a' && hasAttr(el, 'href')) return !role || role === 'link';
  return role === 'link';
}

function cssKeyword(c: Cascade, el: HtmlElement, prop: string): string | undefined | 'unknown' {
  const v = c.get(el, prop);
  return v === 'unknown' ? 'unknown' : v?.value.trim().toLowerCase();
}

/** Left out of the accessibility tree for sure; what the source cannot settle is kept, so the context only grows. */
function surelyHidden(el: HtmlElement, c: Cascade): boolean {
  if (NEVER_SHOWN.has(el.tagName)) return true;
  if ((getAttr(el, 'aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const display = cssKeyword(c, el, 'display');
  if (display === 'none' || (display === undefined && hasAttr(el, 'hidden'))) return true;
  const visibility = cssKeyword(c, el, 'visibility');
  return visibility === 'hidden' || visibility === 'collapse';
}

/** The text a screen reader gives for a subtree, leaving out `skip` and links with generic names. */
function spokenText(node: HtmlNode, c: Cascade, skip?: HtmlElement): string {
  if (node.nodeName === '#text') return (node as { value: string }).value;
  if (!('childNodes' in node)) return '';
  const el = node as HtmlElement;
  if ('tagName' in el) {
    if (el === skip || surelyHidden(el, c)) return '';
    if (isHtml(el) && el.tagName === 'img') {
      const role = firstRole(el);
      return role === 'none' || role === 'presentation' ? '' : ` ${getAttr(el, 'aria-label') ?? getAttr(el, 'alt') ?? ''} `;
    }
    if (isHtml(el) && el.tagName === 'input') {
      const type = (getAttr(el, 'type') ?? '').toLowerCase();
      return type === 'image' ? ` ${getAttr(el, 'alt') ?? ''} ` : ['button', 'submit', 'reset'].includes(type) ? ` ${getAttr(el, 'value') ?? ''} ` : '';
    }
    if (el.namespaceURI === SVG_NS && el.tagName === 'svg') {
      const title = el.childNodes.find((n) => 'tagName' in n && (n as HtmlElement).tagName === 'title');
      return ` ${getAttr(el, 'aria-label') ?? (title ? textContent(title) : '')} `;
    }
  }
  const inner = (node as { childNodes: HtmlNode[] }).childNodes.map((n) => spokenText(n, c, skip)).join('');
  if (!('tagName' in el)) return inner;
  // Another link that says as little as this one adds nothing to its context.
  if (isLink(el) && isGeneric(inner)) return ' ';
  return BLOCK_TAGS.has(el.tagName) ? ` ${inner} ` : inner;
}

/** The nearest block around the link, by CSS display where it is set, else by tag; undefined when the cascade cannot tell. */
function nearestBlock(link: HtmlElement, c: Cascade): HtmlElement | undefined {
  for (let cur = parentElement(link); cur; cur = parentElement(cur)) {
    const display = cssKeyword(c, cur, 'display');
    if (display === 'unknown') return undefined;
    if (display) {
      if (!INLINE_DISPLAY.test(display)) return cur;
      continue;
    }
    if (BLOCK_TAGS.has(cur.tagName)) return cur;
  }
  return undefined;
}

const isListItem = (el: HtmlElement): boolean => isHtml(el) && (firstRole(el) ? firstRole(el) === 'listitem' : el.tagName === 'li');
const isList = (el: HtmlElement): boolean => isHtml(el) && (firstRole(el) ? firstRole(el) === 'list' : ['ul', 'ol', 'menu'].includes(el.tagName));

/**
 * Where the link's context is read from: every paragraph, list item and table cell around it (WCAG's
 * programmatically determined link context), or else its nearest block. Empty when the cascade cannot tell.
 */
function contextContainers(link: HtmlElement, c: Cascade): HtmlElement[] {
  const found: HtmlElement[] = [];
  for (let cur = parentElement(link); cur; cur = parentElement(cur)) {
    const role = firstRole(cur);
    if (isHtml(cur) && (role ? CONTEXT_ROLES.has(role) : CONTEXT_TAGS.has(cur.tagName))) found.push(cur);
  }
  if (found.length) return found;
  const block = nearestBlock(link, c);
  return block ? [block] : [];
}

/**
 * For a list item the link sits in a nested list of: that nested list. The item's own text is the
 * context of the nested items (WCAG technique H81); the sibling items of the link's item are not.
 */
function nestedListOnPath(container: HtmlElement, link: HtmlElement): HtmlElement | undefined {
  if (!isListItem(container)) return undefined;
  for (let cur = parentElement(link); cur && cur !== container; cur = parentElement(cur)) {
    if (isList(cur)) {
      let outer = cur;
      for (let up = parentElement(cur); up && up !== container; up = parentElement(up)) if (isList(up)) outer = up;
      return outer;
    }
  }
  return undefined;
}

const childElements = (el: HtmlElement): HtmlElement[] => el.childNodes.filter((n): n is HtmlElement => 'tagName' in n);

/** The rows of a table, not those of tables nested in its cells. */
function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  for (const child of childElements(table)) {
    if (child.tagName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) rows.push(...childElements(child).filter((e) => e.tagName === 'tr'));
  }
  return rows;
}

function span(cell: HtmlElement): number {
  const n = parseInt(getAttr(cell, 'colspan') ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** The header cells of a data cell: those its `headers` attribute names, else the `th` cells left of it and above it. */
function headerCells(cell: HtmlElement, file: SourceFile): HtmlElement[] {
  const ids = (getAttr(cell, 'headers') ?? '').trim();
  if (ids) return ids.split(/\s+/).map((id) => byId(file).get(id)).filter((e): e is HtmlElement => !!e);
  const row = parentElement(cell);
  const table = row && closest(row, (e) => e.tagName === 'table');
  if (!row || row.tagName !== 'tr' || !table) return [];
  const cells = (r: HtmlElement) => childElements(r).filter((e) => e.tagName === 'td' || e.tagName === 'th');
  const headers: HtmlElement[] = [];
  let column = 0;
  for (const other of cells(row)) {
    if (other === cell) break;
    if (other.tagName === 'th') headers.push(other);
    column += span(other);
  }
  for (const other of tableRows(table)) {
    if (other === row) break;
    let at = 0;
    for (const above of cells(other)) {
      if (at <= column && column < at + span(above)) {
        if (above.tagName === 'th') headers.push(above);
        break;
      }
      at += span(above);
    }
  }
  return headers;
}

function headingsOf(file: SourceFile, c: Cascade): HtmlElement[] {
  return file.cached('a11y:link-text-descriptive:headings', () => (file.html?.elements ?? []).filter((el) => {
    if (!isHtml(el) || inTemplate(el)) return false;
    const role = firstRole(el);
    const heading = role ? role === 'heading' : /^h[1-6]$/.test(el.tagName);
    return heading && hiddenFromAT(el, c) !== 'yes' && norm(spokenText(el, c)) !== '';
  }));
}

/**
 * Whether the link sits in a small unit with its own heading (a card, an article teaser, a list item
 * with a title): the nearest ancestor holding a heading, when that ancestor is not the page itself.
 */
function headedUnit(link: HtmlElement, file: SourceFile, c: Cascade): boolean {
  const headings = headingsOf(file, c).filter((h) => !contains(h, link));
  for (let cur = parentElement(link); cur; cur = parentElement(cur)) {
    const inside = headings.filter((h) => contains(cur!, h));
    if (!inside.length) continue;
    const role = firstRole(cur);
    if (role ? PAGE_ROLES.has(role) : PAGE_TAGS.has(cur.tagName)) return false;
    const unit = role ? UNIT_ROLES.has(role) : UNIT_TAGS.has(cur.tagName);
    return unit || inside.length <= data.cardMaxHeadings;
  }
  return false;
}

/** What the linked page is about, from its first `h1` or its title, for the message; undefined when unknown. */
function topicOf(project: Project, file: SourceFile, link: HtmlElement): string | undefined {
  const href = link.tagName === 'a' ? getAttr(link, 'href') : undefined;
  if (!href) return undefined;
  const target = resolveLink(project, file, href);
  if (target?.kind !== 'local' || !target.file || target.file === file || target.file.language !== 'html') return undefined;
  const elements = target.file.html?.elements ?? [];
  for (const tag of ['h1', 'title']) {
    const el = elements.find((e) => e.tagName === tag && !inTemplate(e));
    const text = el ? norm(textContent(el)) : '';
    if (text && text.length <= data.maxTopicLength && !isGeneric(text)) return text;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'link-text-descriptive',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A link named by a generic phrase ("read more", "click here", "meer", "hier klicken") needs text around it — its paragraph, list item, table cell, a description or the heading of its card — that says where it goes.',
      act: ['5effbb', 'aizyf1'],
      wcag: ['2.4.4', '2.4.9'],
      recommended: true,
    },
    messages: {
      generic: 'The link text "{{name}}" says nothing about where it goes, and the text around it does not either: name the destination in the link text or add context.',
      genericWithTopic: 'The link text "{{name}}" says nothing about where it goes, and the text around it does not either: name the destination ("Read more about {{topic}}") or add context.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const { file, project } = ctx;
    const cascade = cascadeOf(file, project);
    return {
      element(el) {
        if (!isLink(el) || inTemplate(el) || hiddenFromAT(el, cascade) !== 'no') return;
        if (inInertOrClosedDialog(el)) return;
        const name = linkName(el, file, cascade);
        if (!name || !isGeneric(name)) return;
        if ((getAttr(el, 'aria-describedby') ?? '').trim() || (getAttr(el, 'aria-details') ?? '').trim()) return;
        const title = norm(getAttr(el, 'title') ?? '');
        if (title && phraseKey(title) !== phraseKey(name) && !isGeneric(title)) return;
        const containers = contextContainers(el, cascade);
        if (!containers.length) return;
        let context = '';
        for (const container of containers) {
          context += ` ${spokenText(container, cascade, nestedListOnPath(container, el) ?? el)} `;
          if (container.tagName === 'td' || container.tagName === 'th') {
            context += headerCells(container, file).map((h) => ` ${spokenText(h, cascade, el)} `).join('');
          }
        }
        if (wordCount(context) >= data.minContextWords) return;
        if (headedUnit(el, file, cascade)) return;
        const topic = topicOf(project, file, el);
        ctx.report({ messageId: topic ? 'genericWithTopic' : 'generic', data: { name, topic: topic ?? '' }, range: startTagRange(el) });
      },
    };
  },
});
