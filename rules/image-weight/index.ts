import { defineRule, type SourceFile } from '../_kit';
import { assetSettings, assetRefsOf, kb, pageRange, FILE_START, type AssetRefKind } from '../_assets';

/** References the page loads as pictures (srcset alternatives are counted by their largest candidate only). */
const LOADED: AssetRefKind[] = ['img-src', 'poster', 'css-url', 'icon'];

export default defineRule({
  meta: {
    id: 'image-weight',
    domain: 'image',
    type: 'problem',
    scope: 'file',
    languages: ['image', 'html'],
    cost: 'cheap',
    docs: {
      description: 'An image heavier than the per-image budget, or a page whose pictures together exceed the per-page budget (settings.assets.imageMaxKB, pageImagesMaxKB).',
      recommended: true,
    },
    messages: {
      image: 'Image is {{size}}, over the {{budget}} budget per image.',
      page: 'Images on this page weigh {{size}} ({{count}} files), over the {{budget}} budget per page; heaviest: {{heaviest}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const s = assetSettings(ctx.settings);
    const file = ctx.file;
    if (file.language === 'image') {
      const bytes = file.size || file.bytes.length;
      if (bytes > s.imageMaxKB * s.bytesPerKB) ctx.report({ messageId: 'image', data: { size: kb(bytes, s.bytesPerKB), budget: kb(s.imageMaxKB * s.bytesPerKB, s.bytesPerKB) }, range: FILE_START });
      return;
    }
    const images = new Map<string, SourceFile>();
    const consider = (refs: ReturnType<typeof assetRefsOf>, seen: Set<string>) => {
      for (const ref of refs) {
        if (!ref.resolved || ref.external) continue;
        if (ref.kind === 'stylesheet' || ref.kind === 'css-import') {
          if (seen.has(ref.resolved)) continue;
          seen.add(ref.resolved);
          const css = ctx.project.getFile(ref.resolved);
          if (css?.language === 'css') consider(assetRefsOf(ctx.project, css), seen);
          continue;
        }
        if (!LOADED.includes(ref.kind) && !(ref.kind === 'source' && ref.element?.tagName === 'source')) continue;
        const target = ctx.project.getFile(ref.resolved);
        if (target && (target.language === 'image' || target.language === 'svg')) images.set(target.path, target);
      }
    };
    consider(assetRefsOf(ctx.project, file), new Set());
    const list = [...images.values()].map((f) => ({ f, bytes: f.size || f.bytes.length })).sort((a, b) => b.bytes - a.bytes);
    const total = list.reduce((n, x) => n + x.bytes, 0);
    if (total > s.pageImagesMaxKB * s.bytesPerKB) {
      ctx.report({
        messageId: 'page',
        data: { size: kb(total, s.bytesPerKB), count: list.length, budget: kb(s.pageImagesMaxKB * s.bytesPerKB, s.bytesPerKB), heaviest: `${list[0].f.relPath} (${kb(list[0].bytes, s.bytesPerKB)})` },
        range: pageRange(file),
      });
    }
  },
});
