import { defineRule, hasAttr, startTagRange } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { isRendered, visuallyHidden, ariaHidden } from '../_a11y/dom';
import { playedMedia } from '../_a11y/media';
import { alternativeEvidence, hasTranscriptSizedText } from '../_a11y/alternatives';
import alternativeWords from '../profiles/a11y/media-alternatives.json';

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
        if (!hasAttr(el, 'controls') && !hasAttr(el, 'autoplay')) return;
        const cascade = cascadeOf(file, project);
        if (cascade.scripted) return;
        if (isRendered(el, cascade) !== 'yes' || (hasAttr(el, 'controls') && visuallyHidden(el, cascade) !== 'no') || ariaHidden(el)) return;
        // Next to a video, an audio player is most often that video's audio description: an alternative itself.
        if (file.html!.elements.some((e) => e.tagName === 'video' && isRendered(e, cascade) !== 'no')) return;
        const media = playedMedia(file, project, el);
        if (!media || media.audible !== 'yes' || !(media.playedSec > 0)) return;
        const evidence = alternativeEvidence(file, el, cascade, words);
        if (evidence.pointer) return;
        const sized = hasTranscriptSizedText(evidence);
        // Neither text nor a label: audio-alternative reports that.
        if (evidence.referring === sized) return;
        ctx.report({ messageId: sized ? 'unlabelled' : 'nothingVisible', range: startTagRange(el) });
      },
    };
  },
});
