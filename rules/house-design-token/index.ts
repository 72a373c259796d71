import { defineRule } from '../_kit';
import type { OffsetRange } from '../_kit';
import { findColoursInValue, deltaE2000 } from '../../server/src/engine/facts/colour';
import { houseStyleOf, isColourProperty, type HouseToken } from '../../server/src/engine/facts/house-style';

const normalise = (v: string) => v.trim().replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ').toLowerCase();

export default defineRule({
  meta: {
    id: 'house-design-token',
    domain: 'house-style',
    type: 'suggestion',
    scope: 'file',
    languages: ['html', 'css', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'Where the house style defines a design token (a CSS custom property), stylesheets must use var(--token) instead of its raw value.',
      recommended: true,
    },
    messages: {
      rawValue: 'Raw value "{{value}}" where the design token {{token}} is required: use var({{token}}).',
      useToken: 'Replace with var({{token}})',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: true,
  },
  create(ctx) {
    const hs = houseStyleOf(ctx);
    if (!hs || !hs.tokens.length || !hs.requireTokens) return;
    const colourTokens = hs.tokens.filter((t) => t.colour);
    const valueTokens = hs.tokens.filter((t) => !t.colour);
    const emit = (range: OffsetRange, value: string, tokens: HouseToken[]) => {
      const only = tokens.length === 1 ? tokens[0].name : undefined;
      ctx.report({
        messageId: 'rawValue',
        data: { value, token: tokens.map((t) => t.name).join(' or ') },
        range,
        fix: only ? (f) => f.replace(range, `var(${only})`) : undefined,
        suggest: tokens.map((t) => ({ messageId: 'useToken', data: { token: t.name }, fix: (f) => f.replace(range, `var(${t.name})`) })),
      });
    };
    return {
      declaration(decl, sheet) {
        // Token definitions are where raw values belong.
        if (decl.prop.startsWith('--')) return;
        const raw = sheet.rawValue(decl);
        const whole = valueTokens.filter((t) => normalise(t.value) === normalise(raw));
        if (whole.length) {
          emit(sheet.valueRange(decl), raw.trim(), whole);
          return;
        }
        if (!isColourProperty(decl.prop) || !colourTokens.length) return;
        for (const found of findColoursInValue(raw)) {
          if (found.colour.isCurrentColor || found.colour.rgb.alpha < 1) continue;
          const matches = colourTokens.filter((t) => deltaE2000(found.colour, t.colour!) <= hs.tolerance);
          if (matches.length) emit(sheet.valuePartRange(decl, found.start, found.end), found.text, matches);
        }
      },
    };
  },
});
