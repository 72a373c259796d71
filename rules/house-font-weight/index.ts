import { defineRule } from '../_kit';
import type { OffsetRange } from '../_kit';
import {
  houseStyleOf, fontWeightNumber, parseFontShorthand, ruleFamily, findFont, mappedAttribute, isSvgElement, familiesOfAttribute, type HouseStyle, type HouseFont,
} from '../../server/src/engine/facts/house-style';

export default defineRule({
  meta: {
    id: 'house-font-weight',
    domain: 'house-style',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'Font weights and styles must be ones the house style allows for the font in use (or for any house font when the rule sets no family).',
      recommended: true,
    },
    messages: {
      weightNotAllowed: 'Font weight {{weight}} is not allowed for {{family}} (allowed: {{allowed}}).',
      styleNotAllowed: 'Font style {{style}} is not allowed for {{family}} (allowed: {{allowed}}).',
      useWeight: 'Use weight {{weight}}',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const hs = houseStyleOf(ctx);
    if (!hs || !hs.fonts.some((f) => f.weights?.length || f.styles?.length)) return;
    const text = ctx.file.text;
    const checkWeight = (weightText: string, range: OffsetRange, family: string | undefined) => {
      const weight = fontWeightNumber(weightText);
      if (weight === undefined) return;
      const { allowed, label } = allowedFor(hs, family, (f) => f.weights);
      allowed.sort((a, b) => a - b);
      if (!allowed.length || allowed.includes(weight)) return;
      const distance = (w: number) => Math.abs(w - weight);
      const best = Math.min(...allowed.map(distance));
      ctx.report({
        messageId: 'weightNotAllowed',
        data: { weight: weightText, family: label, allowed: allowed.join(', ') },
        range,
        suggest: allowed.filter((w) => distance(w) === best).map((w) => ({ messageId: 'useWeight', data: { weight: w }, fix: (f) => f.replace(range, String(w)) })),
      });
    };
    const checkStyle = (styleText: string, range: OffsetRange, family: string | undefined) => {
      const style = styleText.trim().toLowerCase();
      if (!/^(normal|italic|oblique)/.test(style)) return;
      const { allowed, label } = allowedFor(hs, family, (f) => f.styles);
      if (!allowed.length || allowed.includes(style.split(/\s/)[0])) return;
      ctx.report({ messageId: 'styleNotAllowed', data: { style: styleText.trim(), family: label, allowed: allowed.join(', ') }, range });
    };
    return {
      declaration(decl, sheet) {
        const prop = decl.prop.toLowerCase();
        const raw = sheet.rawValue(decl);
        if ((decl.parent as { type?: string } | undefined)?.type === 'atrule') return;
        const family = () => ruleFamily(decl, sheet, text);
        if (prop === 'font-weight') checkWeight(raw.trim(), trimmed(sheet.valueRange(decl), raw), family());
        else if (prop === 'font-style') checkStyle(raw, trimmed(sheet.valueRange(decl), raw), family());
        else if (prop === 'font') {
          const sh = parseFontShorthand(raw);
          if (sh?.weight) checkWeight(sh.weight.text, sheet.valuePartRange(decl, sh.weight.start, sh.weight.end), family());
          if (sh?.style) checkStyle(sh.style.text, sheet.valuePartRange(decl, sh.style.start, sh.style.end), family());
        }
      },
      element(el) {
        if (!isSvgElement(el)) return;
        const family = familiesOfAttribute(text, el)?.items[0]?.name;
        const weight = mappedAttribute(text, el, 'font-weight');
        if (weight) checkWeight(weight.text.trim(), { start: weight.offsetAt(0), end: weight.offsetAt(weight.text.length) }, family);
        const style = mappedAttribute(text, el, 'font-style');
        if (style) checkStyle(style.text, { start: style.offsetAt(0), end: style.offsetAt(style.text.length) }, family);
      },
    };
  },
});

function trimmed(range: OffsetRange, raw: string): OffsetRange {
  const lead = raw.length - raw.trimStart().length;
  return { start: range.start + lead, end: range.start + lead + raw.trim().length };
}

/** Weights/styles allowed for a house font; with no (house) family, anything some house font allows. */
function allowedFor<T>(hs: HouseStyle, family: string | undefined, pick: (f: HouseFont) => T[] | undefined): { allowed: T[]; label: string } {
  const font = family ? findFont(hs, family) : undefined;
  if (font) return { allowed: [...(pick(font) ?? [])], label: font.family };
  return { allowed: [...new Set(hs.fonts.flatMap((f) => pick(f) ?? []))], label: 'the house fonts' };
}
