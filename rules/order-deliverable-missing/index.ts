import { defineRule } from '../_kit';
import { filesOfDeliverable, isGlob, isOrderFile, parseOrder } from '../../server/src/engine/model/order';

export default defineRule({
  meta: {
    id: 'order-deliverable-missing',
    domain: 'deliverables',
    type: 'problem',
    scope: 'project',
    languages: ['yaml', 'json'],
    cost: 'cheap',
    docs: {
      description: 'Every deliverable of the production order must be in the delivery folder: a missing file, an empty folder or a glob with too few matches is reported on the order line.',
      recommended: true,
    },
    messages: {
      missing: '"{{name}}" ({{type}}) is missing: nothing at "{{path}}" in the delivery folder.',
      tooFew: '"{{name}}" asks for {{count}} files matching "{{path}}"; {{found}} delivered.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    for (const file of [...ctx.project.files.values()]) {
      if (file.inArchive || !isOrderFile(file.path) || (file.language !== 'yaml' && file.language !== 'json')) continue;
      const order = parseOrder(file);
      for (const d of order.deliverables) {
        const found = filesOfDeliverable(ctx.project, order, d).length;
        if (found >= d.count) continue;
        const data = { name: d.name, type: d.type, path: d.path, count: d.count, found };
        ctx.report({ file, messageId: found === 0 || !isGlob(d.path) ? 'missing' : 'tooFew', data, range: d.pathRange });
      }
    }
  },
});
