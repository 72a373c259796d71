import { defineRule, getAttr, startTagRange, type HtmlElement } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { byId, hiddenFromAT, norm } from '../_a11y/dom';

/** File extensions of images, audio and video: an object showing one is non-text content. */
const NON_TEXT = /\.(?:png|jpe?g|gif|webp|avif|bmp|ico|svg|tiff?|mp3|m4a|aac|wav|ogg|oga|opus|flac|mp4|m4v|mov|webm|ogv|mkv|avi)$/i;

function rendersNonText(el: HtmlElement): boolean {
  const type = (getAttr(el, 'type') ?? '').trim().toLowerCase();
  if (type) return /^(?:image|audio|video)\//.test(type);
  const data = (getAttr(el, 'data') ?? '').trim().replace(/[?#].*$/, '');
  return NON_TEXT.test(data);
}

export default defineRule({
  meta: {
    id: 'object-name',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'An <object> that shows an image, audio or video needs an accessible name (title, aria-label or aria-labelledby) saying what it is.',
      act: ['8fc3b6'],
      wcag: ['1.1.1'],
      recommended: true,
    },
    messages: { noName: 'This <object> shows {{kind}} but has no accessible name: add a title or aria-label saying what it is.' },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      element(el) {
        if (el.tagName !== 'object' || getAttr(el, 'role')?.trim() || !rendersNonText(el)) return;
        const cascade = cascadeOf(ctx.file, ctx.project);
        if (cascade.scripted || hiddenFromAT(el, cascade) !== 'no') return;
        if (norm(getAttr(el, 'aria-label') ?? '') || norm(getAttr(el, 'title') ?? '')) return;
        const labelledby = norm(getAttr(el, 'aria-labelledby') ?? '');
        if (labelledby && labelledby.split(' ').some((id) => byId(ctx.file).has(id))) return;
        // Fallback content is not the name, but when there is some we leave the judgement to axe.
        if (el.childNodes.some((n) => n.nodeName !== '#text' || (n as { value: string }).value.trim() !== '')) return;
        const type = (getAttr(el, 'type') ?? '').toLowerCase();
        const data = (getAttr(el, 'data') ?? '').toLowerCase().replace(/[?#].*$/, '');
        const kind = /^audio|\.(?:mp3|m4a|aac|wav|oga|opus|flac)$/.test(type || data) ? 'audio'
          : /^video|\.(?:mp4|m4v|mov|webm|ogv|mkv|avi|ogg)$/.test(type || data) ? 'a video' : 'an image';
        ctx.report({ messageId: 'noName', data: { kind }, range: startTagRange(el) });
      },
    };
  },
});
