import { defineRule } from '../_kit';
import { bannerContext, headInsertion, pageRange } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-size-meta',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'The primary HTML of a banner declares its size with <meta name="ad.size" content="width=W,height=H"> in <head>, as Google Ads, GAM, CM360 and the IAB expect.',
      recommended: true,
    },
    messages: {
      missing: 'The banner has no <meta name="ad.size" content="width=…,height=…">; {{profile}} needs it to know the ad size.',
      invalid: 'ad.size "{{content}}" is not of the form "width=W,height=H".',
      notInHead: 'The ad.size meta must be inside <head>.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || b.unit.primary !== ctx.file || !b.profile.html.requireAdSizeMeta) return;
    const meta = b.unit.adSizeMeta;
    const known = b.sizeClaims.find((c) => c.source !== 'meta');
    if (!meta) {
      const head = headInsertion(ctx.file);
      ctx.report({
        messageId: 'missing',
        data: { profile: b.profileIds.join(' + ') },
        range: pageRange(ctx.file),
        fix: head && known
          ? (f) => f.insertAfter(head.offset, `${head.newline}${head.indent}<meta name="ad.size" content="width=${known.width},height=${known.height}">`)
          : undefined,
      });
      return;
    }
    if (meta.width === undefined) {
      ctx.report({
        messageId: 'invalid', data: { content: meta.content }, range: meta.range,
        fix: known && meta.range.end > meta.range.start ? (f) => f.replace(meta.range, `width=${known.width},height=${known.height}`) : undefined,
      });
    }
    let inHead = false;
    for (let p = meta.element.parentNode as { tagName?: string; parentNode?: unknown } | null; p; p = p.parentNode as typeof p) {
      if (p.tagName === 'head') { inHead = true; break; }
    }
    if (!inHead) ctx.report({ messageId: 'notInHead', range: meta.range });
  },
});
