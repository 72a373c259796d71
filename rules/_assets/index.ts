// Shared helpers of the asset, image and privacy rules: settings with defaults, the reference
// graph, and the third-party host list. Values live in rules/profiles/assets/*.json.
import * as path from 'node:path';
import defaults from '../profiles/assets/defaults.json';
import thirdParties from '../profiles/assets/third-parties.json';
import type { Project, SourceFile } from '../_kit';
import { assetRefsOf, type AssetRef } from '../../server/src/engine/model/assets';
import { imageFactsOf } from '../../server/src/engine/facts/image-cache';
import { ImageReadError, type ImageFacts } from '../../server/src/engine/facts/image';
import { bannerUnitOf } from '../../server/src/engine/model/banner';

export { assetGraph, assetRefsOf, describeAsset, deliverableRoot, type AssetRef, type AssetRefKind } from '../../server/src/engine/model/assets';
export { imageFactsOf, svgFactsOf } from '../../server/src/engine/facts/image-cache';
export { ImageReadError, type ImageFacts } from '../../server/src/engine/facts/image';

export interface AssetSettings {
  imageMaxKB: number;
  pageImagesMaxKB: number;
  bytesPerKB: number;
  bytesPerPixel: number;
  minSavingsBytes: number;
  animatedGifMaxKB: number;
  maxDevicePixelRatio: number;
  oversizeMinSavingsBytes: number;
  nextGenMinKB: number;
  svgEmbeddedRasterMaxKB: number;
  printFormats: string[];
  printExtensions: string[];
  safeFileNamePattern: string;
  unusedExtensions: string[];
  /** Rewrite http:// to https:// as an automatic fix (otherwise a suggestion). */
  upgradeHttp: boolean;
  /** Report unreferenced files in every deliverable, not only in banner units. */
  reportUnused: boolean;
  /** Hosts (or `*.domain`) a page may contact without a privacy report: own CDN, contracted processors. */
  allowedHosts: string[];
}

/** settings.assets over the defaults data file. */
export function assetSettings(settings: Record<string, unknown>): AssetSettings {
  const user = (settings.assets && typeof settings.assets === 'object' ? settings.assets : {}) as Partial<AssetSettings>;
  const { $comment: _ignored, ...base } = defaults as typeof defaults & { $comment?: string };
  return { ...base, upgradeHttp: false, reportUnused: false, allowedHosts: [], ...user } as AssetSettings;
}

export function kb(bytes: number, perKB: number): string {
  return bytes >= perKB * perKB ? `${(bytes / perKB / perKB).toFixed(1)} MB` : `${Math.round(bytes / perKB)} KB`;
}

/** Whether a project has this file (linted set or on disk), exactly as written. */
export function existing(project: Project, abs: string): SourceFile | undefined {
  return project.getFile(abs);
}

/** Local references of a document that resolve to a path inside the deliverable. */
export function localRefs(project: Project, file: SourceFile): AssetRef[] {
  return assetRefsOf(project, file).filter((r) => !r.external && r.resolved !== undefined && !r.fileSystemPath);
}

/** The image a reference points at, with its facts, when it exists and is an image. */
export function imageOf(project: Project, ref: AssetRef): { file: SourceFile; facts: ImageFacts } | undefined {
  if (!ref.resolved) return undefined;
  const file = project.getFile(ref.resolved);
  if (!file || (file.language !== 'image' && file.language !== 'svg')) return undefined;
  const facts = imageFactsOf(file);
  if (facts instanceof ImageReadError) return undefined;
  return { file, facts };
}

/** Relative URL from one file to another, with '/' separators (inside archives too). */
export function relativeUrl(from: SourceFile, to: string): string {
  const strip = (p: string) => p.replace(/^.*?!\//, '/');
  const a = from.path.includes('!/') ? strip(from.path) : from.path;
  const b = to.includes('!/') ? strip(to) : to;
  const rel = path.relative(path.dirname(a), b).split(path.sep).join('/');
  return rel.split('/').map((seg) => (seg === '..' ? seg : encodeURI(seg).replace(/#/g, '%23').replace(/\?/g, '%3F'))).join('/');
}

/** The part of a written reference before its query and hash. */
export function pathPartLength(raw: string): number {
  const m = /[?#]/.exec(raw);
  return m ? m.index : raw.length;
}

// ---------------------------------------------------------------------------------------------
// Third parties

export interface ThirdParty { host: string; category: string; name: string; reason: string; privacyHost?: string; privacyHint?: string }

const CATEGORIES = thirdParties.categories as Record<string, string>;

export function thirdPartyOf(host: string): ThirdParty {
  const h = host.toLowerCase();
  for (const e of thirdParties.hosts as { host: string; category: string; name: string; privacyHost?: string; privacyHint?: string }[]) {
    if (h === e.host || h.endsWith(`.${e.host}`)) return { ...e, host: h, reason: CATEGORIES[e.category] ?? CATEGORIES.other };
  }
  return { host: h, category: 'other', name: h, reason: CATEGORIES.other };
}

/** `host`, `*.domain` or `host/path-prefix` entries (banner profiles use the last form). */
export function hostAllowed(ref: AssetRef, allowed: string[]): boolean {
  const host = ref.host;
  if (!host) return false;
  const pathPart = ref.raw.replace(/^[a-z][a-z0-9+.-]*:/i, '').replace(/^\/\/[^/]*/, '');
  for (const entry of allowed) {
    const e = entry.toLowerCase().replace(/^[a-z]+:\/\//, '');
    const slash = e.indexOf('/');
    const eHost = slash >= 0 ? e.slice(0, slash) : e;
    const ePath = slash >= 0 ? e.slice(slash) : '';
    const hostOk = eHost.startsWith('*.') ? host === eHost.slice(2) || host.endsWith(eHost.slice(1)) : host === eHost;
    if (hostOk && (!ePath || pathPart.toLowerCase().startsWith(ePath))) return true;
  }
  return false;
}

/** Whether a file belongs to a banner unit (banner rules own packaging questions there). */
export function inBannerUnit(project: Project, file: SourceFile): boolean {
  return bannerUnitOf(project, file) !== undefined;
}

/** The range of the document's first start tag (`<html>`), for page-level problems. */
export function pageRange(file: SourceFile): { start: number; end: number } {
  const html = file.html?.elements.find((e) => e.tagName === 'html' && e.sourceCodeLocation?.startTag);
  const loc = html?.sourceCodeLocation?.startTag;
  return loc ? { start: loc.startOffset, end: loc.endOffset } : { start: 0, end: 0 };
}

/** Facts of the image file being linted, or undefined when unreadable (image-unreadable reports that). */
export function ownImageFacts(file: SourceFile): ImageFacts | undefined {
  const f = imageFactsOf(file);
  return f instanceof ImageReadError ? undefined : f;
}

export const FILE_START = Object.freeze({ start: 0, end: 0 });
