import { defineRule } from '../_kit';
import { houseStyleOf, visibleTextSegments, wordsOf } from '../../server/src/engine/facts/house-style';

export default defineRule({
  meta: {
    id: 'copy-doubled-word',
    domain: 'house-style',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'Visible copy must not repeat a word ("the the"), the typo that survives every proofread.',
      recommended: true,
    },
    messages: {
      doubled: 'The word "{{word}}" is doubled.',
    },
    schema: {
      type: 'object',
      properties: { allow: { type: 'array', items: { type: 'string' }, description: 'Words that may be repeated ("had had", "nous nous").' } },
      additionalProperties: false,
    },
    defaultOptions: { allow: ['had', 'that', 'nous', 'vous', 'bye', 'no', 'very'] },
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    if (!houseStyleOf(ctx)) return;
    const allow = new Set((ctx.options.allow as string[]).map((w) => w.toLowerCase()));
    return {
      end() {
        for (const segment of visibleTextSegments(ctx.file)) {
          const words = wordsOf(segment.text);
          for (let i = 1; i < words.length; i++) {
            const a = words[i - 1];
            const b = words[i];
            const lower = b.word.toLowerCase();
            if (lower !== a.word.toLowerCase() || /^\d/.test(lower) || allow.has(lower)) continue;
            if (!/^[ \t\r\n\u00a0]+$/.test(segment.text.slice(a.end, b.start))) continue;
            const range = { start: segment.offsetAt(a.start), end: segment.offsetAt(b.end) };
            const removal = { start: segment.offsetAt(a.end), end: segment.offsetAt(b.end) };
            ctx.report({ messageId: 'doubled', data: { word: b.word }, range, fix: (f) => f.remove(removal) });
            i++;
          }
        }
      },
    };
  },
});
