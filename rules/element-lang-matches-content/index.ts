import { defineRule } from '../_kit';

// Skeleton: being written (see the rule's README once it lands).
export default defineRule({
  meta: {
    id: 'element-lang-matches-content',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A lang attribute on an element must match the language of its text.',
      act: ['off6ek'],
      wcag: ['3.1.2'],
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
