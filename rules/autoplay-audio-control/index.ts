import { defineRule, hasAttr, startTagRange, attributeInsertOffset } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { autoplaysSound, playedMedia } from '../_a11y/media';

export default defineRule({
  meta: {
    id: 'autoplay-audio-control',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Audio or video that plays sound automatically for more than 3 seconds needs a control to pause or stop it; without scripts, that is the controls attribute.',
      act: ['4c31df', '80f0bf'],
      wcag: ['1.4.2'],
      recommended: true,
    },
    messages: {
      noControl: 'This <{{tag}}> plays sound on its own for more than 3 seconds and there is no control to pause, stop or mute it.',
      addControls: 'Add the controls attribute',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    return {
      element(el) {
        if (!autoplaysSound(el) || hasAttr(el, 'controls')) return;
        // A script could provide its own play/pause buttons.
        if (cascadeOf(ctx.file, ctx.project).scripted) return;
        const media = playedMedia(ctx.file, ctx.project, el);
        if (!media || media.audible !== 'yes' || !(media.playedSec > 3)) return;
        const at = attributeInsertOffset(ctx.file.text, el);
        ctx.report({
          messageId: 'noControl',
          data: { tag: el.tagName },
          range: startTagRange(el),
          suggest: [{ messageId: 'addControls', fix: (f) => f.insertAfter(at, ' controls') }],
        });
      },
    };
  },
});
