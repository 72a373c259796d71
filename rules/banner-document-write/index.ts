import { defineRule } from '../_kit';
import { bannerContext, unitScripts } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-document-write',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'js'],
    cost: 'cheap',
    docs: {
      description: 'document.write() blocks the page and is ignored in asynchronously served ad frames; avoid it except where the platform\'s own loader needs it (Adform).',
      recommended: false,
    },
    messages: {
      write: '{{callee}}() is used; in asynchronously served ad frames it is ignored or blocks the page. Add elements with the DOM instead.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file) || b.profile.documentWrite !== 'forbidden') return;
    for (const chunk of unitScripts(b.unit)) {
      if (chunk.file !== ctx.file) continue;
      for (const call of chunk.facts.calls) {
        if (/^(window\.)?document\.(write|writeln)$/.test(call.callee)) ctx.report({ messageId: 'write', data: { callee: call.callee }, range: call });
      }
    }
  },
});
