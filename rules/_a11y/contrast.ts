// Text contrast from the CSS cascade (WCAG 1.4.3 / 1.4.6). Reports only what is certain: every
// colour on the way from the canvas to the text is known, nothing is positioned over or under it,
// no image, shadow, filter or blend mode is involved. Gradients count only when the text fails
// against every colour stop.
import { defineRule, getAttr, parentElement, startTagRange, type HtmlElement, type RuleModule } from '../_kit';
import { parseCssColour, contrastRatio, compositeOver, type Rgba } from '../../server/src/engine/facts/colour';
import { cascadeOf, type Cascade } from './cascade';
import { fontSizePx, fontWeight } from './font';
import { isRendered, ariaHidden, visuallyHidden, isDisabled, byId, contains } from './dom';

export interface ContrastSpec { id: string; act: string; wcag: string; normal: number; large: number; level: string }

const WHITE: Rgba = { r: 1, g: 1, b: 1, alpha: 1 };
const BLACK: Rgba = { r: 0, g: 0, b: 0, alpha: 1 };
/** Elements the UA stylesheet paints (button faces, inputs, <mark>): their colours are the browser's. */
const UA_PAINTED = new Set(['button', 'input', 'select', 'textarea', 'option', 'optgroup', 'mark', 'meter', 'progress', 'fieldset', 'legend', 'dialog']);
/** Properties whose presence makes the visible colours undecidable here. */
const UNDECIDABLE = ['filter', 'mix-blend-mode', 'backdrop-filter', 'background-blend-mode', '-webkit-text-fill-color', '-webkit-text-stroke', '-webkit-background-clip', 'background-clip', 'mask', 'mask-image', '-webkit-mask-image'];

type Layer = { colours: Rgba[] } | 'unknown';

function colourOf(value: string): Rgba | undefined | 'unknown' {
  const v = value.trim().toLowerCase();
  if (v === 'transparent' || v === 'none' || v === 'initial' || v === 'unset') return undefined;
  if (/var\(|env\(|attr\(|calc\(|inherit|currentcolor|color-mix|light-dark|-webkit-|system|canvas|buttonface|field|highlight|graytext|linktext|visitedtext|activetext/.test(v)) return 'unknown';
  const c = parseCssColour(v);
  if (!c || c.isCurrentColor) return 'unknown';
  return c.rgb;
}

/** Background of one element: nothing, one colour, or the stops of a gradient over a colour. */
function backgroundOf(el: HtmlElement, c: Cascade): Layer | undefined {
  const image = c.get(el, 'background-image');
  const colour = c.get(el, 'background-color');
  if (image === 'unknown' || colour === 'unknown') return 'unknown';
  const base = colour ? colourOf(colour.value) : undefined;
  if (base === 'unknown') return 'unknown';
  const img = image?.value.trim().toLowerCase();
  if (img && img !== 'none' && img !== 'initial') {
    if (/url\(|image-set\(|element\(|cross-fade\(|,\s*(?:linear|radial|conic|repeating)/.test(img) || !/^(?:repeating-)?(?:linear|radial|conic)-gradient\(/.test(img)) return 'unknown';
    const stops: Rgba[] = [];
    const inner = img.slice(img.indexOf('(') + 1, img.lastIndexOf(')'));
    for (const part of inner.split(/,(?![^(]*\))/)) {
      const token = part.trim().replace(/\s+-?\d[\d.]*(?:%|px|em|deg|turn|rad)?/g, '').trim();
      if (/^to\s|^at\s|^from\s|^-?\d|^circle|^ellipse|^closest|^farthest/.test(token) || !token) continue;
      const stop = colourOf(token);
      if (stop === 'unknown' || stop === undefined) return 'unknown';
      stops.push(stop);
    }
    if (!stops.length) return 'unknown';
    // Translucent stops show the background colour (or what is behind) through.
    if (stops.some((s) => s.alpha < 1)) return 'unknown';
    return { colours: stops };
  }
  return base ? { colours: [base] } : undefined;
}

function mix(a: Rgba, b: Rgba, t: number): Rgba {
  return { r: a.r * t + b.r * (1 - t), g: a.g * t + b.g * (1 - t), b: a.b * t + b.b * (1 - t), alpha: 1 };
}

function opacityOf(el: HtmlElement, c: Cascade): number | 'unknown' {
  const v = c.get(el, 'opacity');
  if (v === 'unknown') return 'unknown';
  if (!v) return 1;
  const m = /^(\d*\.?\d+)(%?)$/.exec(v.value.trim());
  if (!m) return 'unknown';
  const n = parseFloat(m[1]) / (m[2] ? 100 : 1);
  return Math.max(0, Math.min(1, n));
}

/** The text colour as specified (inherited, UA link colour); 'unknown' when undecidable. */
function foregroundOf(chain: HtmlElement[], c: Cascade): Rgba | 'unknown' {
  for (let i = chain.length - 1; i >= 0; i--) {
    const el = chain[i];
    const v = c.get(el, 'color');
    if (v === 'unknown') return 'unknown';
    if (v) {
      const raw = v.value.trim().toLowerCase();
      if (raw === 'inherit' || raw === 'unset' || raw === 'currentcolor') continue;
      if (raw === 'initial') return BLACK;
      const col = colourOf(raw);
      if (col === undefined || col === 'unknown') return 'unknown';
      return col;
    }
    // Links are coloured by the UA (and :visited may differ): only author colours are certain.
    if ((el.tagName === 'a' || el.tagName === 'area') && getAttr(el, 'href') !== undefined) return 'unknown';
  }
  return BLACK;
}

function inDisabledWidget(el: HtmlElement, file: Parameters<typeof byId>[0]): boolean {
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
    if (isDisabled(cur) || (getAttr(cur, 'aria-disabled') ?? '').trim().toLowerCase() === 'true') return true;
    if (cur.tagName === 'label') {
      const forId = getAttr(cur, 'for');
      const control = forId ? byId(file).get(forId) : undefined;
      if (control && isDisabled(control)) return true;
      const inner = (file.html?.elements ?? []).filter((e) => contains(cur!, e) && e !== cur);
      if (inner.some((e) => isDisabled(e) || (getAttr(e, 'aria-disabled') ?? '') === 'true')) return true;
    }
  }
  // Labels of disabled widgets by reference.
  const ids = new Set<string>();
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) { const id = getAttr(cur, 'id'); if (id) ids.add(id); }
  if (!ids.size) return false;
  return (file.html?.elements ?? []).some((e) => ((getAttr(e, 'aria-disabled') ?? '') === 'true' || isDisabled(e))
    && [getAttr(e, 'aria-labelledby'), getAttr(e, 'for')].some((v) => v?.split(/\s+/).some((id) => ids.has(id))));
}

interface Verdict { ratio: number; fg: Rgba; bg: Rgba }

/** Contrast of the text of `el`, or undefined when it cannot be decided. Lowest over gradient stops. */
export function textContrast(el: HtmlElement, c: Cascade): Verdict[] | undefined {
  const chain: HtmlElement[] = [];
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) chain.unshift(cur);
  for (const e of chain) {
    for (const p of [...UNDECIDABLE, 'text-shadow']) {
      const v = c.get(e, p);
      if (v === 'unknown') return undefined;
      if (v && !/^(?:none|normal|initial|unset|border-box|0)$/i.test(v.value.trim())) return undefined;
    }
    const pos = c.get(e, 'position');
    if (pos === 'unknown' || (pos && /absolute|fixed|sticky/.test(pos.value))) return undefined;
    const transform = c.get(e, 'transform');
    if (transform === 'unknown' || (transform && transform.value.trim() !== 'none')) return undefined;
    if (UA_PAINTED.has(e.tagName) && c.get(e, 'background-color') == null && c.get(e, 'background') == null) return undefined;
  }
  const fg = foregroundOf(chain, c);
  if (fg === 'unknown' || fg.alpha === 0) return undefined;
  const layers: { bg: Layer | undefined; opacity: number | 'unknown' }[] = chain.map((e) => ({ bg: backgroundOf(e, c), opacity: opacityOf(e, c) }));
  if (layers.some((l) => l.bg === 'unknown' || l.opacity === 'unknown')) return undefined;
  // One combination per gradient stop (at most one gradient element, else undecidable).
  const gradients = layers.filter((l) => l.bg && l.bg !== 'unknown' && l.bg.colours.length > 1);
  if (gradients.length > 1) return undefined;
  const variants = gradients.length ? (gradients[0].bg as { colours: Rgba[] }).colours.length : 1;
  const out: Verdict[] = [];
  for (let k = 0; k < variants; k++) {
    const render = (i: number, backdrop: Rgba): { fg: Rgba; bg: Rgba } => {
      const layer = layers[i];
      let inner = backdrop;
      if (layer.bg && layer.bg !== 'unknown') {
        const col = layer.bg.colours.length > 1 ? layer.bg.colours[k] : layer.bg.colours[0];
        inner = compositeOver(col, backdrop);
      }
      let result = i === layers.length - 1 ? { bg: inner, fg: compositeOver(fg, inner) } : render(i + 1, inner);
      const o = layer.opacity as number;
      if (o < 1) result = { bg: mix(result.bg, backdrop, o), fg: mix(result.fg, backdrop, o) };
      return result;
    };
    const seen = render(0, WHITE);
    out.push({ ratio: contrastRatio(seen.fg, seen.bg), fg: seen.fg, bg: seen.bg });
  }
  return out;
}

/** Positioned boxes can sit under or over any text: their presence makes backgrounds uncertain. */
function hasPositionedOverlays(c: Cascade, elements: HtmlElement[]): boolean {
  return elements.some((e) => {
    const pos = c.get(e, 'position');
    if (pos === 'unknown') return true;
    if (pos && /absolute|fixed|sticky/.test(pos.value)) return true;
    for (const p of ['margin-top', 'margin-left', 'margin', 'z-index', 'float']) {
      const v = c.get(e, p);
      if (v === 'unknown') return true;
      if (v && (p === 'z-index' || p === 'float' ? !/^(?:auto|none|initial)$/.test(v.value.trim()) : /-\d/.test(v.value))) return true;
    }
    return false;
  });
}

const hex = (c: Rgba) => '#' + [c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('');

export function contrastRule(spec: ContrastSpec): RuleModule {
  return defineRule({
    meta: {
      id: spec.id,
      domain: 'a11y',
      type: 'problem',
      scope: 'file',
      languages: ['html'],
      cost: 'cheap',
      docs: {
        description: `Text must have a contrast ratio of at least ${spec.normal}:1 (${spec.large}:1 for large text) against its background (WCAG ${spec.wcag}, level ${spec.level}), computed from the page's CSS where every colour is known.`,
        act: [spec.act],
        wcag: [spec.wcag],
        recommended: spec.level === 'AA',
      },
      messages: {
        low: `Text contrast is {{ratio}}:1 ({{fg}} on {{bg}}); level ${spec.level} needs {{needed}}:1 for {{size}} text.`,
      },
      schema: { type: 'object', properties: {}, additionalProperties: false },
      defaultOptions: {},
      fixable: false,
      hasSuggestions: false,
    },
    create(ctx) {
      const html = ctx.file.html;
      if (!html) return;
      const c = cascadeOf(ctx.file, ctx.project);
      if (c.unresolvedSheets || hasPositionedOverlays(c, html.elements)) return;
      const done = new Set<HtmlElement>();
      return {
        text(node) {
          // One letter or symbol (an "X" close button) is an icon, not text in a human language.
          if ((node.value.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) return;
          const el = parentElement(node);
          if (!el || done.has(el)) return;
          done.add(el);
          if (['svg', 'math'].includes(el.tagName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
          if (ariaHidden(el) || isRendered(el, c) !== 'yes' || visuallyHidden(el, c) !== 'no' || inDisabledWidget(el, ctx.file)) return;
          const verdicts = textContrast(el, c);
          if (!verdicts?.length) return;
          const size = fontSizePx(el, c);
          const weight = fontWeight(el, c);
          // Unknown size or weight: judge as large text, the lenient threshold.
          const large = size === undefined || weight === undefined || size >= 24 - 0.01 || (size >= 18.66 && weight >= 700);
          const needed = large ? spec.large : spec.normal;
          if (!verdicts.every((v) => v.ratio < needed - 0.005)) return;
          const worst = verdicts.reduce((a, b) => (b.ratio > a.ratio ? b : a));
          ctx.report({
            messageId: 'low',
            data: { ratio: (Math.floor(worst.ratio * 100) / 100).toFixed(2), fg: hex(worst.fg), bg: hex(worst.bg), needed, size: large ? 'large' : 'normal' },
            range: startTagRange(el),
          });
        },
      };
    },
  });
}
