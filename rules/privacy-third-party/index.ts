import * as path from 'node:path';
import { defineRule } from '../_kit';
import { assetSettings, assetRefsOf, thirdPartyOf, hostAllowed, deliverableRoot, relativeUrl, type AssetRefKind } from '../_assets';
import { bannerContext } from '../../server/src/engine/model/banner';

/** References a visitor's browser fetches while the page loads (links and og:image are not). */
const REQUESTS: AssetRefKind[] = ['img-src', 'srcset', 'stylesheet', 'icon', 'poster', 'source', 'track', 'object', 'embed', 'iframe', 'script', 'css-url', 'css-import', 'font-face', 'preload', 'video-src', 'audio-src'];

export default defineRule({
  meta: {
    id: 'privacy-third-party',
    domain: 'asset',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'A reference makes the visitor\'s browser contact a third party (font CDN, analytics, ad pixel, social or video embed, public CDN) and hand over the IP address without consent (GDPR); allowed hosts come from settings.assets.allowedHosts and banner profiles.',
      recommended: true,
    },
    messages: {
      thirdParty: '{{name}}: {{reason}}.',
      privacyHost: 'Use the privacy-enhanced host {{privacyHost}}',
      useLocal: 'Use the local copy "{{target}}"',
    },
    schema: {
      type: 'object',
      properties: { reportUnknownHosts: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { reportUnknownHosts: true },
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const { project, file } = ctx;
    const settings = assetSettings(ctx.settings);
    const allowed = [...settings.allowedHosts];
    const banner = bannerContext(project, file, ctx.settings);
    if (banner) {
      allowed.push(...banner.profile.network.allowedHosts);
      if (banner.profile.network.allowExternalFonts) allowed.push(...(banner.profile.network.fontHosts ?? []));
    }
    const root = deliverableRoot(project, file.path);
    for (const ref of assetRefsOf(project, file)) {
      if (!ref.external || !ref.host || !REQUESTS.includes(ref.kind)) continue;
      if (hostAllowed(ref, allowed)) continue;
      const tp = thirdPartyOf(ref.host);
      if (tp.category === 'other' && ctx.options.reportUnknownHosts === false) continue;
      const suggest = [];
      if (tp.privacyHost) {
        const at = ref.raw.toLowerCase().indexOf(ref.host);
        if (at >= 0) suggest.push({ messageId: 'privacyHost', data: { privacyHost: tp.privacyHost }, fix: (f: { replace(r: { start: number; end: number }, t: string): { start: number; end: number; text: string } }) => f.replace({ start: ref.range.start + at, end: ref.range.start + at + ref.host!.length }, tp.privacyHost!) });
      }
      const base = path.posix.basename(ref.url.replace(/^[a-z]+:\/\/[^/]*|^\/\/[^/]*/i, ''));
      if (base && base.includes('.')) {
        const local = [...project.files.keys()].filter((p) => p !== file.path && deliverableRoot(project, p) === root && path.basename(p) === base);
        if (local.length === 1) suggest.push({ messageId: 'useLocal', data: { target: project.relative(local[0]) }, fix: (f: { replace(r: { start: number; end: number }, t: string): { start: number; end: number; text: string } }) => f.replace(ref.range, relativeUrl(file, local[0])) });
      }
      const reason = tp.privacyHint ? `${tp.reason} (${tp.privacyHint})` : tp.reason;
      ctx.report({ messageId: 'thirdParty', data: { name: tp.name === ref.host ? ref.host : `${tp.name} (${ref.host})`, reason }, range: ref.range, suggest });
    }
  },
});
