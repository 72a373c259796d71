import { defineRule, getAttr, type HtmlElement } from '../_kit';
import { assetSettings, assetRefsOf, imageOf, kb } from '../_assets';

/** A CSS pixel length from an attribute (`300`) or a simple inline style (`width: 300px`). */
function cssPx(el: HtmlElement, prop: 'width' | 'height'): number | undefined {
  const attr = getAttr(el, prop);
  if (attr !== undefined && /^\s*\d+\s*$/.test(attr)) return Number(attr);
  const style = getAttr(el, 'style') ?? '';
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(\\d+(?:\\.\\d+)?)px\\s*(?:!important\\s*)?(?:;|$)`, 'i').exec(style);
  return m ? Number(m[1]) : undefined;
}

/** `sizes="300px"` or a final fallback length in px. */
function sizesPx(el: HtmlElement): number | undefined {
  const sizes = getAttr(el, 'sizes');
  if (!sizes) return undefined;
  const last = sizes.split(',').pop()!.trim();
  const m = /^(\d+(?:\.\d+)?)px$/i.exec(last);
  return m && !sizes.includes('(') ? Number(m[1]) : undefined;
}

export default defineRule({
  meta: {
    id: 'image-oversized',
    domain: 'image',
    type: 'suggestion',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'An image whose pixel size is far above the size it is displayed at (width/height attributes, inline style, sizes), even allowing for 2× screens: the extra pixels are downloaded for nothing.',
      recommended: true,
    },
    messages: {
      oversized: '{{natural}} image shown at {{displayed}} CSS px; at {{dpr}}× it needs {{needed}}. About {{waste}} of {{size}} is wasted.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const s = assetSettings(ctx.settings);
    const dpr = s.maxDevicePixelRatio;
    for (const ref of assetRefsOf(ctx.project, ctx.file)) {
      if (ref.kind !== 'img-src' || ref.element?.tagName !== 'img' || ref.attr !== 'src') continue;
      const el = ref.element;
      // With w-descriptors the browser picks the candidate for the slot itself.
      if (/\d+w\b/.test(getAttr(el, 'srcset') ?? '')) continue;
      const img = imageOf(ctx.project, ref);
      if (!img || img.facts.format === 'svg' || !img.facts.width || !img.facts.height) continue;
      const { width: nw, height: nh, byteSize } = img.facts;
      let dw = cssPx(el, 'width') ?? sizesPx(el);
      let dh = cssPx(el, 'height');
      if (dw === undefined && dh === undefined) continue;
      if (dw === undefined) dw = (dh! * nw) / nh;
      if (dh === undefined) dh = (dw * nh) / nw;
      if (dw <= 0 || dh <= 0) continue;
      const needW = Math.ceil(dw * dpr);
      const needH = Math.ceil(dh * dpr);
      if (nw <= needW && nh <= needH) continue;
      const ratio = 1 - Math.min(1, (needW * needH) / (nw * nh));
      const waste = Math.round(byteSize * ratio);
      if (waste <= s.oversizeMinSavingsBytes) continue;
      ctx.report({
        messageId: 'oversized',
        data: { natural: `${nw}×${nh}`, displayed: `${Math.round(dw)}×${Math.round(dh)}`, dpr, needed: `${needW}×${needH}`, waste: kb(waste, s.bytesPerKB), size: kb(byteSize, s.bytesPerKB) },
        range: ref.range,
      });
    }
  },
});
