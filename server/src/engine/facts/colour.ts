/**
 * CSS colour facts: parsing every CSS Color 4 syntax a stylesheet may hold, finding colour tokens in a
 * declaration value, colour difference (CIEDE2000), WCAG contrast and syntax-preserving reformatting.
 *
 * Syntax is parsed here (so we decide exactly what is accepted: legacy vs modern rgb()/hsl(), `none`,
 * percentages); colour-space maths (p3, rec2020, lab D50 → sRGB, …) is delegated to culori.
 */
import { colorsNamed, converter } from 'culori';
import type { Color } from 'culori';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  alpha: number;
}
export interface Rgb {
  r: number;
  g: number;
  b: number;
  alpha?: number;
}
export interface Lab {
  l: number;
  a: number;
  b: number;
}

export interface ParsedColour {
  input: string;
  /** sRGB, channels 0..1, clipped per channel into the sRGB gamut. */
  rgb: Rgba;
  /** CIELAB (D65 white) of the unclipped colour: what the author asked for, even out of sRGB gamut. */
  lab: Lab;
  /** `currentColor`: rgb/lab are a black placeholder, the real colour depends on the cascade. */
  isCurrentColor?: boolean;
}

const toRgb = converter('rgb');
const toLab65 = converter('lab65');
const toHsl = converter('hsl');

const NAMED = colorsNamed as Record<string, number>;

// ---------------------------------------------------------------------------------------------
// Parsing

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'percent'; value: number }
  | { kind: 'angle'; value: number /* degrees */ }
  | { kind: 'none' };

interface Arguments {
  channels: Token[];
  alpha?: Token;
  legacy: boolean;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/i;
const ANGLE_IN_DEGREES: Record<string, number> = { deg: 1, grad: 0.9, rad: 180 / Math.PI, turn: 360 };

function readToken(raw: string): Token | undefined {
  const text = raw.toLowerCase();
  if (text === 'none') return { kind: 'none' };
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const value = Number(m[0]);
  if (!Number.isFinite(value)) return undefined;
  const unit = text.slice(m[0].length);
  if (unit === '') return { kind: 'number', value };
  if (unit === '%') return { kind: 'percent', value };
  if (unit in ANGLE_IN_DEGREES) return { kind: 'angle', value: value * ANGLE_IN_DEGREES[unit] };
  return undefined;
}

/** Splits `a, b, c, d` (legacy) or `a b c / d` (modern) into tokens; undefined on anything else. */
function readArguments(inner: string): Arguments | undefined {
  // Nested functions (var(), calc(), env()) and relative colours (`from`) cannot be resolved statically.
  if (/[()]/.test(inner) || /(^|\s)from(\s|$)/i.test(inner)) return undefined;
  const trimmed = inner.trim();
  if (trimmed === '') return undefined;
  if (trimmed.includes(',')) {
    if (trimmed.includes('/')) return undefined;
    const parts = trimmed.split(',').map((p) => p.trim());
    if (parts.some((p) => p === '' || /\s/.test(p))) return undefined;
    const tokens = parts.map(readToken);
    if (tokens.some((t) => t === undefined || t.kind === 'none')) return undefined;
    const list = tokens as Token[];
    if (list.length === 3) return { channels: list, legacy: true };
    if (list.length === 4) return { channels: list.slice(0, 3), alpha: list[3], legacy: true };
    return undefined;
  }
  const slashParts = trimmed.split('/');
  if (slashParts.length > 2) return undefined;
  const channelWords = slashParts[0].trim().split(/\s+/).filter((w) => w !== '');
  const channels = channelWords.map(readToken);
  if (channels.some((t) => t === undefined)) return undefined;
  let alpha: Token | undefined;
  if (slashParts.length === 2) {
    const alphaText = slashParts[1].trim();
    if (alphaText === '' || /\s/.test(alphaText)) return undefined;
    alpha = readToken(alphaText);
    if (!alpha) return undefined;
  }
  return { channels: channels as Token[], alpha, legacy: false };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Number or percentage; `percentScale` is what 100% means. `none` is 0 (as in CSS conversions). */
function scalar(token: Token, percentScale: number, allowNumber = true, allowPercent = true): number | undefined {
  switch (token.kind) {
    case 'none':
      return 0;
    case 'number':
      return allowNumber ? token.value : undefined;
    case 'percent':
      return allowPercent ? (token.value / 100) * percentScale : undefined;
    default:
      return undefined;
  }
}

function hue(token: Token): number | undefined {
  if (token.kind === 'none') return 0;
  if (token.kind === 'number' || token.kind === 'angle') return ((token.value % 360) + 360) % 360;
  return undefined;
}

function alphaOf(token: Token | undefined): number | undefined {
  if (!token) return 1;
  const value = scalar(token, 1);
  return value === undefined ? undefined : clamp(value, 0, 1);
}

const COLOR_SPACES: Record<string, string> = {
  srgb: 'rgb',
  'srgb-linear': 'lrgb',
  'display-p3': 'p3',
  'a98-rgb': 'a98',
  rec2020: 'rec2020',
  'prophoto-rgb': 'prophoto',
  xyz: 'xyz65',
  'xyz-d65': 'xyz65',
  'xyz-d50': 'xyz50',
};

/** Builds a culori colour for a colour function; undefined when arguments do not fit the function. */
function colourFunction(name: string, inner: string): Color | undefined {
  if (name === 'color') {
    const m = /^\s*([a-z0-9-]+)\s+([\s\S]*)$/i.exec(inner);
    if (!m) return undefined;
    const mode = COLOR_SPACES[m[1].toLowerCase()];
    const args = readArguments(m[2]);
    if (!mode || !args || args.legacy || args.channels.length !== 3) return undefined;
    const values = args.channels.map((t) => scalar(t, 1));
    const alpha = alphaOf(args.alpha);
    if (values.some((v) => v === undefined) || alpha === undefined) return undefined;
    const [c1, c2, c3] = values as number[];
    const colour = mode.startsWith('xyz') ? { mode, x: c1, y: c2, z: c3, alpha } : { mode, r: c1, g: c2, b: c3, alpha };
    return colour as Color;
  }
  const args = readArguments(inner);
  if (!args || args.channels.length !== 3) return undefined;
  const alpha = alphaOf(args.alpha);
  if (alpha === undefined) return undefined;
  const [t1, t2, t3] = args.channels;
  switch (name) {
    case 'rgb':
    case 'rgba': {
      if (args.legacy) {
        // Legacy syntax: the three channels are all numbers or all percentages.
        const kinds = new Set(args.channels.map((t) => t.kind));
        if (kinds.size !== 1 || !(kinds.has('number') || kinds.has('percent'))) return undefined;
      }
      const values = args.channels.map((t) => scalar(t, 255));
      if (values.some((v) => v === undefined)) return undefined;
      const [r, g, b] = (values as number[]).map((v) => clamp(v, 0, 255) / 255);
      return { mode: 'rgb', r, g, b, alpha };
    }
    case 'hsl':
    case 'hsla': {
      const h = hue(t1);
      // Legacy hsl() requires percentages for saturation and lightness.
      const s = scalar(t2, 100, !args.legacy);
      const l = scalar(t3, 100, !args.legacy);
      if (h === undefined || s === undefined || l === undefined) return undefined;
      return { mode: 'hsl', h, s: clamp(s, 0, 100) / 100, l: clamp(l, 0, 100) / 100, alpha };
    }
    case 'hwb': {
      if (args.legacy) return undefined;
      const h = hue(t1);
      const w = scalar(t2, 100);
      const bk = scalar(t3, 100);
      if (h === undefined || w === undefined || bk === undefined) return undefined;
      return { mode: 'hwb', h, w: clamp(w, 0, 100) / 100, b: clamp(bk, 0, 100) / 100, alpha };
    }
    case 'lab':
    case 'oklab': {
      if (args.legacy) return undefined;
      const ok = name === 'oklab';
      const l = scalar(t1, ok ? 1 : 100);
      const a = scalar(t2, ok ? 0.4 : 125);
      const b = scalar(t3, ok ? 0.4 : 125);
      if (l === undefined || a === undefined || b === undefined) return undefined;
      return { mode: ok ? 'oklab' : 'lab', l: clamp(l, 0, ok ? 1 : 100), a, b, alpha };
    }
    case 'lch':
    case 'oklch': {
      if (args.legacy) return undefined;
      const ok = name === 'oklch';
      const l = scalar(t1, ok ? 1 : 100);
      const c = scalar(t2, ok ? 0.4 : 150);
      const h = hue(t3);
      if (l === undefined || c === undefined || h === undefined) return undefined;
      return { mode: ok ? 'oklch' : 'lch', l: clamp(l, 0, ok ? 1 : 100), c: Math.max(0, c), h, alpha };
    }
    default:
      return undefined;
  }
}

const COLOUR_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color']);

function fromCulori(input: string, colour: Color): ParsedColour {
  const rgb = toRgb(colour);
  const lab = toLab65(colour);
  const channel = (v: number | undefined) => clamp(Number.isFinite(v) ? (v as number) : 0, 0, 1);
  return {
    input,
    rgb: { r: channel(rgb.r), g: channel(rgb.g), b: channel(rgb.b), alpha: colour.alpha ?? 1 },
    lab: { l: lab.l || 0, a: lab.a || 0, b: lab.b || 0 },
  };
}

function fromBytes(input: string, r: number, g: number, b: number, alpha = 1): ParsedColour {
  return fromCulori(input, { mode: 'rgb', r: r / 255, g: g / 255, b: b / 255, alpha });
}

export function parseCssColour(text: string): ParsedColour | undefined {
  const input = text;
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  if (lower === 'currentcolor') {
    return { input, rgb: { r: 0, g: 0, b: 0, alpha: 1 }, lab: { l: 0, a: 0, b: 0 }, isCurrentColor: true };
  }
  if (lower === 'transparent') return fromBytes(input, 0, 0, 0, 0);
  const hex = /^#([0-9a-f]{3,8})$/.exec(lower);
  if (hex) {
    const digits = hex[1];
    if (digits.length === 3 || digits.length === 4) {
      const [r, g, b, a] = [...digits].map((d) => parseInt(d + d, 16));
      return fromBytes(input, r, g, b, a === undefined ? 1 : a / 255);
    }
    if (digits.length === 6 || digits.length === 8) {
      const bytes = digits.match(/../g)!.map((p) => parseInt(p, 16));
      return fromBytes(input, bytes[0], bytes[1], bytes[2], bytes.length === 4 ? bytes[3] / 255 : 1);
    }
    return undefined;
  }
  if (/^[a-z]+$/.test(lower) && Object.prototype.hasOwnProperty.call(NAMED, lower)) {
    const n = NAMED[lower];
    return fromBytes(input, (n >> 16) & 255, (n >> 8) & 255, n & 255);
  }
  const fn = /^([a-z]+)\(([\s\S]*)\)$/.exec(lower);
  if (fn && COLOUR_FUNCTIONS.has(fn[1])) {
    const colour = colourFunction(fn[1], fn[2]);
    return colour ? fromCulori(input, colour) : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Scanning declaration values

export interface FoundColour {
  text: string;
  start: number;
  end: number;
  colour: ParsedColour;
}

const isIdentChar = (c: string | undefined) => c !== undefined && /[\w\-\\\u0080-\uffff]/.test(c);
const isIdentStart = (c: string | undefined) => c !== undefined && /[a-zA-Z_\-\\\u0080-\uffff]/.test(c);

/** Functions whose arguments are names or locations, never colours. */
const OPAQUE_FUNCTIONS = new Set(['url', 'local', 'format', 'element', 'attr', 'src', 'tech', 'counter', 'counters']);

function skipString(value: string, at: number): number {
  const quote = value[at];
  let i = at + 1;
  while (i < value.length && value[i] !== quote) i += value[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, value.length);
}

/** Index just past the `)` matching the `(` at `open`, honouring nesting and strings. */
function skipParens(value: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < value.length) {
    const c = value[i];
    if (c === '"' || c === "'") {
      i = skipString(value, i);
      continue;
    }
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
    i++;
  }
  return value.length;
}

export function findColoursInValue(value: string): FoundColour[] {
  const found: FoundColour[] = [];
  const emit = (start: number, end: number) => {
    const text = value.slice(start, end);
    const colour = parseCssColour(text);
    if (colour) found.push({ text, start, end, colour });
  };
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (c === '"' || c === "'") {
      i = skipString(value, i);
      continue;
    }
    if (c === '/' && value[i + 1] === '*') {
      const close = value.indexOf('*/', i + 2);
      i = close < 0 ? value.length : close + 2;
      continue;
    }
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '#') {
      let j = i + 1;
      while (isIdentChar(value[j])) j++;
      if (/^#[0-9a-fA-F]+$/.test(value.slice(i, j))) emit(i, j);
      i = Math.max(j, i + 1);
      continue;
    }
    // Numbers with their unit (`1px`, `2e3`, `.5turn`) are consumed whole so units are never read as words.
    if (/[0-9.]/.test(c) && (c !== '.' || /[0-9]/.test(value[i + 1] ?? ''))) {
      let j = i;
      while (j < value.length && (isIdentChar(value[j]) || value[j] === '.' || value[j] === '%')) j++;
      i = j;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i;
      while (j < value.length && isIdentChar(value[j])) j += value[j] === '\\' ? 2 : 1;
      const word = value.slice(i, j);
      const name = word.toLowerCase();
      if (value[j] === '(') {
        const close = skipParens(value, j);
        if (COLOUR_FUNCTIONS.has(name)) {
          emit(i, close);
          i = close;
        } else if (OPAQUE_FUNCTIONS.has(name)) {
          i = close;
        } else {
          // Gradients, var() fallbacks, color-mix(), …: colours inside are reported individually.
          i = j + 1;
        }
        continue;
      }
      // `red.png` or `a.red` is a file or class name, not a colour keyword.
      const touchesDot = value[i - 1] === '.' || value[j] === '.';
      if (!touchesDot && !word.startsWith('-') && !word.includes('\\')) emit(i, j);
      i = j;
      continue;
    }
    i++;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Colour difference

const degrees = (rad: number) => (rad * 180) / Math.PI;
const radians = (deg: number) => (deg * Math.PI) / 180;

function labOf(x: ParsedColour | Lab): Lab {
  return 'rgb' in x && 'lab' in x ? x.lab : (x as Lab);
}

/** CIEDE2000 colour difference with kL = kC = kH = 1 (Sharma, Wu & Dalal 2005 formulation). */
export function deltaE2000(first: ParsedColour | Lab, second: ParsedColour | Lab): number {
  const { l: L1, a: a1, b: b1 } = labOf(first);
  const { l: L2, a: a2, b: b2 } = labOf(second);
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const meanC7 = ((C1 + C2) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(meanC7 / (meanC7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hueAngle = (ap: number, b: number) => (ap === 0 && b === 0 ? 0 : (degrees(Math.atan2(b, ap)) + 360) % 360);
  const h1p = hueAngle(a1p, b1);
  const h2p = hueAngle(a2p, b2);

  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin(radians(dhp / 2));

  const meanLp = (L1 + L2) / 2;
  const meanCp = (C1p + C2p) / 2;
  let meanHp: number;
  if (C1p * C2p === 0) meanHp = h1p + h2p;
  else if (Math.abs(h1p - h2p) <= 180) meanHp = (h1p + h2p) / 2;
  else meanHp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;

  const T =
    1 -
    0.17 * Math.cos(radians(meanHp - 30)) +
    0.24 * Math.cos(radians(2 * meanHp)) +
    0.32 * Math.cos(radians(3 * meanHp + 6)) -
    0.2 * Math.cos(radians(4 * meanHp - 63));
  const dTheta = 30 * Math.exp(-(((meanHp - 275) / 25) ** 2));
  const meanCp7 = meanCp ** 7;
  const RC = 2 * Math.sqrt(meanCp7 / (meanCp7 + 25 ** 7));
  const SL = 1 + (0.015 * (meanLp - 50) ** 2) / Math.sqrt(20 + (meanLp - 50) ** 2);
  const SC = 1 + 0.045 * meanCp;
  const SH = 1 + 0.015 * meanCp * T;
  const RT = -Math.sin(radians(2 * dTheta)) * RC;

  const termL = dLp / SL;
  const termC = dCp / SC;
  const termH = dHp / SH;
  return Math.sqrt(termL ** 2 + termC ** 2 + termH ** 2 + RT * termC * termH);
}

export interface PaletteMatch {
  name: string;
  value: string;
  deltaE: number;
}

/** Closest palette entries by ΔE00 (unparsable palette values are ignored), nearest first. */
export function nearestPaletteColours(
  colour: ParsedColour,
  palette: { name: string; value: string }[],
  max = 3,
): PaletteMatch[] {
  const matches: PaletteMatch[] = [];
  for (const entry of palette) {
    const parsed = parseCssColour(entry.value);
    if (!parsed || parsed.isCurrentColor) continue;
    matches.push({ name: entry.name, value: entry.value, deltaE: deltaE2000(colour, parsed) });
  }
  matches.sort((x, y) => x.deltaE - y.deltaE);
  return matches.slice(0, Math.max(0, max));
}

// ---------------------------------------------------------------------------------------------
// Contrast

function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Alpha-blends `fg` onto an opaque `bg`. */
export function compositeOver(fg: Rgb, bg: Rgb): Rgba {
  const a = fg.alpha ?? 1;
  const mix = (f: number, b: number) => f * a + b * (1 - a);
  return { r: mix(fg.r, bg.r), g: mix(fg.g, bg.g), b: mix(fg.b, bg.b), alpha: 1 };
}

/**
 * WCAG 2 contrast ratio (1..21). A translucent foreground is first composited over the background;
 * the background is taken as opaque (composite it over its own backdrop first).
 */
export function contrastRatio(fg: Rgb, bg: Rgb): number {
  const solidFg = (fg.alpha ?? 1) < 1 ? compositeOver(fg, bg) : fg;
  const l1 = relativeLuminance(solidFg);
  const l2 = relativeLuminance(bg);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

// ---------------------------------------------------------------------------------------------
// Formatting

const byte = (v: number) => Math.round(clamp(v, 0, 1) * 255);
const trimNumber = (v: number, decimals: number) => String(Number(v.toFixed(decimals)));

function formatHex(target: Rgba, originalDigits: number, upper: boolean): string {
  const bytes = [byte(target.r), byte(target.g), byte(target.b)];
  const needsAlpha = target.alpha < 1 || originalDigits === 4 || originalDigits === 8;
  if (needsAlpha) bytes.push(byte(target.alpha));
  const pairs = bytes.map((n) => n.toString(16).padStart(2, '0'));
  const wantsShort = originalDigits === 3 || originalDigits === 4;
  const short = wantsShort && pairs.every((p) => p[0] === p[1]);
  const text = '#' + pairs.map((p) => (short ? p[0] : p)).join('');
  return upper ? text.toUpperCase() : text;
}

function formatAlpha(alpha: number, asPercent: boolean): string {
  return asPercent ? `${trimNumber(alpha * 100, 1)}%` : trimNumber(alpha, 3);
}

/** The replacement text for `original`, in its syntax family: hex, rgb() or hsl(); anything else becomes hex. */
export function formatColourLike(original: string, target: ParsedColour): string {
  if (target.isCurrentColor) return 'currentColor';
  const text = original.trim();
  const { rgb } = target;
  const hex = /^#([0-9a-fA-F]{3,8})$/.exec(text);
  if (hex) {
    const digits = hex[1];
    const upper = /[A-F]/.test(digits) && !/[a-f]/.test(digits);
    return formatHex(rgb, digits.length, upper);
  }
  const fn = /^([a-zA-Z]+)\(([\s\S]*)\)$/.exec(text);
  const name = fn?.[1].toLowerCase();
  if (fn && (name === 'rgb' || name === 'rgba' || name === 'hsl' || name === 'hsla')) {
    const inner = fn[2];
    const legacy = inner.includes(',');
    const comma = /,\s/.test(inner) ? ', ' : ',';
    const parts = inner.split(legacy ? ',' : '/');
    const alphaPart = legacy ? parts[3] : parts[1];
    const alphaAsPercent = alphaPart !== undefined && alphaPart.trim().endsWith('%');
    const hasAlpha = target.rgb.alpha < 1 || (legacy ? name.endsWith('a') : false) || alphaPart !== undefined;
    let channels: string[];
    if (name.startsWith('rgb')) {
      const percentChannels = (legacy ? parts[0] : parts[0].trim().split(/\s+/)[0]).trim().endsWith('%');
      channels = [rgb.r, rgb.g, rgb.b].map((v) => (percentChannels ? `${trimNumber(v * 100, 1)}%` : String(byte(v))));
    } else {
      const hsl = toHsl({ mode: 'rgb', r: rgb.r, g: rgb.g, b: rgb.b });
      const degUnit = /deg/i.test(inner) ? 'deg' : '';
      channels = [
        `${trimNumber(hsl.h ?? 0, 1)}${degUnit}`,
        `${trimNumber((hsl.s ?? 0) * 100, 1)}%`,
        `${trimNumber((hsl.l ?? 0) * 100, 1)}%`,
      ];
    }
    const alpha = formatAlpha(rgb.alpha, alphaAsPercent);
    const body = legacy
      ? [...channels, ...(hasAlpha ? [alpha] : [])].join(comma)
      : channels.join(' ') + (hasAlpha ? ` / ${alpha}` : '');
    return `${fn[1]}(${body})`;
  }
  return formatHex(rgb, rgb.alpha < 1 ? 8 : 6, false);
}
