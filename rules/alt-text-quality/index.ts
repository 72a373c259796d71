import { defineRule, getAttr, attrValueRange, startTagRange, parentElement, type Fixer, type HtmlElement, type HtmlNode } from '../_kit';
import { altIsFileName, namingAlt } from '../_a11y/alt-text';

export default defineRule({
  meta: {
    id: 'alt-text-quality',
    domain: 'a11y',
    type: 'suggestion',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Alt text must describe the image: not a placeholder word such as "image", not a repeat of the text next to it, not an essay (file names are alt-text-file-name\'s report).',
      act: [],
      wcag: ['1.1.1'],
      recommended: true,
    },
    messages: {
      placeholder: 'The alt text "{{alt}}" is a placeholder word: say what the image shows, or use alt="" if it is decorative.',
      redundant: 'The alt text repeats the text next to the image: screen readers hear it twice. Use alt="" if the image adds nothing.',
      tooLong: 'The alt text is {{length}} characters long (limit {{max}}): move the long description into the page or a caption.',
      markDecorative: 'Mark as decorative: alt=""',
    },
    schema: {
      type: 'object',
      properties: {
        maxLength: { type: 'integer', minimum: 1, description: 'Longest acceptable alt text, in characters.' },
        placeholders: { type: 'array', items: { type: 'string' }, description: 'Alt texts that say nothing (compared case-insensitively).' },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      maxLength: 150,
      placeholders: ['image', 'img', 'picture', 'pic', 'photo', 'photograph', 'graphic', 'banner', 'icon', 'spacer', 'placeholder', 'untitled', 'alt', 'alt text', 'image alt', 'insert alt text', 'blank', 'null', 'undefined', 'afbeelding', 'bild', 'foto', 'imagen', 'immagine'],
    },
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const text = ctx.file.text;
    const maxLength = Number(ctx.options.maxLength);
    const placeholders = new Set((ctx.options.placeholders as string[]).map((p) => p.toLowerCase()));
    return {
      element(el) {
        const value = namingAlt(el);
        if (!value) return;
        const range = attrValueRange(text, el, 'alt') ?? startTagRange(el);
        if (altIsFileName(el, value)) return;
        const decorative = [{ messageId: 'markDecorative', fix: (f: Fixer) => f.replace(range, '') }];
        if (placeholders.has(value.toLowerCase().replace(/[.!]+$/, ''))) {
          ctx.report({ messageId: 'placeholder', data: { alt: value }, range, suggest: el.tagName === 'img' ? decorative : undefined });
          return;
        }
        if (value.length > maxLength) {
          ctx.report({ messageId: 'tooLong', data: { length: value.length, max: maxLength }, range });
          return;
        }
        const adjacent = adjacentText(el);
        const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
        if (words(value).length >= 3 && adjacent.some((t) => words(t) === words(value))) {
          ctx.report({ messageId: 'redundant', range, suggest: el.tagName === 'img' ? decorative : undefined });
        }
      },
    };
  },
});

/** Text right before and right after the image within its parent (a link or caption usually). */
function adjacentText(el: HtmlElement): string[] {
  const parent = parentElement(el);
  if (!parent) return [];
  const siblings = parent.childNodes as HtmlNode[];
  const at = siblings.indexOf(el);
  const textOf = (n: HtmlNode | undefined): string => (n ? (n.nodeName === '#text' ? (n as { value: string }).value : '') : '');
  const before = siblings.slice(0, at).filter((n) => n.nodeName === '#text' || (n as HtmlElement).tagName !== undefined);
  const after = siblings.slice(at + 1);
  const out: string[] = [];
  const prevText = before.length ? textOf(before[before.length - 1]) || nodeText(before[before.length - 1]) : '';
  const nextText = after.length ? (after[0].nodeName === '#text' && !textOf(after[0]).trim() ? nodeText(after[1]) : textOf(after[0]) || nodeText(after[0])) : '';
  if (prevText.trim()) out.push(prevText);
  if (nextText.trim()) out.push(nextText);
  return out;
}
/** Text a screen reader reads out: content hidden from assistive technology is never heard twice. */
function nodeText(n: HtmlNode | undefined): string {
  if (!n) return '';
  if (n.nodeName === '#text') return (n as { value: string }).value;
  if ('tagName' in n) {
    const el = n as HtmlElement;
    if ((getAttr(el, 'aria-hidden') ?? '').trim().toLowerCase() === 'true' || getAttr(el, 'hidden') !== undefined) return '';
  }
  if ('childNodes' in n) return (n as HtmlElement).childNodes.map(nodeText).join('');
  return '';
}
