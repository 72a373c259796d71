import { defineRule, startTagRange } from '../_kit';
import { bannerContext } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-iframe',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Banners must not open child frames where the platform forbids them (Google Ads rejects <iframe>, <frame>, <embed> and <object> in uploaded HTML5 ads).',
      recommended: true,
    },
    messages: {
      frame: '<{{tag}}> is not allowed in a {{profile}} banner; build the content into the banner itself.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file) || b.profile.html.allowIframes) return;
    const profile = b.profileIds.join(' + ');
    return {
      element(el) {
        if (['iframe', 'frame', 'frameset', 'embed', 'object'].includes(el.tagName)) ctx.report({ messageId: 'frame', data: { tag: el.tagName, profile }, range: startTagRange(el) });
      },
    };
  },
});
