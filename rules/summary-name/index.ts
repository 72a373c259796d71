import { defineRule, getAttr, startTagRange, parentElement, type HtmlElement } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { isRendered, visibleText, byId, norm, ariaHidden } from '../_a11y/dom';

export default defineRule({
  meta: {
    id: 'summary-name',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'The <summary> that opens a <details> element is a button: it needs text (or aria-label) saying what it opens.',
      act: ['2t702h'],
      wcag: ['4.1.2'],
      recommended: true,
    },
    messages: { empty: 'This <summary> has no accessible name: screen readers announce an unnamed button.' },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      element(el) {
        if (el.tagName !== 'summary') return;
        const details = parentElement(el);
        if (!details || details.tagName !== 'details') return;
        if (details.childNodes.find((n) => (n as HtmlElement).tagName === 'summary') !== el) return;
        const cascade = cascadeOf(ctx.file, ctx.project);
        if (ariaHidden(el) || isRendered(el, cascade) !== 'yes' || cascade.scripted) return;
        if (norm(getAttr(el, 'aria-label') ?? '') || norm(getAttr(el, 'title') ?? '')) return;
        const labelledby = getAttr(el, 'aria-labelledby');
        if (labelledby !== undefined) {
          const ids = byId(ctx.file);
          if (labelledby.trim().split(/\s+/).some((id) => ids.has(id) && norm(visibleText(ids.get(id)!, cascade, true)))) return;
          if (labelledby.trim().split(/\s+/).some((id) => ids.has(id))) return;
        }
        if (norm(visibleText(el, cascade, true))) return;
        // Elements we cannot see through (images without alt, embedded content) may still name it.
        const hasOpaque = (n: HtmlElement): boolean => n.childNodes.some((c) => 'tagName' in c && (['svg', 'object', 'embed', 'iframe', 'canvas', 'input', 'select', 'textarea', 'button', 'slot'].includes((c as HtmlElement).tagName) || hasOpaque(c as HtmlElement)));
        if (hasOpaque(el)) return;
        ctx.report({ messageId: 'empty', range: startTagRange(el) });
      },
    };
  },
});
