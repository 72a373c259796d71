import type { Declaration } from 'postcss';
import { defineRule, getAttr } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { isRendered } from '../_a11y/dom';

type Node = { type: string; parent?: Node; selector?: string; name?: string; params?: string; nodes?: Node[]; prop?: string; value?: string };

const PAGE_SELECTOR = /^(?:html|body|:root)$/i;
const ORIENTATION = /\(\s*orientation\s*:\s*(portrait|landscape)\s*\)/i;

function angleDeg(text: string): number | undefined {
  const m = /^(-?\d*\.?\d+)(deg|rad|grad|turn)?$/i.exec(text.trim());
  if (!m) return undefined;
  const n = parseFloat(m[1]);
  switch ((m[2] ?? '').toLowerCase()) {
    case 'deg': return n;
    case 'rad': return (n * 180) / Math.PI;
    case 'grad': return n * 0.9;
    case 'turn': return n * 360;
    default: return n === 0 ? 0 : undefined;
  }
}

/** The rotation about the z axis a transform or rotate value applies, in degrees; undefined when unsure. */
export function rotationOf(prop: string, value: string): number | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'none') return 0;
  if (prop === 'rotate') {
    const parts = v.split(/\s+/);
    if (parts.length === 1) return angleDeg(parts[0]);
    if (parts.length === 2 && parts[0] === 'z') return angleDeg(parts[1]);
    if (parts.length === 4 && Number(parts[0]) === 0 && Number(parts[1]) === 0 && Math.abs(Number(parts[2])) > 0) return (Math.sign(Number(parts[2])) * (angleDeg(parts[3]) ?? NaN)) || undefined;
    return undefined;
  }
  let total = 0;
  const re = /([a-z0-9]+)\(([^()]*)\)/g;
  let consumed = '';
  for (let m = re.exec(v); m; m = re.exec(v)) {
    consumed += m[0];
    const args = m[2].split(/\s*,\s*|\s+/).filter(Boolean);
    switch (m[1]) {
      case 'rotate': case 'rotatez': { const a = args.length === 1 ? angleDeg(args[0]) : undefined; if (a === undefined) return undefined; total += a; break; }
      case 'rotate3d': {
        if (args.length !== 4 || Number(args[0]) !== 0 || Number(args[1]) !== 0 || !Number(args[2])) return undefined;
        const a = angleDeg(args[3]);
        if (a === undefined) return undefined;
        total += Math.sign(Number(args[2])) * a;
        break;
      }
      case 'matrix': {
        if (args.length !== 6) return undefined;
        const [a, b] = args.map(Number);
        if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
        total += (Math.atan2(b, a) * 180) / Math.PI;
        break;
      }
      case 'translate': case 'translatex': case 'translatey': case 'translatez': case 'translate3d': case 'scale': case 'scalex': case 'scaley': case 'perspective': break;
      default: return undefined;
    }
  }
  return consumed.replace(/\s/g, '') === v.replace(/\s/g, '') ? total : undefined;
}

/** Whether an angle turns content a quarter turn (90° or 270°, within a few degrees). */
const quarterTurn = (deg: number) => Math.abs((((deg % 180) + 180) % 180) - 90) <= 5;

export default defineRule({
  meta: {
    id: 'orientation-lock',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css'],
    cost: 'cheap',
    docs: {
      description: 'A page must not lock itself to portrait or landscape by rotating the whole page with a CSS transform in an orientation media query: people with a fixed-mounted device cannot turn it.',
      act: ['b33eff'],
      wcag: ['1.3.4'],
      recommended: true,
    },
    messages: { locked: 'This rotates the whole page a quarter turn in {{orientation}} orientation, locking the display orientation (WCAG 1.3.4).' },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const html = ctx.file.html;
    if (html) {
      const body = html.elements.find((e) => e.tagName === 'body');
      if (body && (getAttr(body, 'hidden') !== undefined || isRendered(body, cascadeOf(ctx.file, ctx.project)) === 'no')) return;
    }
    return {
      declaration(decl: Declaration, sheet) {
        const prop = decl.prop.toLowerCase();
        if (prop !== 'transform' && prop !== 'rotate') return;
        const rule = decl.parent as unknown as Node | undefined;
        if (!rule || rule.type !== 'rule' || !rule.selector) return;
        const selectors = rule.selector.split(',').map((s) => s.trim());
        if (!selectors.every((s) => PAGE_SELECTOR.test(s))) return;
        let orientation: string | undefined;
        for (let p = rule.parent; p && p.type !== 'root'; p = p.parent) {
          if (p.type !== 'atrule') continue;
          if ((p.name ?? '').toLowerCase() !== 'media') return;
          const m = ORIENTATION.exec(p.params ?? '');
          if (!m || /\bnot\b|,/.test(p.params ?? '')) return;
          orientation = m[1].toLowerCase();
        }
        if (!orientation) return;
        const angle = rotationOf(prop, decl.value);
        if (angle === undefined) return;
        // The same element's rotation outside any media query: the quarter turn is relative to it.
        let base = 0;
        const root = (rule as Node & { root?: () => Node }).parent;
        let top: Node | undefined = root;
        while (top?.parent) top = top.parent;
        for (const n of top?.nodes ?? []) {
          if (n.type !== 'rule' || !n.selector?.split(',').some((s) => selectors.includes(s.trim()))) continue;
          for (const d of n.nodes ?? []) {
            if (d.type === 'decl' && d.prop?.toLowerCase() === prop) {
              const b = rotationOf(prop, d.value ?? '');
              if (b === undefined) return;
              base = b;
            }
          }
        }
        if (!quarterTurn(angle - base)) return;
        ctx.report({ messageId: 'locked', data: { orientation }, range: sheet.rangeOf(decl) });
      },
    };
  },
});
