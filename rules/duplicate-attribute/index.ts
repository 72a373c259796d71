import { defineRule } from '../_kit';

export default defineRule({
  meta: {
    id: 'duplicate-attribute',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'An attribute written twice on one element: browsers keep the first and silently drop the second, which is often the one the author meant.',
      act: ['e6952f'],
      wcag: ['4.1.1'],
      recommended: true,
    },
    messages: {
      duplicate: 'Attribute "{{name}}" is repeated on this element; the browser ignores this one.',
      remove: 'Remove the repeated attribute',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const html = ctx.file.html;
    if (!html) return;
    const text = ctx.file.text;
    // The DOM keeps one copy; the parser's error list still points at every dropped one.
    for (const err of html.errors) {
      if (err.code !== 'duplicate-attribute') continue;
      // parse5 points at the end of the repeated attribute's name.
      let nameStart = err.start;
      while (nameStart > 0 && !/[\s"'<>/=]/.test(text[nameStart - 1])) nameStart--;
      const m = /^[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/.exec(text.slice(nameStart));
      if (!m) continue;
      const name = m[0].split('=')[0].trim();
      const range = { start: nameStart, end: nameStart + m[0].length };
      let from = range.start;
      while (from > 0 && /[ \t]/.test(text[from - 1])) from--;
      ctx.report({
        messageId: 'duplicate',
        data: { name },
        range,
        suggest: [{ messageId: 'remove', fix: (f) => f.remove({ start: from, end: range.end }) }],
      });
    }
  },
});
