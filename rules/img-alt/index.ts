import { defineRule, getAttr, hasAttr, startTagRange, attributeInsertOffset, closest, attrValueRange } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { isRendered, isTabbable } from '../_a11y/dom';

/** `role`s that make an image decorative, where no alt is needed. */
const PRESENTATIONAL = new Set(['presentation', 'none']);

export default defineRule({
  meta: {
    id: 'img-alt',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Every <img> needs an alt attribute: a text alternative, or alt="" when the image is decorative.',
      act: ['23a2a8'],
      wcag: ['1.1.1'],
      recommended: true,
    },
    messages: {
      missing: 'Image "{{src}}" has no alt attribute: screen readers read its file name instead.',
      blank: 'Image "{{src}}" has an alt of spaces only: it is neither described nor marked decorative (alt="").',
      markDecorative: 'Mark as decorative: add alt=""',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const text = ctx.file.text;
    return {
      element(el) {
        if (el.tagName !== 'img') return;
        const alt = getAttr(el, 'alt');
        if (alt !== undefined && (alt === '' || alt.trim() !== '')) return;
        const role = (getAttr(el, 'role') ?? '').trim().toLowerCase().split(/\s+/)[0];
        // A focusable image cannot be presentational: the role is ignored (presentational role conflict).
        if (PRESENTATIONAL.has(role) && !isTabbable(el)) return;
        if ((getAttr(el, 'aria-label') ?? '').trim() || hasAttr(el, 'aria-labelledby') || (alt === undefined && (getAttr(el, 'title') ?? '').trim())) return;
        if (getAttr(el, 'aria-hidden') === 'true' || closest(el, (e) => getAttr(e, 'aria-hidden') === 'true')) return;
        if (isRendered(el, cascadeOf(ctx.file, ctx.project)) === 'no') return;
        const src = getAttr(el, 'src') ?? '';
        const name = src.split('/').pop() || '(no src)';
        if (alt !== undefined) {
          const range = attrValueRange(text, el, 'alt')!;
          ctx.report({ messageId: 'blank', data: { src: name }, range: startTagRange(el), suggest: [{ messageId: 'markDecorative', fix: (f) => f.replace(range, '') }] });
          return;
        }
        const at = attributeInsertOffset(text, el);
        ctx.report({
          messageId: 'missing',
          data: { src: name },
          range: startTagRange(el),
          suggest: [{ messageId: 'markDecorative', fix: (f) => f.insertAfter(at, ' alt=""') }],
        });
      },
    };
  },
});
