import { defineRule } from '../_kit';

export default defineRule({
  meta: {
    id: 'json-parse-error',
    domain: 'core',
    type: 'problem',
    scope: 'file',
    languages: ['json'],
    cost: 'cheap',
    docs: {
      description: 'Reports JSON files (manifests, web app manifests) that are not valid JSON, at the exact place.',
      recommended: true,
    },
    messages: { syntax: '{{message}}.' },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const json = ctx.file.json;
    if (!json || !ctx.file.text) return;
    const first = json.errors[0];
    // After the first error a JSON parser's further complaints are mostly echoes of it.
    if (first) ctx.report({ messageId: 'syntax', data: { message: first.message }, range: { start: first.start, end: first.end } });
  },
});
