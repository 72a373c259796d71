import { defineRule } from '../_kit';
import type { SuggestionDescriptor } from '../_kit';
import { houseStyleOf, visibleTextSegments, wordsOf, languageOfElement, addProjectWordEdit, brandWordPattern } from '../../server/src/engine/facts/house-style';
import { spellerFor, isCorrect } from '../../server/src/engine/facts/spelling';
import { guessLanguage } from '../../server/src/engine/facts/language';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', nl: 'Dutch', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian' };
/** Time a file may spend on replacement suggestions (nspell's suggest is slow for large dictionaries). */
const SUGGEST_BUDGET_MS = 3000;

export default defineRule({
  meta: {
    id: 'copy-spelling',
    domain: 'house-style',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'svg'],
    cost: 'expensive',
    docs: {
      description: 'Visible copy (text, alt, title, aria-label) is spell-checked in the language of its element with Hunspell dictionaries, the brand words and the project word list.',
      recommended: true,
    },
    messages: {
      unknown: '"{{word}}" is not in the {{language}} dictionary or the project words.',
      replace: 'Change to "{{suggestion}}"',
      addWord: 'Add "{{word}}" to the project words',
    },
    schema: {
      type: 'object',
      properties: {
        ignoreAllCaps: { type: 'boolean', description: 'Skip words in capitals (acronyms, product codes).' },
        maxSuggestions: { type: 'integer', minimum: 0 },
      },
      additionalProperties: false,
    },
    defaultOptions: { ignoreAllCaps: true, maxSuggestions: 3 },
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const hs = houseStyleOf(ctx);
    if (!hs) return;
    const known = new Set(hs.projectWords.map((w) => w.toLowerCase()));
    const brandPatterns = hs.words.map(brandWordPattern).filter((p): p is RegExp => !!p);
    const maxSuggestions = ctx.options.maxSuggestions as number;
    return {
      end() {
        const segments = visibleTextSegments(ctx.file);
        let pageLanguage: string | undefined;
        const guessPage = () => {
          if (pageLanguage === undefined) {
            const guess = guessLanguage(segments.map((s) => s.text).join(' '));
            pageLanguage = guess && guess.confidence >= 0.8 ? guess.lang : '';
          }
          return pageLanguage || undefined;
        };
        const suggestionsCache = new Map<string, string[]>();
        const started = Date.now();
        for (const segment of segments) {
          if (ctx.cancelled) return;
          const tag = languageOfElement(segment.element, ctx.settings) ?? guessPage();
          // A regional dictionary (dictionary-en-gb) when installed, else the language's.
          const region = tag && /^[a-z]+-[a-z]{2}\b/.exec(tag)?.[0];
          const lang = region && spellerFor(region) ? region : tag?.split('-')[0];
          const speller = lang ? spellerFor(lang) : undefined;
          if (!lang || !speller) continue;
          // Brand words are spelt by brand-word-spelling; their letters are not dictionary words.
          const brandRanges = brandPatterns.flatMap((p) => [...segment.text.matchAll(p)].map((m) => [m.index!, m.index! + m[0].length] as const));
          for (const w of wordsOf(segment.text)) {
            if (w.word.length < 2 || /\d/.test(w.word) || known.has(w.word.toLowerCase())) continue;
            if (ctx.options.ignoreAllCaps && w.word === w.word.toUpperCase()) continue;
            if (brandRanges.some(([a, b]) => w.start < b && w.end > a)) continue;
            const token = /\S*$/.exec(segment.text.slice(0, w.start))![0] + /^\S*/.exec(segment.text.slice(w.start))![0];
            if (/@|:\/\/|^www\.|\.[a-z]{2,4}$|[/\\_]/i.test(token)) continue;
            if (isCorrect(speller, w.word)) continue;
            const range = { start: segment.offsetAt(w.start), end: segment.offsetAt(w.end) };
            let suggestions = suggestionsCache.get(`${lang}:${w.word}`);
            if (!suggestions) {
              suggestions = Date.now() - started < SUGGEST_BUDGET_MS && maxSuggestions > 0 ? speller.suggest(w.word).slice(0, maxSuggestions) : [];
              suggestionsCache.set(`${lang}:${w.word}`, suggestions);
            }
            const suggest: SuggestionDescriptor[] = suggestions.map((s) => ({ messageId: 'replace', data: { suggestion: s }, fix: (f) => f.replace(range, s) }));
            const edit = addProjectWordEdit(ctx.project, hs, w.word);
            if (edit) suggest.push({ messageId: 'addWord', data: { word: w.word }, fileEdits: [edit] });
            ctx.report({ messageId: 'unknown', data: { word: w.word, language: LANGUAGE_NAMES[lang] ?? LANGUAGE_NAMES[lang.split('-')[0]] ?? lang }, range, suggest });
          }
        }
      },
    };
  },
});
