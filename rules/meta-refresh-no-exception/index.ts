import { defineRule, getAttr, attrValueRange, startTagRange } from '../_kit';
import { refreshDelay } from '../meta-refresh';

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
    let seen = false;
    return {
      element(el) {
        if (seen || el.tagName !== 'meta') return;
        if ((getAttr(el, 'http-equiv') ?? '').trim().toLowerCase() !== 'refresh') return;
        const content = getAttr(el, 'content');
        if (content === undefined) return;
        const delay = refreshDelay(content);
        if (delay === undefined) return;
        // Only the first valid refresh declaration takes effect.
        seen = true;
        if (delay === 0 || delay <= minDelay) return;
        const redirect = /[;,]\s*(?:url\s*=\s*)?\S/i.test(content.slice(content.search(/\d/)));
        ctx.report({
          messageId: 'delayed',
          data: { what: redirect ? 'redirects' : 'refreshes', noun: redirect ? 'redirect' : 'refresh', delay },
          range: attrValueRange(ctx.file.text, el, 'content') ?? startTagRange(el),
        });
      },
    };
  },
});
