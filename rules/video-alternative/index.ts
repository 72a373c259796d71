import { defineRule, getAttr, hasAttr, startTagRange, type HtmlElement } from '../_kit';
import { ariaHidden, isRendered, visuallyHidden } from '../_a11y/dom';
import { playedMedia } from '../_a11y/media';
import { soleMediaOfPage } from '../_a11y/alternatives';
import captionWords from '../profiles/a11y/captions.json';


const childElements = (el: HtmlElement, tag: string) => el.childNodes.filter((n): n is HtmlElement => (n as HtmlElement).tagName === tag);

/** Lower-case tokens of a file name, plus each pair of neighbours joined (voice-over → voiceover). */
function nameWords(src: string): string[] {
  const base = src.replace(/[?#].*$/, '').split('/').pop() ?? '';
  const tokens = base.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return [...tokens, ...tokens.slice(1).map((t, i) => tokens[i] + t)];
}

export default defineRule({
  meta: {
    id: 'video-alternative',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A video with sound on a page that offers nothing else (no visible text, no transcript link, no description track, no other media) leaves people who cannot see it without any alternative for its visual content.',
      // Only the rules for videos with sound: the visual-only ones (c3232f, ac7dc6, ee13b5, d7ba54,
      // fd26cf) and f196ce treat a lone video with sound, or one without a descriptions track, as
      // inapplicable, so claiming them would make every report here a false positive there.
      act: ['c5a4ea', '1ea59c', '1ec09b', 'ab4d13', '1a02b0'],
      wcag: ['1.2.3', '1.2.5', '1.2.8'],
      recommended: true,
    },
    messages: {
      nothing: 'This <video> is the only visible content of the page: there is no audio description, description track, transcript or text alternative for people who cannot see it.',
    },
    schema: {
      type: 'object',
      properties: {
        describedVideoWords: { type: 'array', items: { type: 'string' }, description: 'File-name words that mark a video carrying its own audio description or narration; such videos are not reported.' },
      },
      additionalProperties: false,
    },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const { file, project } = ctx;
    const sole = soleMediaOfPage(file, project, 'video', ['audio', 'video']);
    if (!sole) return;
    const { elements: videos, cascade } = sole;
    const describedWords = new Set(((ctx.options.describedVideoWords as string[] | undefined) ?? captionWords.describedVideoWords).map((w) => w.toLowerCase()));
    for (const el of videos) {
      // A video that can neither be started by the user nor starts itself only shows its poster.
      if (!hasAttr(el, 'controls') && !hasAttr(el, 'autoplay')) continue;
      if (hasAttr(el, 'muted') && !hasAttr(el, 'controls')) continue;
      if (getAttr(el, 'aria-describedby')?.trim() || getAttr(el, 'aria-details')?.trim()) continue;
      if (childElements(el, 'track').some((t) => getAttr(t, 'kind')?.trim().toLowerCase() === 'descriptions')) continue;
      const srcs = [getAttr(el, 'src') ?? '', ...childElements(el, 'source').map((s) => getAttr(s, 'src') ?? '')];
      if (srcs.some((s) => nameWords(s).some((w) => describedWords.has(w)))) continue;
      if (isRendered(el, cascade) !== 'yes' || visuallyHidden(el, cascade) === 'yes') continue;
      if (ariaHidden(el)) continue;
      // Videos without sound fall under the visual-only rules, which count a lone silent video as inapplicable to the rules claimed here.
      const media = playedMedia(file, project, el);
      if (!media || media.audible !== 'yes' || !(media.playedSec > 0) || !media.facts.video) continue;
      ctx.report({ messageId: 'nothing', range: startTagRange(el) });
    }
  },
});
