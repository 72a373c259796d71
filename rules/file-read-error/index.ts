import { defineRule } from '../_kit';

export default defineRule({
  meta: {
    id: 'file-read-error',
    domain: 'core',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg', 'json', 'yaml', 'js', 'text'],
    cost: 'cheap',
    docs: {
      description: 'A text file that cannot be linted as text: not UTF-8, binary content under a text name, unreadable, or above the size limit.',
      recommended: true,
    },
    messages: {
      binary: '{{message}}',
      'invalid-utf8': '{{message}}',
      'too-large': '{{message}}',
      unreadable: '{{message}}',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    void ctx.file.text;
    for (const issue of ctx.file.readIssues) {
      ctx.report({ messageId: issue.kind, data: { message: issue.message }, range: { start: issue.offset, end: issue.offset } });
    }
  },
});
