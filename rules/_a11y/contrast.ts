// Text contrast from the CSS cascade (WCAG 1.4.3 / 1.4.6). Reports only what is certain: the text
// fails against every colour that may be painted next to its glyphs. Every colour on the way from the
// canvas to the text must be known and nothing may be positioned over or under it; filters and blend
// modes make the text undecidable. Gradients, background images and text shadows give a set of
// candidate backgrounds (stops, bounds of the image's pixels, shadow colours): the text fails only
// when it fails against all of them.
import { createHash } from 'node:crypto';
import { defineRule, getAttr, parentElement, startTagRange, type HtmlElement, type Project, type RuleModule, type SourceFile } from '../_kit';
import { parseCssColour, contrastRatio, compositeOver, type Rgba } from '../../server/src/engine/facts/colour';
import { decodePixels, displayedColourBounds, pixelsOfFile, type ChannelBounds, type DecodedImage, type PixelRegion } from '../../server/src/engine/facts/image/pixels';
import tunables from '../profiles/a11y/contrast.json';
import { cascadeOf, resolveLocal, type Cascade } from './cascade';
import { fontSizePx, fontWeight, lengthPx } from './font';
import { isRendered, ariaHidden, visuallyHidden, isDisabled, byId, contains } from './dom';

export interface ContrastSpec { id: string; act: string; wcag: string; normal: number; large: number; level: string }

const WHITE: Rgba = { r: 1, g: 1, b: 1, alpha: 1 };
const BLACK: Rgba = { r: 0, g: 0, b: 0, alpha: 1 };
const TRANSPARENT: Rgba = { r: 0, g: 0, b: 0, alpha: 0 };
/** Elements the UA stylesheet paints (button faces, inputs, <mark>): their colours are the browser's. */
const UA_PAINTED = new Set(['button', 'input', 'select', 'textarea', 'option', 'optgroup', 'mark', 'meter', 'progress', 'fieldset', 'legend', 'dialog']);
/** Properties whose presence makes the visible colours undecidable here. */
const UNDECIDABLE = ['filter', 'mix-blend-mode', 'backdrop-filter', 'background-blend-mode', '-webkit-text-fill-color', '-webkit-text-stroke', '-webkit-background-clip', 'background-clip', 'mask', 'mask-image', '-webkit-mask-image'];
/** Blocks whose first line can be placed over their background image (no UA margins or markers that move it sideways). */
const LINE_BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'figcaption']);
/** Elements allowed around such a block; the UA gives only <body> a horizontal margin. */
const LINE_ANCESTORS = new Set(['html', 'body', ...LINE_BLOCKS]);
const UA_BODY_MARGIN_PX = 8;
const BORDER_KEYWORD_PX: Record<string, number> = { thin: 1, medium: 3, thick: 5 };

// ---------------------------------------------------------------------------------------------
// Colours and small CSS value helpers

function colourOf(value: string): Rgba | undefined | 'unknown' {
  const v = value.trim().toLowerCase();
  if (v === 'transparent' || v === 'none' || v === 'initial' || v === 'unset') return undefined;
  if (/var\(|env\(|attr\(|calc\(|inherit|currentcolor|color-mix|light-dark|-webkit-|system|canvas|buttonface|field|highlight|graytext|linktext|visitedtext|activetext/.test(v)) return 'unknown';
  const c = parseCssColour(v);
  if (!c || c.isCurrentColor) return 'unknown';
  return c.rgb;
}

function mix(a: Rgba, b: Rgba, t: number): Rgba {
  return { r: a.r * t + b.r * (1 - t), g: a.g * t + b.g * (1 - t), b: a.b * t + b.b * (1 - t), alpha: 1 };
}

/** The darkest colour any blend of `colours` can have: blends in sRGB may be darker than each colour, never darker than this. */
function channelMin(colours: Rgba[]): Rgba {
  return { r: Math.min(...colours.map((c) => c.r)), g: Math.min(...colours.map((c) => c.g)), b: Math.min(...colours.map((c) => c.b)), alpha: 1 };
}

const sameColour = (a: Rgba, b: Rgba) => a.r === b.r && a.g === b.g && a.b === b.b && a.alpha === b.alpha;

/** Splits at `separator` outside parentheses and quotes; a space separator splits at any run of white space. */
function splitTopLevel(value: string, separator: ',' | ' '): string[] {
  const out: string[] = [];
  let depth = 0, quote = '', start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quote) { if (ch === quote) quote = ''; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (separator === ',' ? ch === ',' : /\s/.test(ch))) { out.push(value.slice(start, i)); start = i + 1; }
  }
  out.push(value.slice(start));
  return separator === ' ' ? out.filter(Boolean) : out;
}

const NUMBER_WITH_UNIT = /^(-?(?:\d+\.?\d*|\.\d+))([a-z%]*)$/i;

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

// ---------------------------------------------------------------------------------------------
// Text shadows

interface Shadow {
  colour: Rgba;
  /** Opacity of the shadows where they all overlap. */
  strength: number;
  /** Shadows reach past the glyphs on every side: they, not the page, border the text. */
  surround: boolean;
  /** The widest blur radius, px. */
  blur: number;
}

/** The text-shadow the text inherits; undefined when it has none that shows. */
function textShadowOf(chain: HtmlElement[], c: Cascade, fg: Rgba): Shadow | undefined | 'unknown' {
  for (let i = chain.length - 1; i >= 0; i--) {
    const v = c.get(chain[i], 'text-shadow');
    if (v === 'unknown') return 'unknown';
    if (!v) continue;
    const raw = v.value.trim().toLowerCase();
    if (raw === 'inherit' || raw === 'unset') continue;
    if (raw === 'none' || raw === 'initial') return undefined;
    // Lengths are computed where the shadow is declared.
    return parseTextShadow(raw, fontSizePx(chain[i], c), fg);
  }
  return undefined;
}

function parseTextShadow(value: string, fontPx: number | undefined, fg: Rgba): Shadow | undefined | 'unknown' {
  if (/var\(|calc\(|env\(|attr\(|min\(|max\(|clamp\(|revert/.test(value)) return 'unknown';
  const shadows: { colour: Rgba; dx: number; dy: number; blur: number }[] = [];
  for (const part of splitTopLevel(value, ',')) {
    const lengths: number[] = [];
    let colourText: string | undefined;
    let lengthsEnded = false;
    for (const token of splitTopLevel(part.trim(), ' ')) {
      const m = NUMBER_WITH_UNIT.exec(token);
      if (m) {
        // <color>? && <length>{2,3}: the lengths are written together, before or after the colour.
        if (lengthsEnded) return 'unknown';
        const unit = m[2].toLowerCase();
        const n = parseFloat(m[1]);
        let px: number | undefined;
        if (unit === 'px' || (unit === '' && n === 0)) px = n;
        else if ((unit === 'em' || unit === 'rem') && fontPx !== undefined) px = unit === 'em' ? n * fontPx : n * 16;
        if (px === undefined) return 'unknown';
        lengths.push(px);
      } else {
        if (colourText !== undefined) return 'unknown';
        colourText = token;
        if (lengths.length) lengthsEnded = true;
      }
    }
    if (lengths.length < 2 || lengths.length > 3) return 'unknown';
    const [dx, dy, blur = 0] = lengths;
    if (blur < 0) return 'unknown';
    let colour: Rgba;
    if (colourText === undefined || colourText === 'currentcolor') colour = fg;
    else {
      const parsed = colourOf(colourText);
      if (parsed === 'unknown') return 'unknown';
      if (parsed === undefined) continue;
      colour = parsed;
    }
    // Transparent shadows, and sharp ones exactly under the glyphs, are not seen.
    if (colour.alpha === 0 || (dx === 0 && dy === 0 && blur === 0)) continue;
    shadows.push({ colour, dx, dy, blur });
  }
  if (!shadows.length) return undefined;
  const colour = shadows[0].colour;
  if (shadows.some((s) => !sameColour(s.colour, colour))) return 'unknown';
  const reaches = (side: (s: { dx: number; dy: number; blur: number }) => number) => shadows.some((s) => side(s) > 0);
  const surround = reaches((s) => s.dx + s.blur) && reaches((s) => s.blur - s.dx) && reaches((s) => s.dy + s.blur) && reaches((s) => s.blur - s.dy);
  return { colour: { ...colour, alpha: 1 }, strength: 1 - (1 - colour.alpha) ** shadows.length, surround, blur: Math.max(...shadows.map((s) => s.blur)) };
}

// ---------------------------------------------------------------------------------------------
// Backgrounds

interface GradientPaint {
  kind: 'gradient';
  stops: Rgba[];
  /** Some neighbouring stops differ and are interpolated (not hard stops). */
  blends: boolean;
  /** The gradient certainly fills the whole box. */
  covers: boolean;
}
interface ImagePaint {
  kind: 'image';
  /** Undefined when the image cannot be read: it may then show any colour. */
  pixels: DecodedImage | undefined;
  /** The pixels behind the text, when the geometry is certain; the whole image otherwise. */
  region?: PixelRegion;
  covers: boolean;
}
/** One element's background: its colour and at most one image layer painted over it. */
interface Layer { base?: Rgba; paint?: GradientPaint | ImagePaint }

interface Env { file: SourceFile; project: Project | undefined; textElement: HtmlElement }

const IMAGE_FUNCTION = /(?:url|(?:repeating-)?(?:linear|radial|conic)-gradient|image-set|-webkit-image-set|element|cross-fade|image|paint|-webkit-gradient)\s*\(/gi;

function backgroundOf(el: HtmlElement, c: Cascade, env: Env): Layer | undefined | 'unknown' {
  const image = c.get(el, 'background-image');
  const colour = c.get(el, 'background-color');
  if (image === 'unknown' || colour === 'unknown') return 'unknown';
  const base = colour ? colourOf(colour.value) : undefined;
  if (base === 'unknown') return 'unknown';
  const img = image?.value.trim();
  let paint: Layer['paint'];
  if (img && !/^(?:none|initial|unset)$/i.test(img)) {
    // The cascade gives the whole `background` shorthand when the image comes from it.
    if (splitTopLevel(img, ',').length > 1) return 'unknown';
    const functions = splitTopLevel(img, ' ').filter((t) => { IMAGE_FUNCTION.lastIndex = 0; return IMAGE_FUNCTION.test(t); });
    if (functions.length !== 1) return 'unknown';
    const fn = functions[0];
    const url = /^url\(\s*(?:"([^"]*)"|'([^']*)'|([^"'()\s]*))\s*\)$/i.exec(fn);
    if (url) {
      const covers = coversBox(el, c, false);
      paint = {
        kind: 'image',
        pixels: imagePixels(url[1] ?? url[2] ?? url[3], env),
        covers,
      };
      if (paint.pixels && paint.pixels.orientation === 1 && el === env.textElement) paint.region = firstLineRegion(el, c, env, paint.pixels);
    } else {
      const gradient = gradientOf(fn);
      if (gradient === 'unknown') return 'unknown';
      paint = { kind: 'gradient', ...gradient, covers: coversBox(el, c, true) };
    }
  }
  if (!paint && !base) return undefined;
  return { base, paint };
}

const GRADIENT_GEOMETRY = /^(?:(?:to|from|at)\s|(?:circle|ellipse|closest-side|closest-corner|farthest-side|farthest-corner)\b|-?(?:\d+\.?\d*|\.\d+)(?:deg|grad|rad|turn|px|em|rem|%)?(?:\s|$))/i;

function gradientOf(fn: string): { stops: Rgba[]; blends: boolean } | 'unknown' {
  const m = /^(?:repeating-)?(?:linear|radial|conic)-gradient\(([\s\S]*)\)$/i.exec(fn.trim());
  if (!m) return 'unknown';
  const stops: { colour: Rgba; first?: string; last?: string }[] = [];
  const parts = splitTopLevel(m[1], ',');
  // Blends stay within the stops' sRGB channels only when interpolated in sRGB: the default for
  // legacy colour syntax, not for an explicit `in <space>` or for lab(), oklch(), color()...
  let srgbBlends = !/(?:^|\s)in\s/i.test(parts[0]);
  for (let i = 0; i < parts.length; i++) {
    const tokens = splitTopLevel(parts[i].trim(), ' ');
    const positions = tokens.filter((t) => NUMBER_WITH_UNIT.test(t));
    const others = tokens.filter((t) => !NUMBER_WITH_UNIT.test(t));
    // A lone length between stops is a colour hint: it moves the blend, not the colours.
    if (!others.length && positions.length === 1 && stops.length) continue;
    let colour: Rgba | undefined | 'unknown' = 'unknown';
    if (others.length === 1 && positions.length <= 2) colour = others[0].toLowerCase() === 'transparent' ? TRANSPARENT : colourOf(others[0]);
    if (colour === undefined || colour === 'unknown') {
      // The first part may be the direction or shape ("to right", "90deg", "circle at top").
      if (i === 0 && GRADIENT_GEOMETRY.test(parts[i].trim())) continue;
      return 'unknown';
    }
    if (!/^(?:#|rgba?\(|hsla?\(|hwb\(|[a-z]+$)/i.test(others[0])) srgbBlends = false;
    stops.push({ colour, first: positions[0], last: positions[positions.length - 1] });
  }
  if (!stops.length) return 'unknown';
  let blends = false;
  for (let i = 0; i + 1 < stops.length; i++) {
    const a = stops[i], b = stops[i + 1];
    if (sameColour(a.colour, b.colour)) continue;
    // A stop placed at or before the previous one starts where it ends: a hard edge, no blend.
    const pa = a.last ? NUMBER_WITH_UNIT.exec(a.last) : null;
    const pb = b.first ? NUMBER_WITH_UNIT.exec(b.first) : null;
    const hard = pa && pb && pa[2].toLowerCase() === pb[2].toLowerCase() && parseFloat(pb[1]) <= parseFloat(pa[1]);
    if (!hard) blends = true;
  }
  if (blends && !srgbBlends) return 'unknown';
  return { stops: stops.map((s) => s.colour), blends };
}

// `background-repeat`, `-position`, `-size`... come from their longhand or from the `background`
// shorthand; the cascade cannot order the two, so they count only when they agree.
const BACKGROUND_INITIAL: Record<string, string> = {
  'background-repeat': 'repeat repeat',
  'background-position': '0% 0%',
  'background-size': 'auto auto',
  'background-attachment': 'scroll',
  'background-origin': 'padding-box',
};
const REPEAT_KEYWORDS = new Set(['repeat', 'repeat-x', 'repeat-y', 'no-repeat', 'space', 'round']);
const POSITION_KEYWORDS = new Set(['left', 'right', 'top', 'bottom', 'center']);
const BOX_KEYWORDS = new Set(['border-box', 'padding-box', 'content-box']);

function normaliseRepeat(tokens: string[]): string | 'unknown' {
  if (tokens.length === 0) return BACKGROUND_INITIAL['background-repeat'];
  if (tokens.length === 1) {
    if (tokens[0] === 'repeat-x') return 'repeat no-repeat';
    if (tokens[0] === 'repeat-y') return 'no-repeat repeat';
    return `${tokens[0]} ${tokens[0]}`;
  }
  if (tokens.length === 2 && !tokens.some((t) => t === 'repeat-x' || t === 'repeat-y')) return tokens.join(' ');
  return 'unknown';
}

function normaliseSize(tokens: string[]): string | 'unknown' {
  if (tokens.length === 0) return BACKGROUND_INITIAL['background-size'];
  if (tokens.length === 1) return tokens[0] === 'cover' || tokens[0] === 'contain' ? tokens[0] : `${tokens[0]} auto`;
  if (tokens.length === 2) return tokens.join(' ');
  return 'unknown';
}

/** One property's part of a single-layer `background` shorthand (its initial value when left out). */
function shorthandPart(value: string, prop: string): string | 'unknown' {
  if (splitTopLevel(value, ',').length > 1 || /var\(|calc\(|env\(|inherit|revert/i.test(value)) return 'unknown';
  const repeat: string[] = [], position: string[] = [], size: string[] = [], boxes: string[] = [];
  let attachment: string | undefined;
  let inSize = false;
  for (const raw of splitTopLevel(value.replace(/\//g, ' / '), ' ')) {
    const token = raw.toLowerCase();
    IMAGE_FUNCTION.lastIndex = 0;
    if (IMAGE_FUNCTION.test(token) || token === 'none') { inSize = false; continue; }
    if (token === '/') { if (!position.length || inSize) return 'unknown'; inSize = true; continue; }
    if (inSize && size.length < 2 && (token === 'auto' || token === 'cover' || token === 'contain' || NUMBER_WITH_UNIT.test(token))) { size.push(token); continue; }
    inSize = false;
    if (REPEAT_KEYWORDS.has(token)) repeat.push(token);
    else if (token === 'scroll' || token === 'fixed' || token === 'local') attachment = token;
    else if (BOX_KEYWORDS.has(token)) boxes.push(token);
    else if (POSITION_KEYWORDS.has(token) || NUMBER_WITH_UNIT.test(token)) position.push(token);
    else if (token !== 'transparent' && colourOf(token) === 'unknown') return 'unknown';
  }
  switch (prop) {
    case 'background-repeat': return normaliseRepeat(repeat);
    case 'background-position': return position.length ? position.join(' ') : BACKGROUND_INITIAL[prop];
    case 'background-size': return normaliseSize(size);
    case 'background-attachment': return attachment ?? BACKGROUND_INITIAL[prop];
    case 'background-origin': return boxes[0] ?? BACKGROUND_INITIAL[prop];
  }
  return 'unknown';
}

/** Other properties that set part of a `background-*` value. */
const BACKGROUND_PART_ALIASES: Record<string, string[]> = {
  'background-position': ['background-position-x', 'background-position-y', 'background-position-inline', 'background-position-block'],
  'background-repeat': ['background-repeat-x', 'background-repeat-y'],
  'background-size': ['-webkit-background-size'],
  'background-origin': ['-webkit-background-origin'],
};

function backgroundPart(el: HtmlElement, c: Cascade, prop: string): string | 'unknown' {
  for (const alias of BACKGROUND_PART_ALIASES[prop] ?? []) if (c.get(el, alias) !== null) return 'unknown';
  const longhand = c.get(el, prop);
  const shorthand = c.get(el, 'background');
  if (longhand === 'unknown' || shorthand === 'unknown') return 'unknown';
  const fromShorthand = shorthand ? shorthandPart(shorthand.value, prop) : undefined;
  let fromLonghand: string | undefined;
  if (longhand) {
    const v = longhand.value.trim().toLowerCase();
    if (v.includes(',') || /var\(|calc\(|env\(|inherit|initial|unset|revert/.test(v)) return 'unknown';
    const tokens = splitTopLevel(v, ' ');
    fromLonghand = prop === 'background-repeat' ? normaliseRepeat(tokens) : prop === 'background-size' ? normaliseSize(tokens) : tokens.join(' ');
  }
  if (fromShorthand === 'unknown' || fromLonghand === 'unknown') return 'unknown';
  if (fromShorthand !== undefined && fromLonghand !== undefined) return fromShorthand === fromLonghand ? fromShorthand : 'unknown';
  return fromLonghand ?? fromShorthand ?? BACKGROUND_INITIAL[prop];
}

/** Offsets in px of `background-position` from the top left of the box, where they do not depend on its size. */
function positionOf(value: string, fontPx: number): { x?: number; y?: number } {
  const tokens = value.split(/\s+/).filter(Boolean);
  const px = (t: string | undefined): number | undefined => {
    if (t === undefined) return undefined;
    if (t === 'left' || t === 'top') return 0;
    const m = NUMBER_WITH_UNIT.exec(t);
    if (!m) return undefined;
    if (m[2] === '%') return parseFloat(m[1]) === 0 ? 0 : undefined;
    return lengthPx(t, fontPx);
  };
  const vertical = (t: string) => t === 'top' || t === 'bottom';
  const horizontal = (t: string) => t === 'left' || t === 'right';
  if (tokens.length === 1) {
    const t = tokens[0];
    if (vertical(t)) return { y: px(t) };
    return { x: px(t) };
  }
  if (tokens.length === 2) {
    const [a, b] = vertical(tokens[0]) || horizontal(tokens[1]) ? [tokens[1], tokens[0]] : tokens;
    return { x: px(a), y: px(b) };
  }
  if (tokens.length === 4) {
    const out: { x?: number; y?: number } = {};
    for (const [keyword, offset] of [[tokens[0], tokens[1]], [tokens[2], tokens[3]]]) {
      const o = px(offset);
      if (keyword === 'left' || keyword === 'top') out[keyword === 'left' ? 'x' : 'y'] = o;
    }
    return out;
  }
  return {};
}

/**
 * Whether the layer certainly paints all of the box: repeated images tile it; a gradient of the
 * initial size at the initial position fills it.
 */
function coversBox(el: HtmlElement, c: Cascade, gradient: boolean): boolean {
  const size = backgroundPart(el, c, 'background-size');
  // A zero size paints nothing.
  if (size === 'unknown' || size.split(' ').some((t) => NUMBER_WITH_UNIT.test(t) && parseFloat(t) <= 0)) return false;
  const repeat = backgroundPart(el, c, 'background-repeat');
  if (repeat !== 'unknown' && repeat.split(' ').every((r) => r === 'repeat' || r === 'round')) return true;
  if (!gradient) return false;
  const position = backgroundPart(el, c, 'background-position');
  if (size !== 'auto auto' || position === 'unknown') return false;
  const at = positionOf(position, 16);
  return at.x === 0 && at.y === 0;
}

// ---------------------------------------------------------------------------------------------
// Background images

/** Local style sheets the page links to; their text is where their url()s are resolved from. */
function linkedSheets(env: Env): SourceFile[] {
  const { file, project } = env;
  if (!project) return [];
  return file.cached('a11y:contrast-linked-sheets', () => {
    const out: SourceFile[] = [];
    for (const el of file.html?.elements ?? []) {
      if (el.tagName !== 'link' || !(getAttr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet')) continue;
      const href = getAttr(el, 'href')?.trim();
      if (!href || /^[a-z][a-z\d+.-]*:|^\/\//i.test(href)) continue;
      const abs = resolveLocal(file, project, href);
      const sheet = abs ? project.getFile(abs) : undefined;
      if (sheet) out.push(sheet);
    }
    return out;
  });
}

/**
 * Pixels of a background image, or undefined when they cannot be known: remote, missing, too large,
 * not JPEG/PNG, damaged, or a relative URL that the page and a linked sheet would resolve differently.
 */
function imagePixels(rawUrl: string, env: Env): DecodedImage | undefined {
  const url = rawUrl.trim();
  const { project } = env;
  if (!project || !url) return undefined;
  const data = /^data:image\/(?:png|jpeg|jpg);base64,([a-z\d+/=\s]*)$/i.exec(url);
  if (data) {
    const key = createHash('sha1').update(url).digest('hex');
    return project.cached(`a11y:contrast-data-pixels:${key}`, () => decodePixels(Buffer.from(data[1], 'base64'), tunables.imageLimits));
  }
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) return undefined;
  const resolved = new Set<string>();
  // A <base href> changes what the page's own URLs resolve against.
  const rebased = (env.file.html?.elements ?? []).some((e) => e.tagName === 'base' && getAttr(e, 'href') !== undefined);
  if (env.file.text.includes(url)) resolved.add((!rebased && resolveLocal(env.file, project, url)) || '');
  for (const sheet of linkedSheets(env)) if (sheet.text.includes(url)) resolved.add(resolveLocal(sheet, project, url) ?? '');
  const [abs] = resolved;
  if (resolved.size !== 1 || !abs) return undefined;
  return pixelsOfFile(project, abs, tunables.imageLimits);
}

const boundsMemo = new WeakMap<DecodedImage, Map<string, ChannelBounds | undefined>>();

/** The lightest and darkest colours the image layer may paint behind the text, over `underlay`. */
function imageExtremes(paint: ImagePaint, underlay: Rgba): { light: Rgba; dark: Rgba } {
  const under: [number, number, number] = [underlay.r * 255, underlay.g * 255, underlay.b * 255];
  let bounds: ChannelBounds = { min: [0, 0, 0], max: [255, 255, 255] };
  if (paint.pixels) {
    let memo = boundsMemo.get(paint.pixels);
    if (!memo) boundsMemo.set(paint.pixels, (memo = new Map()));
    const key = `${under.join(',')}|${paint.region ? [paint.region.x0, paint.region.y0, paint.region.x1, paint.region.y1].join(',') : ''}`;
    if (!memo.has(key)) memo.set(key, displayedColourBounds(paint.pixels, under, paint.region));
    // No pixel in the region: only what is under the image is behind the text.
    bounds = memo.get(key) ?? { min: under, max: under };
  }
  if (!paint.covers) bounds = { min: bounds.min.map((v, i) => Math.min(v, under[i])) as ChannelBounds['min'], max: bounds.max.map((v, i) => Math.max(v, under[i])) as ChannelBounds['max'] };
  const rgba = (v: [number, number, number]): Rgba => ({ r: v[0] / 255, g: v[1] / 255, b: v[2] / 255, alpha: 1 });
  return { light: rgba(bounds.max), dark: rgba(bounds.min) };
}

/** Style sheets of the page may add generated content or restyle the first line: positions are then unknown. */
function pageRestylesFirstLine(env: Env): boolean {
  return env.file.cached('a11y:contrast-first-line-restyled', () =>
    [env.file, ...linkedSheets(env)].some((f) => /::?(?:before|first-line|first-letter)\b/i.test(f.text)));
}

/** The line-height in px: 'normal' depends on the font, so a range. */
function lineHeightRange(el: HtmlElement, c: Cascade, fontPx: number): [number, number] | undefined {
  const normal = (): [number, number] => [tunables.lineRegion.normalLineHeightEm[0] * fontPx, tunables.lineRegion.normalLineHeightEm[1] * fontPx];
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
    const v = c.get(cur, 'line-height');
    if (v === 'unknown') return undefined;
    if (!v) continue;
    const raw = v.value.trim().toLowerCase();
    if (raw === 'inherit' || raw === 'unset') continue;
    if (raw === 'normal' || raw === 'initial') return normal();
    // A number is inherited as a factor; lengths are computed where they are declared.
    if (/^\d*\.?\d+$/.test(raw)) return [parseFloat(raw) * fontPx, parseFloat(raw) * fontPx];
    const declaredFont = fontSizePx(cur, c);
    const px = declaredFont === undefined ? undefined : lengthPx(raw, declaredFont);
    return px === undefined ? undefined : [px, px];
  }
  return normal();
}

/** Horizontal margin, border and padding of a box in px, counted generously; undefined when it depends on layout. */
function horizontalSpacePx(el: HtmlElement, c: Cascade, fontPx: number): number | undefined {
  const sideLength = (token: string | undefined): number | undefined => {
    if (token === undefined) return 0;
    if (token === 'auto') return 0;
    if (token.endsWith('%')) return undefined;
    const px = lengthPx(token, fontPx);
    return px === undefined ? undefined : Math.max(0, px);
  };
  let total = 0;
  for (const family of ['margin', 'padding']) {
    for (const [side, logical] of [['left', 'start'], ['right', 'end']]) {
      let widest = family === 'margin' && el.tagName === 'body' ? UA_BODY_MARGIN_PX : 0;
      for (const prop of [family, `${family}-${side}`, `${family}-inline`, `${family}-inline-${logical}`]) {
        const v = c.get(el, prop);
        if (v === 'unknown') return undefined;
        if (!v) continue;
        const tokens = splitTopLevel(v.value.trim().toLowerCase(), ' ');
        let token: string | undefined;
        if (prop === family) token = tokens[side === 'left' ? [0, 1, 1, 3][tokens.length - 1] : [0, 1, 1, 1][tokens.length - 1]];
        else if (prop === `${family}-inline`) token = tokens[side === 'left' ? 0 : tokens.length - 1];
        else token = tokens[0];
        if (tokens.length > 4 || !token) return undefined;
        const px = sideLength(token);
        if (px === undefined) return undefined;
        widest = Math.max(widest, px);
      }
      total += widest;
    }
  }
  for (const prop of ['border', 'border-left', 'border-right', 'border-width', 'border-left-width', 'border-right-width', 'border-inline', 'border-inline-width', 'border-inline-start', 'border-inline-end', 'border-inline-start-width', 'border-inline-end-width']) {
    const v = c.get(el, prop);
    if (v === 'unknown') return undefined;
    if (!v) continue;
    let widest = 0;
    let sawWidth = false;
    for (const token of splitTopLevel(v.value.trim().toLowerCase(), ' ')) {
      if (token in BORDER_KEYWORD_PX) { widest = Math.max(widest, BORDER_KEYWORD_PX[token]); sawWidth = true; continue; }
      if (!NUMBER_WITH_UNIT.test(token)) continue;
      const px = sideLength(token);
      if (px === undefined) return undefined;
      widest = Math.max(widest, px);
      sawWidth = true;
    }
    // Both sides, whichever the property sets; a style without a width is a medium border.
    total += 2 * (sawWidth ? widest : BORDER_KEYWORD_PX.medium);
  }
  return total;
}

/**
 * The image pixels behind the first line of a block whose only content is a short text, when the
 * geometry is certain: a no-repeat image of natural size at a px offset from the padding box, the
 * block's padding in px, a known font size and line-height, and a text that fits on one line at the
 * narrowest viewport. The line box and the glyphs' reach get a margin on every side.
 */
function firstLineRegion(el: HtmlElement, c: Cascade, env: Env, image: DecodedImage): PixelRegion | undefined {
  const t = tunables.lineRegion;
  if (!LINE_BLOCKS.has(el.tagName) || el.childNodes.some((n) => 'tagName' in n)) return undefined;
  const text = el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? (n as { value: string }).value : '')).join('').replace(/\s+/g, ' ').trim();
  if (!text || pageRestylesFirstLine(env)) return undefined;
  const repeat = backgroundPart(el, c, 'background-repeat');
  if (repeat === 'unknown' || repeat.split(' ')[1] !== 'no-repeat') return undefined;
  if (backgroundPart(el, c, 'background-size') !== 'auto auto' || backgroundPart(el, c, 'background-attachment') !== 'scroll' || backgroundPart(el, c, 'background-origin') !== 'padding-box') return undefined;
  const fontPx = fontSizePx(el, c);
  if (!fontPx) return undefined;
  const position = backgroundPart(el, c, 'background-position');
  const imageTop = position === 'unknown' ? undefined : positionOf(position, fontPx).y;
  if (imageTop === undefined) return undefined;
  let declaredPaddingTop: number | undefined;
  for (const prop of ['padding', 'padding-top', 'padding-block', 'padding-block-start']) {
    const v = c.get(el, prop);
    if (v === 'unknown') return undefined;
    if (!v) continue;
    const token = splitTopLevel(v.value.trim().toLowerCase(), ' ')[0];
    const px = token === undefined || token.endsWith('%') ? undefined : lengthPx(token, fontPx);
    // Longhand and shorthand cannot be ordered here: they must agree.
    if (px === undefined || (declaredPaddingTop !== undefined && px !== declaredPaddingTop)) return undefined;
    declaredPaddingTop = px;
  }
  const paddingTop = declaredPaddingTop ?? 0;
  // The text must fit on one line at the narrowest viewport, or lines below would be behind it too.
  let available = t.minViewportPx - t.scrollbarPx;
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) {
    if (!LINE_ANCESTORS.has(cur.tagName)) return undefined;
    const curFont = fontSizePx(cur, c);
    if (curFont === undefined) return undefined;
    for (const prop of ['display', 'width', 'max-width', 'min-width', 'inline-size', 'max-inline-size', 'min-inline-size', 'writing-mode', 'direction', 'text-indent', 'letter-spacing', 'word-spacing', 'white-space', 'columns', 'column-count', 'column-width', 'zoom', 'font-stretch', 'box-sizing', 'contain']) {
      const v = c.get(cur, prop);
      if (v === 'unknown') return undefined;
      if (v && !/^(?:auto|none|normal|initial|unset|0|0px|horizontal-tb|ltr|block|nowrap|content-box)$/i.test(v.value.trim())) return undefined;
    }
    const space = horizontalSpacePx(cur, c, curFont);
    if (space === undefined) return undefined;
    available -= space;
  }
  if (text.length * t.maxAdvanceEm * fontPx > available) return undefined;
  const lineHeight = lineHeightRange(el, c, fontPx);
  if (!lineHeight) return undefined;
  const [shortest, tallest] = lineHeight;
  const reach = t.glyphHalfHeightEm * fontPx;
  const top = Math.min(paddingTop, paddingTop + shortest / 2 - reach) - t.marginPx;
  const bottom = Math.max(paddingTop + tallest, paddingTop + tallest / 2 + reach) + t.marginPx;
  return { x0: 0, y0: top - imageTop, x1: image.width, y1: bottom - imageTop };
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


// ---------------------------------------------------------------------------------------------
// Contrast

export interface Verdict {
  ratio: number;
  fg: Rgba;
  bg: Rgba;
  /** The shadow halo against the page rather than the text against its background: it may clear the text but is not what the message names. */
  halo?: boolean;
}

interface Scene { fg: Rgba; bg: Rgba; halo?: boolean }

/**
 * Contrast of the text of `el` against every candidate background, or undefined when it cannot be
 * decided. The text fails only when every verdict fails.
 */
export function textContrast(el: HtmlElement, c: Cascade, project?: Project): Verdict[] | undefined {
  const chain: HtmlElement[] = [];
  for (let cur: HtmlElement | undefined = el; cur; cur = parentElement(cur)) chain.unshift(cur);
  for (const e of chain) {
    for (const p of UNDECIDABLE) {
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
  const shadow = textShadowOf(chain, c, fg);
  if (shadow === 'unknown') return undefined;
  // A blur wide for the glyphs spreads the shadow thin: the page still shows next to them.
  const glyphPx = fontSizePx(el, c);
  const halo = shadow?.surround === true && glyphPx !== undefined && shadow.blur <= tunables.textShadow.maxHaloBlurEm * glyphPx;
  const env: Env = { file: c.file, project, textElement: el };
  const all = chain.map((e) => ({ bg: backgroundOf(e, c, env), opacity: opacityOf(e, c) }));
  if (all.some((l) => l.opacity === 'unknown')) return undefined;
  // An opaque background hides what is below it, unless an element under it is translucent.
  let from = 0;
  for (let i = 0; i < all.length && all[i].opacity === 1; i++) {
    const bg = all[i].bg;
    if (bg && bg !== 'unknown' && bg.base?.alpha === 1) from = i;
  }
  const layers = all.slice(from) as { bg: Layer | undefined; opacity: number }[];
  if (layers.some((l) => (l.bg as unknown) === 'unknown')) return undefined;
  const paintedAt = layers.map((l, i) => (l.bg?.paint ? i : -1)).filter((i) => i >= 0);
  if (paintedAt.length > 1) return undefined;
  const painted = paintedAt.length ? layers[paintedAt[0]].bg!.paint! : undefined;
  // Between candidate colours lie blends; the bounds used for them hold when the text colour does not
  // depend on what is behind it: opaque text, no translucent element between the paint and the text.
  const blends = painted !== undefined && (painted.kind === 'image' || painted.blends);
  if (blends && (fg.alpha < 1 || layers.slice(paintedAt[0] + 1).some((l) => l.opacity < 1))) return undefined;
  if (shadow && fg.alpha < 1) return undefined;

  const paintVariants = !painted ? 1 : painted.kind === 'image' ? 2 : painted.stops.length + (painted.covers ? 0 : 1) + (painted.blends ? 1 : 0);
  const paintColour = (paint: GradientPaint | ImagePaint, underlay: Rgba, k: number): Rgba => {
    if (paint.kind === 'image') {
      const { light, dark } = imageExtremes(paint, underlay);
      return k === 0 ? light : dark;
    }
    const shown = paint.stops.map((s) => compositeOver(s, underlay));
    if (!paint.covers) shown.push(underlay);
    if (paint.blends) shown.push(channelMin(shown));
    return shown[k];
  };
  const share = tunables.textShadow.blurredShadowShare;
  const scenes = (behind: Rgba): Scene[] => {
    const on = (bg: Rgba): Scene => ({ bg, fg: compositeOver(fg, bg) });
    if (!shadow) return [on(behind)];
    const full = compositeOver({ ...shadow.colour, alpha: shadow.strength }, behind);
    // Part of each glyph still borders the page.
    if (!halo) return [on(behind), on(full), on(channelMin([behind, full]))];
    // A halo borders the glyphs; it fades into the page. The halo itself, seen as a heavier glyph
    // against the page, can make the text readable too.
    const faded = mix(full, behind, share);
    return [on(full), on(faded), on(channelMin([full, faded])), { bg: behind, fg: full, halo: true }];
  };
  const sceneCount = !shadow ? 1 : halo ? 4 : 3;

  const render = (k: number, m: number): Scene => {
    const backdrops: Rgba[] = [];
    let backdrop = WHITE;
    for (const layer of layers) {
      backdrops.push(backdrop);
      if (!layer.bg) continue;
      const underlay = layer.bg.base ? compositeOver(layer.bg.base, backdrop) : backdrop;
      backdrop = layer.bg.paint ? paintColour(layer.bg.paint, underlay, k) : underlay;
    }
    let scene = scenes(backdrop)[m];
    for (let i = layers.length - 1; i >= 0; i--) {
      const o = layers[i].opacity;
      if (o < 1) scene = { ...scene, bg: mix(scene.bg, backdrops[i], o), fg: mix(scene.fg, backdrops[i], o) };
    }
    return scene;
  };
  const out: Verdict[] = [];
  for (let k = 0; k < paintVariants; k++) {
    for (let m = 0; m < sceneCount; m++) {
      const seen = render(k, m);
      out.push({ ratio: contrastRatio(seen.fg, seen.bg), fg: seen.fg, bg: seen.bg, ...(seen.halo ? { halo: true } : {}) });
    }
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
          const verdicts = textContrast(el, c, ctx.project);
          if (!verdicts?.length) return;
          const size = fontSizePx(el, c);
          const weight = fontWeight(el, c);
          // Unknown size or weight: judge as large text, the lenient threshold.
          const large = size === undefined || weight === undefined || size >= 24 - 0.01 || (size >= 18.66 && weight >= 700);
          const needed = large ? spec.large : spec.normal;
          if (!verdicts.every((v) => v.ratio < needed - 0.005)) return;
          // Name the background that gives the text its best contrast: the closest it comes to passing.
          const named = verdicts.filter((v) => !v.halo);
          const worst = (named.length ? named : verdicts).reduce((a, b) => (b.ratio > a.ratio ? b : a));
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
