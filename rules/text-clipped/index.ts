import { defineRule } from '../_kit';

// Skeleton: being written (see the rule's README once it lands).
export default defineRule({
  meta: {
    id: 'text-clipped',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Text must not be cut off by a box that is too small for it.',
      act: ['59br37'],
      wcag: ['1.4.4'],
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
