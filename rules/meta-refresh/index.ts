import { defineRule, getAttr, attrValueRange, startTagRange } from '../_kit';

/** The delay of a refresh `content` value as browsers parse it (HTML "shared declarative refresh"); undefined when invalid. */
export function refreshDelay(content: string): number | undefined {
  const m = /^[\t\n\f\r ]*(\d+)(?:\.[\d.]*)?(?=$|[\t\n\f\r ;,])/.exec(content);
  return m ? parseInt(m[1], 10) : undefined;
}

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
        if (delay === 0 || (maxDelay > 0 && delay > maxDelay)) return;
        const redirect = /[;,]\s*(?:url\s*=\s*)?\S/i.test(content.slice(content.search(/\d/)));
        ctx.report({
          messageId: 'delayed',
          data: { what: redirect ? 'redirects' : 'refreshes', delay },
          range: attrValueRange(ctx.file.text, el, 'content') ?? startTagRange(el),
        });
      },
    };
  },
});
