import { defineRule, getAttr, startTagRange, attrValueRange, attributeInsertOffset } from '../_kit';

// Primary language subtag (2–3 letters; no longer ones are registered), then optional subtags.
const BCP47 = /^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$/i;

export default defineRule({
  meta: {
    id: 'html-lang',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'The <html> element needs a lang attribute with a valid language tag, so screen readers pronounce the page right.',
      act: ['b5c3f8', 'bf051a'],
      wcag: ['3.1.1'],
      recommended: true,
    },
    messages: {
      missing: 'The page has no lang attribute on <html>.',
      empty: 'The lang attribute on <html> is empty.',
      invalid: 'The lang attribute "{{lang}}" is not a valid language tag (e.g. "en", "nl-BE").',
      addLang: 'Add lang="{{lang}}"',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: true,
  },
  create(ctx) {
    const text = ctx.file.text;
    const configured = typeof ctx.settings.language === 'string' ? ctx.settings.language : undefined;
    return {
      element(el) {
        if (el.tagName !== 'html' || !el.sourceCodeLocation?.startTag) return;
        const lang = getAttr(el, 'lang');
        const xmlLang = getAttr(el, 'xml:lang');
        if (lang === undefined) {
          if (xmlLang && BCP47.test(xmlLang.trim())) return;
          const at = attributeInsertOffset(text, el);
          ctx.report({
            messageId: 'missing',
            range: startTagRange(el),
            // Only the configured language is safe to insert without asking.
            fix: configured ? (f) => f.insertAfter(at, ` lang="${configured}"`) : undefined,
            suggest: configured ? undefined : [{ messageId: 'addLang', data: { lang: 'en' }, fix: (f) => f.insertAfter(at, ' lang="en"') }],
          });
          return;
        }
        const value = lang.trim();
        const range = attrValueRange(text, el, 'lang') ?? startTagRange(el);
        if (!value) {
          ctx.report({ messageId: 'empty', range: startTagRange(el), fix: configured ? (f) => f.replace(range, configured) : undefined });
        } else if (!BCP47.test(value)) {
          ctx.report({ messageId: 'invalid', data: { lang: value }, range });
        }
      },
    };
  },
});
