import { defineRule, hasAttr, startTagRange } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { isRendered, visuallyHidden, ariaHidden } from '../_a11y/dom';
import { playedMedia } from '../_a11y/media';
import { textAlternativeOf } from '../_a11y/alternatives';
import alternativeWords from '../profiles/a11y/media-alternatives.json';

export default defineRule({
  meta: {
    id: 'audio-alternative',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Prerecorded audio needs a text alternative people who cannot hear it can find: a link to a transcript, a transcript on the page that refers to the audio, or visible text that the audio is labelled as repeating.',
      act: ['2eb176', 'e7aa44', 'afb423'],
      wcag: ['1.2.1'],
      recommended: true,
    },
    messages: {
      noAlternative: 'This <audio> has no text alternative people who cannot hear it can find: no link to a transcript, and no visible text on the page that refers to the audio (a transcript, or text the audio is labelled as repeating).',
    },
    schema: {
      type: 'object',
      properties: {
        transcriptWords: { type: 'array', items: { type: 'string' }, description: 'Words or phrases in a link or button name (or its file name) that lead to a transcript.' },
        referenceWords: { type: 'array', items: { type: 'string' }, description: 'Words of visible text that refer to the audio ("listen", "recording").' },
      },
      additionalProperties: false,
    },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const { file, project } = ctx;
    const words = {
      transcriptWords: (ctx.options.transcriptWords as string[] | undefined) ?? alternativeWords.transcriptWords,
      referenceWords: (ctx.options.referenceWords as string[] | undefined) ?? alternativeWords.referenceWords.audio,
    };
    return {
      element(el) {
        if (el.tagName !== 'audio') return;
        // Audio that can neither be started by the user nor starts itself is never heard.
        if (!hasAttr(el, 'controls') && !hasAttr(el, 'autoplay')) return;
        const cascade = cascadeOf(file, project);
        // Scripts can write the transcript or the player's own controls; we cannot see what they add.
        if (cascade.scripted) return;
        if (isRendered(el, cascade) !== 'yes' || (hasAttr(el, 'controls') && visuallyHidden(el, cascade) !== 'no') || ariaHidden(el)) return;
        const media = playedMedia(file, project, el);
        if (!media || media.audible !== 'yes' || !(media.playedSec > 0)) return;
        if (textAlternativeOf(file, el, cascade, words)) return;
        ctx.report({ messageId: 'noAlternative', range: startTagRange(el) });
      },
    };
  },
});
