// The project licence file (crossmedia-licences.yaml/.yml/.json, or the `licences` settings block):
// entries mapping globs to a licence, licensor, channels and dates, in the spirit of REUSE.toml.
//
// Precedence, as REUSE.toml's "closest" model with a twist for lists: sources are read from the
// least to the most specific (inline config entries, the file named by the config, then licence
// files found in the asset's folder and its parents up to the deliverable root, outermost first),
// and inside a source entries are read top to bottom. The LAST entry that matches a file wins,
// whole (fields are not merged across entries), so a specific entry goes below a general one and a
// licence file in a sub-folder overrides one above it.
import * as path from 'node:path';
import { closestWord } from '../util/words';
import Ajv, { type ErrorObject } from 'ajv';
import picomatch from 'picomatch';
import { parseDocument, isMap, isSeq, isScalar, type Node as YamlNode, type Document } from 'yaml';
import type { Project, SourceFile } from './project';
import { JsonDocument } from '../parse/json';
import { decodeText } from '../util/text';
import type { OffsetRange } from '../parse/css';
import licenceSchema from '../../../../schemas/crossmedia-licences.schema.json';

export const LICENCE_FILE_NAMES = ['crossmedia-licences.yaml', 'crossmedia-licences.yml', 'crossmedia-licences.json'];
export const LICENCE_CHANNELS = ['web', 'social', 'print', 'ads', 'editorial', 'editorial-only', 'all'] as const;
/** Fields a house rule may require (settings.licences.require). */
export const REQUIRABLE_FIELDS = ['licence', 'licensor', 'source', 'channels', 'end', 'creator', 'creditLine', 'copyrightNotice', 'webStatement'] as const;
export type RequirableField = (typeof REQUIRABLE_FIELDS)[number];

const ENTRY_KEYS = ['files', 'licence', 'licensor', 'source', 'channels', 'start', 'end', 'note', 'creator', 'creditLine'] as const;
export type EntryKey = (typeof ENTRY_KEYS)[number];

export interface LicenceEntry {
  files: string[];
  licence?: string;
  licensor?: string;
  source?: string;
  channels?: string[];
  /** YYYY-MM-DD */
  start?: string;
  /** YYYY-MM-DD, inclusive. */
  end?: string;
  note?: string;
  creator?: string;
  creditLine?: string;
  /** The file the entry is written in (a licence file or a configuration file). */
  file: string;
  /** 0-based index in its list. */
  index: number;
  /** Folder the globs are relative to. */
  baseDir: string;
  /** Range of the whole entry, and of each key's value, in `file`. */
  range: OffsetRange;
  ranges: Partial<Record<EntryKey, OffsetRange>>;
  /** "crossmedia-licences.yaml, entry 3": for messages and the report. */
  label: string;
}

export interface LicenceProblem {
  message: string;
  range: OffsetRange;
  /** JSON pointer segments of the offending key or value. */
  pointer: (string | number)[];
}

/** One place entries come from. */
export interface LicenceSource {
  file: string;
  kind: 'licence-file' | 'config';
  format: 'yaml' | 'json';
  entries: LicenceEntry[];
  problems: LicenceProblem[];
  /** Set when the file itself could not be read or parsed; entries are then empty. */
  fatal?: boolean;
}

export interface LicenceSettings {
  /** A licence file named by the configuration (absolute once resolved). */
  file?: string;
  inline: boolean;
  require: RequirableField[];
}

// ---------------------------------------------------------------------------------------------
// Parsing with ranges

/** A parsed YAML or JSON text with a way to find the range of any pointer. */
export interface LocatedDocument {
  format: 'yaml' | 'json';
  value: unknown;
  syntaxErrors: { message: string; range: OffsetRange }[];
  /** Range of the value at the pointer (or the key with `key`); the nearest existing ancestor otherwise. */
  locate(pointer: (string | number)[], key?: boolean): OffsetRange;
  yaml?: Document;
  json?: JsonDocument;
}

export function formatOf(file: string): 'yaml' | 'json' {
  return /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
}

export function parseLocated(file: string, text: string): LocatedDocument {
  if (formatOf(file) === 'yaml') {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const syntaxErrors = doc.errors.map((e) => ({ message: `YAML syntax error: ${e.message.split('\n')[0]}`, range: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) } }));
    let value: unknown;
    try { value = syntaxErrors.length ? undefined : doc.toJS({ maxAliasCount: 100 }); } catch (e) {
      syntaxErrors.push({ message: `YAML error: ${(e as Error).message}`, range: { start: 0, end: 0 } });
    }
    return {
      format: 'yaml', value, syntaxErrors, yaml: doc,
      locate(pointer, key) {
        let node: YamlNode | null | undefined = doc.contents as YamlNode;
        let found: OffsetRange = node?.range ? { start: node.range[0], end: node.range[1] } : { start: 0, end: 0 };
        let keyRange: OffsetRange | undefined;
        for (const seg of pointer) {
          keyRange = undefined;
          if (isMap(node)) {
            const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
            if (!pair) break;
            const k = pair.key as YamlNode;
            if (k.range) keyRange = { start: k.range[0], end: k.range[1] };
            node = pair.value as YamlNode;
            found = node?.range ? { start: node.range[0], end: node.range[1] } : keyRange ?? found;
          } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
            node = node.items[seg] as YamlNode;
            if (node?.range) found = { start: node.range[0], end: node.range[1] };
          } else break;
        }
        return key && keyRange ? keyRange : found;
      },
    };
  }
  const json = new JsonDocument(text);
  return {
    format: 'json', value: json.errors.length ? undefined : json.value, json,
    syntaxErrors: json.errors.map((e) => ({ message: `JSON syntax error: ${e.message}`, range: { start: e.start, end: e.end } })),
    locate(pointer, key) { return (key && json.rangeAt(pointer, 'key')) || json.closestRange(pointer); },
  };
}

// ---------------------------------------------------------------------------------------------
// Validation

const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
ajv.addSchema(licenceSchema as object);
const SCHEMA_ID = (licenceSchema as { $id: string }).$id;
const validateFile = ajv.getSchema(SCHEMA_ID)!;
const validateEntry = ajv.getSchema(`${SCHEMA_ID}#/definitions/entry`)!;

function schemaProblems(errors: ErrorObject[] | null | undefined, base: (string | number)[], doc: LocatedDocument): LicenceProblem[] {
  const out: LicenceProblem[] = [];
  const seen = new Set<string>();
  for (const err of errors ?? []) {
    if (err.keyword === 'if' || err.keyword === '$ref') continue;
    const segs = err.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    const pointer = [...base, ...segs];
    const where = pointer.length ? `"${pointer.join('.')}"` : 'The licence file';
    let message: string;
    let keyRange = false;
    let at = pointer;
    switch (err.keyword) {
      case 'additionalProperties': {
        const extra = (err.params as { additionalProperty: string }).additionalProperty;
        at = [...pointer, extra];
        keyRange = true;
        const hint = closestWord(extra, pointer.length <= base.length ? ['version', 'entries'] : [...ENTRY_KEYS]);
        message = `Unknown key "${extra}" in ${pointer.length ? `"${pointer.join('.')}"` : 'the licence file'}${hint ? ` (did you mean "${hint}"?)` : ''}.`;
        break;
      }
      case 'required':
        message = `${where} needs "${(err.params as { missingProperty: string }).missingProperty}".`;
        keyRange = false;
        break;
      case 'enum':
        message = `${where} must be one of ${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}.`;
        break;
      case 'pattern':
        message = `${where} must be a date written YYYY-MM-DD.`;
        break;
      case 'const':
        message = `${where} must be ${JSON.stringify((err.params as { allowedValue: unknown }).allowedValue)}.`;
        break;
      case 'type':
        message = `${where} must be ${String((err.params as { type: string | string[] }).type).replace(',', ' or ')}.`;
        break;
      default:
        message = `${where} ${err.message ?? 'is invalid'}.`;
    }
    const k = `${at.join('/')}|${message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ message, pointer: at, range: doc.locate(at, keyRange) });
  }
  return out;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Checks JSON Schema cannot express: real dates, start before end, globs that compile. */
function semanticProblems(list: unknown[], base: (string | number)[], doc: LocatedDocument): LicenceProblem[] {
  const out: LicenceProblem[] = [];
  list.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return;
    const e = raw as Record<string, unknown>;
    for (const key of ['start', 'end'] as const) {
      if (typeof e[key] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e[key] as string) && !isCalendarDate(e[key])) {
        const at = [...base, i, key];
        out.push({ message: `"${at.join('.')}" is not a real date: ${e[key]}.`, pointer: at, range: doc.locate(at) });
      }
    }
    if (isCalendarDate(e.start) && isCalendarDate(e.end) && e.start > e.end) {
      const at = [...base, i, 'end'];
      out.push({ message: `"${at.join('.')}" (${e.end}) is before "start" (${e.start}).`, pointer: at, range: doc.locate(at) });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entries

function toEntries(list: unknown[], base: (string | number)[], file: string, baseDir: string, doc: LocatedDocument, labelOf: (i: number) => string): LicenceEntry[] {
  const out: LicenceEntry[] = [];
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  list.forEach((raw, index) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return;
    const e = raw as Record<string, unknown>;
    const files = (typeof e.files === 'string' ? [e.files] : Array.isArray(e.files) ? e.files : []).filter((f): f is string => typeof f === 'string' && f.trim() !== '').map((f) => f.trim());
    if (!files.length) return;
    const ranges: Partial<Record<EntryKey, OffsetRange>> = {};
    for (const k of ENTRY_KEYS) if (e[k] !== undefined) ranges[k] = doc.locate([...base, index, k]);
    const channels = Array.isArray(e.channels) ? e.channels.filter((c): c is string => typeof c === 'string').map((c) => c.trim().toLowerCase()) : undefined;
    out.push({
      files,
      licence: str(e.licence), licensor: str(e.licensor), source: str(e.source), channels,
      start: isCalendarDate(e.start) ? e.start : undefined, end: isCalendarDate(e.end) ? e.end : undefined,
      note: str(e.note), creator: str(e.creator), creditLine: str(e.creditLine),
      file, index, baseDir, range: doc.locate([...base, index]), ranges, label: labelOf(index),
    });
  });
  return out;
}

/** Reads a licence file's text. */
export function parseLicenceFile(file: string, text: string): LicenceSource {
  const doc = parseLocated(file, text);
  const source: LicenceSource = { file, kind: 'licence-file', format: doc.format, entries: [], problems: [] };
  if (doc.syntaxErrors.length) {
    source.problems = doc.syntaxErrors.map((e) => ({ ...e, pointer: [] }));
    source.fatal = true;
    return source;
  }
  const value = doc.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    source.problems.push({ message: 'The licence file must be an object with an "entries" list.', pointer: [], range: doc.locate([]) });
    source.fatal = true;
    return source;
  }
  if (!validateFile(value)) source.problems.push(...schemaProblems(validateFile.errors, [], doc));
  const list = (value as Record<string, unknown>).entries;
  if (Array.isArray(list)) {
    source.problems.push(...semanticProblems(list, ['entries'], doc));
    const name = path.basename(file);
    source.entries = toEntries(list, ['entries'], file, path.dirname(file), doc, (i) => `${name}, entry ${i + 1}`);
  }
  source.problems.sort((a, b) => a.range.start - b.range.start);
  return source;
}

/**
 * Reads the `licences` block of a configuration file: inline entries (a list, or `entries` of an
 * object), with problems at exact keys. `file`, `require` and the kind of value are checked too.
 */
export function parseConfigLicences(file: string, text: string): LicenceSource & { settings?: unknown } {
  const doc = parseLocated(file, text);
  const source: LicenceSource = { file, kind: 'config', format: doc.format, entries: [], problems: [] };
  if (doc.syntaxErrors.length || !doc.value || typeof doc.value !== 'object') return { ...source, fatal: true };
  const block = (doc.value as Record<string, unknown>).licences;
  if (block === undefined) return source;
  let list: unknown[] | undefined;
  let base: (string | number)[] = ['licences'];
  if (Array.isArray(block)) list = block;
  else if (block && typeof block === 'object') {
    const o = block as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (!['file', 'entries', 'require'].includes(key)) {
        const hint = closestWord(key, ['file', 'entries', 'require']);
        source.problems.push({ message: `Unknown key "${key}" in "licences"${hint ? ` (did you mean "${hint}"?)` : ''}; expected "file", "entries" or "require".`, pointer: ['licences', key], range: doc.locate(['licences', key], true) });
      }
    }
    if (o.file !== undefined && typeof o.file !== 'string') source.problems.push({ message: '"licences.file" must be a path.', pointer: ['licences', 'file'], range: doc.locate(['licences', 'file']) });
    if (o.require !== undefined) {
      if (!Array.isArray(o.require)) source.problems.push({ message: '"licences.require" must be a list of field names.', pointer: ['licences', 'require'], range: doc.locate(['licences', 'require']) });
      else o.require.forEach((f, i) => {
        if (!(REQUIRABLE_FIELDS as readonly unknown[]).includes(f)) source.problems.push({ message: `"licences.require.${i}" must be one of ${REQUIRABLE_FIELDS.map((x) => `"${x}"`).join(', ')}.`, pointer: ['licences', 'require', i], range: doc.locate(['licences', 'require', i]) });
      });
    }
    if (o.entries !== undefined) {
      if (Array.isArray(o.entries)) { list = o.entries; base = ['licences', 'entries']; }
      else source.problems.push({ message: '"licences.entries" must be a list of entries.', pointer: ['licences', 'entries'], range: doc.locate(['licences', 'entries']) });
    }
  } else if (typeof block !== 'string') {
    source.problems.push({ message: '"licences" must be a path to a licence file, a list of entries, or an object with "file", "entries" and "require".', pointer: ['licences'], range: doc.locate(['licences']) });
  }
  if (list) {
    list.forEach((entry, i) => {
      if (!validateEntry(entry)) source.problems.push(...schemaProblems(validateEntry.errors, [...base, i], doc));
    });
    source.problems.push(...semanticProblems(list, base, doc));
    const name = path.basename(file);
    source.entries = toEntries(list, base, file, path.dirname(file), doc, (i) => `${name}, licences entry ${i + 1}`);
  }
  source.problems.sort((a, b) => a.range.start - b.range.start);
  return source;
}

// ---------------------------------------------------------------------------------------------
// Finding the sources that apply to a file

/** The `licences` settings as the rules use them (paths not yet resolved). */
export function licenceSettings(settings: Record<string, unknown>): { file?: string; inline: boolean; require: RequirableField[] } {
  const block = settings.licences;
  if (typeof block === 'string') return { file: block, inline: false, require: [] };
  if (Array.isArray(block)) return { inline: block.length > 0, require: [] };
  if (block && typeof block === 'object') {
    const o = block as Record<string, unknown>;
    const require = Array.isArray(o.require) ? o.require.filter((f): f is RequirableField => (REQUIRABLE_FIELDS as readonly unknown[]).includes(f)) : [];
    return { file: typeof o.file === 'string' ? o.file : undefined, inline: Array.isArray(o.entries) && o.entries.length > 0, require };
  }
  return { inline: false, require: [] };
}

/** Text of a file through the project (editor buffers win) or the host; undefined when absent. */
function readText(project: Project, abs: string): string | undefined {
  const known = project.files.get(abs);
  if (known) return known.text;
  const st = project.host.stat(abs);
  if (!st?.isFile || st.size > 8 * 1024 * 1024) return undefined;
  try { return decodeText(project.host.readFile(abs)).text; } catch { return undefined; }
}

export function loadLicenceFile(project: Project, abs: string): LicenceSource | undefined {
  return project.cached(`licences:file:${abs}`, () => {
    const text = readText(project, abs);
    return text === undefined ? undefined : parseLicenceFile(abs, text);
  });
}

function loadConfigLicences(project: Project, abs: string): LicenceSource | undefined {
  return project.cached(`licences:config:${abs}`, () => {
    const text = readText(project, abs);
    return text === undefined ? undefined : parseConfigLicences(abs, text);
  });
}

/**
 * Configuration file names, read lazily: the config module loads the presets, which load the rules,
 * which load this module, so a static import would hand the rules a half-initialised module.
 */
function configFileNames(): string[] {
  return (require('../config/config') as typeof import('../config/config')).CONFIG_FILE_NAMES;
}

/** The nearest configuration file at or above `dir`, if any. */
export function configFileFor(project: Project, dir: string): string | undefined {
  return project.cached(`licences:config-for:${dir}`, () => {
    for (let d = dir; ; d = path.dirname(d)) {
      for (const name of configFileNames()) {
        const f = path.join(d, name);
        if (project.files.has(f) || project.host.stat(f)?.isFile) return f;
      }
      if (path.dirname(d) === d) return undefined;
    }
  });
}

function licenceFileIn(project: Project, dir: string): string | undefined {
  return project.cached(`licences:in:${dir}`, () => {
    for (const name of LICENCE_FILE_NAMES) {
      const f = path.join(dir, name);
      if (project.files.has(f) || project.host.stat(f)?.isFile) return f;
    }
    return undefined;
  });
}

/** Folder of an asset on disk; for an archive entry, the folder holding the archive. */
function dirOf(abs: string): string {
  return path.dirname(abs.includes('!/') ? abs.slice(0, abs.indexOf('!/')) : abs);
}

export interface LicenceLookup {
  /** The entry that applies (the last match), if any. */
  entry?: LicenceEntry;
  /** Every source consulted, least specific first. */
  sources: LicenceSource[];
  /** The licence file a new entry for this asset should go in (existing or to create). */
  target: { file: string; exists: boolean };
}

/** Sources that apply to files of a folder, least specific first (see the precedence note above). */
export function licenceSourcesFor(project: Project, assetAbs: string, settings: Record<string, unknown>): { sources: LicenceSource[]; target: { file: string; exists: boolean } } {
  const ls = licenceSettings(settings);
  const dir = dirOf(assetAbs);
  const root = project.rootOf(assetAbs);
  const key = `licences:sources:${dir}|${JSON.stringify(settings.licences ?? null)}`;
  return project.cached(key, () => {
    const sources: LicenceSource[] = [];
    const rootDir = root.includes('!') ? path.dirname(root.slice(0, root.indexOf('!'))) : root;
    const config = configFileFor(project, dir);
    const anchorDir = config ? path.dirname(config) : rootDir;
    if (config && ls.inline) {
      const s = loadConfigLicences(project, config);
      if (s) sources.push(s);
    }
    const seen = new Set<string>();
    let named: string | undefined;
    if (ls.file) {
      named = path.resolve(anchorDir, ls.file);
      const s = loadLicenceFile(project, named);
      if (s) { sources.push(s); seen.add(named); }
    }
    // Walk from the deliverable root (or the config's folder above it) down to the asset's folder.
    const top = rootDir.startsWith(anchorDir + path.sep) ? anchorDir : rootDir;
    const chain: string[] = [];
    for (let d = dir; ; d = path.dirname(d)) {
      chain.unshift(d);
      if (d === top || path.dirname(d) === d || !d.startsWith(top + path.sep)) break;
    }
    let closestFile: string | undefined;
    for (const d of chain) {
      const f = licenceFileIn(project, d);
      if (!f) continue;
      closestFile = f;
      if (seen.has(f)) continue;
      seen.add(f);
      const s = loadLicenceFile(project, f);
      if (s) sources.push(s);
    }
    const existing = closestFile ?? (named && readText(project, named) !== undefined ? named : undefined);
    const target = existing ? { file: existing, exists: true } : { file: named ?? path.join(top, LICENCE_FILE_NAMES[0]), exists: false };
    return { sources, target };
  });
}

/** Path of `abs` relative to `dir` with '/' separators (archive entries as folders), or undefined when outside. */
export function relativeTo(dir: string, abs: string): string | undefined {
  const rel = path.relative(dir, abs.replace('!/', path.sep)).split(path.sep).join('/');
  return rel.startsWith('../') || rel === '..' || path.isAbsolute(rel) ? undefined : rel;
}

const matchers = new Map<string, (rel: string) => boolean>();
function globMatcher(globs: string[]): (rel: string) => boolean {
  const key = globs.join('\0');
  let m = matchers.get(key);
  if (!m) {
    try {
      m = picomatch(globs.map((g) => g.replace(/^\.\//, '').replace(/^\//, '')), { dot: true });
    } catch {
      m = () => false;
    }
    if (matchers.size > 2000) matchers.clear();
    matchers.set(key, m);
  }
  return m;
}

export function entryMatches(entry: LicenceEntry, assetAbs: string): boolean {
  const rel = relativeTo(entry.baseDir, assetAbs);
  return rel !== undefined && globMatcher(entry.files)(rel);
}

/** The licence entry that applies to an asset (last match wins), the sources read, and where a new entry goes. */
export function licenceFor(project: Project, assetAbs: string, settings: Record<string, unknown>): LicenceLookup {
  const { sources, target } = licenceSourcesFor(project, assetAbs, settings);
  let entry: LicenceEntry | undefined;
  for (const s of sources) for (const e of s.entries) if (entryMatches(e, assetAbs)) entry = e;
  return { entry, sources, target };
}

/** True when the project declares licences at all (a licence file near the asset or a `licences` setting). */
export function hasLicenceDeclarations(project: Project, assetAbs: string, settings: Record<string, unknown>): boolean {
  if (settings.licences !== undefined) return true;
  return licenceSourcesFor(project, assetAbs, settings).sources.length > 0;
}

/** Whether a file is a licence file by name, or the one the settings name. */
export function isLicenceFile(file: SourceFile, settings: Record<string, unknown>, project: Project): boolean {
  if (LICENCE_FILE_NAMES.includes(path.basename(file.path))) return true;
  const ls = licenceSettings(settings);
  if (!ls.file) return false;
  const config = configFileFor(project, path.dirname(file.path));
  const anchor = config ? path.dirname(config) : project.rootOf(file.path);
  return path.resolve(anchor, ls.file) === file.path;
}

// ---------------------------------------------------------------------------------------------
// Dates and channels

/** Today's date (YYYY-MM-DD, UTC) for a clock. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type LicenceStatus = 'valid' | 'expiring' | 'expired' | 'not-yet-valid' | 'no-end';

/** Status of a licence period on a day; `end` is inclusive. */
export function licenceStatus(period: { start?: string; end?: string }, today: string, expiringDays: number): LicenceStatus {
  if (period.start && today < period.start) return 'not-yet-valid';
  if (!period.end) return 'no-end';
  if (period.end < today) return 'expired';
  return daysBetween(today, period.end) <= expiringDays ? 'expiring' : 'valid';
}

/** Whether a licence's channels allow a deliverable's channel. No channels listed: no restriction. */
export function channelAllowed(channels: string[] | undefined, channel: string): boolean {
  if (!channels?.length) return true;
  if (channels.includes('all')) return true;
  if (channels.includes('editorial-only')) return channel === 'editorial';
  return channels.includes(channel);
}
