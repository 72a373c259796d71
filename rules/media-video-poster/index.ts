import { defineRule, getAttr, tagNameRange, type HtmlElement } from '../_kit';

export default defineRule({
  meta: {
    id: 'media-video-poster',
    domain: 'media',
    type: 'suggestion',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A `<video>` without a `poster` shows a black or empty box until enough of the file has loaded, and nothing at all where autoplay is blocked or data saving is on. A poster image keeps the layout and the message visible.',
      recommended: true,
    },
    messages: {
      missing: '<video> has no `poster`: viewers see an empty box until the video loads.',
      empty: '<video poster=""> is empty: give it the URL of a still image.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      element(el: HtmlElement) {
        if (el.tagName !== 'video') return;
        const poster = getAttr(el, 'poster');
        if (poster === undefined) ctx.report({ messageId: 'missing', range: tagNameRange(el) });
        else if (!poster.trim()) ctx.report({ messageId: 'empty', range: tagNameRange(el) });
      },
    };
  },
});
