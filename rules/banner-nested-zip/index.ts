import { defineRule } from '../_kit';
import { bannerContext, FILE_START } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-nested-zip',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['zip'],
    cost: 'cheap',
    docs: {
      description: 'A banner package must not contain another ZIP: Google Ads, CM360 and most ad servers reject nested archives.',
      recommended: true,
    },
    messages: {
      nested: '"{{name}}" is a ZIP inside the banner package; {{profile}} rejects nested archives. Upload each banner as its own ZIP.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file) || b.profile.files.nestedZip !== 'forbidden') return;
    ctx.report({ messageId: 'nested', data: { name: b.unit.relPath(ctx.file), profile: b.profileIds.join(' + ') }, range: FILE_START });
  },
});
