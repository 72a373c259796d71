/**
 * The house style as rules see it: the `houseStyle` settings block normalised (palette as a list,
 * fonts with parsed fallback stacks, tokens, sizes, words), the separate file it may `extends`,
 * and the shared readings the house-style rules make of a document: visible text with offsets,
 * colour-bearing CSS properties and SVG/HTML attributes, font shorthands, the medium (web or banner).
 */
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { parseDocument } from 'yaml';
import type { Declaration } from 'postcss';
import { parseCssColour, nearestPaletteColours, deltaE2000, formatColourLike, type ParsedColour, type PaletteMatch } from './colour';
import type { RuleContext } from '../../../../rules/_kit/types';
import type { SourceFile, Project } from '../model/project';
import { CssSheet, decodeAttributeValue } from '../parse/css';
import { attrValueRange, getAttr, parentElement, closest, type HtmlElement, type HtmlText } from '../parse/html';
import { JsonDocument } from '../parse/json';
import { decodeText } from '../util/text';
import { FONT_SIZE_KEYWORDS_PX } from './css-font-size';

// The same names the config loader looks for; not imported from it, because the loader imports the
// presets, which import the rules, which import this module.
const CONFIG_FILE_NAMES = ['crossmedia-lint.config.json', 'crossmedia-lint.config.yaml', 'crossmedia-lint.config.yml'];

export interface PaletteColour { name: string; value: string; colour: ParsedColour; token?: string }
export interface HouseFont { family: string; weights?: number[]; styles?: string[]; fallback: string[] }
export interface HouseToken { name: string; value: string; colour?: ParsedColour }

export interface HouseStyle {
  palette: PaletteColour[];
  tolerance: number;
  allowTints: boolean;
  allowNeutrals: boolean;
  fonts: HouseFont[];
  minTextSize: Record<string, number>;
  rootFontSize: number;
  units?: string[];
  tokens: HouseToken[];
  requireTokens: boolean;
  logos: string[];
  logoPattern?: string;
  words: string[];
  projectWords: string[];
  textBudgets: Record<string, number>;
  /** The configuration file that declares `houseStyle` (undefined for settings given in code). */
  configFile?: string;
  /** Folder that relative paths in the house style (extends, logos) are resolved against. */
  baseDir: string;
}

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The nearest configuration file above `dir` that declares `houseStyle` (stopping at `root: true`). */
export function findHouseStyleConfig(project: Project, fromFile: string): { file: string; raw: Raw } | undefined {
  let dir = path.dirname(fromFile.includes('!/') ? fromFile.slice(0, fromFile.indexOf('!/')) : fromFile);
  return project.cached(`house-style-config:${dir}`, () => {
    for (;;) {
      for (const name of CONFIG_FILE_NAMES) {
        const file = path.join(dir, name);
        if (!project.host.stat(file)?.isFile) continue;
        const raw = readStructured(project, file);
        if (raw && isObject(raw.houseStyle)) return { file, raw };
        if (raw?.root === true) return undefined;
        break;
      }
      const up = path.dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
  });
}

function readStructured(project: Project, file: string): Raw | undefined {
  try {
    const text = decodeText(project.host.readFile(file)).text;
    const value = /\.ya?ml$/i.test(file) ? parseDocument(text).toJS() : new JsonDocument(text).value;
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The normalised house style that applies to the linted file, or undefined when none is configured. */
export function houseStyleOf(ctx: Pick<RuleContext, 'settings' | 'file' | 'project'>): HouseStyle | undefined {
  const settings = ctx.settings.houseStyle;
  if (!isObject(settings)) return undefined;
  const found = findHouseStyleConfig(ctx.project, ctx.file.path);
  const baseDir = found ? path.dirname(found.file) : ctx.project.rootOf(ctx.file.path);
  const key = `house-style:${baseDir}:${JSON.stringify(settings)}`;
  return ctx.project.cached(key, () => normalise(settings, baseDir, found?.file, ctx.project));
}

function normalise(settings: Raw, baseDir: string, configFile: string | undefined, project: Project): HouseStyle {
  let raw: Raw = settings;
  if (typeof settings.extends === 'string') {
    // Keys in the config override those of the separate house-style file.
    const target = path.resolve(baseDir, settings.extends);
    const base = readStructured(project, target);
    const inner = base && isObject(base.houseStyle) ? base.houseStyle : base;
    if (inner) {
      // Logo paths in the separate file are relative to that file.
      const logos = strings(inner.logos).map((l) => (/^(sha256:)?[0-9a-f]{64}$/i.test(l.trim()) ? l : path.resolve(path.dirname(target), l)));
      raw = { ...inner, ...(inner.logos ? { logos } : {}), ...settings };
    }
  }
  const tokens: HouseToken[] = isObject(raw.tokens)
    ? Object.entries(raw.tokens).filter(([, v]) => typeof v === 'string').map(([name, value]) => {
      const colour = parseCssColour(value as string);
      return { name: name.startsWith('--') ? name : `--${name}`, value: value as string, colour: colour && !colour.isCurrentColor ? colour : undefined };
    })
    : [];
  const palette: PaletteColour[] = [];
  const addColour = (name: string, value: unknown, token?: unknown) => {
    if (typeof value !== 'string') return;
    const colour = parseCssColour(value);
    if (!colour || colour.isCurrentColor) return;
    let tokenName = typeof token === 'string' ? (token.startsWith('--') ? token : `--${token}`) : undefined;
    // A design token whose value is this brand colour stands for it.
    tokenName ??= tokens.find((t) => t.colour && deltaE2000(t.colour, colour) < 0.5)?.name;
    palette.push({ name, value, colour, token: tokenName });
  };
  if (Array.isArray(raw.palette)) for (const e of raw.palette) { if (isObject(e)) addColour(String(e.name ?? e.value), e.value, e.token); }
  else if (isObject(raw.palette)) for (const [name, value] of Object.entries(raw.palette)) addColour(name, value);

  const fonts: HouseFont[] = Array.isArray(raw.fonts)
    ? raw.fonts.filter(isObject).filter((f) => typeof f.family === 'string').map((f) => ({
      family: unquote(f.family as string),
      weights: Array.isArray(f.weights) ? f.weights.map(fontWeightNumber).filter((w): w is number => w !== undefined) : undefined,
      styles: Array.isArray(f.styles) ? strings(f.styles).map((s) => s.toLowerCase()) : undefined,
      fallback: typeof f.fallback === 'string' ? splitFamilies(f.fallback).map((x) => x.name) : [],
    }))
    : [];
  const minTextSize: Record<string, number> = {};
  if (isObject(raw.minTextSize)) for (const [k, v] of Object.entries(raw.minTextSize)) if (typeof v === 'number') minTextSize[k] = v;
  const textBudgets: Record<string, number> = {};
  if (isObject(raw.textBudgets)) for (const [k, v] of Object.entries(raw.textBudgets)) if (typeof v === 'number') textBudgets[k] = v;
  return {
    palette,
    tolerance: typeof raw.tolerance === 'number' ? raw.tolerance : 2,
    allowTints: raw.allowTints === true,
    allowNeutrals: raw.allowNeutrals !== false,
    fonts,
    minTextSize,
    rootFontSize: typeof raw.rootFontSize === 'number' && raw.rootFontSize > 0 ? raw.rootFontSize : 16,
    units: Array.isArray(raw.units) ? strings(raw.units).map((u) => u.toLowerCase()) : undefined,
    tokens,
    requireTokens: raw.requireTokens !== false,
    logos: strings(raw.logos),
    logoPattern: typeof raw.logoPattern === 'string' ? raw.logoPattern : undefined,
    words: strings(raw.words),
    projectWords: strings(raw.projectWords),
    textBudgets,
    configFile,
    baseDir,
  };
}

// ---------------------------------------------------------------------------------------------
// Colours

export type ColourVerdict = { ok: true } | { ok: false; candidates: PaletteMatch[]; nearest: PaletteMatch };

const WHITE = parseCssColour('#fff')!;
const BLACK = parseCssColour('#000')!;

function mixWithWhite(c: ParsedColour, t: number): ParsedColour {
  const { r, g, b } = c.rgb;
  const m = (v: number) => v + (1 - v) * t;
  return parseCssColour(`rgb(${m(r) * 255} ${m(g) * 255} ${m(b) * 255})`)!;
}

/**
 * Whether a colour belongs to the house palette. Alpha is ignored: a translucent brand colour is the
 * brand colour. `candidates` are the palette colours within `margin` ΔE of the nearest one.
 */
export function judgeColour(colour: ParsedColour, hs: HouseStyle, margin = 2): ColourVerdict {
  if (colour.isCurrentColor || !hs.palette.length) return { ok: true };
  if (hs.allowNeutrals && (colour.rgb.alpha === 0 || deltaE2000(colour, WHITE) <= hs.tolerance || deltaE2000(colour, BLACK) <= hs.tolerance)) return { ok: true };
  const all = nearestPaletteColours(colour, hs.palette, hs.palette.length);
  if (!all.length || all[0].deltaE <= hs.tolerance) return { ok: true };
  if (hs.allowTints) {
    for (const p of hs.palette) {
      for (let t = 0.02; t < 1; t += 0.02) if (deltaE2000(colour, mixWithWhite(p.colour, t)) <= hs.tolerance) return { ok: true };
    }
  }
  const candidates = all.filter((m) => m.deltaE - all[0].deltaE <= margin);
  return { ok: false, candidates, nearest: all[0] };
}

/**
 * Replacement text for `original` by a palette colour: its token as `var(--x)` where tokens may be
 * used, else the brand colour in the original's syntax with the original's alpha.
 */
export function paletteReplacement(original: ParsedColour, originalText: string, entry: PaletteColour, allowToken: boolean): string {
  if (allowToken && entry.token && original.rgb.alpha === 1) return `var(${entry.token})`;
  const target: ParsedColour = { ...entry.colour, rgb: { ...entry.colour.rgb, alpha: original.rgb.alpha } };
  return formatColourLike(originalText, target);
}

/** CSS properties whose values hold colours (custom properties are handled apart). */
export function isColourProperty(prop: string): boolean {
  const p = prop.toLowerCase().replace(/^-(webkit|moz|ms|o)-/, '');
  return /^(color|background(-color|-image)?|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?(-color)?|outline(-color)?|box-shadow|text-shadow|fill|stroke|stop-color|flood-color|lighting-color|caret-color|accent-color|column-rule(-color)?|text-decoration(-color)?|text-emphasis(-color)?|filter|scrollbar-color|text-fill-color|text-stroke(-color)?|mask|mask-image|border-image(-source)?|list-style|list-style-image)$/.test(p);
}

/** SVG presentation attributes that take a colour. */
export const SVG_COLOUR_ATTRIBUTES = ['fill', 'stroke', 'stop-color', 'flood-color', 'lighting-color', 'color'];
/** Obsolete HTML attributes that take a colour, by element ('*' any element). */
export const HTML_COLOUR_ATTRIBUTES: Record<string, string[]> = {
  body: ['bgcolor', 'text', 'link', 'vlink', 'alink'],
  '*': ['bgcolor'],
  font: ['color'],
  hr: ['color'],
  basefont: ['color'],
};

export function isSvgElement(el: HtmlElement): boolean {
  return el.namespaceURI === 'http://www.w3.org/2000/svg';
}

export function colourAttributesOf(el: HtmlElement): string[] {
  if (isSvgElement(el)) return SVG_COLOUR_ATTRIBUTES;
  return [...new Set([...(HTML_COLOUR_ATTRIBUTES[el.tagName] ?? []), ...HTML_COLOUR_ATTRIBUTES['*']])];
}

/** An attribute's decoded value with the document offset of each character. */
export interface MappedText { text: string; offsetAt(i: number): number }

export function mappedAttribute(source: string, el: HtmlElement, name: string): MappedText | undefined {
  const r = attrValueRange(source, el, name);
  if (!r) return undefined;
  return mapped(source.slice(r.start, r.end), r.start);
}

function mapped(raw: string, base: number): MappedText {
  const { text, map } = decodeAttributeValue(raw, base);
  return { text, offsetAt: (i) => (map ? map[Math.max(0, Math.min(i, map.length - 1))] : base + i) };
}

// ---------------------------------------------------------------------------------------------
// Fonts

export const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong', '-apple-system', 'blinkmacsystemfont']);
export const CSS_WIDE = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer']);

export function unquote(s: string): string {
  const t = s.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1).trim();
  return t.replace(/\s+/g, ' ');
}

export interface FamilyItem { name: string; start: number; end: number }

/** Splits a font-family list on commas outside quotes; offsets are into `value`. */
export function splitFamilies(value: string, offset = 0): FamilyItem[] {
  const out: FamilyItem[] = [];
  let start = 0;
  let quote: string | undefined;
  const push = (end: number) => {
    const part = value.slice(start, end);
    const lead = part.length - part.trimStart().length;
    const trail = part.trimEnd().length;
    if (trail > lead) out.push({ name: unquote(part), start: offset + start + lead, end: offset + start + trail });
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote) { if (c === quote) quote = undefined; else if (c === '\\') i++; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === ',') { push(i); start = i + 1; }
  }
  push(value.length);
  return out;
}

export function fontWeightNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  if (s === 'normal') return 400;
  if (s === 'bold') return 700;
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : undefined;
}

export function findFont(hs: HouseStyle, family: string): HouseFont | undefined {
  const f = family.toLowerCase();
  return hs.fonts.find((x) => x.family.toLowerCase() === f);
}

const FONT_STYLE = /^(normal|italic|oblique)$/i;
const SYSTEM_FONTS = /^(caption|icon|menu|message-box|small-caption|status-bar)$/i;

export interface FontShorthand {
  style?: { text: string; start: number; end: number };
  weight?: { text: string; start: number; end: number };
  size?: { text: string; start: number; end: number };
  /** Start of the family list in the value. */
  familyStart: number;
}

/** Reads `font: [style] [variant] [weight] [stretch] size[/line-height] family` (offsets in `value`). */
export function parseFontShorthand(value: string): FontShorthand | undefined {
  if (SYSTEM_FONTS.test(value.trim()) || /var\(/i.test(value)) return undefined;
  const re = /\S+/g;
  const out: Partial<FontShorthand> = {};
  let m: RegExpExecArray | null;
  while ((m = re.exec(value))) {
    const word = m[0];
    const start = m.index;
    const slash = word.indexOf('/');
    const sizeText = slash >= 0 ? word.slice(0, slash) : word;
    if (/^[\d.]+[a-z%]*$/i.test(sizeText) && !(/^\d+$/.test(sizeText) && slash < 0) || FONT_SIZE_KEYWORDS_PX[sizeText.toLowerCase()] !== undefined || /^(larger|smaller)$/i.test(sizeText)) {
      out.size = { text: sizeText, start, end: start + sizeText.length };
      let after = start + word.length;
      if (slash < 0) {
        // A line height may follow after a spaced slash: `16px / 1.2`.
        const rest = /^\s*\/\s*\S+/.exec(value.slice(after));
        if (rest) after += rest[0].length;
      } else if (slash === word.length - 1) {
        const rest = /^\s*\S+/.exec(value.slice(after));
        if (rest) after += rest[0].length;
      }
      const lead = /^\s*/.exec(value.slice(after))![0].length;
      out.familyStart = after + lead;
      return out as FontShorthand;
    }
    if (FONT_STYLE.test(word)) out.style = { text: word, start, end: start + word.length };
    else if (fontWeightNumber(word) !== undefined || /^(bolder|lighter)$/i.test(word)) {
      if (!/^normal$/i.test(word) || !out.weight) out.weight = { text: word, start, end: start + word.length };
    }
  }
  return undefined;
}

/** Font size in CSS px, or undefined when it depends on context the linter cannot see. */
export function fontSizeInPx(text: string, hs: HouseStyle, emBase?: number): number | undefined {
  const t = text.trim().toLowerCase();
  if (FONT_SIZE_KEYWORDS_PX[t] !== undefined) return FONT_SIZE_KEYWORDS_PX[t];
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))([a-z%]*)$/.exec(t);
  if (!m) return undefined;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'px': case '': return n;
    case 'pt': return (n * 96) / 72;
    case 'pc': return n * 16;
    case 'rem': return n * hs.rootFontSize;
    case 'em': return emBase !== undefined ? n * emBase : undefined;
    case '%': return emBase !== undefined ? (n / 100) * emBase : undefined;
    case 'mm': return (n * 96) / 25.4;
    case 'q': return (n * 96) / 101.6;
    case 'cm': return (n * 96) / 2.54;
    case 'in': return n * 96;
    default: return undefined;
  }
}

/** The unit of a length (`px`, `rem`, ...); '' for unitless; undefined for anything else. */
export function unitOf(text: string): string | undefined {
  const m = /^[+-]?(?:\d+\.?\d*|\.\d+)([a-z%]*)$/i.exec(text.trim());
  return m ? m[1].toLowerCase() : undefined;
}

/** Selectors whose `em`/`%` font sizes are relative to the root size (or the browser default). */
export function emBaseForDeclaration(decl: Declaration, sheet: CssSheet, hs: HouseStyle): number | undefined {
  const parent = decl.parent as { type?: string; selector?: string } | undefined;
  if (sheet.kind === 'attr' && sheet.element?.tagName === 'html') return 16;
  if (parent?.type !== 'rule' || !parent.selector) return undefined;
  const selectors = parent.selector.split(',').map((s) => s.trim().toLowerCase());
  if (selectors.every((s) => s === 'html' || s === ':root')) return 16;
  if (selectors.every((s) => s === 'body')) return hs.rootFontSize;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Medium

function hasAdSizeMeta(file: SourceFile): boolean {
  return !!file.html?.elements.some((e) => e.tagName === 'meta' && (getAttr(e, 'name') ?? '').toLowerCase() === 'ad.size');
}

/** A banner: an HTML page with `<meta name="ad.size">`, or a file in the folder of one. */
export function isBanner(file: SourceFile, project: Project): boolean {
  if (file.language === 'html') return hasAdSizeMeta(file);
  const dir = path.dirname(file.path);
  return project.cached(`house-style-banner-dir:${dir}`, () => {
    if (dir.includes('!/')) {
      return [...project.files.values()].some((f) => path.dirname(f.path) === dir && f.language === 'html' && hasAdSizeMeta(f));
    }
    for (const entry of project.host.readDir(dir)) {
      if (!entry.isFile || !/\.html?$/i.test(entry.name)) continue;
      const f = project.getFile(path.join(dir, entry.name));
      if (f && hasAdSizeMeta(f)) return true;
    }
    return false;
  });
}

/** The minimum text size in px for the file's medium, if configured. */
export function minTextSizeFor(file: SourceFile, project: Project, hs: HouseStyle): { px: number; medium: string } | undefined {
  const banner = isBanner(file, project);
  if (banner && hs.minTextSize.banner !== undefined) return { px: hs.minTextSize.banner, medium: 'banner' };
  if (hs.minTextSize.web !== undefined) return { px: hs.minTextSize.web, medium: banner ? 'banner (web minimum)' : 'web' };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Visible text

export interface TextSegment extends MappedText {
  /** The element whose text or attribute this is. */
  element: HtmlElement | undefined;
  kind: 'text' | 'attribute';
  attribute?: string;
}

const HIDDEN_CONTAINERS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

/** Inside a script, style or template, or in <head> other than the <title>. */
function isHidden(el: HtmlElement): boolean {
  let top = el;
  for (let p = parentElement(el); p; p = parentElement(p)) top = p;
  // Template contents hang off a document fragment, not the element tree.
  if ((top as { parentNode?: { nodeName?: string } | null }).parentNode?.nodeName === '#document-fragment') return true;
  return !!closest(el, (e) => HIDDEN_CONTAINERS.has(e.tagName) || (e.tagName === 'head' && el.tagName !== 'title'));
}
const VISIBLE_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];

/** Text a reader sees or hears: text nodes outside scripts and styles, plus alt/title/aria-label/placeholder. */
export function visibleTextSegments(file: SourceFile): TextSegment[] {
  const doc = file.html;
  if (!doc) return [];
  return file.cached('house-style:visible-text', () => {
    const segments: TextSegment[] = [];
    const source = file.text;
    for (const node of doc.texts) {
      const el = parentElement(node);
      if (!el || isHidden(el)) continue;
      const loc = (node as HtmlText).sourceCodeLocation;
      if (!loc || !/\S/.test(node.value)) continue;
      segments.push({ ...mapped(source.slice(loc.startOffset, loc.endOffset), loc.startOffset), element: el, kind: 'text' });
    }
    for (const el of doc.elements) {
      if (isHidden(el)) continue;
      for (const name of VISIBLE_ATTRIBUTES) {
        const m = mappedAttribute(source, el, name);
        if (m && /\S/.test(m.text)) segments.push({ ...m, element: el, kind: 'attribute', attribute: name });
      }
    }
    segments.sort((a, b) => a.offsetAt(0) - b.offsetAt(0));
    return segments;
  });
}

/** The language of an element: nearest `lang`/`xml:lang`, else the configured language (lower case, `en-gb`). */
export function languageOfElement(el: HtmlElement | undefined, settings: Record<string, unknown>): string | undefined {
  const withLang = el && closest(el, (e) => !!(getAttr(e, 'lang') ?? getAttr(e, 'xml:lang'))?.trim());
  const tag = withLang ? (getAttr(withLang, 'lang') ?? getAttr(withLang, 'xml:lang'))! : typeof settings.language === 'string' ? settings.language : undefined;
  return tag?.trim().toLowerCase().replace(/_/g, '-') || undefined;
}

// ---------------------------------------------------------------------------------------------
// Words

/** Words of a text with their offsets: letters, inner apostrophes and hyphens. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{M}\d]+(?:['’\-‐][\p{L}\p{M}\d]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * A pattern for every spelling of a brand word that differs only in case, spaces and hyphens:
 * "Coca-Cola" matches "coca cola", "CocaCola", "Coca–Cola".
 */
export function brandWordPattern(word: string): RegExp | undefined {
  const parts = word.split(/[\s\-‐–]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);
  if (!parts.length) return undefined;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}\\-])${parts.map(esc).join('[\\s\\u00a0\\-‐–]?')}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu');
}

// ---------------------------------------------------------------------------------------------
// Files referenced by a document

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Absolute path of a local reference from a document, or undefined for remote/data URLs. */
export function resolveReference(fromFile: string, ref: string): string | undefined {
  const r = ref.trim();
  if (!r || /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(r)) return undefined;
  const clean = r.split(/[?#]/)[0];
  let decoded = clean;
  try { decoded = decodeURIComponent(clean); } catch { /* keep as written */ }
  return path.resolve(path.dirname(fromFile), decoded);
}

/** The config file where the "add to project words" edit goes, and the edit adding `word`. */
export function addProjectWordEdit(project: Project, hs: HouseStyle, word: string): { file: string; edits: { start: number; end: number; text: string }[] } | undefined {
  const file = hs.configFile;
  if (!file || !/\.json$/i.test(file)) return undefined;
  let text: string;
  try { text = decodeText(project.host.readFile(file)).text; } catch { return undefined; }
  const doc = new JsonDocument(text);
  if (doc.errors.length) return undefined;
  const list = doc.nodeAt(['houseStyle', 'projectWords']);
  const quoted = JSON.stringify(word);
  if (list?.type === 'array') {
    const items = list.children ?? [];
    if (items.length) {
      const last = items[items.length - 1];
      return { file, edits: [{ start: last.offset + last.length, end: last.offset + last.length, text: `, ${quoted}` }] };
    }
    return { file, edits: [{ start: list.offset + 1, end: list.offset + list.length - 1, text: quoted }] };
  }
  const house = doc.nodeAt(['houseStyle']);
  if (house?.type !== 'object') return undefined;
  const first = house.children?.[0];
  if (!first) return { file, edits: [{ start: house.offset + 1, end: house.offset + house.length - 1, text: ` "projectWords": [${quoted}] ` }] };
  const indent = /[ \t]*$/.exec(text.slice(0, first.offset))![0];
  const lineBreak = text.slice(house.offset + 1, first.offset).includes('\n') ? '\n' : ' ';
  return { file, edits: [{ start: first.offset, end: first.offset, text: `"projectWords": [${quoted}],${lineBreak}${lineBreak === '\n' ? indent : ''}` }] };
}

// ---------------------------------------------------------------------------------------------
// Font declarations in CSS and SVG attributes

/** A font family list found in a declaration or an SVG attribute; offsets are document offsets. */
export interface FamilyList {
  items: FamilyItem[];
  /** Quote to use for names with spaces (the opposite of the attribute's delimiter). */
  quote: string;
}

function quoteInside(source: string, valueStart: number, inAttribute: boolean): string {
  if (!inAttribute) return '"';
  return source[valueStart - 1] === "'" ? '"' : "'";
}

export function quoteFamily(name: string, quote: string): string {
  return /^[a-z][a-z0-9-]*$/i.test(name) ? name : `${quote}${name}${quote}`;
}

/** The family list of a `font-family` or `font` declaration (none inside @font-face or with var()). */
export function familiesOfDeclaration(decl: Declaration, sheet: CssSheet, source: string): FamilyList | undefined {
  const prop = decl.prop.toLowerCase();
  if (prop !== 'font-family' && prop !== 'font') return undefined;
  if ((decl.parent as { type?: string; name?: string } | undefined)?.type === 'atrule') return undefined;
  const raw = sheet.rawValue(decl);
  if (/var\(|env\(/i.test(raw) || CSS_WIDE.has(raw.trim().toLowerCase())) return undefined;
  let from = 0;
  if (prop === 'font') {
    const sh = parseFontShorthand(raw);
    if (!sh) return undefined;
    from = sh.familyStart;
  }
  const items = splitFamilies(raw.slice(from), from).map((it) => {
    const r = sheet.valuePartRange(decl, it.start, it.end);
    return { name: it.name, start: r.start, end: r.end };
  });
  if (!items.length) return undefined;
  return { items, quote: quoteInside(source, sheet.valueRange(decl).start, sheet.kind === 'attr') };
}

export function familiesOfAttribute(source: string, el: HtmlElement): FamilyList | undefined {
  if (!isSvgElement(el)) return undefined;
  const value = mappedAttribute(source, el, 'font-family');
  if (!value || CSS_WIDE.has(value.text.trim().toLowerCase())) return undefined;
  const items = splitFamilies(value.text).map((it) => ({ name: it.name, start: value.offsetAt(it.start), end: value.offsetAt(it.end) }));
  if (!items.length) return undefined;
  return { items, quote: quoteInside(source, value.offsetAt(0), true) };
}

/** The primary family set in the same rule (or style attribute) as `decl`. */
export function ruleFamily(decl: Declaration, sheet: CssSheet, source: string): string | undefined {
  const parent = decl.parent as { nodes?: { type: string }[] } | undefined;
  let family: string | undefined;
  for (const node of parent?.nodes ?? []) {
    if (node.type !== 'decl') continue;
    const list = familiesOfDeclaration(node as Declaration, sheet, source);
    if (list) family = list.items[0].name;
  }
  return family;
}
