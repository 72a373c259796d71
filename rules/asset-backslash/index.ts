import { defineRule } from '../_kit';
import { assetRefsOf, pathPartLength } from '../_assets';

export default defineRule({
  meta: {
    id: 'asset-backslash',
    domain: 'asset',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg', 'json'],
    cost: 'cheap',
    docs: {
      description: 'URLs use forward slashes; a Windows backslash path (`images\\logo.png`) fails on servers, in CSS (where `\\` is an escape) and in many ad servers.',
      recommended: true,
    },
    messages: {
      backslash: '"{{url}}" uses backslashes; URLs need forward slashes ("{{fixed}}").',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    for (const ref of assetRefsOf(ctx.project, ctx.file)) {
      if (ref.external || ref.fileSystemPath) continue;
      const pathLen = pathPartLength(ref.raw);
      const written = ref.raw.slice(0, pathLen);
      if (!written.includes('\\')) continue;
      const fixed = written.replace(/\\/g, '/');
      ctx.report({
        messageId: 'backslash',
        data: { url: ref.raw, fixed },
        range: ref.range,
        fix: (f) => f.replace({ start: ref.range.start, end: ref.range.start + pathLen }, fixed),
      });
    }
  },
});
