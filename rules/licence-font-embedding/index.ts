import { defineRule } from '../_kit';
import { assetName, usedAssetsFrom } from '../_licence/shared';
import { assetRightsOf } from '../../server/src/engine/facts/rights-of';

const MEANING: Record<string, string> = {
  restricted: 'restricted licence embedding: the font must not be embedded or served at all',
  'preview-print': 'preview & print embedding only',
  editable: 'editable embedding',
  installable: 'installable embedding',
};

export default defineRule({
  meta: {
    id: 'licence-font-embedding',
    domain: 'licence',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css'],
    cost: 'expensive',
    docs: {
      description: 'A font whose OS/2 fsType forbids embedding (restricted licence embedding, 0x0002) is served as a web font from an @font-face rule. Ask the foundry for a web-font licence and its web-font files.',
      recommended: true,
    },
    messages: {
      forbidden: 'Font "{{asset}}" is served as a web font, but its embedding permissions forbid it (OS/2 fsType 0x{{fsType}}: {{meaning}}).',
    },
    schema: {
      type: 'object',
      properties: {
        forbid: { type: 'array', items: { enum: ['restricted', 'preview-print', 'editable'] }, uniqueItems: true, description: 'Embedding levels that must not be served as web fonts.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { forbid: ['restricted'] },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const forbid = new Set(ctx.options.forbid as string[]);
    for (const use of usedAssetsFrom(ctx.project, ctx.file)) {
      if (use.kind !== 'font' || use.ref.kind !== 'font-face') continue;
      const font = assetRightsOf(ctx.project, use.asset)?.font;
      if (!font || font.fsType === undefined || !forbid.has(font.embedding)) continue;
      ctx.report({
        messageId: 'forbidden',
        data: { asset: assetName(ctx, use), fsType: font.fsType.toString(16).padStart(4, '0'), meaning: MEANING[font.embedding] ?? font.embedding },
        range: use.ref.range,
      });
    }
  },
});
