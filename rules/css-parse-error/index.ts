import { defineRule } from '../_kit';

export default defineRule({
  meta: {
    id: 'css-parse-error',
    domain: 'css',
    type: 'problem',
    scope: 'file',
    languages: ['css', 'html', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'Reports CSS that cannot be parsed, in .css files, <style> blocks and style="" attributes; the rest of the file is still linted.',
      recommended: true,
    },
    messages: {
      syntax: 'CSS syntax error: {{reason}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      sheet(sheet) {
        if (sheet.error) ctx.report({ messageId: 'syntax', data: { reason: sheet.error.message.replace(/\.$/, '') }, range: { start: sheet.error.start, end: Math.max(sheet.error.end, sheet.error.start + 1) } });
      },
    };
  },
});
