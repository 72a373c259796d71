import { defineRule } from '../_kit';

// Skeleton: being written (see the rule's README once it lands).
export default defineRule({
  meta: {
    id: 'image-of-text',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Images must not carry text that could be real text.',
      act: ['0va7u6'],
      wcag: ['1.4.5'],
      recommended: true,
    },
    messages: { todo: 'todo' },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create() {
    return undefined;
  },
});
