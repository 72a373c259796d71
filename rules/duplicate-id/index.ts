import { defineRule, getAttr, attrValueRange, startTagRange, type HtmlElement } from '../_kit';
import { inTemplate } from '../_a11y/dom';

export default defineRule({
  meta: {
    id: 'duplicate-id',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'Every id in a document must be unique: labels, aria-labelledby, aria-describedby and links to fragments find only the first element with an id.',
      act: ['3ea0c8'],
      wcag: ['4.1.1'],
      recommended: true,
    },
    messages: {
      duplicate: 'The id "{{id}}" is already used on line {{line}}; references to it reach only the first element.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const first = new Map<string, HtmlElement>();
    return {
      element(el) {
        const id = getAttr(el, 'id');
        if (!id || inTemplate(el)) return;
        const prior = first.get(id);
        if (!prior) { first.set(id, el); return; }
        ctx.report({
          messageId: 'duplicate',
          data: { id, line: prior.sourceCodeLocation?.startLine ?? '?' },
          range: attrValueRange(ctx.file.text, el, 'id') ?? startTagRange(el),
          related: [{ file: ctx.file.path, range: attrValueRange(ctx.file.text, prior, 'id') ?? startTagRange(prior), message: 'First use of the id' }],
        });
      },
    };
  },
});
