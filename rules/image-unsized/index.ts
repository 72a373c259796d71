import { defineRule, getAttr, startTagRange, attributeInsertOffset, type HtmlElement } from '../_kit';
import { assetRefsOf, imageOf } from '../_assets';

const NON_SIZE = /^(auto|initial|unset|inherit|revert|revert-layer)$/i;

function styleValue(el: HtmlElement, prop: string): string | undefined {
  const style = getAttr(el, 'style') ?? '';
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`, 'i').exec(style);
  return m?.[1].replace(/!important/i, '').trim();
}
function explicit(el: HtmlElement, prop: 'width' | 'height'): boolean {
  const attr = getAttr(el, prop);
  if (attr !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(attr)) return true;
  const v = styleValue(el, prop);
  return v !== undefined && !NON_SIZE.test(v);
}

export default defineRule({
  meta: {
    id: 'image-unsized',
    domain: 'image',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'An <img> without both width and height (attributes or inline CSS) reserves no space while loading: the page jumps (Cumulative Layout Shift, Lighthouse "unsized-images").',
      recommended: true,
    },
    messages: {
      unsized: '<img> "{{src}}" has no explicit {{missing}}: the layout shifts when it loads.',
      addSize: 'Add width="{{width}}" height="{{height}}" (the image\'s pixel size)',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const text = ctx.file.text;
    const srcRefs = new Map(assetRefsOf(ctx.project, ctx.file).filter((r) => r.element?.tagName === 'img' && r.attr === 'src').map((r) => [r.element!, r]));
    for (const el of ctx.file.html?.elements ?? []) {
      if (el.tagName !== 'img') continue;
      const w = explicit(el, 'width');
      const h = explicit(el, 'height');
      if (w && h) continue;
      if ((w || h) && styleValue(el, 'aspect-ratio')) continue;
      if (/^(absolute|fixed)$/i.test(styleValue(el, 'position') ?? '')) continue;
      const src = getAttr(el, 'src') ?? '';
      if (/^data:image\/svg/i.test(src.trim())) continue;
      const ref = srcRefs.get(el);
      const img = ref ? imageOf(ctx.project, ref) : undefined;
      if (img && img.facts.width === 0 && img.facts.height === 0) continue;
      const missing = !w && !h ? 'width and height' : !w ? 'width' : 'height';
      const suggest = [];
      if (img?.facts.width && img.facts.height && getAttr(el, 'width') === undefined && getAttr(el, 'height') === undefined) {
        const { width, height } = img.facts;
        const at = attributeInsertOffset(text, el);
        suggest.push({ messageId: 'addSize', data: { width, height }, fix: (f: { insertAfter(o: number, t: string): { start: number; end: number; text: string } }) => f.insertAfter(at, ` width="${width}" height="${height}"`) });
      }
      ctx.report({ messageId: 'unsized', data: { src: src.split('/').pop() || '(no src)', missing }, range: startTagRange(el), suggest });
    }
  },
});
