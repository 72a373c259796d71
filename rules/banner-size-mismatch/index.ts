import { defineRule, getAttr } from '../_kit';
import type { CssSheet } from '../_kit';
import { bannerContext, type SizeClaim } from '../../server/src/engine/model/banner';

const LABEL: Record<SizeClaim['source'], string> = {
  meta: 'the ad.size meta', 'adform-manifest': 'manifest.json', 'flashtalking-manifest': 'manifest.js', name: 'the package name', settings: 'the configuration',
};
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Selectors exporters and hand-coders use for the ad's outer box. */
const STAGE_SELECTOR = /^(html|body|#(banner|container|stage|ad|wrapper|main|canvas|animation_container)|\.(banner|container|stage|ad|wrapper|gwd-page-size))$/i;

export default defineRule({
  meta: {
    id: 'banner-size-mismatch',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Every place a banner states its size must agree: the ad.size meta, the Adform or Flashtalking manifest, the package name, the configured size and the CSS or canvas size of the stage.',
      recommended: true,
    },
    messages: {
      mismatch: '{{here}} says {{size}} but {{there}} {{verb}} {{other}}.',
      stage: 'The stage ({{what}}) is {{size}} but the banner is {{expected}} ({{from}}).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || b.unit.primary !== ctx.file || !b.size) return;
    const first = b.size;
    const fmt = (c: { width: number; height: number }) => `${c.width}x${c.height}`;
    const describe = (c: SizeClaim) => LABEL[c.source] + (c.source === 'name' ? ` "${b.unit.name}"` : '');
    const disagreeing = new Map<string, SizeClaim[]>();
    for (const other of b.sizeClaims.slice(1)) {
      if (other.width === first.width && other.height === first.height) continue;
      const list = disagreeing.get(fmt(other));
      if (list) list.push(other); else disagreeing.set(fmt(other), [other]);
    }
    for (const [size, others] of disagreeing) {
      // One problem per conflicting size, where the first (winning) claim can be edited, else at the other claim.
      const at = first.file && first.range ? first : others.find((o) => o.file && o.range);
      const counterparts = at === first ? others : [first, ...others.filter((o) => o !== at)];
      const there = counterparts.map(describe);
      ctx.report({
        messageId: 'mismatch',
        data: { here: cap(at ? describe(at) : describe(first)), size: at ? fmt(at) : fmt(first), there: there.length > 1 ? `${there.slice(0, -1).join(', ')} and ${there[there.length - 1]}` : there[0], other: at === first ? size : fmt(first), verb: there.length > 1 ? 'say' : 'says' },
        range: at?.range ?? { start: 0, end: 0 },
        file: at?.file && at.file !== ctx.file ? at.file : undefined,
        related: counterparts.filter((c) => c.file && c.range).map((c) => ({ file: c.file!.path, range: c.range!, message: `${describe(c)}: ${fmt(c)}` })),
      });
    }
    if (disagreeing.size) return;
    const expected = fmt(first);
    const from = LABEL[first.source];
    // Animate's <canvas width height> and GWD/hand-coded stage boxes in CSS.
    for (const el of ctx.file.html?.elements ?? []) {
      if (el.tagName !== 'canvas') continue;
      const w = Number(getAttr(el, 'width')), h = Number(getAttr(el, 'height'));
      if (!w || !h || (w === first.width && h === first.height)) continue;
      const loc = el.sourceCodeLocation!.startTag!;
      ctx.report({ messageId: 'stage', data: { what: `<canvas${getAttr(el, 'id') ? ` id="${getAttr(el, 'id')}"` : ''}>`, size: `${w}x${h}`, expected, from }, range: { start: loc.startOffset, end: loc.endOffset } });
    }
    const sheets: CssSheet[] = [...ctx.file.sheets];
    for (const sheet of sheets) {
      sheet.root?.walk((node) => {
        if (node.type !== 'rule') return;
        const selectors = node.selectors.map((s) => s.trim());
        const stage = selectors.find((s) => STAGE_SELECTOR.test(s));
        if (!stage) return;
        let w: number | undefined, h: number | undefined, wDecl: import('postcss').Declaration | undefined;
        node.each((d) => {
          if (d.type !== 'decl') return;
          const m = /^(\d+(?:\.\d+)?)px$/i.exec(d.value.trim());
          if (d.prop.toLowerCase() === 'width' && m) { w = Number(m[1]); wDecl = d; }
          if (d.prop.toLowerCase() === 'height' && m) h = Number(m[1]);
        });
        if (w === undefined || h === undefined || !wDecl || (w === first.width && h === first.height)) return;
        ctx.report({ messageId: 'stage', data: { what: stage, size: `${w}x${h}`, expected, from }, range: sheet.rangeOf(wDecl) });
      });
    }
  },
});
