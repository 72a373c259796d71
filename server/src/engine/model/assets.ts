// The asset graph (design §4): one edge per reference a deliverable makes to another file or to a
// host, with the exact source range that made it. Built once per project state, read by the asset,
// image, privacy, licence and media rules and by the editor (hovers, invalidation by reverse edges).
import * as path from 'node:path';
import type { Declaration, AtRule } from 'postcss';
import type { Project, SourceFile } from './project';
import type { OffsetRange, CssSheet } from '../parse/css';
import { getAttr, attrValueRange, type HtmlElement } from '../parse/html';
import { imageFactsOf } from '../facts/image-cache';
import { ImageReadError } from '../facts/image';

export type AssetRefKind =
  | 'img-src' | 'srcset' | 'stylesheet' | 'icon' | 'page-link' | 'poster' | 'source' | 'track' | 'object'
  | 'embed' | 'iframe' | 'script' | 'css-url' | 'css-import' | 'font-face' | 'og-image' | 'manifest-entry'
  | 'preload' | 'video-src' | 'audio-src' | 'other';

export interface AssetRef {
  from: SourceFile;
  kind: AssetRefKind;
  /** The reference as written in the source (entities and escapes not decoded). */
  raw: string;
  /** Offsets of the URL text in `from.text`. */
  range: OffsetRange;
  /** Decoded (entities, percent-escapes), without `#hash` and `?query`. */
  url: string;
  hash?: string;
  /** Has a scheme with a host, or is protocol-relative (`//cdn.example.com/x.js`). */
  external: boolean;
  /** Lower-case scheme when written (`https`, `http`, `file`). */
  scheme?: string;
  /** Lower-case host of an external reference. */
  host?: string;
  /** Absolute path inside the project for a local reference (`x.zip!/entry` inside archives). */
  resolved?: string;
  /** The deliverable root the reference was resolved against. */
  root?: string;
  /** The resolved path lies outside the deliverable root (`../../shared/x.png`). */
  outsideRoot?: boolean;
  /** A path on the author's own disk: `/Users/…`, `C:\…`, `file://…`; never resolvable on a server. */
  fileSystemPath?: boolean;
  element?: HtmlElement;
  attr?: string;
  /** srcset descriptor (`2x`, `480w`). */
  descriptor?: string;
  /** The CSS declaration or at-rule that holds a CSS reference. */
  css?: { sheet: CssSheet; node: Declaration | AtRule };
}

export interface AssetGraph {
  refs: AssetRef[];
  refsFrom(file: string): AssetRef[];
  /** Reverse edges: every reference that resolves to this absolute path. */
  refsTo(absPath: string): AssetRef[];
  /** Every local path some reference resolves to (existing or not). */
  usedFiles(): Set<string>;
}

/** The project's asset graph; rebuilt when the project's files change. */
export function assetGraph(project: Project): AssetGraph {
  return project.cached('asset-graph', () => buildGraph(project));
}

/** The references one file makes (cheap: does not build the whole graph). */
export function assetRefsOf(project: Project, file: SourceFile): AssetRef[] {
  return file.cached('asset-refs', () => collectRefs(project, file));
}

function buildGraph(project: Project): AssetGraph {
  const refs: AssetRef[] = [];
  const from = new Map<string, AssetRef[]>();
  const to = new Map<string, AssetRef[]>();
  for (const file of [...project.files.values()]) {
    const own = assetRefsOf(project, file);
    if (!own.length) continue;
    from.set(file.path, own);
    for (const r of own) {
      refs.push(r);
      if (r.resolved) {
        const list = to.get(r.resolved);
        if (list) list.push(r); else to.set(r.resolved, [r]);
      }
    }
  }
  let used: Set<string> | undefined;
  return {
    refs,
    refsFrom: (file) => from.get(file) ?? [],
    refsTo: (abs) => to.get(abs) ?? [],
    usedFiles: () => (used ??= new Set(to.keys())),
  };
}

// ---------------------------------------------------------------------------------------------
// Collecting

/** URLs that name no file and no host. */
const NOT_A_RESOURCE = /^(data|javascript|mailto|tel|sms|about|blob|callto|geo|sip|skype|whatsapp|intent|chrome|vbscript):/i;
const TEMPLATE = /\{\{|\{%|\$\{|<%|\[\[/;

const ICON_RELS = /\b(icon|apple-touch-icon|apple-touch-icon-precomposed|mask-icon|apple-touch-startup-image)\b/;
const PRELOAD_RELS = /\b(preload|prefetch|modulepreload|preconnect|dns-prefetch|prerender)\b/;
const OG_IMAGE = /^(og:image(:url|:secure_url)?|twitter:image(:src)?)$/i;

interface Collector {
  project: Project;
  file: SourceFile;
  out: AssetRef[];
  /** <base href> of an HTML page, resolved. */
  base?: { external?: URL; dir?: string };
}

function collectRefs(project: Project, file: SourceFile): AssetRef[] {
  const c: Collector = { project, file, out: [] };
  if (file.language === 'html' || file.language === 'svg') {
    const doc = file.html;
    if (!doc) return c.out;
    const baseEl = file.language === 'html' ? doc.elements.find((e) => e.tagName === 'base' && getAttr(e, 'href')) : undefined;
    if (baseEl) c.base = baseOf(c, getAttr(baseEl, 'href')!.trim());
    for (const el of doc.elements) htmlElementRefs(c, el);
    for (const sheet of doc.sheets) cssRefs(c, sheet, true);
  } else if (file.language === 'css') {
    if (file.css) cssRefs(c, file.css, false);
  } else if (file.language === 'json') {
    manifestRefs(c);
  }
  return c.out;
}

function baseOf(c: Collector, href: string): Collector['base'] {
  if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(href)) {
    try { return { external: new URL(href.startsWith('//') ? `https:${href}` : href) }; } catch { return undefined; }
  }
  const local = resolveLocal(c.project, c.file, href.replace(/[?#].*$/, ''), undefined);
  if (!local.resolved) return undefined;
  return { dir: href.endsWith('/') ? local.resolved : archiveDirname(local.resolved) };
}

function htmlElementRefs(c: Collector, el: HtmlElement): void {
  const tag = el.tagName;
  const attr = (name: string, kind: AssetRefKind): void => addAttr(c, el, name, kind);
  switch (tag) {
    case 'img':
      attr('src', 'img-src');
      srcset(c, el, 'srcset');
      break;
    case 'input':
      if ((getAttr(el, 'type') ?? '').toLowerCase() === 'image') attr('src', 'img-src');
      break;
    case 'source':
      attr('src', 'source');
      srcset(c, el, 'srcset');
      break;
    case 'link': {
      const rel = (getAttr(el, 'rel') ?? '').toLowerCase();
      const kind: AssetRefKind | undefined = /\bstylesheet\b/.test(rel) ? 'stylesheet'
        : ICON_RELS.test(rel) ? 'icon'
        : PRELOAD_RELS.test(rel) ? 'preload'
        : /\bmanifest\b/.test(rel) ? 'manifest-entry'
        : /\b(canonical|alternate|next|prev|help|license|author)\b/.test(rel) ? 'page-link'
        : rel ? 'other' : undefined;
      if (kind) attr('href', kind);
      if (kind === 'preload') srcset(c, el, 'imagesrcset');
      break;
    }
    case 'a':
    case 'area':
      attr('href', 'page-link');
      break;
    case 'video':
      attr('src', 'video-src');
      attr('poster', 'poster');
      break;
    case 'audio':
      attr('src', 'audio-src');
      break;
    case 'track':
      attr('src', 'track');
      break;
    case 'object':
      attr('data', 'object');
      break;
    case 'embed':
      attr('src', 'embed');
      break;
    case 'iframe':
      attr('src', 'iframe');
      break;
    case 'script':
      attr('src', 'script');
      break;
    case 'meta': {
      const key = (getAttr(el, 'property') ?? getAttr(el, 'name') ?? '').trim();
      if (OG_IMAGE.test(key)) attr('content', 'og-image');
      break;
    }
    case 'image':
    case 'feimage':
    case 'feImage':
      attr('href', 'img-src');
      attr('xlink:href', 'img-src');
      break;
    case 'use':
      attr('href', 'other');
      attr('xlink:href', 'other');
      break;
  }
}

/** An attribute by its qualified name: parse5 splits `xlink:href` into prefix and name in SVG. */
function qualifiedAttr(el: HtmlElement, name: string): string | undefined {
  for (const a of el.attrs) if ((a.prefix ? `${a.prefix}:${a.name}` : a.name) === name) return a.value;
  return undefined;
}

function addAttr(c: Collector, el: HtmlElement, name: string, kind: AssetRefKind): void {
  const value = qualifiedAttr(el, name);
  if (value === undefined) return;
  const vr = attrValueRange(c.file.text, el, name);
  if (!vr) return;
  const raw = c.file.text.slice(vr.start, vr.end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) return;
  const range = { start: vr.start + lead, end: vr.start + lead + trimmed.length };
  const decoded = value.trim();
  // A same-document fragment: only links can point at an id worth checking.
  if (decoded.startsWith('#') && kind !== 'page-link') return;
  addRef(c, { kind, raw: trimmed, range, written: decoded, element: el, attr: name, html: true });
}

/** Each candidate of a srcset: `url [descriptor], url [descriptor]`. URLs may contain commas. */
function srcset(c: Collector, el: HtmlElement, name: string): void {
  const value = getAttr(el, name);
  const vr = attrValueRange(c.file.text, el, name);
  if (value === undefined || !vr) return;
  const raw = c.file.text.slice(vr.start, vr.end);
  const entityFree = !raw.includes('&');
  for (const cand of splitSrcset(raw)) {
    const written = entityFree ? cand.url : decodeHtmlEntities(cand.url);
    addRef(c, { kind: 'srcset', raw: cand.url, range: { start: vr.start + cand.start, end: vr.start + cand.start + cand.url.length }, written, element: el, attr: name, descriptor: cand.descriptor, html: true });
  }
}

/** The HTML srcset grammar, enough for positions: a URL runs to whitespace; a trailing comma ends it. */
export function splitSrcset(text: string): { url: string; start: number; descriptor?: string }[] {
  const out: { url: string; start: number; descriptor?: string }[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && (/\s/.test(text[i]) || text[i] === ',')) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && !/\s/.test(text[i])) i++;
    let url = text.slice(start, i);
    let descriptor: string | undefined;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const dStart = i;
      let depth = 0;
      while (i < text.length && (depth > 0 || text[i] !== ',')) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
      descriptor = text.slice(dStart, i).trim() || undefined;
    }
    if (url) out.push({ url, start, descriptor });
  }
  return out;
}

const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi;
const IMAGE_SET = /(?:-webkit-)?image-set\(/gi;

function cssRefs(c: Collector, sheet: CssSheet, inHtml: boolean): void {
  if (!sheet.root) return;
  sheet.root.walk((node) => {
    if (node.type === 'decl') {
      const decl = node;
      const raw = sheet.rawValue(decl);
      if (!/url\(|image-set\(/i.test(raw)) return;
      const parent = decl.parent;
      const inFontFace = parent?.type === 'atrule' && (parent as AtRule).name.toLowerCase() === 'font-face' && decl.prop.toLowerCase() === 'src';
      const kind: AssetRefKind = inFontFace ? 'font-face' : 'css-url';
      const seen = new Set<number>();
      for (const m of raw.matchAll(CSS_URL)) {
        const q = m[1] ?? m[2] ?? m[3] ?? '';
        const inner = m[0].indexOf(q, 4);
        const from = (m.index ?? 0) + (q ? inner : 4);
        seen.add(from);
        if (!q.trim()) continue;
        addCss(c, sheet, decl, kind, q, from, inHtml);
      }
      // image-set("a.png" 1x, "a@2x.png" 2x): bare strings are URLs too.
      for (const m of raw.matchAll(IMAGE_SET)) {
        const open = (m.index ?? 0) + m[0].length;
        const close = matchingParen(raw, open - 1);
        const body = raw.slice(open, close);
        for (const s of body.matchAll(/(["'])([^"']*)\1/g)) {
          const at = open + (s.index ?? 0) + 1;
          if (seen.has(at) || !s[2].trim()) continue;
          // Strings inside url() were handled above.
          const before = body.slice(0, s.index ?? 0);
          if (/url\(\s*$/i.test(before)) continue;
          addCss(c, sheet, decl, kind, s[2], at, inHtml);
        }
      }
    } else if (node.type === 'atrule' && node.name.toLowerCase() === 'import') {
      const at = node;
      const m = /^\s*(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|"([^"]*)"|'([^']*)')/i.exec(at.params);
      if (!m) return;
      const q = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
      if (!q.trim()) return;
      const start = at.source?.start?.offset ?? 0;
      const paramsAt = start + 1 + at.name.length + (at.raws.afterName ?? '').length;
      const inParams = m[0].lastIndexOf(q);
      const cssStart = paramsAt + (m.index ?? 0) + inParams;
      const range = sheet.toDocRange(cssStart, cssStart + q.length);
      addRef(c, { kind: 'css-import', raw: c.file.text.slice(range.start, range.end), range, written: unescapeCss(q), css: { sheet, node: at }, html: inHtml });
    }
  });
}

function addCss(c: Collector, sheet: CssSheet, decl: Declaration, kind: AssetRefKind, q: string, from: number, inHtml: boolean): void {
  const range = sheet.valuePartRange(decl, from, from + q.length);
  addRef(c, { kind, raw: c.file.text.slice(range.start, range.end), range, written: unescapeCss(q.trim()), css: { sheet, node: decl }, html: inHtml });
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

function unescapeCss(s: string): string {
  if (!s.includes('\\')) return s;
  // A backslash before a hex digit is a CSS escape; before anything else it stands for itself in
  // a URL written by a Windows tool (`images\logo.png`), which the backslash rule reports.
  return s.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

/** Adform `manifest.json` (source, backup) and web app manifests (icons[].src, screenshots[].src). */
function manifestRefs(c: Collector): void {
  const doc = c.file.json;
  const value = doc?.value;
  if (!doc || !value || typeof value !== 'object' || Array.isArray(value)) return;
  const o = value as Record<string, unknown>;
  const at = (pointer: (string | number)[], v: unknown): void => {
    if (typeof v !== 'string' || !v.trim()) return;
    const r = doc.rangeAt(pointer);
    if (!r) return;
    const range = { start: r.start + 1, end: r.end - 1 };
    addRef(c, { kind: 'manifest-entry', raw: c.file.text.slice(range.start, range.end), range, written: v.trim() });
  };
  for (const key of ['source', 'backup', 'backupImage', 'start_url']) if (key in o) at([key], o[key]);
  for (const list of ['icons', 'screenshots']) {
    const arr = o[list];
    if (Array.isArray(arr)) arr.forEach((item, i) => { if (item && typeof item === 'object') at([list, i, 'src'], (item as Record<string, unknown>).src); });
  }
}

// ---------------------------------------------------------------------------------------------
// Resolving

interface Pending {
  kind: AssetRefKind;
  raw: string;
  range: OffsetRange;
  /** The value with HTML entities / CSS escapes decoded, still percent-encoded, hash and query kept. */
  written: string;
  element?: HtmlElement;
  attr?: string;
  descriptor?: string;
  css?: AssetRef['css'];
  /** From an HTML document (so <base href> applies). */
  html?: boolean;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;
/** First segments of absolute paths that only exist on an author's machine. */
const DISK_ROOTS = /^\/(Users|home|Volumes|mnt|media|private|var\/folders|tmp|Library|Documents and Settings)\//i;

function addRef(c: Collector, p: Pending): void {
  const written = p.written;
  if (!written || TEMPLATE.test(written) || NOT_A_RESOURCE.test(written)) return;
  const ref: AssetRef = { from: c.file, kind: p.kind, raw: p.raw, range: p.range, url: '', external: false };
  if (p.element) ref.element = p.element;
  if (p.attr) ref.attr = p.attr;
  if (p.descriptor) ref.descriptor = p.descriptor;
  if (p.css) ref.css = p.css;

  if (WINDOWS_DRIVE.test(written) || /^\\\\/.test(written)) {
    ref.url = written;
    ref.fileSystemPath = true;
    c.out.push(ref);
    return;
  }
  const scheme = SCHEME.exec(written)?.[1].toLowerCase();
  const { url, hash } = splitUrl(written);
  ref.url = decodePercent(url);
  if (hash !== undefined) ref.hash = hash;
  if (scheme === 'file') {
    ref.scheme = 'file';
    ref.fileSystemPath = true;
    c.out.push(ref);
    return;
  }
  if (scheme || written.startsWith('//') || written.startsWith('\\\\')) {
    ref.external = scheme !== undefined ? /^[a-z][a-z0-9+.-]*:\/\//i.test(written) || /^https?:/i.test(written) : true;
    if (scheme) ref.scheme = scheme;
    try {
      const u = new URL(written.startsWith('//') ? `https:${written}` : written);
      if (u.hostname) ref.host = u.hostname.toLowerCase();
    } catch { /* malformed: keep what we have */ }
    c.out.push(ref);
    return;
  }
  // Relative to an external <base href>: the browser fetches it from that host.
  if (p.html && c.base?.external && !written.startsWith('#')) {
    try {
      const u = new URL(written.replace(/\\/g, '/'), c.base.external);
      ref.external = true;
      ref.scheme = u.protocol.replace(':', '');
      ref.host = u.hostname.toLowerCase();
      c.out.push(ref);
      return;
    } catch { /* fall through to local */ }
  }
  const local = resolveLocal(c.project, c.file, ref.url, p.html ? c.base?.dir : undefined);
  if (local.fileSystemPath) ref.fileSystemPath = true;
  else {
    ref.resolved = local.resolved;
    ref.root = local.root;
    if (local.outsideRoot) ref.outsideRoot = true;
  }
  c.out.push(ref);
}

function splitUrl(s: string): { url: string; hash?: string } {
  const h = s.indexOf('#');
  const hash = h >= 0 ? s.slice(h + 1) : undefined;
  let url = h >= 0 ? s.slice(0, h) : s;
  const q = url.indexOf('?');
  if (q >= 0) url = url.slice(0, q);
  return hash !== undefined ? { url, hash } : { url };
}

function decodePercent(s: string): string {
  if (!s.includes('%')) return s;
  try { return decodeURIComponent(s); } catch { return s; }
}

/** Deliverable root of a file: the archive for zip entries (`x.zip!`), else the project root. */
export function deliverableRoot(project: Project, file: string): string {
  const bang = file.indexOf('!/');
  if (bang >= 0) return file.slice(0, bang + 1);
  return project.rootOf(file);
}

function archiveDirname(p: string): string {
  const bang = p.indexOf('!/');
  if (bang >= 0) {
    const inner = path.posix.dirname(p.slice(bang + 2));
    return inner === '.' ? p.slice(0, bang + 1) : `${p.slice(0, bang + 1)}/${inner}`;
  }
  return path.dirname(p);
}

/**
 * Resolves a decoded local URL (no hash/query) from a file: relative to the file (or `baseDir`),
 * root-relative `/x` against the deliverable root. Backslashes count as slashes, as browsers do.
 */
export function resolveLocal(project: Project, from: SourceFile, url: string, baseDir?: string): { resolved?: string; root?: string; outsideRoot?: boolean; fileSystemPath?: boolean } {
  const fromPath = from.path;
  const root = deliverableRoot(project, fromPath);
  const clean = url.replace(/\\/g, '/');
  if (clean === '') return { resolved: fromPath, root };
  if (fromPath.includes('!/')) {
    const archive = fromPath.slice(0, fromPath.indexOf('!/'));
    const inner = fromPath.slice(archive.length + 2);
    const baseInner = baseDir && baseDir.startsWith(`${archive}!`) ? baseDir.slice(archive.length + 2) : path.posix.dirname(inner);
    const joined = clean.startsWith('/') ? clean.slice(1) : path.posix.join(baseInner === '.' ? '' : baseInner, clean);
    const norm = path.posix.normalize(joined || '.');
    if (norm === '..' || norm.startsWith('../')) return { resolved: undefined, root, outsideRoot: true };
    return { resolved: `${archive}!/${norm.replace(/^\.\/?/, '')}`, root };
  }
  if (clean.startsWith('/')) {
    const inRoot = path.join(root, clean);
    if (DISK_ROOTS.test(clean) && !project.host.stat(inRoot)) return { fileSystemPath: true, root };
    return { resolved: inRoot, root };
  }
  const resolved = path.resolve(baseDir ?? path.dirname(fromPath), clean);
  const rel = path.relative(root, resolved);
  const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return outside ? { resolved, root, outsideRoot: true } : { resolved, root };
}

function decodeHtmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|quot|apos|lt|gt);?/gi, (all, k: string) => {
    const key = k.toLowerCase();
    if (key === 'amp') return '&';
    if (key === 'quot') return '"';
    if (key === 'apos') return "'";
    if (key === 'lt') return '<';
    if (key === 'gt') return '>';
    const cp = key[1] === 'x' ? parseInt(key.slice(2), 16) : parseInt(key.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
  });
}

// ---------------------------------------------------------------------------------------------
// Hover data

export interface AssetDescription {
  path: string;
  bytes: number;
  format?: string;
  width?: number;
  height?: number;
  bitDepth?: number;
  colorSpace?: string;
  /** ICC profile description, or 'sRGB (chunk)' / 'none'. */
  profile?: string;
  isSrgb?: boolean;
  frames?: number;
  progressive?: boolean;
  /** Why the image could not be read (truncated, not an image). */
  error?: string;
  /** How many references point at the file. */
  references: number;
}

/** What the editor shows when hovering a reference to `absPath`; undefined when the file is missing. */
export function describeAsset(project: Project, absPath: string): AssetDescription | undefined {
  const file = project.getFile(absPath);
  if (!file) return undefined;
  const d: AssetDescription = { path: absPath, bytes: file.size || file.bytes.length, references: assetGraph(project).refsTo(absPath).length };
  if (file.language !== 'image' && file.language !== 'svg') return d;
  const facts = imageFactsOf(file);
  if (facts instanceof ImageReadError) {
    d.error = facts.message;
    return d;
  }
  d.format = facts.format;
  if (facts.width !== undefined) d.width = facts.width;
  if (facts.height !== undefined) d.height = facts.height;
  if (facts.bitDepth !== undefined) d.bitDepth = facts.bitDepth;
  if (facts.colorSpace !== undefined) d.colorSpace = facts.colorSpace;
  if (facts.frames !== undefined) d.frames = facts.frames;
  if (facts.progressive !== undefined) d.progressive = facts.progressive;
  if (facts.icc) {
    d.profile = facts.icc.description ?? facts.icc.colorSpace ?? 'embedded ICC profile';
    if (facts.icc.isSrgb !== undefined) d.isSrgb = facts.icc.isSrgb;
  } else if (facts.srgbChunk) {
    d.profile = 'sRGB (PNG sRGB chunk)';
    d.isSrgb = true;
  } else if (facts.format !== 'svg') d.profile = 'none';
  return d;
}
