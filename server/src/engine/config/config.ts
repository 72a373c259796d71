import * as path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import picomatch from 'picomatch';
import type { Host } from '../host';
import { JsonDocument } from '../parse/json';
import { decodeText } from '../util/text';
import { LineIndex } from '../util/lines';
import { closestWord } from '../util/words';
export { closestWord } from '../util/words';
import type { Severity, SeverityInput } from '../../../../rules/_kit/types';
import configSchema from '../../../../schemas/crossmedia-lint.config.schema.json';
import { builtinPresets } from '../../../../rules/profiles/presets';

export const CONFIG_FILE_NAMES = ['crossmedia-lint.config.json', 'crossmedia-lint.config.yaml', 'crossmedia-lint.config.yml'];
const SETTINGS_KEYS = ['language', 'houseStyle', 'banner', 'licences', 'media', 'assets', 'a11y', 'stylelint', 'htmlhint', 'channel'] as const;
export const DEFAULT_MAX_FILE_SIZE = 8 * 1024 * 1024;

export interface RuleSetting { severity: Severity; options: Record<string, unknown> }
export type RuleSettings = Record<string, RuleSetting>;

/** A problem in a configuration file, with the place it comes from. */
export class ConfigError extends Error {
  constructor(message: string, readonly file: string, readonly line: number, readonly column: number, readonly endLine: number, readonly endColumn: number, readonly key?: string) {
    super(`${file}:${line}:${column}: ${message}`);
    this.name = 'ConfigError';
  }
  get reason(): string { return this.message.replace(/^.*?:\d+:\d+: /, ''); }
}

interface RawOverride { files: string[]; excludedFiles?: string[]; rules?: Record<string, unknown>; [k: string]: unknown }
interface RawConfig {
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, unknown>;
  ignore?: string[];
  overrides?: RawOverride[];
  maxFileSize?: number;
  [k: string]: unknown;
}

/** One loaded configuration file, its `extends` already merged in. */
export interface LoadedConfig {
  file: string;
  dir: string;
  root: boolean;
  rules: Record<string, unknown>;
  settings: Record<string, unknown>;
  ignore: string[];
  overrides: { match: (rel: string) => boolean; rules: Record<string, unknown>; settings: Record<string, unknown> }[];
  maxFileSize?: number;
}

/** What applies to one file: rules with severity and options, and the settings blocks. */
export interface ResolvedConfig {
  rules: RuleSettings;
  /** Wildcard entries like `stylelint/*`: a default for a wrapped tool's rules. */
  wildcards: RuleSettings;
  settings: Record<string, unknown>;
  configFiles: string[];
  maxFileSize: number;
}

const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const validateConfig = ajv.compile(configSchema as object);

export function normaliseSeverity(input: unknown): Severity | undefined {
  switch (input) {
    case 0: case 'off': return 'off';
    case 1: case 'warn': case 'warning': return 'warn';
    case 2: case 'error': return 'error';
    case 'info': return 'info';
    default: return undefined;
  }
}

export function parseRuleEntry(entry: unknown): { severity: Severity; options?: Record<string, unknown> } | undefined {
  if (Array.isArray(entry)) {
    const s = normaliseSeverity(entry[0]);
    return s ? { severity: s, options: entry[1] && typeof entry[1] === 'object' ? { ...(entry[1] as Record<string, unknown>) } : undefined } : undefined;
  }
  const s = normaliseSeverity(entry as SeverityInput);
  return s ? { severity: s } : undefined;
}

/** Reads JSON or YAML config text into a value, with a way to locate any key for errors. */
interface ParsedConfigText { value: unknown; locate(pointer: (string | number)[], key?: boolean): { start: number; end: number } }

function parseConfigText(file: string, text: string): ParsedConfigText {
  const lines = new LineIndex(text);
  const fail = (message: string, start: number, end: number): never => {
    const s = lines.positionAt(start), e = lines.positionAt(end);
    throw new ConfigError(message, file, s.line, s.column, e.line, e.column);
  };
  if (/\.ya?ml$/i.test(file)) {
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length) {
      const err = doc.errors[0];
      fail(`YAML syntax error: ${err.message.split('\n')[0]}`, err.pos[0], err.pos[1]);
    }
    return {
      value: doc.toJS() ?? {},
      locate(pointer, key) {
        let node: YamlNode | null | undefined = doc.contents as YamlNode;
        let keyRange: [number, number] | undefined;
        let found: [number, number] = [0, 0];
        for (const seg of pointer) {
          if (isMap(node)) {
            const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
            if (!pair) break;
            const k = pair.key as YamlNode;
            keyRange = k.range ? [k.range[0], k.range[1]] : undefined;
            node = pair.value as YamlNode;
          } else if (isSeq(node) && typeof seg === 'number') {
            node = node.items[seg] as YamlNode;
            keyRange = undefined;
          } else break;
          if (node?.range) found = [node.range[0], node.range[1]];
        }
        if (key && keyRange) return { start: keyRange[0], end: keyRange[1] };
        return { start: found[0], end: found[1] };
      },
    };
  }
  const json = new JsonDocument(text);
  if (json.errors.length) {
    const err = json.errors[0];
    fail(err.message, err.start, err.end);
  }
  return {
    value: json.value,
    locate(pointer, key) {
      return (key && json.rangeAt(pointer, 'key')) || json.closestRange(pointer);
    },
  };
}

function ajvPointer(err: ErrorObject): { path: (string | number)[]; key: boolean; message: string } {
  const segs = err.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  if (err.keyword === 'additionalProperties') {
    const extra = (err.params as { additionalProperty: string }).additionalProperty;
    const where = segs.length ? `"${segs.join('.')}"` : 'the top level';
    return { path: [...segs, extra], key: true, message: `Unknown key "${extra}" in ${where}${suggestKey(extra, segs.length === 0)}.` };
  }
  const at = segs.length ? `"${segs.join('.')}"` : 'the configuration';
  if (err.keyword === 'enum') return { path: segs, key: false, message: `${at} must be one of ${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}.` };
  return { path: segs, key: false, message: `${at} ${err.message ?? 'is invalid'}.` };
}

const TOP_KEYS = ['root', 'extends', 'rules', 'ignore', 'maxFileSize', 'overrides', ...SETTINGS_KEYS];
function suggestKey(key: string, top: boolean): string {
  if (!top) return '';
  const best = closestWord(key, TOP_KEYS);
  return best ? ` (did you mean "${best}"?)` : '';
}

export interface ConfigLoaderOptions {
  /** Known rule ids (for unknown-rule errors). Wildcards like `stylelint/*` are checked by prefix. */
  knownRuleIds: Set<string>;
  knownPrefixes: string[];
}

/** Finds, loads and caches configuration files for a host; resolves the config of any file. */
export class ConfigLoader {
  private byDir = new Map<string, LoadedConfig[]>();
  private loaded = new Map<string, LoadedConfig>();
  constructor(private readonly host: Host, private readonly opts: ConfigLoaderOptions, private readonly explicitFile?: string, private readonly cliRules: Record<string, unknown> = {}, private readonly cliSettings: Record<string, unknown> = {}) {}

  /** Loads one file; throws ConfigError with file, line and key on any problem. */
  loadFile(file: string, seen: string[] = []): LoadedConfig {
    const cached = this.loaded.get(file);
    if (cached) return cached;
    if (seen.includes(file)) throw new ConfigError(`"extends" forms a cycle: ${[...seen, file].map((f) => path.basename(f)).join(' → ')}.`, seen[seen.length - 1], 1, 1, 1, 1, 'extends');
    let bytes: Buffer;
    try { bytes = this.host.readFile(file); } catch (e) { throw new ConfigError(`Cannot read the configuration file: ${(e as Error).message}`, file, 1, 1, 1, 1); }
    const text = decodeText(bytes).text;
    const parsed = parseConfigText(file, text);
    const lines = new LineIndex(text);
    const errorAt = (message: string, pointer: (string | number)[], key: boolean): ConfigError => {
      const r = parsed.locate(pointer, key);
      const s = lines.positionAt(r.start), e = lines.positionAt(r.end);
      return new ConfigError(message, file, s.line, s.column, e.line, e.column, pointer.join('.'));
    };
    const value = parsed.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw errorAt('The configuration must be an object.', [], false);
    if (!validateConfig(value)) {
      const errs = (validateConfig.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
      // The most specific error is the deepest one.
      errs.sort((a, b) => b.instancePath.length - a.instancePath.length);
      const first = errs.find((e) => e.keyword === 'additionalProperties') ?? errs[0] ?? validateConfig.errors![0];
      const p = ajvPointer(first);
      throw errorAt(p.message, p.path, p.key);
    }
    const raw = value as RawConfig;
    this.checkRules(raw.rules ?? {}, ['rules'], errorAt);
    (raw.overrides ?? []).forEach((o, i) => this.checkRules(o.rules ?? {}, ['overrides', i, 'rules'], errorAt));

    const dir = path.dirname(file);
    const result: LoadedConfig = { file, dir, root: raw.root === true, rules: {}, settings: {}, ignore: [], overrides: [] };
    const extendsList = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
    extendsList.forEach((ext, i) => {
      const base = this.resolveExtends(ext, dir, [...seen, file], () => errorAt(`Unknown preset or file "${ext}" in "extends" (presets: ${Object.keys(builtinPresets()).join(', ')}).`, ['extends', ...(Array.isArray(raw.extends) ? [i] : [])], false));
      Object.assign(result.rules, base.rules);
      mergeSettings(result.settings, base.settings);
      result.overrides.push(...base.overrides);
      result.ignore.push(...base.ignore);
      if (base.maxFileSize) result.maxFileSize = base.maxFileSize;
    });
    Object.assign(result.rules, raw.rules ?? {});
    mergeSettings(result.settings, pickSettings(raw));
    result.ignore.push(...(raw.ignore ?? []).map((g) => anchorGlob(g)));
    if (raw.maxFileSize) result.maxFileSize = raw.maxFileSize;
    for (const o of raw.overrides ?? []) {
      const inc = picomatch(o.files.map(anchorGlob), { dot: true });
      const exc = o.excludedFiles?.length ? picomatch(o.excludedFiles.map(anchorGlob), { dot: true }) : () => false;
      result.overrides.push({ match: (rel) => inc(rel) && !exc(rel), rules: o.rules ?? {}, settings: pickSettings(o) });
    }
    this.loaded.set(file, result);
    return result;
  }

  private resolveExtends(ext: string, dir: string, seen: string[], unknown: () => ConfigError): LoadedConfig {
    const name = ext.replace(/^crossmedia-lint:/, '');
    const preset = builtinPresets()[name];
    if (preset) {
      return { file: `preset:${name}`, dir, root: false, rules: presetRules(name), settings: { ...(preset.settings ?? {}) }, ignore: [], overrides: [] };
    }
    if (ext.startsWith('.') || ext.startsWith('/')) {
      const target = path.resolve(dir, ext);
      if (!this.host.stat(target)?.isFile) throw unknown();
      return this.loadFile(target, seen);
    }
    throw unknown();
  }

  private checkRules(rules: Record<string, unknown>, at: (string | number)[], errorAt: (m: string, p: (string | number)[], k: boolean) => ConfigError): void {
    for (const [id, entry] of Object.entries(rules)) {
      if (id.endsWith('/*')) {
        if (!this.opts.knownPrefixes.includes(id.slice(0, -2))) throw errorAt(`Unknown rule group "${id}" (groups: ${this.opts.knownPrefixes.map((p) => p + '/*').join(', ')}).`, [...at, id], true);
      } else if (!this.opts.knownRuleIds.has(id) && !this.opts.knownPrefixes.some((p) => id.startsWith(p + '/'))) {
        const hint = closestWord(id, [...this.opts.knownRuleIds]);
        throw errorAt(`Unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}.`, [...at, id], true);
      }
      if (!parseRuleEntry(entry)) throw errorAt(`Rule "${id}" needs a severity: "off", "info", "warn" or "error".`, [...at, id], false);
    }
  }

  /** The configuration files that apply to a directory, outermost first. */
  chainFor(dir: string): LoadedConfig[] {
    if (this.explicitFile) return [this.loadFile(this.explicitFile)];
    const hit = this.byDir.get(dir);
    if (hit) return hit;
    let own: LoadedConfig | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      const f = path.join(dir, name);
      if (this.host.stat(f)?.isFile) { own = this.loadFile(f); break; }
    }
    const parentDir = path.dirname(dir);
    const parent = own?.root || parentDir === dir ? [] : this.chainFor(parentDir);
    const chain = own ? [...parent, own] : parent;
    this.byDir.set(dir, chain);
    return chain;
  }

  /** Ignore globs from the configs of a directory, as matchers on absolute paths. */
  ignoreMatchers(dir: string): ((abs: string) => boolean)[] {
    return this.chainFor(dir).filter((c) => c.ignore.length).map((c) => {
      const m = picomatch(c.ignore, { dot: true });
      return (abs: string) => {
        const rel = path.relative(c.dir, abs).split(path.sep).join('/');
        return !rel.startsWith('..') && (m(rel) || m(rel + '/'));
      };
    });
  }

  private resolved = new Map<string, ResolvedConfig>();

  /** Everything that applies to one file. With no configuration at all: the recommended preset. */
  resolve(absFile: string): ResolvedConfig {
    const hit = this.resolved.get(absFile);
    if (hit) return hit;
    const result = this.resolveUncached(absFile);
    this.resolved.set(absFile, result);
    return result;
  }

  /** Forgets loaded files (the editor calls this when a configuration file changes). */
  clearCache(): void {
    this.byDir.clear();
    this.loaded.clear();
    this.resolved.clear();
  }

  private resolveUncached(absFile: string): ResolvedConfig {
    const fileForDir = absFile.includes('!/') ? absFile.slice(0, absFile.indexOf('!/')) : absFile;
    const chain = this.chainFor(path.dirname(fileForDir));
    const settings: Record<string, unknown> = {};
    const rules: RuleSettings = {};
    const wildcards: RuleSettings = {};
    // Layers apply in order; a severity alone keeps the options set by an earlier layer, as ESLint does.
    const apply = (layer: Record<string, unknown>) => {
      for (const [id, entry] of Object.entries(layer)) {
        const parsed = parseRuleEntry(entry);
        if (!parsed) continue;
        const target = id.endsWith('/*') ? wildcards : rules;
        target[id] = { severity: parsed.severity, options: parsed.options ?? target[id]?.options ?? {} };
        // A group default set in a later layer overrides that group's rules from earlier layers.
        if (id.endsWith('/*')) for (const key of Object.keys(rules)) if (key.startsWith(id.slice(0, -1))) delete rules[key];
      }
    };
    let maxFileSize = DEFAULT_MAX_FILE_SIZE;
    if (!chain.length) apply(presetRules('recommended'));
    for (const c of chain) {
      apply(c.rules);
      mergeSettings(settings, c.settings);
      if (c.maxFileSize) maxFileSize = c.maxFileSize;
      const rel = path.relative(c.dir, absFile).split(path.sep).join('/').replace('!/', '/');
      for (const o of c.overrides) {
        if (o.match(rel)) { apply(o.rules); mergeSettings(settings, o.settings); }
      }
    }
    apply(this.cliRules);
    mergeSettings(settings, this.cliSettings);
    return { rules, wildcards, settings, configFiles: chain.map((c) => c.file), maxFileSize };
  }
}

function pickSettings(o: Record<string, unknown>): Record<string, unknown> {
  const s: Record<string, unknown> = {};
  for (const k of SETTINGS_KEYS) if (o[k] !== undefined) s[k] = o[k];
  return s;
}

/** Settings blocks merge one level deep: a nearer config's keys win. */
function mergeSettings(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    if (cur && typeof cur === 'object' && !Array.isArray(cur) && v && typeof v === 'object' && !Array.isArray(v)) into[k] = { ...cur, ...v };
    else into[k] = v;
  }
}

/** Globs without a slash match at any depth, as in .gitignore. */
function anchorGlob(glob: string): string {
  const g = glob.replace(/^\.\//, '');
  if (g.startsWith('/')) return g.slice(1);
  return g.includes('/') && !g.endsWith('/') ? g : `**/${g.replace(/\/$/, '')}${g.endsWith('/') ? '/**' : ''}`;
}

/** Ruleset lookup including wildcard defaults. */
export function ruleSettingFor(cfg: ResolvedConfig, id: string): RuleSetting | undefined {
  const own = cfg.rules[id];
  if (own) return own;
  const slash = id.indexOf('/');
  if (slash > 0) return cfg.wildcards[id.slice(0, slash) + '/*'];
  return undefined;
}

/** A preset's rules with the presets it extends applied first. */
export function presetRules(name: string, seen: string[] = []): Record<string, unknown> {
  const preset = builtinPresets()[name];
  if (!preset || seen.includes(name)) return {};
  const rules: Record<string, unknown> = {};
  for (const parent of preset.extends ?? []) Object.assign(rules, presetRules(parent, [...seen, name]));
  return Object.assign(rules, preset.rules);
}
