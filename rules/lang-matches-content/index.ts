import { defineRule, getAttr, attrValueRange, startTagRange } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { languageMismatch, textInheritingLanguage } from '../_a11y/language-text';

export default defineRule({
  meta: {
    id: 'lang-matches-content',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'The page language in <html lang> must be the language the page is written in, so screen readers pick the right voice. Checked on the title, visible text and alt texts with a language guesser when it is confident, and on short pages by their function words.',
      act: ['ucwvc8'],
      wcag: ['3.1.1'],
      recommended: true,
    },
    messages: {
      mismatch: 'lang="{{lang}}" but the page text reads as {{guessName}} ({{guess}}, {{confidence}}% confident).',
      shortMismatch: 'lang="{{lang}}" but the page text reads as {{guessName}} ({{guess}}): it uses {{guessName}} function words ({{evidence}}) and no {{langName}} ones.',
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
    const html = ctx.file.html;
    const root = html?.elements.find((e) => e.tagName === 'html');
    if (!html || !root) return;
    const lang = getAttr(root, 'lang');
    if (!lang || !/^[a-z]{2,3}(?:-|$)/i.test(lang.trim())) return;
    const text = textInheritingLanguage(root, cascadeOf(ctx.file, ctx.project));
    const found = languageMismatch(text, lang, Number(ctx.options.minConfidence));
    if (!found) return;
    const range = attrValueRange(ctx.file.text, root, 'lang') ?? startTagRange(root);
    ctx.report({ messageId: found.messageId, data: found.data, range, suggest: [{ messageId: 'useGuess', data: { guess: found.lang }, fix: (f) => f.replace(range, found.lang) }] });
  },
});
