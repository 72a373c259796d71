import { defineRule, getAttr, attrValueRange, startTagRange } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { isRendered } from '../_a11y/dom';
import { languageMismatch, textInheritingLanguage } from '../_a11y/language-text';

export default defineRule({
  meta: {
    id: 'element-lang-matches-content',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A lang attribute on a part of the page (a quote, a paragraph in another language) must name the language of that part, so screen readers switch to the right voice. Checked with the language guesser when it is confident, and on short passages by their function words.',
      act: ['off6ek'],
      wcag: ['3.1.2'],
      recommended: true,
    },
    messages: {
      mismatch: 'lang="{{lang}}" on this <{{tag}}> but its text reads as {{guessName}} ({{guess}}, {{confidence}}% confident).',
      shortMismatch: 'lang="{{lang}}" on this <{{tag}}> but its text reads as {{guessName}} ({{guess}}): it uses {{guessName}} function words ({{evidence}}) and no {{langName}} ones.',
      useGuess: 'Change to lang="{{guess}}"',
    },
    schema: {
      type: 'object',
      properties: { minConfidence: { type: 'number', minimum: 0.5, maximum: 1, description: 'Report only guesses at least this confident (0.5–1).' } },
      additionalProperties: false,
    },
    defaultOptions: { minConfidence: 0.9 },
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const { file, project } = ctx;
    if (!file.html) return;
    let inBody = false;
    return {
      element(el) {
        if (el.tagName === 'body') inBody = true;
        if (!inBody || el.tagName === 'html' || el.tagName === 'body') return;
        const lang = getAttr(el, 'lang');
        if (!lang || !/^[a-z]{2,3}(?:-|$)/i.test(lang.trim())) return;
        const cascade = cascadeOf(file, project);
        if (isRendered(el, cascade) === 'no') return;
        const text = textInheritingLanguage(el, cascade);
        const found = languageMismatch(text, lang, Number(ctx.options.minConfidence));
        if (!found) return;
        const range = attrValueRange(file.text, el, 'lang') ?? startTagRange(el);
        ctx.report({ messageId: found.messageId, data: { ...found.data, tag: el.tagName }, range, suggest: [{ messageId: 'useGuess', data: { guess: found.lang }, fix: (f) => f.replace(range, found.lang) }] });
      },
    };
  },
});
