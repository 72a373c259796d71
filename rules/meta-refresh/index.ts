import { defineRule } from '../_kit';
import { effectiveRefresh } from '../_a11y/refresh';

export default defineRule({
  meta: {
    id: 'meta-refresh',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A <meta http-equiv="refresh"> must not refresh or redirect the page after a delay: users lose their place and cannot stop it.',
      act: ['bc659a', 'bisz58'],
      wcag: ['2.2.1', '2.2.4', '3.2.5'],
      recommended: true,
    },
    messages: {
      delayed: 'The page {{what}} after {{delay}} s: users cannot stop or extend it. Redirect immediately (delay 0) or on the server.',
    },
    schema: {
      type: 'object',
      properties: { maxDelay: { type: 'integer', minimum: 0, description: 'Delays longer than this (seconds) are allowed; 72000 (20 hours) per WCAG 2.2.1.' } },
      additionalProperties: false,
    },
    defaultOptions: { maxDelay: 72000 },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const maxDelay = Number(ctx.options.maxDelay);
    const refresh = effectiveRefresh(ctx.file.html, ctx.file.text);
    if (!refresh || refresh.delay === 0 || (maxDelay > 0 && refresh.delay > maxDelay)) return;
    ctx.report({ messageId: 'delayed', data: { what: refresh.redirect ? 'redirects' : 'refreshes', delay: refresh.delay }, range: refresh.range });
  },
});
