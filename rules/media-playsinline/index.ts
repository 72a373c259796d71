import { defineRule, attrRange, hasAttr, startTagRange, type HtmlElement } from '../_kit';

export default defineRule({
  meta: {
    id: 'media-playsinline',
    domain: 'media',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'iOS Safari only autoplays video inline when it has `playsinline`; without it an autoplaying hero or banner video does not play on iPhones (or jumps to fullscreen).',
      recommended: true,
    },
    messages: {
      missing: 'Autoplaying <video> without `playsinline`: it will not autoplay in the page on iPhones.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      element(el: HtmlElement) {
        if (el.tagName !== 'video' || !hasAttr(el, 'autoplay') || hasAttr(el, 'playsinline') || hasAttr(el, 'webkit-playsinline')) return;
        const range = attrRange(el, 'autoplay') ?? startTagRange(el);
        ctx.report({ messageId: 'missing', range, fix: (f) => f.insertAfter(range.end, ' playsinline') });
      },
    };
  },
});
