import { defineRule, getAttr, attrValueRange, startTagRange, type HtmlElement, type HtmlNode } from '../_kit';
import { guessLanguage } from '../../server/src/engine/facts/language';
import { cascadeOf } from '../_a11y/cascade';
import { isRendered } from '../_a11y/dom';

/** Language codes that name the same language for a reader (macro-languages, old codes). */
const SAME: Record<string, string> = { no: 'nb', nn: 'nb', iw: 'he', in: 'id', ji: 'yi', tl: 'fil', zh: 'zh', cmn: 'zh', yue: 'zh' };
const primary = (tag: string) => { const p = tag.trim().toLowerCase().split(/[-_]/)[0]; return SAME[p] ?? p; };

export default defineRule({
  meta: {
    id: 'lang-matches-content',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'The page language in <html lang> must be the language the page is written in, so screen readers pick the right voice. Checked with a language guesser on the visible text, only when it is confident.',
      act: ['ucwvc8'],
      wcag: ['3.1.1'],
      recommended: true,
    },
    messages: {
      mismatch: 'lang="{{lang}}" but the page text reads as "{{guess}}" ({{confidence}}% confident).',
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
    const cascade = cascadeOf(ctx.file, ctx.project);
    // Text that inherits the page language: not under another lang attribute, rendered, not code.
    const parts: string[] = [];
    const walk = (node: HtmlNode) => {
      if (node.nodeName === '#text') { parts.push((node as { value: string }).value); return; }
      if (!('tagName' in node)) return;
      const el = node as HtmlElement;
      if (el !== root && getAttr(el, 'lang') !== undefined) return;
      if (['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'noscript', 'head'].includes(el.tagName)) return;
      if (el !== root && isRendered(el, cascade) === 'no') return;
      for (const c of el.childNodes) walk(c as HtmlNode);
      parts.push(' ');
    };
    walk(root);
    const guess = guessLanguage(parts.join(' ').replace(/\s+/g, ' '));
    if (!guess || guess.confidence < Number(ctx.options.minConfidence)) return;
    if (primary(guess.lang) === primary(lang)) return;
    const range = attrValueRange(ctx.file.text, root, 'lang') ?? startTagRange(root);
    ctx.report({
      messageId: 'mismatch',
      data: { lang: lang.trim(), guess: guess.lang, confidence: Math.round(guess.confidence * 100) },
      range,
      suggest: [{ messageId: 'useGuess', data: { guess: guess.lang }, fix: (f) => f.replace(range, guess.lang) }],
    });
  },
});
