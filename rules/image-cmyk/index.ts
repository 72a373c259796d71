import { defineRule } from '../_kit';
import { ownImageFacts, FILE_START } from '../_assets';

export default defineRule({
  meta: {
    id: 'image-cmyk',
    domain: 'image',
    type: 'problem',
    scope: 'file',
    languages: ['image'],
    cost: 'cheap',
    docs: {
      description: 'A CMYK (or YCCK) image is a print file: browsers convert it unpredictably (inverted or dull colours in some), it is larger, and ad platforms reject it.',
      recommended: true,
    },
    messages: {
      cmyk: 'This {{format}} is {{space}} (a print colour space{{profile}}); export it as sRGB for screens.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const f = ownImageFacts(ctx.file);
    if (!f) return;
    const cmyk = f.colorSpace === 'cmyk' || f.colorSpace === 'ycck' || f.icc?.colorSpace === 'CMYK';
    if (!cmyk) return;
    ctx.report({
      messageId: 'cmyk',
      data: { format: f.format.toUpperCase(), space: f.colorSpace === 'ycck' ? 'YCCK (Adobe CMYK)' : 'CMYK', profile: f.icc?.description ? `, profile "${f.icc.description}"` : '' },
      range: FILE_START,
    });
  },
});
