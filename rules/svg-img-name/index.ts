import { defineRule, getAttr, startTagRange, SVG_NS, type HtmlElement, type HtmlNode } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { ariaHidden, byId, firstRole, isRendered, norm } from '../_a11y/dom';

const GRAPHIC_ROLES = new Set(['img', 'graphics-document', 'graphics-symbol']);

type Named = 'yes' | 'no' | 'unknown';

/**
 * Text content as an XML reader sees it: the HTML parser reads `<![CDATA[...]]>` inside <title> as a
 * comment, but in an .svg file it is text.
 */
function xmlText(node: HtmlNode): string {
  if (node.nodeName === '#comment') {
    const data = (node as { data?: string }).data ?? '';
    return /^\[CDATA\[/.test(data) ? data.slice(7).replace(/\]\]$/, '') : '';
  }
  if (node.nodeName === '#text') return (node as { value: string }).value;
  return 'childNodes' in node ? (node as HtmlElement).childNodes.map(xmlText).join('') : '';
}

/** Whether an SVG element has an accessible name from aria-labelledby, aria-label, title or a <title> child. */
function hasName(el: HtmlElement, ids: Map<string, HtmlElement>): Named {
  const labelledBy = getAttr(el, 'aria-labelledby')?.trim();
  if (labelledBy) {
    const targets = labelledBy.split(/\s+/).map((id) => ids.get(id)).filter((t): t is HtmlElement => !!t);
    // Broken references are aria-id-reference's problem; we do not guess the name they meant.
    if (!targets.length) return 'unknown';
    if (targets.some((t) => norm(getAttr(t, 'aria-label') ?? xmlText(t)))) return 'yes';
  }
  if (norm(getAttr(el, 'aria-label') ?? '')) return 'yes';
  if (norm(getAttr(el, 'title') ?? '')) return 'yes';
  const title = el.childNodes.find((n): n is HtmlElement => (n as HtmlElement).tagName === 'title' && (n as HtmlElement).namespaceURI === SVG_NS);
  return title && norm(xmlText(title)) ? 'yes' : 'no';
}

export default defineRule({
  meta: {
    id: 'svg-img-name',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['svg'],
    cost: 'cheap',
    docs: {
      description: 'In an SVG file, an element with role img, graphics-document or graphics-symbol needs an accessible name: a <title> child, aria-label or aria-labelledby. (In HTML pages, axe/svg-img-alt checks inline SVG.)',
      act: ['7d6734'],
      wcag: ['1.1.1'],
      recommended: true,
    },
    messages: {
      noName: 'This <{{tag}}> has role "{{role}}" but no accessible name: add a <title> as its first child, or aria-label.',
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
    const ids = byId(ctx.file);
    for (const el of doc.elements) {
      if (el.namespaceURI !== SVG_NS) continue;
      const role = firstRole(el);
      if (!role || !GRAPHIC_ROLES.has(role) || ariaHidden(el)) continue;
      if (isRendered(el, cascade) !== 'yes' || hasName(el, ids) !== 'no') continue;
      ctx.report({ messageId: 'noName', data: { tag: el.tagName, role }, range: startTagRange(el) });
    }
  },
});
