import { defineRule } from '../_kit';
import { bannerContext, initialLoad, inProfileKB, limitBytesOf, pageRange } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-initial-load',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'expensive',
    docs: {
      description: 'Estimates the initial load (the HTML plus every stylesheet, script, image and CSS url it loads before scripts run) against the profile\'s per-size weight and request limits (IAB LEAN, TTD, Studio).',
      recommended: true,
    },
    messages: {
      weight: 'The initial load is about {{actual}} ({{requests}} files: {{largest}}); {{profile}} allows {{limit}} for {{size}}. Load the rest after the page has loaded (polite load).',
      requests: 'The initial load makes {{requests}} requests; {{profile}} allows {{max}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || b.unit.primary !== ctx.file) return;
    const w = b.profile.weight;
    const size = b.size ? `${b.size.width}x${b.size.height}` : undefined;
    const kb = (size ? w.bySize?.[size]?.initialKB : undefined) ?? w.initialLoadMaxKB;
    const load = initialLoad(b.unit);
    const profile = b.profileIds.join(' + ');
    const limit = limitBytesOf(b.profile, kb);
    if (limit !== undefined && load.bytes > limit) {
      const largest = [...load.items].filter((i) => i.bytes !== undefined).sort((x, y) => y.bytes! - x.bytes!).slice(0, 3).map((i) => `${i.label} ${inProfileKB(b.profile, i.bytes!)}`).join(', ');
      ctx.report({ messageId: 'weight', data: { actual: inProfileKB(b.profile, load.bytes), requests: load.requests, largest, limit: inProfileKB(b.profile, limit), size: size ?? 'this size', profile }, range: pageRange(ctx.file) });
    }
    if (w.initialRequestsMax !== undefined && load.requests > w.initialRequestsMax) {
      ctx.report({ messageId: 'requests', data: { requests: load.requests, max: w.initialRequestsMax, profile }, range: pageRange(ctx.file) });
    }
  },
});
