import { defineRule, getAttr, startTagRange, attrValueRange, type HtmlElement } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { isRendered, visibleText, byId, firstRole, ariaHidden } from '../_a11y/dom';

/** Widget roles whose name can come from their content. */
const NAME_FROM_CONTENT_WIDGETS = new Set(['button', 'link', 'checkbox', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'switch', 'tab', 'treeitem', 'gridcell', 'cell']);

function implicitWidgetRole(el: HtmlElement): string | undefined {
  if ((el.tagName === 'a' || el.tagName === 'area') && getAttr(el, 'href') !== undefined) return 'link';
  if (el.tagName === 'button' || el.tagName === 'summary') return 'button';
  if (el.tagName === 'option') return 'option';
  return undefined;
}

/** Words only: case, punctuation and spacing do not count (WCAG 2.5.3 understanding). */
export const words = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export default defineRule({
  meta: {
    id: 'label-in-name',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'When a link or button has an aria-label (or aria-labelledby), it must contain the visible text, so speech-input users can say what they see.',
      act: ['2ee8b8'],
      wcag: ['2.5.3'],
      recommended: true,
    },
    messages: {
      mismatch: 'The accessible name "{{name}}" does not contain the visible text "{{visible}}".',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      element(el) {
        const role = firstRole(el) ?? implicitWidgetRole(el);
        if (!role || !NAME_FROM_CONTENT_WIDGETS.has(role)) return;
        const label = getAttr(el, 'aria-label');
        const labelledby = getAttr(el, 'aria-labelledby');
        if (label === undefined && labelledby === undefined) return;
        const cascade = cascadeOf(ctx.file, ctx.project);
        if (cascade.scripted || ariaHidden(el) || isRendered(el, cascade) !== 'yes') return;
        let name: string;
        if (labelledby !== undefined && labelledby.trim()) {
          const ids = byId(ctx.file);
          const refs = labelledby.trim().split(/\s+/).map((id) => ids.get(id));
          if (refs.some((r) => !r)) return;
          name = refs.map((r) => visibleText(r!, cascade, true)).join(' ');
        } else name = label ?? '';
        if (!words(name)) return; // an empty name is another rule's problem
        // Visible text: text nodes only; images, icons and single symbols are non-text content.
        const visible = words(visibleText(el, cascade).replace(/\u00a0/g, ' '));
        if (visible.replace(/\s/g, '').length < 2) return;
        const have = ` ${words(name)} `;
        if (have.includes(` ${visible} `)) return;
        const range = (label !== undefined ? attrValueRange(ctx.file.text, el, 'aria-label') : attrValueRange(ctx.file.text, el, 'aria-labelledby')) ?? startTagRange(el);
        ctx.report({ messageId: 'mismatch', data: { name: name.trim(), visible: visibleText(el, cascade).replace(/\s+/g, ' ').trim() }, range });
      },
    };
  },
});
