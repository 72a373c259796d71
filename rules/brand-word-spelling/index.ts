import { defineRule } from '../_kit';
import { houseStyleOf, visibleTextSegments, brandWordPattern } from '../../server/src/engine/facts/house-style';

export default defineRule({
  meta: {
    id: 'brand-word-spelling',
    domain: 'house-style',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'Brand words (houseStyle.words) must be written in their one right spelling in visible text: case, spaces and hyphens included.',
      recommended: true,
    },
    messages: {
      misspelt: '"{{found}}" should be written "{{word}}".',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    const hs = houseStyleOf(ctx);
    if (!hs || !hs.words.length) return;
    // Longer words first, so "Coca-Cola Zero" wins over "Coca-Cola" on the same text.
    const words = [...hs.words].sort((a, b) => b.length - a.length).map((word) => ({ word, pattern: brandWordPattern(word) })).filter((w) => w.pattern);
    return {
      end() {
        for (const segment of visibleTextSegments(ctx.file)) {
          const taken: [number, number][] = [];
          for (const { word, pattern } of words) {
            for (const m of segment.text.matchAll(pattern!)) {
              const from = m.index!;
              const to = from + m[0].length;
              if (taken.some(([a, b]) => from < b && to > a)) continue;
              taken.push([from, to]);
              if (m[0] === word) continue;
              const range = { start: segment.offsetAt(from), end: segment.offsetAt(to) };
              ctx.report({ messageId: 'misspelt', data: { found: m[0], word }, range, fix: (f) => f.replace(range, word) });
            }
          }
        }
      },
    };
  },
});
