import { defineRule, getAttr, attrValueRange, startTagRange } from '../_kit';
import { byId, inTemplate, requiresControlled, unresolvedIdList } from '../_a11y/dom';

/** ARIA attributes whose value is one id or a list of ids. */
const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-owns', 'aria-activedescendant', 'aria-flowto', 'aria-errormessage', 'aria-details'];


export default defineRule({
  meta: {
    id: 'aria-id-reference',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'ARIA attributes that point at other elements (aria-labelledby, aria-describedby, …) must name ids that exist in the same document (aria-controls where a role requires it is aria-required-controls\' report).',
      act: [],
      wcag: ['1.3.1', '4.1.2'],
      recommended: true,
    },
    messages: {
      missing: '{{attr}} points at {{ids}}, but no element in this document has {{that}} id.',
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
        if (inTemplate(el)) return;
        for (const attr of ID_REFERENCES) {
          const missing = unresolvedIdList(getAttr(el, attr), ids);
          if (!missing) continue;
          // Owned elements are often created by script when needed (a menu, a dialog); they must
          // exist up front only where the role requires them.
          if (attr === 'aria-owns' && !requiresControlled(el)) continue;
          ctx.report({
            messageId: 'missing',
            data: { attr, ...missing },
            range: attrValueRange(ctx.file.text, el, attr) ?? startTagRange(el),
          });
        }
      },
    };
  },
});
