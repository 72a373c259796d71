import { defineRule } from '../_kit';

// Skeleton: being written (see the rule's README once it lands).
export default defineRule({
  meta: {
    id: 'scrollable-region-focusable',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A region that scrolls must be reachable with the keyboard.',
      act: ['0ssw9k'],
      wcag: ['2.1.1'],
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
