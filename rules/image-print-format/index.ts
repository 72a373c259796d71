import * as path from 'node:path';
import { defineRule } from '../_kit';
import { assetSettings, assetRefsOf, imageFactsOf, ImageReadError, type AssetRefKind } from '../_assets';

const IMAGE_KINDS: AssetRefKind[] = ['img-src', 'srcset', 'css-url', 'poster', 'source', 'object', 'embed', 'og-image', 'icon', 'preload'];

export default defineRule({
  meta: {
    id: 'image-print-format',
    domain: 'image',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'A web page references a print or source format (TIFF, PSD, BMP, EPS, AI, PDF): browsers do not display most of them, and the rest are huge and uncompressed.',
      recommended: true,
    },
    messages: {
      print: '"{{url}}" is {{format}}, a print/source format browsers {{support}}; export a JPEG, PNG, WebP or AVIF.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const s = assetSettings(ctx.settings);
    const formats = new Set(s.printFormats);
    const exts = new Set(s.printExtensions);
    for (const ref of assetRefsOf(ctx.project, ctx.file)) {
      if (!IMAGE_KINDS.includes(ref.kind)) continue;
      let format: string | undefined;
      const target = ref.resolved && !ref.external ? ctx.project.getFile(ref.resolved) : undefined;
      if (target) {
        const facts = imageFactsOf(target);
        if (!(facts instanceof ImageReadError) && formats.has(facts.format)) format = facts.format.toUpperCase();
        else if (facts instanceof ImageReadError && exts.has(path.extname(target.path).slice(1).toLowerCase())) format = path.extname(target.path).slice(1).toUpperCase();
      } else {
        const ext = path.extname(ref.url).slice(1).toLowerCase();
        if (exts.has(ext)) format = ext.toUpperCase();
      }
      if (!format) continue;
      ctx.report({ messageId: 'print', data: { url: ref.raw, format, support: format === 'BMP' ? 'show only uncompressed' : 'cannot show' }, range: ref.range });
    }
  },
});
