// `!important` text spacing in style="" (WCAG 1.4.12): users' own spacing styles cannot override
// an important inline declaration, so its value must already be at least the WCAG minimum.
import { defineRule, type RuleModule, type HtmlElement } from '../_kit';
import { cascadeOf } from './cascade';
import { fontSizePx, lengthPx } from './font';
import { isRendered, ariaHidden, visuallyHidden } from './dom';
import { parentElement } from '../_kit';

export interface SpacingRuleSpec {
  id: string;
  property: 'letter-spacing' | 'word-spacing' | 'line-height';
  /** Minimum as a multiple of the font size. */
  minimum: number;
  act: string;
}

function hasOwnText(el: HtmlElement): boolean {
  return el.childNodes.some((n) => n.nodeName === '#text' && (n as { value: string }).value.trim() !== '');
}

function mayWrap(el: HtmlElement, c: ReturnType<typeof cascadeOf>): boolean {
  const text = el.childNodes.map((n) => (n.nodeName === '#text' ? (n as { value: string }).value : '')).join(' ').trim();
  if (!/\S\s+\S/.test(text)) return false;
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
    for (const p of ['overflow', 'overflow-x', 'white-space', 'text-wrap', 'text-wrap-mode']) {
      const v = c.get(cur, p);
      if (v === 'unknown') return false;
      if (v && /scroll|auto|nowrap|pre(?!-wrap|-line)/.test(v.value)) return false;
    }
  }
  return true;
}

export function spacingRule(spec: SpacingRuleSpec): RuleModule {
  const { property, minimum } = spec;
  return defineRule({
    meta: {
      id: spec.id,
      domain: 'a11y',
      type: 'problem',
      scope: 'file',
      languages: ['html'],
      cost: 'cheap',
      docs: {
        description: `An !important ${property} in a style attribute must be at least ${minimum} times the font size: readers who need more spacing cannot override it.`,
        act: [spec.act],
        wcag: ['1.4.12'],
        recommended: true,
      },
      messages: {
        tooSmall: `${property}: {{value}} !important is {{ratio}} times the font size, below the ${minimum} that users must be able to set (WCAG 1.4.12).`,
        dropImportant: 'Remove !important so users can override it',
      },
      schema: { type: 'object', properties: {}, additionalProperties: false },
      defaultOptions: {},
      fixable: false,
      hasSuggestions: true,
    },
    create(ctx) {
      return {
        declaration(decl, sheet) {
          if (sheet.kind !== 'attr' || !decl.important || decl.prop.toLowerCase() !== property) return;
          const el = sheet.element;
          if (!el || !hasOwnText(el)) return;
          const cascade = cascadeOf(ctx.file, ctx.project);
          if (ariaHidden(el) || isRendered(el, cascade) !== 'yes' || visuallyHidden(el, cascade) !== 'no') return;
          // Line height only matters where text wraps: not in scrolling or no-wrap boxes, not for one word.
          if (property === 'line-height' && !mayWrap(el, cascade)) return;
          // The last important declaration of the attribute wins.
          const all = cascade.inlineDecls(el).filter((d) => d.prop === property && d.important);
          if (all.length && all[all.length - 1].value.trim() !== decl.value.trim()) return;
          const raw = decl.value.trim().toLowerCase();
          const fontPx = fontSizePx(el, cascade);
          let ratio: number | undefined;
          if (raw === 'normal' || raw === 'initial') ratio = property === 'line-height' ? 1.2 : 0;
          else if (property === 'line-height' && /^\d*\.?\d+$/.test(raw)) ratio = parseFloat(raw);
          else if (/^-?\d*\.?\d+em$/.test(raw)) ratio = parseFloat(raw);
          else if (/%$/.test(raw) && property === 'line-height') ratio = parseFloat(raw) / 100;
          else if (fontPx) { const px = lengthPx(raw, fontPx); if (px !== undefined) ratio = px / fontPx; }
          if (ratio === undefined || ratio >= minimum - 1e-9) return;
          const value = sheet.valueRange(decl);
          const whole = sheet.rangeOf(decl);
          const bang = ctx.file.text.slice(value.end, whole.end);
          ctx.report({
            messageId: 'tooSmall',
            data: { value: decl.value.trim(), ratio: Math.round(ratio * 100) / 100 },
            range: whole,
            suggest: /^\s*!\s*important\s*$/i.test(bang) ? [{ messageId: 'dropImportant', fix: (f) => f.remove({ start: value.end, end: whole.end }) }] : undefined,
          });
        },
      };
    },
  });
}
