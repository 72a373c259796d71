import { defineRule, getAttr, startTagRange, type HtmlElement } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { isRendered, isTabbable, contains } from '../_a11y/dom';

export default defineRule({
  meta: {
    id: 'aria-hidden-focusable',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Content hidden with aria-hidden="true" must not be reachable with the Tab key: screen reader users land on something that does not exist for them.',
      act: ['6cfa84'],
      wcag: ['1.3.1', '4.1.2'],
      recommended: true,
    },
    messages: {
      focusable: '<{{tag}}> is inside aria-hidden="true" content (line {{line}}) but still in the Tab order.',
      removeFromTabOrder: 'Take it out of the Tab order: tabindex="-1"',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const text = ctx.file.text;
    const hiddenRoots: HtmlElement[] = [];
    const candidates: HtmlElement[] = [];
    return {
      element(el) {
        if ((getAttr(el, 'aria-hidden') ?? '').trim().toLowerCase() === 'true') hiddenRoots.push(el);
        if (isTabbable(el)) candidates.push(el);
      },
      end() {
        if (!hiddenRoots.length) return;
        const cascade = cascadeOf(ctx.file, ctx.project);
        for (const el of candidates) {
          const root = hiddenRoots.find((r) => contains(r, el));
          if (!root || isRendered(el, cascade) !== 'yes') continue;
          const tagRange = startTagRange(el);
          const tabindex = el.sourceCodeLocation?.attrs?.tabindex;
          const insertAt = text.lastIndexOf(text[tagRange.end - 2] === '/' ? '/' : '>', tagRange.end - 1);
          ctx.report({
            messageId: 'focusable',
            data: { tag: el.tagName, line: root.sourceCodeLocation?.startLine ?? '?' },
            range: tagRange,
            suggest: [{
              messageId: 'removeFromTabOrder',
              fix: (f) => tabindex ? f.replace({ start: tabindex.startOffset, end: tabindex.endOffset }, 'tabindex="-1"') : f.insertBefore(insertAt, ' tabindex="-1"'),
            }],
          });
        }
      },
    };
  },
});
