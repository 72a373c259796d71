import { defineRule, hasAttr, startTagRange } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { isRendered, visuallyHidden, ariaHidden } from '../_a11y/dom';
import { playedMedia } from '../_a11y/media';
import { alternativeEvidence, hasTranscriptSizedText } from '../_a11y/alternatives';
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
      description: 'Prerecorded audio needs a text alternative people who cannot hear it can find: a link to a transcript, a transcript on the page, or visible text the audio repeats.',
      act: ['2eb176', 'e7aa44'],
      wcag: ['1.2.1'],
      recommended: true,
    },
    messages: {
      noAlternative: 'This <audio> has no text alternative people who cannot hear it can find: no link to a transcript, no transcript on the page and no text that refers to it.',
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
        // Next to a video, an audio player is most often that video's audio description: an alternative itself.
        if (file.html!.elements.some((e) => e.tagName === 'video' && isRendered(e, cascade) !== 'no')) return;
        const media = playedMedia(file, project, el);
        if (!media || media.audible !== 'yes' || !(media.playedSec > 0)) return;
        const evidence = alternativeEvidence(file, el, cascade, words);
        // Enough visible text to be a transcript, or text that refers to the audio, may be its
        // alternative; whether it is labelled as such is audio-media-alternative's question.
        if (evidence.pointer || evidence.referring || hasTranscriptSizedText(evidence)) return;
        ctx.report({ messageId: 'noAlternative', range: startTagRange(el) });
      },
    };
  },
});
