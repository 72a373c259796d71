import { defineRule } from '../_kit';
import { bannerContext, unitScripts, unitReferences, pageRange } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-sdk',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'js'],
    cost: 'cheap',
    docs: {
      description: 'Platform libraries the ad server needs must be loaded (Adform DHTML, Flashtalking html5API, Sizmek EBLoader), and libraries the platform refuses must not be (Studio Enabler or Swiffy on Google Ads, MRAID on CM360).',
      recommended: true,
    },
    messages: {
      missing: 'The {{name}} is not loaded; {{profile}} needs it to serve and track the banner.',
      forbidden: '{{name}} is referenced here; {{profile}} does not accept it{{notes}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file)) return;
    const sdk = b.profile.sdk;
    const profile = b.profileIds.join(' + ');
    if (ctx.file === b.unit.primary && sdk.required.length) {
      const haystack = [
        ...unitReferences(b.unit).map((r) => r.url),
        ...unitScripts(b.unit).map((c) => c.code),
      ].join('\n');
      for (const req of sdk.required) {
        if (!new RegExp(req.pattern, 'i').test(haystack)) ctx.report({ messageId: 'missing', data: { name: req.name, profile }, range: pageRange(ctx.file) });
      }
    }
    for (const bad of sdk.forbidden) {
      const re = new RegExp(bad.pattern, 'gi');
      const m = re.exec(ctx.file.text);
      if (m) ctx.report({ messageId: 'forbidden', data: { name: bad.name, profile, notes: bad.notes ? ` (${bad.notes.replace(/\.$/, '')})` : '' }, range: { start: m.index, end: m.index + m[0].length } });
    }
  },
});
