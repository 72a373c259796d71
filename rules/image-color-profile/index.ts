import { defineRule } from '../_kit';
import { ownImageFacts, FILE_START } from '../_assets';

/** CICP colour primaries that are sRGB/BT.709 (1) or unspecified (2). */
const SRGB_PRIMARIES = new Set([1, 2]);

export default defineRule({
  meta: {
    id: 'image-color-profile',
    domain: 'image',
    type: 'problem',
    scope: 'file',
    languages: ['image'],
    cost: 'cheap',
    docs: {
      description: 'An RGB image with a non-sRGB profile (Adobe RGB, Display P3, ProPhoto) looks dull or shifted where colour management is missing, and loses its colours when a tool strips the profile; a wide-gamut image without a profile is misread as sRGB.',
      recommended: true,
    },
    messages: {
      notSrgb: 'Embedded profile "{{profile}}" is not sRGB{{wide}}; browsers without colour management, e-mail clients and ad servers that strip metadata show shifted colours. Convert to sRGB.',
      wideNoProfile: 'Colour primaries {{primaries}} (wide gamut) are declared without an ICC profile; convert to sRGB or embed the profile.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const f = ownImageFacts(ctx.file);
    if (!f || f.colorSpace === 'cmyk' || f.colorSpace === 'ycck' || f.colorSpace === 'gray') return;
    if (f.icc && f.icc.colorSpace === 'RGB' && f.icc.isSrgb === false) {
      ctx.report({ messageId: 'notSrgb', data: { profile: f.icc.description ?? 'unnamed', wide: f.icc.isWideGamut ? ' but a wide-gamut space' : '' }, range: FILE_START });
      return;
    }
    if (!f.icc && f.cicp && !SRGB_PRIMARIES.has(f.cicp.primaries)) {
      const names: Record<number, string> = { 9: 'BT.2020', 11: 'DCI-P3', 12: 'Display P3' };
      ctx.report({ messageId: 'wideNoProfile', data: { primaries: names[f.cicp.primaries] ?? `#${f.cicp.primaries}` }, range: FILE_START });
    }
  },
});
