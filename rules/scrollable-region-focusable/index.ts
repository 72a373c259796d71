import { defineRule, startTagRange, attributeInsertOffset, parentElement, hasAttr, type HtmlElement } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { isRendered, isTabbable, inInertSubtree } from '../_a11y/dom';
import { BoxEstimator, type ScrollDirection } from '../_a11y/box-estimate';

// Their own document scrolls (iframe, the page), or they are form controls that take focus anyway.
const NOT_SCROLL_REGIONS = new Set(['html', 'body', 'iframe', 'frame', 'object', 'embed', 'textarea', 'select', 'img', 'video', 'audio', 'canvas', 'svg', 'math', 'input', 'button']);

function directionWords(directions: ScrollDirection[]): string {
  if (directions.length > 1) return 'vertically and horizontally';
  return directions[0] === 'vertical' ? 'vertically' : 'horizontally';
}

/** Inside a closed dialog or a popover, which the UA stylesheet does not render until opened. */
function inClosedLayer(el: HtmlElement): boolean {
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
    if ((cur.tagName === 'dialog' && !hasAttr(cur, 'open')) || hasAttr(cur, 'popover')) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'scrollable-region-focusable',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A region whose content certainly overflows and scrolls must be reachable with the keyboard: it or something in it must be in the tab order, or keyboard users cannot scroll it.',
      act: ['0ssw9k'],
      wcag: ['2.1.1', '2.1.3'],
      recommended: true,
    },
    messages: {
      notFocusable: 'This <{{tag}}> scrolls ({{direction}}) but neither it nor anything in it can take keyboard focus, so keyboard users cannot scroll it. Add tabindex="0" (and a name).',
      addTabindex: 'Add tabindex="0" so keyboard users can focus and scroll it',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const { file, project } = ctx;
    let estimator: BoxEstimator | undefined;
    return {
      element(el) {
        if (NOT_SCROLL_REGIONS.has(el.tagName) || el.tagName.includes('-')) return;
        const cascade = cascadeOf(file, project);
        // Scripts can add focusable content or key handlers, or change the sizes; unread sheets could set anything.
        if (cascade.scripted || cascade.unresolvedSheets) return;
        if (isTabbable(el) || inInertSubtree(el)) return;
        estimator ??= new BoxEstimator(cascade, file.html?.elements.find((e) => e.tagName === 'html'));
        const directions = estimator.certainOverflow(el);
        if (!directions?.length) return;
        if (isRendered(el, cascade) !== 'yes' || inClosedLayer(el) || !estimator.hasVisibleContent(el)) return;
        if (hasFocusableDescendant(el, cascade)) return;
        const at = attributeInsertOffset(file.text, el);
        ctx.report({
          messageId: 'notFocusable',
          data: { tag: el.tagName, direction: directionWords(directions) },
          range: startTagRange(el),
          suggest: [{ messageId: 'addTabindex', fix: (f) => f.insertAfter(at, ' tabindex="0"') }],
        });
      },
    };
  },
});

/** Something inside that sits in the tab order (or may: its rendering is undecided), or shadow content we cannot see. */
function hasFocusableDescendant(el: HtmlElement, cascade: ReturnType<typeof cascadeOf>): boolean {
  for (const node of el.childNodes) {
    if (!('tagName' in node)) continue;
    const child = node as HtmlElement;
    if (child.tagName === 'template' && hasAttr(child, 'shadowrootmode')) return true;
    if (hasAttr(child, 'inert')) continue;
    if (isTabbable(child) && isRendered(child, cascade) !== 'no') return true;
    if (hasFocusableDescendant(child, cascade)) return true;
  }
  return false;
}
