import { defineRule } from '../_kit';
import { assetSettings, ownImageFacts, kb, FILE_START } from '../_assets';

export default defineRule({
  meta: {
    id: 'image-animated-gif',
    domain: 'image',
    type: 'suggestion',
    scope: 'file',
    languages: ['image'],
    cost: 'cheap',
    docs: {
      description: 'An animated GIF over 100 KiB (Lighthouse 13): an MP4/WebM video or animated WebP is typically 5–10 times smaller.',
      recommended: true,
    },
    messages: {
      heavy: 'Animated GIF of {{frames}} frames weighs {{size}} (over {{budget}}); a video (MP4/WebM) or animated WebP would save about {{percent}} %.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const f = ownImageFacts(ctx.file);
    if (!f || f.format !== 'gif' || (f.frames ?? 1) < 2) return;
    const s = assetSettings(ctx.settings);
    const budget = s.animatedGifMaxKB * s.bytesPerKB;
    if (f.byteSize <= budget) return;
    // DevTools ImageDelivery estimate of the video saving.
    const percent = Math.max(0, Math.min(100, Math.round(29.1 * Math.log10(f.byteSize) - 100.7)));
    ctx.report({ messageId: 'heavy', data: { frames: f.frames, size: kb(f.byteSize, s.bytesPerKB), budget: kb(budget, s.bytesPerKB), percent }, range: FILE_START });
  },
});
