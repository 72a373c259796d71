import { defineRule } from '../_kit';
import { houseStyleOf, familiesOfDeclaration, familiesOfAttribute, findFont, quoteFamily, GENERIC_FAMILIES, type FamilyList } from '../../server/src/engine/facts/house-style';

export default defineRule({
  meta: {
    id: 'house-font-fallback',
    domain: 'house-style',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'A house font must be followed by the fallback stack the house style requires for it (shown while the web font loads or when it fails).',
      recommended: true,
    },
    messages: {
      missingFallback: '{{family}} needs the fallback stack "{{fallback}}" (missing: {{missing}}).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    const hs = houseStyleOf(ctx);
    if (!hs || !hs.fonts.some((f) => f.fallback.length)) return;
    const text = ctx.file.text;
    const check = (list: FamilyList | undefined) => {
      const primary = list?.items[0];
      const font = primary && findFont(hs, primary.name);
      if (!list || !font || !font.fallback.length) return;
      const declared = new Set(list.items.slice(1).map((i) => i.name.toLowerCase()));
      const missing = font.fallback.filter((f) => !declared.has(f.toLowerCase()));
      if (!missing.length) return;
      const fallbackSet = new Set(font.fallback.map((f) => f.toLowerCase()));
      const rest = list.items.slice(1).filter((i) => !fallbackSet.has(i.name.toLowerCase()));
      // Own extra families stay before the stack, generic families go last.
      const own = rest.filter((i) => !GENERIC_FAMILIES.has(i.name.toLowerCase())).map((i) => text.slice(i.start, i.end));
      const generic = rest.filter((i) => GENERIC_FAMILIES.has(i.name.toLowerCase())).map((i) => text.slice(i.start, i.end));
      const stack = [text.slice(primary.start, primary.end), ...own, ...font.fallback.map((f) => quoteFamily(f, list.quote)), ...generic];
      const range = { start: primary.start, end: list.items[list.items.length - 1].end };
      ctx.report({
        messageId: 'missingFallback',
        data: { family: font.family, fallback: font.fallback.join(', '), missing: missing.join(', ') },
        range,
        fix: (f) => f.replace(range, stack.join(', ')),
      });
    };
    return {
      declaration(decl, sheet) { check(familiesOfDeclaration(decl, sheet, text)); },
      element(el) { check(familiesOfAttribute(text, el)); },
    };
  },
});
