import { defineRule } from '../_kit';
import { houseStyleOf, familiesOfDeclaration, familiesOfAttribute, findFont, quoteFamily, GENERIC_FAMILIES, type FamilyList } from '../../server/src/engine/facts/house-style';

export default defineRule({
  meta: {
    id: 'house-font-family',
    domain: 'house-style',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'The first font family of every font-family/font declaration and SVG font-family attribute must be one of the house fonts.',
      recommended: true,
    },
    messages: {
      notAllowed: 'Font family "{{family}}" is not a house font (house fonts: {{allowed}}).',
      replace: 'Use {{family}}',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const hs = houseStyleOf(ctx);
    if (!hs || !hs.fonts.length) return;
    const check = (list: FamilyList | undefined) => {
      const primary = list?.items[0];
      if (!list || !primary || GENERIC_FAMILIES.has(primary.name.toLowerCase()) || findFont(hs, primary.name)) return;
      const range = { start: primary.start, end: primary.end };
      ctx.report({
        messageId: 'notAllowed',
        data: { family: primary.name, allowed: hs.fonts.map((f) => f.family).join(', ') },
        range,
        suggest: hs.fonts.map((f) => ({ messageId: 'replace', data: { family: f.family }, fix: (fx) => fx.replace(range, quoteFamily(f.family, list.quote)) })),
      });
    };
    return {
      declaration(decl, sheet) { check(familiesOfDeclaration(decl, sheet, ctx.file.text)); },
      element(el) { check(familiesOfAttribute(ctx.file.text, el)); },
    };
  },
});
