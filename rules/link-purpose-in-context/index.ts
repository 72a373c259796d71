import { defineRule, getAttr, hasAttr, parentElement, startTagRange, HTML_NS, type HtmlElement } from '../_kit';
import { cascadeOf, type Cascade } from '../_a11y/cascade';
import { firstRole, hiddenFromAT, inTemplate, inInertOrClosedDialog } from '../_a11y/dom';
import { certainlyDifferent, linkName, resolveLink, scriptedLinkHref, type LinkTarget } from '../_a11y/link-targets';

interface ContextLink { el: HtmlElement; name: string; href: string; target: LinkTarget; context: string }

/** Tags that start a block of their own (the surrounding text a reader gets as the link's context). */
const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'td', 'th', 'caption', 'ul', 'search']);
const INLINE_DISPLAY = /^(?:inline|contents|ruby|ruby-base|ruby-text)$/;

/** The nearest ancestor that forms a block: by CSS display where it is set, else by tag. */
function contextBlock(el: HtmlElement, c: Cascade): HtmlElement | undefined {
  for (let cur = parentElement(el); cur; cur = parentElement(cur)) {
    const display = c.get(cur, 'display');
    if (display === 'unknown') return undefined;
    if (display) {
      const value = display.value.trim().toLowerCase();
      if (!INLINE_DISPLAY.test(value) && !value.startsWith('inline ') && value !== 'inline-block' && value !== 'inline-flex' && value !== 'inline-grid') return cur;
      continue;
    }
    if (BLOCK_TAGS.has(cur.tagName)) return cur;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'link-purpose-in-context',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Links with the same name in the same block of text must serve the same purpose; the surrounding text is all a reader has to tell them apart.',
      act: ['fd3a94'],
      wcag: ['2.4.4'],
      recommended: true,
    },
    messages: {
      query: 'Links named "{{name}}" in the same text lead to one page with different parameters ({{first}} and {{other}}) that its script or server reads, so they show different things; give each a name that says what it shows.',
      emptyPage: 'Links named "{{name}}" in the same text lead to different pages, and {{empty}} shows nothing (a delayed redirect or an empty page); link straight to the content.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const { file, project } = ctx;
    const cascade = cascadeOf(file, project);
    const contextIds = new Map<HtmlElement, number>();
    const links: ContextLink[] = [];
    const hrefOf = (el: HtmlElement): string | undefined => {
      const html = el.namespaceURI === HTML_NS;
      const role = firstRole(el);
      if (html && el.tagName === 'a' && hasAttr(el, 'href') && (!role || role === 'link')) return getAttr(el, 'href');
      if (html && role === 'link' && !hasAttr(el, 'href')) return scriptedLinkHref(el);
      return undefined;
    };
    return {
      element(el) {
        const href = hrefOf(el)?.trim();
        if (!href || inTemplate(el) || hiddenFromAT(el, cascade) !== 'no') return;
        if (inInertOrClosedDialog(el)) return;
        const name = linkName(el, file, cascade);
        const block = contextBlock(el, cascade);
        if (!name || !block) return;
        const target = resolveLink(project, file, href);
        if (!target) return;
        if (!contextIds.has(block)) contextIds.set(block, contextIds.size);
        const describedBy = (getAttr(el, 'aria-describedby') ?? '').trim().split(/\s+/).sort().join(' ');
        links.push({ el, name, href, target, context: `${contextIds.get(block)}|${describedBy}` });
      },
      end() {
        const groups = new Map<string, ContextLink[]>();
        for (const link of links) {
          const key = `${link.name.toLowerCase()}\u0000${link.context}`;
          groups.set(key, [...(groups.get(key) ?? []), link]);
        }
        for (const [first, ...others] of groups.values()) {
          for (const other of others) {
            const verdict = certainlyDifferent(project, first.target, other.target);
            if (!verdict) continue;
            ctx.report({
              messageId: verdict.reason === 'query' ? 'query' : 'emptyPage',
              data: { name: first.name, first: first.href, other: other.href, empty: verdict.reason === 'empty-page' && verdict.empty === 'a' ? first.href : other.href },
              range: startTagRange(other.el),
              related: [{ file: file.path, range: startTagRange(first.el), message: `The first link named "${first.name}", to ${first.href}.` }],
            });
          }
        }
      },
    };
  },
});
