import { defineRule } from '../_kit';
import type { OffsetRange, SuggestionDescriptor, RuleContext } from '../_kit';
import { findColoursInValue, type FoundColour } from '../../server/src/engine/facts/colour';
import {
  houseStyleOf, judgeColour, paletteReplacement, isColourProperty, colourAttributesOf, mappedAttribute, type HouseStyle,
} from '../../server/src/engine/facts/house-style';

export default defineRule({
  meta: {
    id: 'house-colour-palette',
    domain: 'house-style',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'Colours in CSS, <style>, style="", SVG fill/stroke/stop-color and HTML colour attributes must be house palette colours (within the CIEDE2000 tolerance).',
      recommended: true,
    },
    messages: {
      offPalette: 'Colour "{{colour}}" is not in the house palette: nearest is {{name}} ({{value}}), ΔE {{deltaE}}.',
      replace: 'Replace with {{name}}: {{replacement}} (ΔE {{deltaE}})',
    },
    schema: {
      type: 'object',
      properties: {
        candidateMargin: { type: 'number', minimum: 0, description: 'Palette colours within this ΔE of the nearest one are offered as alternatives.' },
        maxFixDeltaE: { type: 'number', minimum: 0, description: 'Largest difference the automatic fix corrects; farther colours only get suggestions.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { candidateMargin: 2, maxFixDeltaE: 10 },
    fixable: true,
    hasSuggestions: true,
  },
  create(ctx) {
    const hs = houseStyleOf(ctx);
    if (!hs || !hs.palette.length) return;
    const margin = ctx.options.candidateMargin as number;
    const maxFix = ctx.options.maxFixDeltaE as number;
    const check = (found: FoundColour, range: OffsetRange, allowToken: boolean) => report(ctx, hs, found, range, allowToken, margin, maxFix);
    return {
      declaration(decl, sheet) {
        const custom = decl.prop.startsWith('--');
        if (!custom && !isColourProperty(decl.prop)) return;
        for (const found of findColoursInValue(sheet.rawValue(decl))) {
          // In a custom property a bare word is as likely a font or a keyword as a colour.
          if (custom && /^[a-z]+$/i.test(found.text)) continue;
          check(found, sheet.valuePartRange(decl, found.start, found.end), !custom);
        }
      },
      element(el) {
        for (const name of colourAttributesOf(el)) {
          const value = mappedAttribute(ctx.file.text, el, name);
          if (!value) continue;
          // Presentation attributes do not take var(): the fix writes the colour itself.
          for (const found of findColoursInValue(value.text)) check(found, { start: value.offsetAt(found.start), end: value.offsetAt(found.end) }, false);
        }
      },
    };
  },
});

function report(ctx: RuleContext, hs: HouseStyle, found: FoundColour, range: OffsetRange, allowToken: boolean, margin: number, maxFix: number): void {
  const verdict = judgeColour(found.colour, hs, margin);
  if (verdict.ok) return;
  const entryOf = (name: string) => hs.palette.find((p) => p.name === name)!;
  const suggest: SuggestionDescriptor[] = verdict.candidates.map((c) => {
    const replacement = paletteReplacement(found.colour, found.text, entryOf(c.name), allowToken);
    return { messageId: 'replace', data: { name: c.name, replacement, deltaE: c.deltaE.toFixed(1) }, fix: (f) => f.replace(range, replacement) };
  });
  const single = verdict.candidates.length === 1 && verdict.nearest.deltaE <= maxFix;
  const fixText = single ? paletteReplacement(found.colour, found.text, entryOf(verdict.nearest.name), allowToken) : undefined;
  ctx.report({
    messageId: 'offPalette',
    data: { colour: found.text, name: verdict.nearest.name, value: entryOf(verdict.nearest.name).value, deltaE: verdict.nearest.deltaE.toFixed(1) },
    range,
    fix: fixText !== undefined ? (f) => f.replace(range, fixText) : undefined,
    suggest,
  });
}
