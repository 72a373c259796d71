import { defineRule, getAttr, hasAttr, startTagRange, type HtmlElement } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { ariaHidden, isRendered, visuallyHidden } from '../_a11y/dom';
import { playedMedia } from '../_a11y/media';
import { ALTERNATIVE_WORD_OPTIONS, alternativeEvidence, alternativeWordsOf, hasTranscriptSizedText } from '../_a11y/alternatives';

const childElements = (el: HtmlElement, tag: string) => el.childNodes.filter((n): n is HtmlElement => (n as HtmlElement).tagName === tag);

export default defineRule({
  meta: {
    id: 'video-visual-only-alternative',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A video without sound (video-only) needs an alternative for people who cannot see it: a transcript or text description they can find, a description track, or an audio track that describes it.',
      act: ['c3232f', 'ee13b5'],
      wcag: ['1.2.1'],
      recommended: true,
    },
    messages: {
      noAlternative: 'This <video> has no sound and no alternative people who cannot see it can find: no description track, no audio description, no link to a transcript, and no text on the page that describes or refers to it.',
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
    const { file, project } = ctx;
    const words = alternativeWordsOf(ctx.options, 'video');
    return {
      element(el) {
        if (el.tagName !== 'video') return;
        // A silent video without controls is most often a decorative background loop: not judged.
        if (!hasAttr(el, 'controls')) return;
        const cascade = cascadeOf(file, project);
        if (cascade.scripted) return;
        if (isRendered(el, cascade) !== 'yes' || visuallyHidden(el, cascade) !== 'no' || ariaHidden(el)) return;
        if (childElements(el, 'track').some((t) => getAttr(t, 'kind')?.trim().toLowerCase() === 'descriptions' && getAttr(t, 'src')?.trim())) return;
        // A separate player next to the video is its audio alternative (an audio description track).
        if (file.html!.elements.some((e) => e.tagName === 'audio' && isRendered(e, cascade) !== 'no')) return;
        const media = playedMedia(file, project, el);
        if (!media || media.audible !== 'no' || !media.facts.video || !(media.playedSec > 0)) return;
        const evidence = alternativeEvidence(file, el, cascade, words);
        // Text that refers to the video, or enough visible text to describe it, may be its alternative.
        if (evidence.pointer || evidence.referring || hasTranscriptSizedText(evidence)) return;
        ctx.report({ messageId: 'noAlternative', range: startTagRange(el) });
      },
    };
  },
});
