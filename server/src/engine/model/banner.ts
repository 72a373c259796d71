// Banner units (design §4): a folder or a .zip with an entry HTML and a size, the totals ad servers
// measure, and the platform profiles the unit is checked against. Built once per project run.
import * as path from 'node:path';
import { deflateSync } from 'fflate';
import type { Project, SourceFile } from './project';
import type { OffsetRange } from '../parse/css';
import { getAttr, attrValueRange, type HtmlElement } from '../parse/html';
import { addArchiveToProject } from '../archive/project-archive';
import { readFlashtalkingManifest, scriptFacts, type FlashtalkingManifest, type ScriptFacts } from './banner-code';
import { getBannerProfile, mergeProfiles, type BannerProfile } from '../../../../rules/profiles/banner';

export type SizeSource = 'meta' | 'adform-manifest' | 'flashtalking-manifest' | 'name' | 'settings';

export interface SizeClaim {
  width: number;
  height: number;
  source: SizeSource;
  /** Where the claim is written, for related locations and reports. */
  file?: SourceFile;
  range?: OffsetRange;
}

export interface AdSizeMeta {
  element: HtmlElement;
  content: string;
  /** Range of the content attribute's value (or of the tag when it has none). */
  range: OffsetRange;
  width?: number;
  height?: number;
}

export interface AdformManifestInfo { file: SourceFile; data: Record<string, unknown> | undefined }
export interface FlashtalkingManifestInfo { file: SourceFile; manifest: FlashtalkingManifest }

export interface BannerUnit {
  kind: 'folder' | 'zip';
  /** The folder, or `archive.zip!` for a zip. */
  root: string;
  /** Folder name or zip file name: what the ad-ops person sees. */
  name: string;
  archive?: SourceFile;
  /** Every file of the package, junk included (the ad server counts it). */
  files: SourceFile[];
  /** The entry HTML; undefined only for a zip without any HTML. */
  primary?: SourceFile;
  /** The file unit-level problems are reported on: the zip, or the primary HTML of a folder. */
  anchor: SourceFile;
  adSizeMeta?: AdSizeMeta;
  adform?: AdformManifestInfo;
  flashtalking?: FlashtalkingManifestInfo;
  /** Size declarations in the order they win: ad.size meta, manifest, folder/zip name. */
  sizeClaims: SizeClaim[];
  /** Profiles recognised from the package itself (manifest, SDK, GWD environment). */
  detectedProfiles: string[];
  /** Path of a file inside the unit, with '/' separators. */
  relPath(file: SourceFile): string;
  /** Memo for facts computed from the unit (totals, references). */
  memo: Map<string, unknown>;
}

export interface BannerSettings {
  profile?: string | string[];
  size?: string;
  limits?: Record<string, unknown>;
  /** Check id → severity, over the profile's own (e.g. raise `click-tag-present` to error). */
  severity?: Record<string, unknown>;
}

export interface BannerContext {
  unit: BannerUnit;
  profile: BannerProfile;
  profileIds: string[];
  /** The size the unit is meant to have (first claim, or the configured size). */
  size?: SizeClaim;
  /** Every claim, the configured size included. */
  sizeClaims: SizeClaim[];
}

const SIZE_IN_NAME = /(?:^|[^0-9])([1-9][0-9]{1,3})x([1-9][0-9]{1,3})(?![0-9])/i;
const AD_SIZE_CONTENT = /^\s*(width|height)\s*=\s*(\d+)\s*[,;]\s*(width|height)\s*=\s*(\d+)\s*$/i;

export function sizeFromName(name: string): { width: number; height: number } | undefined {
  const m = SIZE_IN_NAME.exec(name);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : undefined;
}

export function parseAdSize(content: string): { width: number; height: number } | undefined {
  const m = AD_SIZE_CONTENT.exec(content);
  if (!m || m[1].toLowerCase() === m[3].toLowerCase()) return undefined;
  const w = m[1].toLowerCase() === 'width' ? Number(m[2]) : Number(m[4]);
  const h = m[1].toLowerCase() === 'width' ? Number(m[4]) : Number(m[2]);
  return { width: w, height: h };
}

export function findAdSizeMeta(file: SourceFile): AdSizeMeta | undefined {
  if (file.language !== 'html' || !file.text.toLowerCase().includes('ad.size')) return undefined;
  const el = file.html?.elements.find((e) => e.tagName === 'meta' && (getAttr(e, 'name') ?? '').trim().toLowerCase() === 'ad.size');
  if (!el) return undefined;
  const content = getAttr(el, 'content') ?? '';
  const loc = el.sourceCodeLocation!;
  const range = attrValueRange(file.text, el, 'content') ?? { start: loc.startOffset, end: loc.startTag?.endOffset ?? loc.endOffset };
  return { element: el, content, range, ...parseAdSize(content) };
}

function isAdformManifest(file: SourceFile | undefined): boolean {
  if (!file || file.language !== 'json') return false;
  if (file.json?.errors.length) return /"(source|clicktags)"\s*:/.test(file.text);
  const v = file.json?.value;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return 'source' in o || 'clicktags' in o || ('title' in o && 'width' in o && 'height' in o && !('icons' in o));
}

function isFlashtalkingManifest(file: SourceFile | undefined): boolean {
  return !!file && file.language === 'js' && /\bFT\s*\.\s*manifest\s*\(/.test(file.text);
}

/** The units of the project; zip files not yet opened (editor, tests) are opened first. */
export function bannerUnits(project: Project): BannerUnit[] {
  const unopened = [...project.files.values()].filter((f) => f.language === 'zip' && !f.inArchive && !project.archives.has(f.path));
  for (const zip of unopened) addArchiveToProject(project, zip);
  return project.cached('banner-units', () => detectUnits(project));
}

function unitByPath(project: Project): Map<string, BannerUnit> {
  return project.cached('banner-unit-by-path', () => {
    const map = new Map<string, BannerUnit>();
    const units = bannerUnits(project);
    for (const u of units) if (u.archive) map.set(u.archive.path, u);
    // A zip inside a folder unit belongs to that folder's package (a nested zip), not to itself.
    for (const u of units) for (const f of u.files) map.set(f.path, u);
    return map;
  });
}

/** The unit a file belongs to, if any. */
export function bannerUnitOf(project: Project, file: SourceFile): BannerUnit | undefined {
  bannerUnits(project);
  return unitByPath(project).get(file.path);
}

function detectUnits(project: Project): BannerUnit[] {
  const units: BannerUnit[] = [];
  const all = [...project.files.values()];
  // Zip units: the archive as the ad server receives it.
  for (const zip of all) {
    if (zip.language !== 'zip' || zip.inArchive || !project.archives.has(zip.path)) continue;
    const entries = all.filter((f) => f.archivePath === zip.path);
    if (!entries.some((f) => f.language === 'html' && !junkReason(f.path.slice(zip.path.length + 2)))) continue;
    const root = `${zip.path}!`;
    units.push(makeUnit('zip', root, path.basename(zip.path), entries, zip, (f) => f.path.slice(root.length + 1)));
  }
  // Folder units: a folder with an HTML file directly in it and a banner signal.
  const byDir = new Map<string, SourceFile[]>();
  for (const f of all) {
    if (f.inArchive) continue;
    const d = path.dirname(f.path);
    const list = byDir.get(d);
    if (list) list.push(f); else byDir.set(d, [f]);
  }
  const unitDirs = new Set<string>();
  for (const [dir, files] of byDir) {
    const htmls = files.filter((f) => f.language === 'html');
    if (!htmls.length) continue;
    const named = (n: string) => files.find((f) => path.basename(f.path) === n);
    if (sizeFromName(path.basename(dir)) || isAdformManifest(named('manifest.json')) || isFlashtalkingManifest(named('manifest.js')) || htmls.some((h) => findAdSizeMeta(h))) {
      unitDirs.add(dir);
    }
  }
  units.push(...folderUnits(all, unitDirs));
  return units;
}

function folderUnits(all: SourceFile[], unitDirs: Set<string>): BannerUnit[] {
  const members = new Map<string, SourceFile[]>();
  for (const f of all) {
    if (f.inArchive) continue;
    for (let d = path.dirname(f.path); ; d = path.dirname(d)) {
      if (unitDirs.has(d)) { const l = members.get(d); if (l) l.push(f); else members.set(d, [f]); break; }
      if (path.dirname(d) === d) break;
    }
  }
  const units: BannerUnit[] = [];
  for (const [dir, files] of members) {
    const unit = makeUnit('folder', dir, path.basename(dir), files, undefined, (f) => path.relative(dir, f.path).split(path.sep).join('/'));
    if (unit) units.push(unit);
  }
  return units;
}

function makeUnit(kind: 'folder' | 'zip', root: string, name: string, files: SourceFile[], archive: SourceFile | undefined, rel: (f: SourceFile) => string): BannerUnit {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const atRoot = (n: string) => sorted.find((f) => rel(f) === n);
  const adformFile = atRoot('manifest.json');
  const ftFile = atRoot('manifest.js');
  const adform = isAdformManifest(adformFile) ? { file: adformFile!, data: adformFile!.json?.errors.length ? undefined : adformFile!.json?.value as Record<string, unknown> } : undefined;
  const flashtalking = isFlashtalkingManifest(ftFile) ? { file: ftFile!, manifest: readFlashtalkingManifest(ftFile!.text) } : undefined;

  const htmls = sorted.filter((f) => f.language === 'html' && !junkReason(rel(f)));
  const rootHtmls = htmls.filter((f) => !rel(f).includes('/'));
  const declared = (typeof adform?.data?.source === 'string' ? adform.data.source : undefined) ?? (typeof flashtalking?.manifest.data.filename === 'string' ? flashtalking.manifest.data.filename : undefined);
  const primary = (declared ? atRoot(declared) : undefined)
    ?? rootHtmls.find((f) => rel(f).toLowerCase() === 'index.html')
    ?? rootHtmls.find((f) => findAdSizeMeta(f))
    ?? rootHtmls[0]
    ?? htmls.find((f) => findAdSizeMeta(f))
    ?? htmls[0];

  const sizeClaims: SizeClaim[] = [];
  const meta = primary ? findAdSizeMeta(primary) : undefined;
  if (meta?.width !== undefined && primary) sizeClaims.push({ width: meta.width, height: meta.height!, source: 'meta', file: primary, range: meta.range });
  if (adform?.data) {
    const w = Number(adform.data.width), h = Number(adform.data.height);
    if (Number.isInteger(w) && Number.isInteger(h) && w > 0 && h > 0) sizeClaims.push({ width: w, height: h, source: 'adform-manifest', file: adform.file, range: adform.file.json?.rangeAt('/width') });
  }
  if (flashtalking) {
    const d = flashtalking.manifest.data;
    const w = Number(d.width), h = Number(d.height);
    const prop = flashtalking.manifest.object?.props?.find((p) => p.key === 'width');
    if (Number.isInteger(w) && Number.isInteger(h) && w > 0 && h > 0) sizeClaims.push({ width: w, height: h, source: 'flashtalking-manifest', file: flashtalking.file, range: prop && { start: prop.value.start, end: prop.value.end } });
  }
  const fromName = sizeFromName(kind === 'zip' ? name.replace(/\.zip$/i, '') : name);
  if (fromName) sizeClaims.push({ ...fromName, source: 'name' });

  const detectedProfiles: string[] = [];
  if (adform) detectedProfiles.push('adform');
  else if (flashtalking) detectedProfiles.push('flashtalking');
  else if (primary) {
    const text = primary.text;
    const env = /<meta[^>]+name=["']environment["'][^>]*content=["']([^"']+)["']/i.exec(text)?.[1]?.toLowerCase();
    if (env === 'gwd-adwords') detectedProfiles.push('google-ads');
    else if (env === 'gwd-dv360') detectedProfiles.push('dv360');
    else if (env === 'gwd-doubleclick' || env === 'gwd-dcm' || /s0\.2mdn\.net\/ads\/studio\/Enabler\.js/i.test(text)) detectedProfiles.push('cm360');
    else if (/EBLoader\.js|serving-sys\.com/i.test(text)) detectedProfiles.push('sizmek');
    else if (/appnexus-html5-lib/i.test(text)) detectedProfiles.push('xandr');
  }

  return {
    kind, root, name, archive, files: sorted, primary, anchor: archive ?? primary!, adSizeMeta: meta, adform, flashtalking,
    sizeClaims, detectedProfiles, relPath: rel, memo: new Map(),
  };
}

function memo<T>(unit: BannerUnit, key: string, compute: () => T): T {
  if (unit.memo.has(key)) return unit.memo.get(key) as T;
  const v = compute();
  unit.memo.set(key, v);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Profiles and settings

const profileCache = new Map<string, BannerProfile>();

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const cur = out[k];
    out[k] = cur && v && typeof cur === 'object' && typeof v === 'object' && !Array.isArray(cur) && !Array.isArray(v)
      ? deepMerge(cur as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

export function bannerSettings(settings: Record<string, unknown>): BannerSettings {
  const b = settings.banner;
  return b && typeof b === 'object' && !Array.isArray(b) ? (b as BannerSettings) : {};
}

/** Profile ids for a unit: the configured ones (known ids only), else detected, else `iab`. */
export function profileIdsFor(unit: BannerUnit, settings: Record<string, unknown>): string[] {
  const p = bannerSettings(settings).profile;
  const configured = (p === undefined ? [] : Array.isArray(p) ? p : String(p).split(',')).map((s) => String(s).trim()).filter((id) => getBannerProfile(id));
  if (configured.length) return [...new Set(configured)];
  return unit.detectedProfiles.length ? unit.detectedProfiles : ['iab'];
}

export function resolveProfile(ids: string[], limits?: Record<string, unknown>): BannerProfile {
  const key = ids.join('+') + (limits ? JSON.stringify(limits) : '');
  let p = profileCache.get(key);
  if (!p) {
    p = mergeProfiles(ids);
    if (limits && typeof limits === 'object') p = deepMerge(p as unknown as Record<string, unknown>, limits) as unknown as BannerProfile;
    profileCache.set(key, p);
  }
  return p;
}

/**
 * Everything a banner rule needs about the file it is linting, or undefined when the file is not
 * part of a banner unit (banner rules then report nothing). A folder with no banner signal is a
 * unit only when the configuration names a banner profile or size for it.
 */
export function bannerContext(project: Project, file: SourceFile, settings: Record<string, unknown>): BannerContext | undefined {
  const bs = bannerSettings(settings);
  let unit = bannerUnitOf(project, file);
  if (!unit && !file.inArchive && (bs.profile !== undefined || bs.size !== undefined)) unit = configuredUnit(project, file);
  if (!unit) return undefined;
  const ids = profileIdsFor(unit, settings);
  const profile = resolveProfile(ids, bs.limits);
  const sizeClaims = [...unit.sizeClaims];
  const configured = typeof bs.size === 'string' ? sizeFromName(bs.size) : undefined;
  if (configured) sizeClaims.push({ ...configured, source: 'settings' });
  return { unit, profile, profileIds: ids, size: sizeClaims[0], sizeClaims };
}

/** A unit named only by the configuration: the nearest folder (up to the deliverable root) holding an HTML file. */
function configuredUnit(project: Project, file: SourceFile): BannerUnit | undefined {
  const root = project.rootOf(file.path);
  const files = [...project.files.values()].filter((f) => !f.inArchive);
  for (let d = path.dirname(file.path); ; d = path.dirname(d)) {
    if (files.some((f) => f.language === 'html' && path.dirname(f.path) === d)) {
      return project.cached(`banner-configured-unit:${d}`, () => folderUnits(files, new Set([d]))[0]);
    }
    if (d === root || path.dirname(d) === d || !d.startsWith(root)) return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Totals

export interface UnitTotals {
  fileCount: number;
  unzippedBytes: number;
  /** The archive's size, or for a folder an estimate of the zip an exporter would make. */
  zippedBytes: number;
  zippedEstimated: boolean;
}

/** Bytes of a file as the package holds them; reading a zip entry verifies its size and CRC. */
export function fileBytes(file: SourceFile): number {
  return file.inArchive ? file.bytes.length : file.size;
}

export function unitTotals(unit: BannerUnit): UnitTotals {
  return memo(unit, 'totals', () => {
    let unzipped = 0, zipped = 22;
    for (const f of unit.files) {
      const n = fileBytes(f);
      unzipped += n;
      if (!unit.archive) {
        const name = Buffer.byteLength(unit.relPath(f));
        const compressed = n > 0 ? Math.min(n, deflateSync(f.bytes, { level: 6 }).length) : 0;
        zipped += 30 + 46 + 2 * name + compressed;
      }
    }
    return { fileCount: unit.files.length, unzippedBytes: unzipped, zippedBytes: unit.archive ? unit.archive.size : zipped, zippedEstimated: !unit.archive };
  });
}

// ---------------------------------------------------------------------------------------------
// References

export interface BannerRef {
  /** The reference as written. */
  url: string;
  from: SourceFile;
  range: OffsetRange;
  /** The file it resolves to inside the unit. */
  target?: SourceFile;
  external: boolean;
  /** What made it: an element/attribute pair, `css url()`, `@import`. */
  via: string;
  /** Loaded by the markup or CSS before any script runs. */
  initial: boolean;
}

const SKIP_URL = /^(data:|javascript:|mailto:|tel:|about:|blob:|#|\{\{)/i;

export function isExternalUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

/** Resolves a relative reference to a file of the unit. */
export function resolveInUnit(unit: BannerUnit, from: SourceFile, url: string): SourceFile | undefined {
  let clean = url.trim().replace(/[?#].*$/, '');
  try { clean = decodeURIComponent(clean); } catch { /* keep as written */ }
  if (!clean || isExternalUrl(clean) || SKIP_URL.test(clean)) return undefined;
  const fromRel = unit.relPath(from);
  const joined = clean.startsWith('/') ? clean.slice(1) : path.posix.join(path.posix.dirname(fromRel), clean);
  const target = path.posix.normalize(joined);
  return unit.files.find((f) => unit.relPath(f) === target);
}

function cssRefs(unit: BannerUnit, file: SourceFile, initial: boolean, out: BannerRef[], seenCss: Set<string>): void {
  if (seenCss.has(file.path)) return;
  seenCss.add(file.path);
  for (const sheet of file.sheets) {
    sheet.root?.walk((node) => {
      if (node.type === 'decl') {
        const raw = sheet.rawValue(node);
        for (const m of raw.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)) {
          const url = m[2];
          if (SKIP_URL.test(url)) continue;
          const vr = sheet.valueRange(node);
          const start = vr.start + (m.index ?? 0) + m[0].indexOf(url);
          out.push(mkRef(unit, file, url, { start, end: start + url.length }, 'css url()', initial));
        }
      } else if (node.type === 'atrule' && node.name.toLowerCase() === 'import') {
        const m = /(?:url\(\s*)?(['"])([^'"]+)\1/.exec(node.params);
        if (!m) return;
        const r = sheet.rangeOf(node);
        const ref = mkRef(unit, file, m[2], r, '@import', initial);
        out.push(ref);
        if (ref.target?.language === 'css') cssRefs(unit, ref.target, initial, out, seenCss);
      }
    });
  }
}

function mkRef(unit: BannerUnit, from: SourceFile, url: string, range: OffsetRange, via: string, initial: boolean): BannerRef {
  return { url, from, range, target: resolveInUnit(unit, from, url), external: isExternalUrl(url), via, initial };
}

const URL_ATTRS: Record<string, string[]> = {
  img: ['src', 'srcset'], script: ['src'], link: ['href'], iframe: ['src'], video: ['src', 'poster'], audio: ['src'],
  source: ['src', 'srcset'], input: ['src'], embed: ['src'], object: ['data'], image: ['href', 'xlink:href'], use: ['href', 'xlink:href'], track: ['src'],
};

/** References from the unit's HTML and CSS (scripts' string literals are not followed). */
export function unitReferences(unit: BannerUnit): BannerRef[] {
  return memo(unit, 'refs', () => {
    const out: BannerRef[] = [];
    const seenCss = new Set<string>();
    for (const file of unit.files) {
      if (file.language === 'html' && file.html) {
        const initialDoc = file === unit.primary;
        for (const el of file.html.elements) {
          for (const attr of URL_ATTRS[el.tagName] ?? []) {
            const value = getAttr(el, attr);
            const range = attrValueRange(file.text, el, attr);
            if (value === undefined || !range || !value.trim()) continue;
            if (el.tagName === 'link') {
              const rel = (getAttr(el, 'rel') ?? '').toLowerCase();
              if (/\b(dns-prefetch|preconnect|canonical|alternate)\b/.test(rel)) continue;
            }
            const urls = attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]).filter(Boolean) : [value.trim()];
            for (const url of urls) {
              if (SKIP_URL.test(url)) continue;
              const idx = file.text.indexOf(url, range.start);
              const r = idx >= 0 && idx < range.end ? { start: idx, end: idx + url.length } : range;
              const lazy = getAttr(el, 'loading') === 'lazy' || el.tagName === 'iframe' || el.tagName === 'a';
              const initial = initialDoc && !lazy && (el.tagName !== 'link' || /\bstylesheet\b|\bpreload\b|\bicon\b/i.test(getAttr(el, 'rel') ?? ''));
              out.push(mkRef(unit, file, url, r, `<${el.tagName} ${attr}>`, initial));
            }
          }
        }
        cssRefs(unit, file, initialDoc, out, seenCss);
      }
    }
    for (const ref of [...out]) if (ref.target?.language === 'css') cssRefs(unit, ref.target, ref.initial, out, seenCss);
    for (const file of unit.files) if (file.language === 'css') cssRefs(unit, file, false, out, seenCss);
    return out;
  });
}

export interface InitialLoad { bytes: number; requests: number; items: { label: string; bytes?: number }[]; unknownExternal: number }

/** Everything the primary HTML loads before scripts run: the document, stylesheets, scripts, images, CSS urls. */
export function initialLoad(unit: BannerUnit): InitialLoad {
  return memo(unit, 'initial-load', () => {
    const items: InitialLoad['items'] = [];
    let bytes = 0, unknownExternal = 0;
    const seen = new Set<string>();
    if (unit.primary) { bytes += fileBytes(unit.primary); items.push({ label: unit.relPath(unit.primary), bytes: fileBytes(unit.primary) }); seen.add(unit.primary.path); }
    for (const ref of unitReferences(unit)) {
      if (!ref.initial) continue;
      const key = ref.target?.path ?? ref.url;
      if (seen.has(key)) continue;
      seen.add(key);
      if (ref.target) { const n = fileBytes(ref.target); bytes += n; items.push({ label: unit.relPath(ref.target), bytes: n }); }
      else if (ref.external) { unknownExternal++; items.push({ label: ref.url }); }
    }
    return { bytes, requests: items.length, items, unknownExternal };
  });
}

// ---------------------------------------------------------------------------------------------
// Scripts

export interface ScriptChunk {
  file: SourceFile;
  /** Offset of the code in the file's text. */
  offset: number;
  code: string;
  /** Inline script in <head> of the primary HTML. */
  inHead: boolean;
  kind: 'inline' | 'external' | 'handler';
  facts: ScriptFacts;
}

function inHead(el: HtmlElement): boolean {
  for (let p = el.parentNode as HtmlElement | undefined; p && 'tagName' in p; p = p.parentNode as HtmlElement | undefined) if (p.tagName === 'head') return true;
  return false;
}

/** The unit's JavaScript: inline scripts and on* handlers of its HTML files, and its .js files. */
export function unitScripts(unit: BannerUnit): ScriptChunk[] {
  return memo(unit, 'scripts', () => scriptsOf(unit.files.filter((f) => f !== unit.flashtalking?.file)));
}

/** Scripts of one file (inline and handlers for HTML, the whole file for .js). */
export function scriptsOf(files: SourceFile[]): ScriptChunk[] {
  const out: ScriptChunk[] = [];
  for (const file of files) {
    if (file.language === 'js') {
      out.push({ file, offset: 0, code: file.text, inHead: false, kind: 'external', facts: file.cached('banner-script', () => scriptFacts(file.text)) });
    } else if (file.language === 'html' && file.html) {
      const all = file.cached('banner-inline-scripts', () => {
        const chunks: ScriptChunk[] = [];
        for (const el of file.html!.elements) {
          if (el.tagName === 'script' && !getAttr(el, 'src')) {
            const type = (getAttr(el, 'type') ?? '').toLowerCase();
            if (type && !/javascript|ecmascript|module|^text\/babel$/.test(type)) continue;
            const loc = el.sourceCodeLocation;
            if (!loc?.startTag || !loc.endTag) continue;
            const start = loc.startTag.endOffset, end = loc.endTag.startOffset;
            const code = file.text.slice(start, end);
            chunks.push({ file, offset: start, code, inHead: inHead(el), kind: 'inline', facts: scriptFacts(code, start) });
          }
          for (const a of el.attrs) {
            if (!a.name.startsWith('on')) continue;
            const r = attrValueRange(file.text, el, a.name);
            if (!r) continue;
            const code = file.text.slice(r.start, r.end);
            if (code.includes('&')) continue;
            chunks.push({ file, offset: r.start, code, inHead: false, kind: 'handler', facts: scriptFacts(code, r.start) });
          }
        }
        return chunks;
      });
      out.push(...all);
    }
  }
  return out;
}

/** Backup (fallback) images inside the unit, by the names exporters and ad-ops use. */
export function backupImages(unit: BannerUnit): SourceFile[] {
  return unit.files.filter((f) => f.language === 'image' && /(^|[^a-z])(backup|fallback|default|static)([^a-z]|$)/i.test(path.posix.basename(unit.relPath(f))));
}

export const JUNK_NAMES = /^(\.DS_Store|Thumbs\.db|desktop\.ini|ehthumbs\.db|\.Spotlight-V100|\.Trashes|\.localized|Icon\r)$/i;

/** Why a path is junk (OS or tool leftovers), or undefined. */
export function junkReason(relPath: string): string | undefined {
  const parts = relPath.split('/');
  if (parts.includes('__MACOSX')) return 'macOS resource-fork folder __MACOSX';
  const base = parts[parts.length - 1];
  const known: Record<string, string> = { '.ds_store': 'macOS Finder metadata file', 'thumbs.db': 'Windows thumbnail cache', 'ehthumbs.db': 'Windows thumbnail cache', 'desktop.ini': 'Windows folder settings file' };
  if (JUNK_NAMES.test(base)) return known[base.toLowerCase()] ?? `system file (${base})`;
  if (base.startsWith('._')) return 'macOS resource fork (._ file)';
  if (/~$|\.(tmp|bak|swp)$/i.test(base)) return 'editor backup or temporary file';
  if (/\.(fla|xfl|psd|ai|sketch|fig|xd|aep)$/i.test(base)) return 'source/design file';
  if (parts.some((p) => p === '.git' || p === '.svn' || p === '.idea' || p === '.vscode')) return 'tool folder';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Small helpers banner rules share

/** Bytes as the profile counts them: "153.6 KB" with the profile's KB (1000 or 1024 bytes). */
export function inProfileKB(profile: BannerProfile, bytes: number): string {
  const kb = bytes / profile.weight.bytesPerKB;
  return `${kb >= 100 ? Math.round(kb) : Math.round(kb * 10) / 10} KB`;
}

/** Where a snippet goes in <head>: just after the start tag, on its own line, indented like the next line. */
export function headInsertion(file: SourceFile): { offset: number; range: OffsetRange; indent: string; newline: string } | undefined {
  const head = file.html?.elements.find((e) => e.tagName === 'head');
  const tag = head?.sourceCodeLocation?.startTag;
  if (!head || !tag) return undefined;
  const after = /^(\r?\n)([ \t]*)/.exec(file.text.slice(tag.endOffset));
  return { offset: tag.endOffset, range: { start: tag.startOffset, end: tag.endOffset }, indent: after ? after[2] : '', newline: after ? after[1] : '\n' };
}

/** The start tag of <head>, else of <html>, else the file start: where "missing from the page" problems go. */
export function pageRange(file: SourceFile): OffsetRange {
  for (const name of ['head', 'html']) {
    const tag = file.html?.elements.find((e) => e.tagName === name)?.sourceCodeLocation?.startTag;
    if (tag) return { start: tag.startOffset, end: tag.endOffset };
  }
  return { start: 0, end: 0 };
}

export const FILE_START: OffsetRange = Object.freeze({ start: 0, end: 0 });

export function profileLabel(ctx: BannerContext): string {
  return ctx.profileIds.join(' + ');
}

/** A profile KB limit in bytes (re-exported so rules need one import). */
export function limitBytesOf(profile: BannerProfile, kb: number | undefined): number | undefined {
  return kb === undefined || kb === null ? undefined : kb * profile.weight.bytesPerKB;
}

/** Every document kind: package rules look at every file of a unit. */
export const ALL_LANGUAGES = ['html', 'css', 'svg', 'json', 'yaml', 'js', 'image', 'media', 'font', 'text', 'zip', 'other'] as const;

export function extensionOf(relPath: string): string {
  const base = path.posix.basename(relPath);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const PLATFORM_SEVERITIES = new Set(['error', 'warn', 'info']);

/**
 * How severe the banner platform(s) of `file`'s unit make a check: the configured override
 * (settings.banner.severity), else the profile's own; undefined when the file is in no banner unit
 * or the profile says nothing about the check.
 */
export function platformSeverity(project: Project, file: SourceFile, settings: Record<string, unknown>, check: string): 'error' | 'warn' | 'info' | undefined {
  const b = bannerContext(project, file, settings);
  if (!b) return undefined;
  const override = bannerSettings(settings).severity?.[check];
  const level = typeof override === 'string' && PLATFORM_SEVERITIES.has(override) ? override : b.profile.severity?.[check];
  return level && PLATFORM_SEVERITIES.has(level) ? level as 'error' | 'warn' | 'info' : undefined;
}
