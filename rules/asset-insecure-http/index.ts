import { defineRule } from '../_kit';
import { assetRefsOf, assetSettings } from '../_assets';

const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/;

export default defineRule({
  meta: {
    id: 'asset-insecure-http',
    domain: 'asset',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg', 'json'],
    cost: 'cheap',
    docs: {
      description: 'Resources loaded over http:// are blocked or flagged as mixed content on https pages, and ad platforms require https for every request.',
      recommended: true,
    },
    messages: {
      insecure: '"{{url}}" is loaded over http://; https pages block it as mixed content.',
      upgrade: 'Load it over https:// (check that {{host}} serves https)',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: true,
  },
  create(ctx) {
    // Whether the host serves the same path over https cannot be known offline: the edit is a
    // suggestion unless the project says its hosts do (settings.assets.upgradeHttp).
    const auto = assetSettings(ctx.settings).upgradeHttp;
    for (const ref of assetRefsOf(ctx.project, ctx.file)) {
      if (!ref.external || ref.scheme !== 'http' || ref.kind === 'page-link') continue;
      if (ref.host && LOCAL_HOSTS.test(ref.host)) continue;
      const schemeRange = { start: ref.range.start, end: ref.range.start + 4 };
      if (ref.raw.slice(0, 4).toLowerCase() !== 'http') continue;
      const fix = (f: Parameters<NonNullable<Parameters<typeof ctx.report>[0]['fix']>>[0]) => f.replace(schemeRange, 'https');
      ctx.report({
        messageId: 'insecure',
        data: { url: ref.raw },
        range: ref.range,
        fix: auto ? fix : undefined,
        suggest: auto ? undefined : [{ messageId: 'upgrade', data: { host: ref.host ?? '' }, fix }],
      });
    }
  },
});
