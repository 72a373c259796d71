import { defineRule, startTagRange } from '../_kit';
import { ALTERNATIVE_WORD_OPTIONS, alternativeWordsOf, hasTranscriptSizedText, judgedAudio } from '../_a11y/alternatives';

export default defineRule({
  meta: {
    id: 'audio-media-alternative',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Audio next to text needs words that tie the two together: when the audio repeats the text (a read-aloud article, a recorded speech), visible text must say so, and the text must be visible; otherwise people who cannot hear it cannot tell whether they miss anything.',
      act: ['afb423'],
      wcag: ['1.2.1'],
      recommended: true,
    },
    messages: {
      unlabelled: 'Nothing on the page says what this <audio> is: if it repeats the text on the page, say so next to it ("Listen to this article"); otherwise link a transcript.',
      nothingVisible: 'Text on the page presents this <audio>, but there is no visible text it could repeat and no transcript: show the text or link a transcript.',
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
        if (!evidence || evidence.pointer) return;
        const sized = hasTranscriptSizedText(evidence);
        // Neither text nor a label: audio-alternative reports that.
        if (evidence.referring === sized) return;
        ctx.report({ messageId: sized ? 'unlabelled' : 'nothingVisible', range: startTagRange(el) });
      },
    };
  },
});
