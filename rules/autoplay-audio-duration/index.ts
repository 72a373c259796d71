import { defineRule, startTagRange } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { autoplaysSound, playedMedia } from '../_a11y/media';

export default defineRule({
  meta: {
    id: 'autoplay-audio-duration',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Audio or video that plays automatically with sound must not play sound for more than 3 seconds: it drowns out screen readers.',
      act: ['aaa1bf'],
      wcag: ['1.4.2'],
      recommended: true,
    },
    messages: { tooLong: 'This <{{tag}}> starts playing sound on its own for {{seconds}}: more than 3 seconds covers a screen reader\'s speech. Add muted, drop autoplay, or cut it to 3 seconds.' },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      element(el) {
        if (!autoplaysSound(el) || cascadeOf(ctx.file, ctx.project).scripted) return;
        const media = playedMedia(ctx.file, ctx.project, el);
        if (!media || media.audible !== 'yes' || !(media.playedSec > 3)) return;
        const seconds = Number.isFinite(media.playedSec) ? `${Math.round(media.playedSec * 10) / 10} s` : 'ever (it loops)';
        ctx.report({ messageId: 'tooLong', data: { tag: el.tagName, seconds }, range: startTagRange(el) });
      },
    };
  },
});
