import { defineRule, startTagRange } from '../_kit';
import { ALTERNATIVE_WORD_OPTIONS, alternativeWordsOf, hasTranscriptSizedText, judgedAudio } from '../_a11y/alternatives';

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
      properties: ALTERNATIVE_WORD_OPTIONS,
      additionalProperties: false,
    },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const words = alternativeWordsOf(ctx.options, 'audio');
    return {
      element(el) {
        const evidence = judgedAudio(ctx.file, ctx.project, el, words);
        // Enough visible text to be a transcript, or text that refers to the audio, may be its
        // alternative; whether it is labelled as such is audio-media-alternative's question.
        if (!evidence || evidence.pointer || evidence.referring || hasTranscriptSizedText(evidence)) return;
        ctx.report({ messageId: 'noAlternative', range: startTagRange(el) });
      },
    };
  },
});
