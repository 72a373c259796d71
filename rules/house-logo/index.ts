import * as path from 'node:path';
import { defineRule, getAttr, attrValueRange, startTagRange } from '../_kit';
import type { HtmlElement } from '../_kit';
import { houseStyleOf, resolveReference, sha256, isSvgElement, type HouseStyle } from '../../server/src/engine/facts/house-style';
import { readImageFacts } from '../../server/src/engine/facts/image';

const DEFAULT_LOGO_PATTERN = /logo/i;

export default defineRule({
  meta: {
    id: 'house-logo',
    domain: 'house-style',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'Logo images must be one of the approved logo files (compared by SHA-256 of the content) and must be drawn at their own aspect ratio.',
      recommended: true,
    },
    messages: {
      notApproved: 'Logo "{{file}}" is not an approved logo file (SHA-256 {{hash}}… matches none of houseStyle.logos).',
      distorted: 'Logo "{{file}}" is drawn at {{width}}×{{height}} but the image is {{iw}}×{{ih}}: its aspect ratio is off by {{percent}}%.',
      setHeight: 'Set height="{{height}}" to keep the logo’s proportions',
    },
    schema: {
      type: 'object',
      properties: { maxDistortion: { type: 'number', minimum: 0, description: 'Largest accepted aspect-ratio difference, in percent.' } },
      additionalProperties: false,
    },
    defaultOptions: { maxDistortion: 1 },
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const hs = houseStyleOf(ctx);
    if (!hs) return;
    const approved = approvedHashes(ctx, hs);
    let pattern = DEFAULT_LOGO_PATTERN;
    try { if (hs.logoPattern) pattern = new RegExp(hs.logoPattern, 'i'); } catch { /* invalid pattern: keep the default */ }
    const text = ctx.file.text;
    const maxDistortion = ctx.options.maxDistortion as number;
    return {
      element(el) {
        const refAttr = el.tagName === 'img' && !isSvgElement(el) ? 'src' : el.tagName === 'image' && isSvgElement(el) ? (getAttr(el, 'href') !== undefined ? 'href' : 'xlink:href') : undefined;
        const ref = refAttr && getAttr(el, refAttr);
        if (!refAttr || !ref) return;
        const abs = resolveReference(ctx.file.path, ref);
        const file = abs ? ctx.project.getFile(abs) : undefined;
        if (!file) return;
        const hash = file.cached('sha256', () => sha256(file.bytes));
        const isLogo = pattern.test(path.basename(abs!)) || /logo/i.test(getAttr(el, 'alt') ?? '') || approved.has(hash);
        if (!isLogo) return;
        const name = path.basename(abs!);
        const refRange = attrValueRange(text, el, refAttr) ?? startTagRange(el);
        if (approved.size && !approved.has(hash)) ctx.report({ messageId: 'notApproved', data: { file: name, hash: hash.slice(0, 12) }, range: refRange });
        checkRatio(el, file.bytes, name);
      },
    };

    function checkRatio(el: HtmlElement, bytes: Uint8Array, name: string): void {
      const width = pixels(getAttr(el, 'width'));
      const height = pixels(getAttr(el, 'height'));
      if (!width || !height) return;
      let iw: number | undefined;
      let ih: number | undefined;
      try {
        const facts = readImageFacts(bytes, name);
        iw = facts.width;
        ih = facts.height;
      } catch {
        return;
      }
      if (!iw || !ih) return;
      const off = Math.abs(width / height / (iw / ih) - 1) * 100;
      if (off <= maxDistortion) return;
      const fitted = Math.round((width * ih) / iw);
      const heightRange = attrValueRange(text, el, 'height');
      ctx.report({
        messageId: 'distorted',
        data: { file: name, width, height, iw, ih, percent: off.toFixed(0) },
        range: startTagRange(el),
        suggest: heightRange ? [{ messageId: 'setHeight', data: { height: fitted }, fix: (f) => f.replace(heightRange, String(fitted)) }] : [],
      });
    }
  },
});

function pixels(v: string | undefined): number | undefined {
  const m = v && /^\s*(\d+(?:\.\d+)?)(px)?\s*$/.exec(v);
  return m ? Number(m[1]) : undefined;
}

/** SHA-256 of every approved logo: `sha256:<hex>` entries as written, paths read (relative to the house style). */
function approvedHashes(ctx: Parameters<typeof houseStyleOf>[0], hs: HouseStyle): Set<string> {
  return ctx.project.cached(`house-logo-hashes:${hs.baseDir}:${hs.logos.join('|')}`, () => {
    const set = new Set<string>();
    for (const entry of hs.logos) {
      const m = /^(?:sha256:)?([0-9a-f]{64})$/i.exec(entry.trim());
      if (m) { set.add(m[1].toLowerCase()); continue; }
      try { set.add(sha256(ctx.project.host.readFile(path.resolve(hs.baseDir, entry)))); } catch { /* a missing approved file approves nothing */ }
    }
    return set;
  });
}
