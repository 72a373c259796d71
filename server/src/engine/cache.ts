import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Host, FileStat, DirEntry, Logger } from './host';
import type { Problem } from './problems';

/**
 * The run cache (`--cache`). Rules read far more than the file they report on (asset references,
 * banner units, licence and order files, settings files, folder listings), so results are cached
 * per run, not per file: the run records every question it asked the host (file bytes, stats,
 * folder listings, real paths, the date), and a later run reuses the results only when every
 * answer is still the same and the inputs (paths, flags, tool build) are identical.
 */

const CACHE_FORMAT = 1;
export const DEFAULT_CACHE_LOCATION = '.crossmedia-lint-cache';

export function sha1(data: string | Buffer): string {
  return crypto.createHash('sha1').update(data).digest('hex');
}

/** Everything a run learnt from the host, as comparable strings. */
export interface Observations {
  /** Path → sha1 of the bytes, or null when reading failed. */
  reads: Record<string, string | null>;
  /** Path → kind and size, or null when it did not exist. */
  stats: Record<string, string | null>;
  /** Folder → sha1 of its entries (names and kinds). */
  dirs: Record<string, string>;
  realpaths: Record<string, string>;
  /** The day, when anything asked for the date (licence expiry depends on it). */
  day?: string;
}

export interface CachedFile {
  path: string;
  problems: Problem[];
  /** Baseline fingerprints, parallel to `problems`. */
  fingerprints: string[];
  /** The text, kept only for files whose problems carry edits (the JSON formatter merges them). */
  source?: string;
}
export interface CachedRun { files: CachedFile[]; warnings: string[] }

interface CacheFile { format: number; key: string; observations: Observations; run: CachedRun }

function describeStat(s: FileStat | undefined): string | null {
  if (!s) return null;
  const kind = s.isFile ? 'f' : s.isDirectory ? 'd' : 'o';
  return `${kind}${s.isSymbolicLink ? 'l' : ''}${s.isFile ? `:${s.size}` : ''}`;
}
function describeDir(entries: DirEntry[]): string {
  const names = entries.map((e) => `${e.name}\0${e.isFile ? 'f' : e.isDirectory ? 'd' : 'o'}${e.isSymbolicLink ? 'l' : ''}`).sort();
  return sha1(names.join('\n'));
}
function dayOf(d: Date): string {
  const local = `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
  return `${d.toISOString().slice(0, 10)}/${local}`;
}

/**
 * A host that records what it answers. It also hides the cache file (and its temporary files)
 * from listings, so that writing the cache never changes what the next run sees.
 */
export class RecordingHost implements Host {
  readonly seen: Observations = { reads: {}, stats: {}, dirs: {}, realpaths: {} };
  /** Set when one question got two different answers during the run: then nothing is cached. */
  unstable = false;

  constructor(
    private readonly inner: Host,
    private readonly hidden: (abs: string) => boolean = () => false,
    /** False to only hide the linter's own files, recording nothing. */
    private readonly record = true,
  ) {}

  get logger(): Logger { return this.inner.logger; }

  private note(table: Record<string, string | null>, key: string, value: string | null): void {
    if (!this.record) return;
    if (key in table) { if (table[key] !== value) this.unstable = true; }
    else table[key] = value;
  }

  readFile(file: string): Buffer {
    try {
      const bytes = this.inner.readFile(file);
      if (this.record) this.note(this.seen.reads, file, sha1(bytes));
      return bytes;
    } catch (e) {
      this.note(this.seen.reads, file, null);
      throw e;
    }
  }
  stat(file: string): FileStat | undefined {
    const s = this.hidden(file) ? undefined : this.inner.stat(file);
    this.note(this.seen.stats, file, describeStat(s));
    return s;
  }
  readDir(dir: string): DirEntry[] {
    const entries = this.inner.readDir(dir).filter((e) => !this.hidden(path.join(dir, e.name)));
    this.note(this.seen.dirs as Record<string, string | null>, dir, describeDir(entries));
    return entries;
  }
  realpath(file: string): string {
    const real = this.inner.realpath(file);
    this.note(this.seen.realpaths as Record<string, string | null>, file, real);
    return real;
  }
  now(): Date {
    const d = this.inner.now();
    const day = dayOf(d);
    if (this.seen.day !== undefined && this.seen.day !== day) this.unstable = true;
    this.seen.day ??= day;
    return d;
  }
}

/** Whether the host still answers every recorded question the same way. Cheap checks first. */
export function stillTrue(seen: Observations, host: RecordingHost): boolean {
  if (seen.day !== undefined && dayOf(host.now()) !== seen.day) return false;
  for (const [file, want] of Object.entries(seen.stats)) if (describeStat(host.stat(file)) !== want) return false;
  for (const [dir, want] of Object.entries(seen.dirs)) if (describeDir(host.readDir(dir)) !== want) return false;
  for (const [file, want] of Object.entries(seen.realpaths)) if (host.realpath(file) !== want) return false;
  for (const [file, want] of Object.entries(seen.reads)) {
    let got: string | null;
    try { got = sha1(host.readFile(file)); } catch { got = null; }
    if (got !== want) return false;
  }
  return true;
}

let buildHash: string | undefined;
/**
 * The tool itself: its version and the bytes of its compiled rules, engine and schemas (and the
 * lock file of its dependencies), so that a rebuilt linter never reuses an older linter's results.
 * Computed once per process, as the code a process runs does not change under it.
 */
export function toolFingerprint(version: string): string {
  if (buildHash === undefined) {
    const hash = crypto.createHash('sha1').update(`${version}\0${process.version}\0`);
    const outRoot = path.resolve(__dirname, '..', '..', '..');
    const walk = (dir: string): void => {
      let entries: fs.Dirent[];
      try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) { if (e.name !== 'node_modules') walk(full); }
        else if (/\.(js|json)$/.test(e.name) && !e.name.endsWith('.test.js')) {
          try { hash.update(`${path.relative(outRoot, full)}\0`).update(fs.readFileSync(full)); } catch { /* vanished while listing */ }
        }
      }
    };
    for (const sub of ['rules', path.join('server', 'src', 'engine'), 'schemas']) walk(path.join(outRoot, sub));
    try { hash.update(fs.readFileSync(path.join(outRoot, '..', 'package-lock.json'))); } catch { /* no lock file */ }
    buildHash = hash.digest('hex');
  }
  return buildHash;
}

/** The inputs of a run besides the files: the key half of the cache. */
export function runKey(parts: Record<string, unknown>): string {
  return sha1(JSON.stringify(parts, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v)));
}

/** Counters for tests and diagnostics. */
export const cacheStats = { hits: 0, misses: 0, writes: 0 };

/**
 * The cached results when the cache file exists, is readable, has this key and every recorded
 * observation still holds; undefined otherwise (a corrupt cache is treated as no cache).
 */
export function readRunCache(location: string, key: string, host: RecordingHost): CachedRun | undefined {
  let data: CacheFile;
  try {
    data = JSON.parse(fs.readFileSync(location, 'utf8')) as CacheFile;
  } catch {
    cacheStats.misses++;
    return undefined;
  }
  try {
    const ok = !!data && data.format === CACHE_FORMAT && data.key === key && isObservations(data.observations)
      && Array.isArray(data.run?.files) && Array.isArray(data.run?.warnings)
      && data.run.files.every((f) => typeof f?.path === 'string' && Array.isArray(f.problems) && Array.isArray(f.fingerprints) && f.fingerprints.length === f.problems.length)
      && stillTrue(data.observations, host);
    if (ok) { cacheStats.hits++; return data.run; }
  } catch { /* a malformed cache is no cache */ }
  cacheStats.misses++;
  return undefined;
}

function isObservations(o: unknown): o is Observations {
  const x = o as Observations;
  return !!x && [x.reads, x.stats, x.dirs, x.realpaths].every((t) => !!t && typeof t === 'object')
    && (x.day === undefined || typeof x.day === 'string');
}

/** Writes the cache through a temporary file and a rename; failing to write is not an error. */
export function writeRunCache(location: string, key: string, host: RecordingHost, run: CachedRun): string | undefined {
  if (host.unstable) return 'the files changed while they were linted; the cache was not written';
  const tmp = `${location}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.mkdirSync(path.dirname(location), { recursive: true });
    const data: CacheFile = { format: CACHE_FORMAT, key, observations: host.seen, run };
    fs.writeFileSync(tmp, JSON.stringify(data));
    fs.renameSync(tmp, location);
    cacheStats.writes++;
    return undefined;
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* never written */ }
    return `cannot write the cache ${location}: ${(e as Error).message}`;
  }
}

/** Matches a file the linter writes itself (cache, baseline) and its temporary files. */
export function ownFileMatcher(location: string): (abs: string) => boolean {
  const dir = path.dirname(location), base = path.basename(location);
  return (abs) => abs === location || (path.dirname(abs) === dir && path.basename(abs).startsWith(base + '.') && abs.endsWith('.tmp'));
}
