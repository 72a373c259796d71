import { defineRule, getAttr, attrValueRange, startTagRange } from '../_kit';
import { byId, inTemplate, requiresControlled, unresolvedIdList } from '../_a11y/dom';

export default defineRule({
  meta: {
    id: 'aria-required-controls',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'An expanded combobox and a scrollbar must name the element they control in aria-controls, and that element must exist in the same document.',
      act: ['in6db8'],
      wcag: ['1.3.1', '4.1.2'],
      recommended: true,
    },
    messages: {
      missing: 'aria-controls points at {{ids}}, but no element in this document has {{that}} id: this {{role}} needs the element it controls.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const ids = byId(ctx.file);
    return {
      element(el) {
        if (inTemplate(el) || !requiresControlled(el)) return;
        const missing = unresolvedIdList(getAttr(el, 'aria-controls'), ids);
        if (!missing) return;
        const role = (getAttr(el, 'role') ?? '').trim().toLowerCase().split(/\s+/)[0];
        ctx.report({
          messageId: 'missing',
          data: { ...missing, role },
          range: attrValueRange(ctx.file.text, el, 'aria-controls') ?? startTagRange(el),
        });
      },
    };
  },
});
