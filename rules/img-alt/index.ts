import { defineRule, getAttr, hasAttr, startTagRange, attributeInsertOffset, closest } from '../_kit';

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
        if (el.tagName !== 'img' || hasAttr(el, 'alt')) return;
        const role = (getAttr(el, 'role') ?? '').trim().toLowerCase().split(/\s+/)[0];
        if (PRESENTATIONAL.has(role) || hasAttr(el, 'aria-label') || hasAttr(el, 'aria-labelledby')) return;
        if (getAttr(el, 'aria-hidden') === 'true' || closest(el, (e) => getAttr(e, 'aria-hidden') === 'true')) return;
        const src = getAttr(el, 'src') ?? '';
        const at = attributeInsertOffset(text, el);
        ctx.report({
          messageId: 'missing',
          data: { src: src.split('/').pop() || '(no src)' },
          range: startTagRange(el),
          suggest: [{ messageId: 'markDecorative', fix: (f) => f.insertAfter(at, ' alt=""') }],
        });
      },
    };
  },
});
