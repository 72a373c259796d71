import { defineRule } from '../_kit';
import type { OffsetRange } from '../_kit';
import {
  houseStyleOf, minTextSizeFor, fontSizeInPx, unitOf, parseFontShorthand, emBaseForDeclaration, mappedAttribute, isSvgElement,
} from '../../server/src/engine/facts/house-style';

const round = (n: number) => String(Number(n.toFixed(2)));

export default defineRule({
  meta: {
    id: 'house-text-size',
    domain: 'house-style',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'Font sizes must not be below the house minimum for the medium (web or banner), in px, pt, rem (against the root size) or em where it can be resolved, and must use the allowed units.',
      recommended: true,
    },
    messages: {
      tooSmall: 'Text size {{size}}{{inPx}} is below the {{medium}} minimum of {{min}}px.',
      unitNotAllowed: 'Unit "{{unit}}" is not a house unit for text sizes (allowed: {{allowed}}).',
      useMinimum: 'Use {{size}}',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const hs = houseStyleOf(ctx);
    if (!hs) return;
    const min = minTextSizeFor(ctx.file, ctx.project, hs);
    if (!min && !hs.units) return;
    const check = (sizeText: string, range: OffsetRange, emBase: number | undefined, unitless: boolean) => {
      const unit = unitOf(sizeText);
      if (hs.units && unit !== undefined && !(unit === '' && unitless) && !(unit === '' && Number(sizeText) === 0) && !hs.units.includes(unit)) {
        ctx.report({ messageId: 'unitNotAllowed', data: { unit: unit || '(none)', allowed: hs.units.join(', ') }, range });
      }
      if (!min) return;
      const px = fontSizeInPx(sizeText, hs, emBase);
      if (px === undefined || px >= min.px || px <= 0) return;
      const factor = px / Number(/^[\d.+-]+/.exec(sizeText.trim())?.[0] ?? NaN);
      const suggestion = unit !== undefined && Number.isFinite(factor) && factor > 0 ? `${round(min.px / factor)}${unit}` : undefined;
      ctx.report({
        messageId: 'tooSmall',
        data: { size: sizeText.trim(), inPx: /^[\d.]+px$/i.test(sizeText.trim()) ? '' : ` (${round(px)}px)`, medium: min.medium, min: min.px },
        range,
        suggest: suggestion ? [{ messageId: 'useMinimum', data: { size: suggestion }, fix: (f) => f.replace(range, suggestion) }] : [],
      });
    };
    return {
      declaration(decl, sheet) {
        const prop = decl.prop.toLowerCase();
        if ((decl.parent as { type?: string } | undefined)?.type === 'atrule') return;
        const raw = sheet.rawValue(decl);
        const emBase = emBaseForDeclaration(decl, sheet, hs);
        if (prop === 'font-size') {
          const lead = raw.length - raw.trimStart().length;
          check(raw.trim(), sheet.valuePartRange(decl, lead, lead + raw.trim().length), emBase, false);
        } else if (prop === 'font') {
          const sh = parseFontShorthand(raw);
          if (sh?.size) check(sh.size.text, sheet.valuePartRange(decl, sh.size.start, sh.size.end), emBase, false);
        }
      },
      element(el) {
        if (!isSvgElement(el)) return;
        const size = mappedAttribute(ctx.file.text, el, 'font-size');
        const text = size?.text.trim();
        if (!size || !text) return;
        const lead = size.text.length - size.text.trimStart().length;
        check(text, { start: size.offsetAt(lead), end: size.offsetAt(lead + text.length) }, undefined, true);
      },
    };
  },
});
