import { defineRule, attrRange, getAttr, hasAttr, startTagRange, type HtmlElement } from '../_kit';

export default defineRule({
  meta: {
    id: 'media-autoplay-sound',
    domain: 'media',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Browsers only autoplay video that is muted: `<video autoplay>` without `muted` stays frozen on its first frame (Chrome, Safari and Firefox autoplay policies). Add `muted`, or drop `autoplay` and let the viewer start it.',
      recommended: true,
    },
    messages: {
      unmuted: '<video autoplay> without `muted`: browsers block autoplay with sound, so this video will not start.',
      addMuted: 'Add the `muted` attribute.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    return {
      element(el: HtmlElement) {
        if (el.tagName !== 'video' || !hasAttr(el, 'autoplay') || hasAttr(el, 'muted')) return;
        if (getAttr(el, 'autoplay') === 'false') return;
        const range = attrRange(el, 'autoplay') ?? startTagRange(el);
        ctx.report({
          messageId: 'unmuted',
          range,
          suggest: [{ messageId: 'addMuted', fix: (f) => f.insertAfter(range.end, ' muted') }],
        });
      },
    };
  },
});
