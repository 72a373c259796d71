import { defineRule, getAttr, hasAttr, parentElement, attrRange, startTagRange, type HtmlElement } from '../_kit';
import { HtmlDocument } from '../../server/src/engine/parse/html';
import { cascadeOf, resolveLocal } from '../_a11y/cascade';
import { isRendered, isTabbable } from '../_a11y/dom';

const tiny = (v: string | undefined) => v !== undefined && /^\s*[01](?:px)?\s*$/.test(v);

export default defineRule({
  meta: {
    id: 'iframe-focusable-content',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'An iframe taken out of the tab order (negative tabindex) must not contain links, buttons or fields: keyboard users could never reach them.',
      act: ['akn7bn'],
      wcag: ['2.1.1'],
      recommended: true,
    },
    messages: {
      unreachable: 'tabindex="{{tabindex}}" takes this iframe out of the tab order, but it contains a focusable <{{tag}}> that keyboard users then cannot reach.',
      removeTabindex: 'Remove the negative tabindex',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    return {
      element(el) {
        if (el.tagName !== 'iframe') return;
        const tabindex = getAttr(el, 'tabindex')?.trim();
        if (!tabindex || !/^-\d+$/.test(tabindex)) return;
        for (let p: HtmlElement | undefined = el; p; p = parentElement(p)) if (hasAttr(p, 'inert')) return;
        if (tiny(getAttr(el, 'width')) || tiny(getAttr(el, 'height'))) return;
        const cascade = cascadeOf(ctx.file, ctx.project);
        if (isRendered(el, cascade) !== 'yes') return;
        for (const prop of ['width', 'height']) {
          const v = cascade.get(el, prop);
          if (v === 'unknown' || (v && tiny(v.value))) return;
        }
        let inner: HtmlDocument | undefined;
        const srcdoc = getAttr(el, 'srcdoc');
        if (srcdoc !== undefined) inner = new HtmlDocument(srcdoc, ctx.file.path);
        else {
          const src = getAttr(el, 'src')?.trim();
          if (!src || /^[a-z][a-z\d+.-]*:|^\/\//i.test(src)) return;
          const abs = resolveLocal(ctx.file, ctx.project, src);
          inner = abs ? ctx.project.getFile(abs)?.html : undefined;
        }
        if (!inner) return;
        // Scripts in the frame may change what is focusable.
        if (inner.elements.some((e) => e.tagName === 'script' || e.attrs.some((a) => a.name.startsWith('on')))) return;
        const focusable = inner.elements.find((e) => isTabbable(e) && !inner!.elements.some((a) => hasAttr(a, 'inert') && a !== e && isAncestor(a, e)) && !hasHiddenAncestor(e));
        if (!focusable) return;
        const range = attrRange(el, 'tabindex') ?? startTagRange(el);
        ctx.report({
          messageId: 'unreachable',
          data: { tabindex, tag: focusable.tagName },
          range: startTagRange(el),
          suggest: [{ messageId: 'removeTabindex', fix: (f) => f.remove({ start: range.start - (ctx.file.text[range.start - 1] === ' ' ? 1 : 0), end: range.end }) }],
        });
      },
    };
  },
});

function isAncestor(a: HtmlElement, e: HtmlElement): boolean {
  for (let p = parentElement(e); p; p = parentElement(p)) if (p === a) return true;
  return false;
}

/** Hidden by attributes or inline style inside the frame (its stylesheets are not read). */
function hasHiddenAncestor(e: HtmlElement): boolean {
  for (let p: HtmlElement | undefined = e; p; p = parentElement(p)) {
    if (hasAttr(p, 'hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(getAttr(p, 'style') ?? '')) return true;
    if (p.tagName === 'template' || p.tagName === 'noscript') return true;
  }
  return false;
}
