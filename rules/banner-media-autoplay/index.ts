import { defineRule, hasAttr, startTagRange, attributeInsertOffset, getAttr } from '../_kit';
import { bannerContext } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-media-autoplay',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Audio and video in banners: no <audio>/<video> where the platform forbids them (Google Ads), no autoplaying sound, and autoplaying video must start muted.',
      recommended: true,
    },
    messages: {
      notAllowed: '<{{tag}}> is not allowed in a {{profile}} banner.',
      autoplayAudio: 'Audio starts on its own; {{profile}} only allows sound after a user action.',
      unmuted: 'This video plays automatically with sound; {{profile}} needs autoplaying video to start muted.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file)) return;
    const html = b.profile.html;
    const profile = b.profileIds.join(' + ');
    const text = ctx.file.text;
    return {
      element(el) {
        if (el.tagName === 'audio') {
          if (!html.allowAudio) ctx.report({ messageId: 'notAllowed', data: { tag: 'audio', profile }, range: startTagRange(el) });
          else if (hasAttr(el, 'autoplay') && !hasAttr(el, 'muted') && !html.allowAutoplayAudio) ctx.report({ messageId: 'autoplayAudio', data: { profile }, range: startTagRange(el) });
        } else if (el.tagName === 'video') {
          if (!html.allowVideo) ctx.report({ messageId: 'notAllowed', data: { tag: 'video', profile }, range: startTagRange(el) });
          else if (hasAttr(el, 'autoplay') && !hasAttr(el, 'muted') && html.autoplayVideoMuted && getAttr(el, 'autoplay') !== 'false') {
            const at = attributeInsertOffset(text, el);
            ctx.report({ messageId: 'unmuted', data: { profile }, range: startTagRange(el), fix: (f) => f.insertAfter(at, ' muted') });
          }
        }
      },
    };
  },
});
