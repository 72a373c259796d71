import { defineRule, getAttr, hasAttr, startTagRange } from '../_kit';
import { isRendered } from '../_a11y/dom';
import { playedMedia } from '../_a11y/media';
import { soleMediaOfPage } from '../_a11y/alternatives';


export default defineRule({
  meta: {
    id: 'audio-alternative',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'An audio player on a page that shows nothing else (no visible text, no links, no other content) leaves people who cannot hear it without any transcript or text alternative.',
      act: ['2eb176', 'e7aa44'],
      wcag: ['1.2.1'],
      recommended: true,
    },
    messages: {
      nothing: 'This <audio> is the only visible content of the page: there is no transcript or text alternative for people who cannot hear it.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const { file, project } = ctx;
    const sole = soleMediaOfPage(file, project, 'audio', ['video']);
    if (!sole) return;
    const { elements: audios, cascade } = sole;
    for (const el of audios) {
      // Audio that can neither be started by the user nor starts itself is never heard.
      if (!hasAttr(el, 'controls') && !hasAttr(el, 'autoplay')) continue;
      if (getAttr(el, 'aria-describedby')?.trim() || getAttr(el, 'aria-details')?.trim()) continue;
      if (isRendered(el, cascade) !== 'yes') continue;
      const media = playedMedia(file, project, el);
      if (!media || media.audible !== 'yes' || !(media.playedSec > 0)) continue;
      ctx.report({ messageId: 'nothing', range: startTagRange(el) });
    }
  },
});
