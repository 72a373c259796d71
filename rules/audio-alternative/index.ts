import { defineRule, getAttr, hasAttr, startTagRange, type HtmlElement, type HtmlNode } from '../_kit';
import { cascadeOf, type Cascade } from '../_a11y/cascade';
import { isRendered, norm, visuallyHidden } from '../_a11y/dom';
import { playedMedia } from '../_a11y/media';

/** Elements that could carry or lead to a text alternative without being text themselves. */
const CARRIERS = new Set(['a', 'area', 'iframe', 'frame', 'object', 'embed', 'img', 'svg', 'canvas', 'video', 'button', 'input', 'select', 'textarea', 'details', 'dialog', 'form', 'script', 'noscript', 'template', 'slot']);

/**
 * Text or carriers anywhere in the page outside the given audio elements that people who cannot
 * hear can see: content not rendered or moved out of view (text-indent: -9999px…) does not count.
 */
function pageOffersSomething(node: HtmlNode, audios: Set<HtmlNode>, c: Cascade): boolean {
  if (audios.has(node)) return false;
  if (node.nodeName === '#text') return norm((node as { value: string }).value) !== '';
  if (!('childNodes' in node)) return false;
  const el = node as HtmlElement;
  if ('tagName' in el) {
    if (el.tagName === 'head') return false;
    if (el.tagName !== 'html' && (isRendered(el, c) === 'no' || visuallyHidden(el, c) === 'yes')) return false;
    if (CARRIERS.has(el.tagName) || el.attrs.some((a) => a.name.startsWith('on') || a.name === 'aria-label' || a.name === 'title')) return true;
  }
  return el.childNodes.some((n) => pageOffersSomething(n, audios, c));
}

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
    const doc = file.html;
    if (!doc) return;
    const audios = doc.elements.filter((e) => e.tagName === 'audio');
    if (!audios.length) return;
    const cascade = cascadeOf(file, project);
    const root = doc.elements.find((e) => e.tagName === 'html');
    if (!root || cascade.scripted) return;
    if (pageOffersSomething(root, new Set(audios), cascade)) return;
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
