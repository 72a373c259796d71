import { defineRule, startTagRange, type HtmlElement } from '../_kit';
import { assetSettings, svgFactsOf, kb } from '../_assets';

function attrLoc(el: HtmlElement, a: { name: string; prefix?: string }): { start: number; end: number } | undefined {
  const locs = el.sourceCodeLocation?.attrs as Record<string, { startOffset: number; endOffset: number }> | undefined;
  const loc = locs?.[a.prefix ? `${a.prefix}:${a.name}` : a.name] ?? locs?.[a.name];
  return loc ? { start: loc.startOffset, end: loc.endOffset } : undefined;
}

export default defineRule({
  meta: {
    id: 'image-svg-unsafe',
    domain: 'image',
    type: 'problem',
    scope: 'file',
    languages: ['svg'],
    cost: 'cheap',
    docs: {
      description: 'An SVG file with <script>, on* event handlers, javascript: links or external references can run code or leak requests when opened directly or inlined; ad platforms and CMSs reject or strip it. Embedded bitmaps over the budget make it heavy.',
      recommended: true,
    },
    messages: {
      script: 'SVG contains a <script> element; it runs when the file is opened or inlined. Remove it.',
      handler: 'SVG has an event handler attribute "{{name}}"; remove scripting from image files.',
      javascriptUrl: 'SVG links to a javascript: URL; remove it.',
      external: 'SVG references "{{url}}" outside itself; the reference does not load in <img> and leaks a request when inlined. Embed or remove it.',
      raster: 'SVG embeds a {{size}} bitmap (over the {{budget}} budget); export the bitmap as its own JPEG/WebP or simplify.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const facts = svgFactsOf(ctx.file);
    if (!facts.hasScript && !facts.eventHandlers.length && !facts.externalRefs.length && facts.embeddedRasterBytes === 0) return;
    const s = assetSettings(ctx.settings);
    const budget = s.svgEmbeddedRasterMaxKB * s.bytesPerKB;
    for (const el of ctx.file.html?.elements ?? []) {
      if (el.tagName === 'script') ctx.report({ messageId: 'script', range: startTagRange(el) });
      for (const a of el.attrs) {
        const range = attrLoc(el, a);
        if (!range) continue;
        const v = a.value.trim();
        if (/^on[a-z]+$/i.test(a.name)) ctx.report({ messageId: 'handler', data: { name: a.name }, range });
        else if (a.name === 'href' || a.name === 'src') {
          if (/^javascript:/i.test(v)) ctx.report({ messageId: 'javascriptUrl', range });
          else if (/^data:image\/(?!svg)/i.test(v)) {
            const comma = v.indexOf(',');
            const payload = v.slice(comma + 1).replace(/\s+/g, '');
            const bytes = /;base64$/i.test(v.slice(0, comma)) ? Math.floor((payload.length * 3) / 4) - (payload.match(/=+$/)?.[0].length ?? 0) : payload.length;
            if (bytes > budget) ctx.report({ messageId: 'raster', data: { size: kb(bytes, s.bytesPerKB), budget: kb(budget, s.bytesPerKB) }, range });
          } else if (v && !v.startsWith('#') && !/^data:/i.test(v) && facts.externalRefs.includes(v) && el.tagName !== 'a') {
            ctx.report({ messageId: 'external', data: { url: v }, range });
          }
        }
      }
    }
  },
});
