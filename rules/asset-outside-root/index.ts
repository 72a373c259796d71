import { defineRule } from '../_kit';
import { assetRefsOf } from '../_assets';

export default defineRule({
  meta: {
    id: 'asset-outside-root',
    domain: 'asset',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg', 'json'],
    cost: 'cheap',
    docs: {
      description: 'A relative reference climbs out of the deliverable (`../../shared/logo.png`): the file is not uploaded with it, and ad servers reject such paths.',
      recommended: true,
    },
    messages: {
      outside: '"{{url}}" leaves the deliverable folder "{{root}}"; the file will not be deployed with it.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    for (const ref of assetRefsOf(ctx.project, ctx.file)) {
      if (!ref.outsideRoot) continue;
      const root = (ref.root ?? '').replace(/!$/, '').split(/[\\/]/).pop() ?? '';
      ctx.report({ messageId: 'outside', data: { url: ref.raw, root }, range: ref.range });
    }
  },
});
