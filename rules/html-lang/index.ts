import { defineRule, getAttr, startTagRange, attrValueRange, attributeInsertOffset } from '../_kit';
import subtags from '../profiles/a11y/language-subtags.json';

// Primary language subtag (2–3 letters; no longer ones are registered), then optional subtags.
const TWO_LETTER = new Set(subtags.twoLetter);
/** Well-formed, and a two-letter primary subtag must be a registered language. */
const validTag = (tag: string) => BCP47.test(tag) && (!/^[a-z]{2}(?:-|$)/i.test(tag) || TWO_LETTER.has(tag.slice(0, 2).toLowerCase()));
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
        // xml:lang alone does not set the language of an HTML document (it only counts in XHTML).
        if (lang === undefined) {
          if (/\.xhtml?$/i.test(ctx.file.path) && getAttr(el, 'xml:lang') && validTag(getAttr(el, 'xml:lang')!.trim())) return;
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
        } else if (!validTag(value)) {
          ctx.report({ messageId: 'invalid', data: { lang: value }, range });
        }
      },
    };
  },
});
