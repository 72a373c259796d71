import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Problem } from './problems';
import { sha1 } from './cache';

/**
 * Baselines (`--write-baseline`, `--baseline`): record the problems a site has today so that only
 * new ones are reported. Entries name the file (relative to the baseline's folder), the rule, the
 * message and a fingerprint of the problem's own text and its line, never line numbers, so edits
 * elsewhere in the file do not turn old problems into new ones. Identical problems are counted.
 */

export const BASELINE_VERSION = 1;
/** Crashes of a rule are never recorded: they would hide a bug, not a known problem. */
const NEVER_BASELINED = new Set(['internal-error']);

export interface BaselineEntry { file: string; ruleId: string; message: string; fingerprint: string; count: number }
export interface BaselineData { version: number; entries: BaselineEntry[] }

export class BaselineError extends Error {}

/** Linted problems of one file with their fingerprints (parallel arrays). */
export interface FingerprintedFile { path: string; problems: Problem[]; fingerprints: string[] }

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The problem's source text and its line's text, whitespace-normalised, hashed. */
export function problemFingerprint(problem: Problem, text: string): string {
  const start = Math.max(0, Math.min(problem.startOffset, text.length));
  const end = Math.max(start, Math.min(problem.endOffset, text.length));
  const lineStart = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', start);
  const lineEnd = newline < 0 ? text.length : newline;
  return sha1(`${squash(text.slice(start, end))}\0${squash(text.slice(lineStart, lineEnd))}`).slice(0, 16);
}

/** A problem's file relative to the baseline's folder, with `/`; archive entries keep `!/entry`. */
export function baselinePath(baseDir: string, file: string): string {
  const bang = file.indexOf('!/');
  const disk = bang < 0 ? file : file.slice(0, bang);
  return path.relative(baseDir, disk).split(path.sep).join('/') + (bang < 0 ? '' : file.slice(bang));
}

const keyOf = (e: { file: string; ruleId: string; message: string; fingerprint: string }) => `${e.file}\0${e.ruleId}\0${e.message}\0${e.fingerprint}`;

export function buildBaseline(baseDir: string, files: FingerprintedFile[]): BaselineData {
  const counts = new Map<string, BaselineEntry>();
  for (const f of files) {
    const file = baselinePath(baseDir, f.path);
    f.problems.forEach((p, i) => {
      if (NEVER_BASELINED.has(p.ruleId)) return;
      const entry = { file, ruleId: p.ruleId, message: p.message, fingerprint: f.fingerprints[i], count: 0 };
      const k = keyOf(entry);
      (counts.get(k) ?? counts.set(k, entry).get(k)!).count++;
    });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const entries = [...counts.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message) || cmp(a.fingerprint, b.fingerprint));
  return { version: BASELINE_VERSION, entries };
}

/** Writes a baseline as stable, sorted JSON (one key per line), through a temporary file. */
export function writeBaseline(location: string, data: BaselineData): void {
  const text = JSON.stringify({ version: data.version, entries: data.entries.map((e) => ({ file: e.file, ruleId: e.ruleId, message: e.message, fingerprint: e.fingerprint, count: e.count })) }, null, 2) + '\n';
  fs.mkdirSync(path.dirname(location), { recursive: true });
  const tmp = `${location}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, location);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* never written */ }
    throw e;
  }
}

export function readBaseline(location: string): BaselineData {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(location, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new BaselineError(err.code === 'ENOENT' ? `Baseline file not found: ${location} (create it with --write-baseline)` : `Cannot read the baseline ${location}: ${err.message}`);
  }
  const data = raw as BaselineData;
  if (!data || typeof data !== 'object' || data.version !== BASELINE_VERSION || !Array.isArray(data.entries)) {
    throw new BaselineError(`${location} is not a crossmedia-lint baseline (version ${BASELINE_VERSION}); recreate it with --write-baseline`);
  }
  for (const e of data.entries) {
    if (!e || typeof e.file !== 'string' || typeof e.ruleId !== 'string' || typeof e.message !== 'string' || typeof e.fingerprint !== 'string' || !Number.isInteger(e.count) || e.count < 1) {
      throw new BaselineError(`${location} has a malformed entry: ${JSON.stringify(e)}`);
    }
  }
  return data;
}

export interface BaselineOutcome {
  /** Per file, the problems the baseline does not cover (same order as given). */
  kept: Problem[][];
  suppressed: number;
  /** Recorded problems, on files linted in this run, that no longer occur. */
  unused: number;
}

/**
 * Removes the problems the baseline records, up to each entry's count (a fourth identical problem
 * where three were recorded is reported). Unused entries count only for files linted this run, so
 * linting part of a site does not call the rest of the baseline stale (entries of deleted files do).
 */
export function applyBaseline(baseDir: string, data: BaselineData, files: FingerprintedFile[], exists: (abs: string) => boolean = fs.existsSync): BaselineOutcome {
  const remaining = new Map<string, number>();
  for (const e of data.entries) remaining.set(keyOf(e), (remaining.get(keyOf(e)) ?? 0) + e.count);
  let suppressed = 0;
  const linted = new Set<string>();
  const kept = files.map((f) => {
    const file = baselinePath(baseDir, f.path);
    linted.add(file);
    return f.problems.filter((p, i) => {
      const k = keyOf({ file, ruleId: p.ruleId, message: p.message, fingerprint: f.fingerprints[i] });
      const left = remaining.get(k) ?? 0;
      if (left <= 0 || NEVER_BASELINED.has(p.ruleId)) return true;
      remaining.set(k, left - 1);
      suppressed++;
      return false;
    });
  });
  let unused = 0;
  const gone = (file: string) => !exists(path.resolve(baseDir, file.split('!/')[0]));
  for (const e of data.entries) if (linted.has(e.file) || gone(e.file)) { unused += remaining.get(keyOf(e)) ?? 0; remaining.delete(keyOf(e)); }
  return { kept, suppressed, unused };
}
