import { defineRule } from '../_kit';
import { bannerContext, unitReferences, unitScripts } from '../../server/src/engine/model/banner';

/** Absolute URLs in scripts that load something (not landing pages). */
const RESOURCE_URL = /^(https?:)?\/\/[^\s'"]+\.(js|css|png|jpe?g|gif|svg|webp|json|woff2?|ttf|otf|mp4|webm|mp3)([?#][^\s'"]*)?$/i;

function hostPath(url: string): string {
  return url.trim().replace(/^(https?:)?\/\//i, '').toLowerCase();
}

export default defineRule({
  meta: {
    id: 'banner-external-requests',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'js'],
    cost: 'cheap',
    docs: {
      description: 'Everything a banner loads must come over HTTPS, and from outside the package only from hosts the platform allows (Google Ads has a short allow-list; CM360 reports every external host).',
      recommended: true,
    },
    messages: {
      insecure: '"{{url}}" is loaded over http://; {{profile}} serves banners on HTTPS pages, where it is blocked.',
      notAllowed: '"{{host}}" is not on the {{profile}} list of allowed external hosts; put the file in the package.',
      external: '"{{host}}" is an external host; {{profile}} reports every file loaded from outside the package.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file)) return;
    const net = b.profile.network;
    const profile = b.profileIds.join(' + ');
    const urls: { url: string; start: number; end: number }[] = [];
    for (const ref of unitReferences(b.unit)) if (ref.from === ctx.file && ref.external) urls.push({ url: ref.url, ...ref.range });
    for (const chunk of unitScripts(b.unit)) {
      if (chunk.file !== ctx.file) continue;
      for (const s of chunk.facts.strings) {
        if (RESOURCE_URL.test(s.value.trim())) urls.push({ url: s.value, start: s.start + 1, end: s.end - 1 });
        else if (/^https?:\/\/[^'"]*\.js\b/i.test(s.value)) urls.push({ url: s.value, start: s.start + 1, end: s.end - 1 });
      }
    }
    const seen = new Set<number>();
    for (const u of urls) {
      if (seen.has(u.start)) continue;
      seen.add(u.start);
      if (net.requireHttps && /^http:\/\//i.test(u.url.trim())) {
        const at = ctx.file.text.indexOf('http:', u.start);
        ctx.report({
          messageId: 'insecure', data: { url: u.url, profile }, range: u,
          fix: at >= u.start && at < u.end ? (f) => f.replace({ start: at, end: at + 5 }, 'https:') : undefined,
        });
      }
      if (net.external === 'any') continue;
      const hp = hostPath(u.url);
      const allowed = net.allowedHosts.some((h) => hp.startsWith(h.toLowerCase()));
      if (allowed) continue;
      const host = hp.split('/')[0];
      ctx.report({ messageId: net.external === 'allowlist' ? 'notAllowed' : 'external', data: { host, profile }, range: u });
    }
  },
});
