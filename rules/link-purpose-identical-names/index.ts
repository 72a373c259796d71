import { defineRule } from '../_kit';

// Skeleton: being written (see the rule's README once it lands).
export default defineRule({
  meta: {
    id: 'link-purpose-identical-names',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Links with the same accessible name must lead to the same or an equivalent resource.',
      act: ['b20e66'],
      wcag: ['2.4.9'],
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
