import { defineRule } from '../_kit';
import { assetSettings, ownImageFacts, kb, FILE_START } from '../_assets';

/** Formats the Lighthouse image-delivery insight checks by bytes per pixel (SVG, GIF and icons are not). */
const CHECKED = new Set(['jpeg', 'png', 'webp', 'avif', 'bmp', 'tiff']);

export default defineRule({
  meta: {
    id: 'image-bytes-per-pixel',
    domain: 'image',
    type: 'suggestion',
    scope: 'file',
    languages: ['image'],
    cost: 'cheap',
    docs: {
      description: 'Lighthouse 13 "Improve image delivery": an image above 2/12 ≈ 0.167 bytes per pixel with a saving over 4 KiB is poorly compressed or in an old format.',
      recommended: true,
    },
    messages: {
      modernFormat: '{{bpp}} bytes per pixel ({{width}}×{{height}}, {{size}}): use WebP/AVIF or compress harder; about {{savings}} could be saved.',
      adjustCompression: '{{bpp}} bytes per pixel ({{width}}×{{height}}, {{size}}): raise the {{format}} compression; about {{savings}} could be saved.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const facts = ownImageFacts(ctx.file);
    if (!facts || !CHECKED.has(facts.format) || !facts.width || !facts.height) return;
    const s = assetSettings(ctx.settings);
    const pixels = facts.width * facts.height;
    const bytes = facts.byteSize;
    const savings = bytes - s.bytesPerPixel * pixels;
    if (bytes / pixels <= s.bytesPerPixel || savings <= s.minSavingsBytes) return;
    const modern = facts.format === 'webp' || facts.format === 'avif';
    ctx.report({
      messageId: modern ? 'adjustCompression' : 'modernFormat',
      data: { bpp: (bytes / pixels).toFixed(2), width: facts.width, height: facts.height, size: kb(bytes, s.bytesPerKB), savings: kb(Math.round(savings), s.bytesPerKB), format: facts.format.toUpperCase() },
      range: FILE_START,
    });
  },
});
