import { defineRule } from '../_kit';
import { isOrderFile, parseOrder } from '../../server/src/engine/model/order';

const MESSAGE_IDS = { syntax: 'syntax', schema: 'schema', 'unknown-profile': 'unknownProfile', 'profile-type': 'profileType' } as const;

export default defineRule({
  meta: {
    id: 'order-file-invalid',
    domain: 'deliverables',
    type: 'problem',
    scope: 'file',
    languages: ['yaml', 'json'],
    cost: 'cheap',
    docs: {
      description: 'The production order (crossmedia-order.yaml, .yml or .json) must parse and follow its schema, and name only known platform profiles; otherwise deliverables cannot be checked.',
      recommended: true,
    },
    messages: {
      syntax: 'The order file cannot be parsed: {{message}}',
      schema: '{{message}}',
      unknownProfile: '{{message}}',
      profileType: '{{message}}',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    if (!isOrderFile(ctx.file.path) || ctx.file.inArchive) return;
    for (const p of parseOrder(ctx.file).problems) {
      ctx.report({ messageId: MESSAGE_IDS[p.code], data: { message: p.message }, range: p.range });
    }
  },
});
