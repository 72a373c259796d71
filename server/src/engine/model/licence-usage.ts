// Licence facts of the assets a deliverable uses: which files are used (from the asset graph), the
// channel the deliverable is published in, the licence that applies (licence file entry or the
// file's own metadata), and the workspace edit that adds an entry for an asset.
import * as path from 'node:path';
import type { Project, SourceFile } from './project';
import { assetGraph, assetRefsOf, type AssetRef } from './assets';
import { bannerUnitOf, findAdSizeMeta } from './banner';
import { assetRightsOf, type AssetKind, type AssetRights } from '../facts/rights-of';
import { hasRightsInfo, parseXmpDate, type RightsInfo } from '../facts/rights';
import {
  channelAllowed, isoDay, licenceFor, licenceStatus, parseLocated, relativeTo,
  type LicenceEntry, type LicenceLookup, type LicenceStatus,
} from './licences';
import type { FileEdit } from '../../../../rules/_kit/types';
import { isMap, isSeq, type Node as YamlNode } from 'yaml';

/** References that publish an asset: everything but hints that only warm a cache. */
const NOT_A_USE = new Set(['preload']);

export interface AssetUse {
  ref: AssetRef;
  asset: SourceFile;
  kind: AssetKind;
}

/** The licensable assets (images, SVG, audio/video, fonts) a file references, in source order. */
export function usedAssetsFrom(project: Project, file: SourceFile): AssetUse[] {
  return file.cached('licence:uses', () => {
    const out: AssetUse[] = [];
    for (const ref of assetRefsOf(project, file)) {
      if (ref.external || !ref.resolved || NOT_A_USE.has(ref.kind) || ref.resolved === file.path) continue;
      const asset = project.files.get(ref.resolved) ?? (ref.resolved.includes('!/') ? undefined : project.getFile(ref.resolved));
      const kind = asset ? assetRightsOf(project, asset)?.kind : undefined;
      if (asset && kind) out.push({ ref, asset, kind });
    }
    return out;
  });
}

/** Every licensable asset the project uses, with the references that use it, sorted by path. */
export function usedAssets(project: Project): { asset: SourceFile; kind: AssetKind; refs: AssetRef[] }[] {
  const byPath = new Map<string, { asset: SourceFile; kind: AssetKind; refs: AssetRef[] }>();
  const files = [...project.files.values()].filter((f) => ['html', 'css', 'svg', 'json'].includes(f.language));
  for (const file of files) {
    for (const use of usedAssetsFrom(project, file)) {
      const hit = byPath.get(use.asset.path);
      if (hit) hit.refs.push(use.ref);
      else byPath.set(use.asset.path, { asset: use.asset, kind: use.kind, refs: [use.ref] });
    }
  }
  return [...byPath.values()].sort((a, b) => a.asset.path.localeCompare(b.asset.path));
}

// ---------------------------------------------------------------------------------------------
// Channel

export interface DeliverableChannel {
  channel: string;
  /** Why: set in the configuration, or the page is a banner (ad.size meta, banner package). */
  reason: 'settings' | 'ad.size' | 'banner';
}

/**
 * The channel a file is published in: `settings.channel` when configured; else `ads` for a banner
 * (a page with `<meta name="ad.size">`, a file of a banner package, or a stylesheet of such a page);
 * else unknown, and channel checks are skipped.
 */
export function deliverableChannel(project: Project, file: SourceFile, settings: Record<string, unknown>): DeliverableChannel | undefined {
  if (typeof settings.channel === 'string' && settings.channel) return { channel: settings.channel, reason: 'settings' };
  return file.cached('licence:channel', () => {
    const isBannerPage = (f: SourceFile) => (f.language === 'html' && !!findAdSizeMeta(f));
    if (isBannerPage(file)) return { channel: 'ads', reason: 'ad.size' } as DeliverableChannel;
    if (bannerUnitOf(project, file)) return { channel: 'ads', reason: 'banner' } as DeliverableChannel;
    if (file.language === 'css') {
      const pages = assetGraph(project).refsTo(file.path).map((r) => r.from);
      if (pages.some(isBannerPage)) return { channel: 'ads', reason: 'ad.size' } as DeliverableChannel;
    }
    return undefined;
  });
}

// ---------------------------------------------------------------------------------------------
// The licence of one asset

export interface AssetLicence {
  asset: SourceFile;
  kind: AssetKind | undefined;
  embedded: AssetRights | undefined;
  lookup: LicenceLookup;
  entry?: LicenceEntry;
  /** Any licence information at all: a matching entry or embedded rights. */
  known: boolean;
  /** End date (YYYY-MM-DD) from the entry, else from the embedded metadata (plus:LicenseEndDate). */
  end?: string;
  endFrom?: 'entry' | 'embedded';
  start?: string;
  status: LicenceStatus;
  /** Where the facts come from, for the report: "crossmedia-licences.yaml, entry 2", "embedded (xmp, iptc)". */
  origin: string;
}

export function assetLicence(project: Project, asset: SourceFile, settings: Record<string, unknown>, now: Date, expiringDays: number): AssetLicence {
  const embedded = assetRightsOf(project, asset);
  const lookup = licenceFor(project, asset.path, settings);
  const entry = lookup.entry;
  const rights = embedded?.rights;
  let end = entry?.end;
  let endFrom: AssetLicence['endFrom'] = end ? 'entry' : undefined;
  if (!end && rights?.expires) {
    const d = parseXmpDate(rights.expires);
    if (d) { end = d.toISOString().slice(0, 10); endFrom = 'embedded'; }
  }
  const status = licenceStatus({ start: entry?.start, end }, isoDay(now), expiringDays);
  const hasEmbedded = !!rights && hasRightsInfo(rights);
  const parts: string[] = [];
  if (entry) parts.push(entry.label);
  if (hasEmbedded) parts.push(`embedded (${rights!.origins.join(', ')})`);
  return {
    asset, kind: embedded?.kind, embedded, lookup, entry, known: !!entry || hasEmbedded,
    end, endFrom, start: entry?.start, status, origin: parts.join('; ') || 'none',
  };
}

export { channelAllowed };

/** A short text for hovers on an asset reference ("show licence"). */
export function describeLicence(project: Project, asset: SourceFile, settings: Record<string, unknown>, now: Date, expiringDays = 30): string {
  const l = assetLicence(project, asset, settings, now, expiringDays);
  const r = l.embedded?.rights;
  if (!l.known) return 'Licence: unknown (no licence entry and no rights metadata in the file)';
  const lines = [`Licence: ${l.entry?.licence ?? r?.licenseUrl ?? r?.usageTerms ?? 'not named'}`];
  const licensor = l.entry?.licensor ?? r?.licensorName;
  if (licensor) lines.push(`Licensor: ${licensor}`);
  const creator = l.entry?.creator ?? r?.creator?.join(', ');
  if (creator) lines.push(`Creator: ${creator}`);
  if (l.entry?.channels?.length) lines.push(`Channels: ${l.entry.channels.join(', ')}`);
  lines.push(l.end ? `Ends: ${l.end} (${l.status})` : 'Ends: no end date');
  lines.push(`From: ${l.origin}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// "Add a licence entry" edit

const CC_LICENCE = /creativecommons\.org\/(licenses|publicdomain)\/([a-z-]+)\/(\d\.\d)/i;

/** An SPDX id for a Creative Commons licence URL, else undefined. */
export function spdxFromUrl(url: string | undefined): string | undefined {
  const m = url ? CC_LICENCE.exec(url) : null;
  if (!m) return undefined;
  if (m[1].toLowerCase() === 'publicdomain') return m[2].toLowerCase() === 'zero' ? `CC0-${m[3]}` : undefined;
  return `CC-${m[2].toUpperCase()}-${m[3]}`;
}

/** A YAML scalar: plain when unambiguous, else double-quoted (JSON strings are valid YAML). */
export function yamlScalar(value: string): string {
  const plain = /^[A-Za-z_/][\w .,/@()+-]*$/.test(value) && !/\s$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/:\s|\s#/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Glob characters in a literal path, escaped for picomatch. */
function escapeGlob(p: string): string {
  return p.replace(/[*?[\]{}()!+@\\]/g, (c) => `\\${c}`);
}

export interface NewEntryFields {
  files: string;
  licence: string;
  licensor?: string;
  source?: string;
  creator?: string;
  creditLine?: string;
  end?: string;
  note?: string;
}

/** The fields of a new entry, pre-filled from what the file's own metadata says. */
export function entryFieldsFor(assetAbs: string, baseDir: string, rights: RightsInfo | undefined): NewEntryFields {
  const rel = relativeTo(baseDir, assetAbs) ?? path.basename(assetAbs);
  const f: NewEntryFields = { files: escapeGlob(rel), licence: spdxFromUrl(rights?.licenseUrl) ?? 'LicenseRef-unknown' };
  if (rights?.licensorName) f.licensor = rights.licensorName;
  const source = rights?.licensorUrl ?? rights?.webStatement ?? rights?.source;
  if (source) f.source = source;
  if (rights?.creator?.length) f.creator = rights.creator.join(', ');
  if (rights?.creditLine) f.creditLine = rights.creditLine;
  if (rights?.expires) {
    const d = parseXmpDate(rights.expires);
    if (d) f.end = d.toISOString().slice(0, 10);
  }
  const notes = [rights?.copyrightNotice, rights?.usageTerms].filter(Boolean);
  if (notes.length) f.note = notes.join(' / ');
  return f;
}

function yamlEntry(f: NewEntryFields, indent: string): string {
  const lines = [`${indent}- files: ${yamlScalar(f.files)}`];
  const add = (k: string, v: string | undefined) => { if (v) lines.push(`${indent}  ${k}: ${yamlScalar(v)}`); };
  add('licence', f.licence);
  add('licensor', f.licensor);
  add('source', f.source);
  add('creator', f.creator);
  add('creditLine', f.creditLine);
  if (f.end) add('end', f.end);
  else lines.push(`${indent}  # end: YYYY-MM-DD`);
  lines.push(`${indent}  # channels: [web, social, ads]`);
  add('note', f.note);
  return lines.join('\n');
}

function jsonEntry(f: NewEntryFields, indent: string): string {
  const o: Record<string, string> = { files: f.files, licence: f.licence };
  for (const k of ['licensor', 'source', 'creator', 'creditLine', 'end', 'note'] as const) if (f[k]) o[k] = f[k]!;
  return JSON.stringify(o, null, 2).split('\n').map((l) => indent + l).join('\n');
}

/**
 * A workspace edit adding an entry for `asset` to the licence file that covers it (appended to its
 * `entries`), or creating `crossmedia-licences.yaml` at the deliverable root. Undefined when the
 * target file cannot be edited safely (syntax errors, an unexpected shape).
 */
export function addEntryEdit(project: Project, asset: SourceFile, settings: Record<string, unknown>): FileEdit | undefined {
  const lookup = licenceFor(project, asset.path, settings);
  const target = lookup.target;
  const fields = entryFieldsFor(asset.path, path.dirname(target.file), assetRightsOf(project, asset)?.rights);
  if (!target.exists) {
    if (/\.json$/i.test(target.file)) {
      return { file: target.file, create: true, edits: [{ start: 0, end: 0, text: `{\n  "version": 1,\n  "entries": [\n${jsonEntry(fields, '    ')}\n  ]\n}\n` }] };
    }
    const text = `# Licences of the assets of this deliverable (crossmedia-lint). The last matching entry wins.\nversion: 1\nentries:\n${yamlEntry(fields, '  ')}\n`;
    return { file: target.file, create: true, edits: [{ start: 0, end: 0, text }] };
  }
  const source = lookup.sources.find((s) => s.file === target.file);
  const text = project.files.get(target.file)?.text ?? (() => { try { return project.host.readFile(target.file).toString('utf8').replace(/^\uFEFF/, ''); } catch { return undefined; } })();
  if (text === undefined || !source || source.fatal) return undefined;
  const doc = parseLocated(target.file, text);
  if (doc.format === 'json') {
    const entries = doc.json?.nodeAt(['entries']);
    if (!entries || entries.type !== 'array') return undefined;
    const items = entries.children ?? [];
    if (!items.length) {
      return { file: target.file, edits: [{ start: entries.offset, end: entries.offset + entries.length, text: `[\n${jsonEntry(fields, '    ')}\n  ]` }] };
    }
    const last = items[items.length - 1];
    const lineStart = text.lastIndexOf('\n', last.offset) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    return { file: target.file, edits: [{ start: last.offset + last.length, end: last.offset + last.length, text: `,\n${jsonEntry(fields, indent)}` }] };
  }
  const root = doc.yaml?.contents as YamlNode | null | undefined;
  if (!isMap(root)) return undefined;
  const pair = root.items.find((p) => (p.key as { value?: unknown })?.value === 'entries');
  const seq = pair?.value as YamlNode | null | undefined;
  if (!isSeq(seq) || !seq.range) return undefined;
  if (seq.flow || !seq.items.length) {
    if (seq.items.length) return undefined;
    // `entries: []` becomes a block list.
    return { file: target.file, edits: [{ start: seq.range[0], end: seq.range[1], text: `\n${yamlEntry(fields, '  ')}` }] };
  }
  const first = seq.items[0] as YamlNode;
  const firstStart = first.range?.[0] ?? seq.range[0];
  const lineStart = text.lastIndexOf('\n', firstStart - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const last = seq.items[seq.items.length - 1] as YamlNode;
  // After the last item and the comments that follow it, at the end of a line.
  let at = last.range?.[2] ?? last.range?.[1] ?? seq.range[1];
  const eol = text.indexOf('\n', Math.max(at - 1, 0));
  at = eol < 0 ? text.length : eol;
  return { file: target.file, edits: [{ start: at, end: at, text: `\n${yamlEntry(fields, indent)}` }] };
}
