import { defineRule } from '../_kit';
import { effectiveRefresh } from '../_a11y/refresh';

const TWENTY_HOURS = 72000;

export default defineRule({
  meta: {
    id: 'meta-refresh-no-exception',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'At level AAA no timed refresh or redirect is allowed, not even one after more than 20 hours (the exception of WCAG 2.2.1). Shorter delays are reported by meta-refresh.',
      act: ['bisz58'],
      wcag: ['2.2.4', '3.2.5'],
      recommended: false,
    },
    messages: {
      delayed: 'The page {{what}} after {{delay}} s: even beyond 20 hours, a timed {{noun}} interrupts users (WCAG 2.2.4, AAA). Redirect immediately (delay 0) or on the server.',
    },
    schema: {
      type: 'object',
      properties: { minDelay: { type: 'integer', minimum: 0, description: 'Report delays longer than this (seconds); shorter ones are meta-refresh\'s (default 72000, its limit).' } },
      additionalProperties: false,
    },
    defaultOptions: { minDelay: TWENTY_HOURS },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const minDelay = Number(ctx.options.minDelay);
    const refresh = effectiveRefresh(ctx.file.html, ctx.file.text);
    if (!refresh || refresh.delay === 0 || refresh.delay <= minDelay) return;
    ctx.report({
      messageId: 'delayed',
      data: { what: refresh.redirect ? 'redirects' : 'refreshes', noun: refresh.redirect ? 'redirect' : 'refresh', delay: refresh.delay },
      range: refresh.range,
    });
  },
});
