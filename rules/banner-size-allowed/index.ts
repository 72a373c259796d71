import { defineRule } from '../_kit';
import { bannerContext, FILE_START } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-size-allowed',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'The banner size must be one the platform accepts (Google Ads upload sizes, the IAB fixed-size portfolio); the list comes from the banner profile.',
      recommended: true,
    },
    messages: {
      notAllowed: '{{size}} is not a size {{profile}} accepts (from {{from}}); accepted: {{allowed}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || b.unit.primary !== ctx.file || !b.size) return;
    const allowed = b.profile.sizes.allowed;
    if (allowed === 'any') return;
    const size = `${b.size.width}x${b.size.height}`;
    if (allowed.includes(size)) return;
    const from = { meta: 'ad.size meta', 'adform-manifest': 'manifest.json', 'flashtalking-manifest': 'manifest.js', name: `the name "${b.unit.name}"`, settings: 'the configuration' }[b.size.source];
    const list = allowed.length > 8 ? `${allowed.slice(0, 8).join(', ')} …` : allowed.join(', ') || 'none';
    const located = b.size.file && b.size.range ? b.size : undefined;
    ctx.report({
      messageId: 'notAllowed',
      data: { size, profile: b.profileIds.join(' + '), from, allowed: list },
      range: located?.range ?? FILE_START,
      file: located && located.file !== ctx.file ? located.file : undefined,
    });
  },
});
