import { defineRule } from '../_kit';
import { ownImageFacts, FILE_START } from '../_assets';

export default defineRule({
  meta: {
    id: 'image-16-bit',
    domain: 'image',
    type: 'problem',
    scope: 'file',
    languages: ['image'],
    cost: 'cheap',
    docs: {
      description: 'A 16-bit-per-channel image (PNG, TIFF, PSD) doubles the data for no visible gain on 8-bit screens; browsers reduce it to 8 bits anyway.',
      recommended: true,
    },
    messages: {
      deep: '{{format}} has {{bits}} bits per channel; screens show 8. Export at 8 bits to roughly halve the file.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const f = ownImageFacts(ctx.file);
    // AVIF/HEIC at 10–12 bits carry HDR on purpose; only 16-bit masters are flagged.
    if (!f || (f.bitDepth ?? 8) < 16 || f.format === 'avif' || f.format === 'heic') return;
    ctx.report({ messageId: 'deep', data: { format: f.format.toUpperCase(), bits: f.bitDepth }, range: FILE_START });
  },
});
