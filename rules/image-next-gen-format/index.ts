import * as path from 'node:path';
import { defineRule } from '../_kit';
import { assetSettings, ownImageFacts, inBannerUnit, kb, FILE_START } from '../_assets';

const MODERN = ['.webp', '.avif'];

export default defineRule({
  meta: {
    id: 'image-next-gen-format',
    domain: 'image',
    type: 'suggestion',
    scope: 'file',
    languages: ['image'],
    cost: 'cheap',
    docs: {
      description: 'A JPEG or PNG photo with no WebP/AVIF version beside it: modern formats are typically 25–50 % smaller at the same quality, and every current browser supports them.',
      recommended: false,
    },
    messages: {
      nextGen: '{{format}} of {{size}} has no WebP/AVIF version; serve "{{stem}}.avif" or "{{stem}}.webp" with <picture> to save roughly a third.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const f = ownImageFacts(ctx.file);
    if (!f || (f.format !== 'jpeg' && f.format !== 'png') || (f.frames ?? 1) > 1) return;
    // Ad platforms list the formats they accept; banner-file-types owns that question.
    if (inBannerUnit(ctx.project, ctx.file)) return;
    const s = assetSettings(ctx.settings);
    if (f.byteSize < s.nextGenMinKB * s.bytesPerKB) return;
    const p = ctx.file.path;
    const stemPath = p.slice(0, p.length - path.extname(p).length);
    if (MODERN.some((ext) => ctx.project.getFile(stemPath + ext))) return;
    ctx.report({ messageId: 'nextGen', data: { format: f.format.toUpperCase(), size: kb(f.byteSize, s.bytesPerKB), stem: path.basename(stemPath) }, range: FILE_START });
  },
});
