import { defineRule, attrValueRange, startTagRange } from '../_kit';
import { altIsFileName, namingAlt } from '../_a11y/alt-text';

export default defineRule({
  meta: {
    id: 'alt-text-file-name',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'An image named by its file name ("IMG_0042", "hero-banner.png", a checksum) tells a screen reader user nothing about what it shows.',
      act: ['9eb3f6'],
      wcag: ['1.1.1'],
      recommended: true,
    },
    messages: {
      fileName: 'The alt text "{{alt}}" is a file name, not a description of the image.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      element(el) {
        const value = namingAlt(el);
        if (!value || !altIsFileName(el, value)) return;
        ctx.report({ messageId: 'fileName', data: { alt: value }, range: attrValueRange(ctx.file.text, el, 'alt') ?? startTagRange(el) });
      },
    };
  },
});
