import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Host } from './host';
import { dedupe, type Engine, type RunOptions } from './run';
import type { SourceFile } from './model/project';
import { prepareRun } from './project-setup';
import { RecordingHost, type Observations } from './cache';
import { compareProblems, type Problem } from './problems';
import type { LintRun } from './index';

/**
 * `--concurrency`: file-scope rules run in worker threads, project-scope rules in the main thread.
 * Each worker builds the same project (same roots, files, archives, in the same order) from plain
 * data and lints the target files it is handed one at a time; results are merged in target order,
 * so the output is identical to a sequential run.
 */

/** Everything a worker needs to create the same engine and host; plain data only. */
export interface WorkerSetup {
  configFile?: string;
  cliRules?: Record<string, unknown>;
  cliSettings?: Record<string, unknown>;
  /** A fixed clock (ms since the epoch); the real clock when absent. */
  now?: number;
  /** The linter's own files (cache, baseline), hidden from the workers' hosts as in the main one. */
  hiddenFiles?: string[];
  /** Record what the workers read, for the run cache. */
  record?: boolean;
}

export interface WorkerData {
  setup: WorkerSetup;
  roots: string[];
  maxFileSize: number;
  files: { path: string; size: number }[];
  onlyRules: string[];
  cost?: RunOptions['cost'];
}

export type ToWorker = { type: 'lint'; index: number } | { type: 'finish' };
export type FromWorker =
  | { type: 'ready'; targets: string[] }
  | { type: 'result'; index: number; byFile: [string, Problem[]][] }
  | { type: 'failed'; index: number; message: string }
  | { type: 'finished'; seen?: Observations };

export interface ParallelOptions extends RunOptions {
  /** Worker count, or 'auto': min(available cores, 4) when there are more than 8 HTML files. */
  concurrency: number | 'auto';
  setup: WorkerSetup;
  /** Worker failures (the files are then linted in the main thread). */
  onWarning?: (message: string) => void;
  /** The worker entry (tests). */
  workerScript?: string;
}

export const AUTO_MIN_HTML_FILES = 8;
export const AUTO_MAX_WORKERS = 4;

/** Parses `--concurrency`: a whole number ≥ 1, `auto` or `off` (= 1). Undefined when invalid. */
export function parseConcurrency(value: string): number | 'auto' | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'auto') return 'auto';
  if (v === 'off') return 1;
  if (!/^\d+$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 1 ? n : undefined;
}

export function effectiveWorkers(concurrency: number | 'auto', targets: SourceFile[]): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, targets.length));
  const html = targets.filter((t) => t.language === 'html').length;
  if (html <= AUTO_MIN_HTML_FILES) return 1;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, AUTO_MAX_WORKERS, targets.length));
}

/** lintPaths, with file-scope rules spread over worker threads. */
export async function lintPathsParallel(engine: Engine, host: Host, paths: string[], opts: ParallelOptions): Promise<LintRun> {
  const { concurrency, setup, onWarning, workerScript, ...run } = opts;
  const { found, roots: workerRoots, maxFileSize, project, targets } = prepareRun(engine, host, paths);
  const files = found.files.map((f) => ({ path: f.path, size: f.size }));
  const done = (byFile: Map<string, Problem[]>): LintRun => ({
    results: targets.map((file) => ({ file, problems: byFile.get(file.path) ?? [] })),
    project, missing: found.missing, warnings: found.warnings,
  });

  const workers = effectiveWorkers(concurrency, targets);
  if (workers <= 1) return done(await engine.lint(project, targets, run));

  const wanted = (id: string) => !run.onlyRules || run.onlyRules.has(id);
  const projectIds = new Set([...engine.rules.values()].filter((r) => r.meta.scope === 'project' && wanted(r.meta.id)).map((r) => r.meta.id));
  // Group rules (htmlhint, stylelint, axe) run per file whatever their meta says.
  const fileIds = new Set([
    ...[...engine.rules.values()].filter((r) => r.meta.scope === 'file' && wanted(r.meta.id)).map((r) => r.meta.id),
    ...engine.groups.flatMap((g) => g.metas().map((m) => m.id)).filter(wanted),
  ]);

  const perTarget: ([string, Problem[]][] | undefined)[] = new Array(targets.length);
  const fallback: number[] = [];
  let progress = 0;
  const tick = () => run.onProgress?.(++progress, targets.length);
  await runWorkers({
    script: workerScript ?? path.join(__dirname, 'parallel-worker.js'),
    count: workers,
    data: { setup, roots: workerRoots, maxFileSize, files, onlyRules: [...fileIds], cost: run.cost },
    targets: targets.map((t) => t.path),
    cancelled: () => !!run.cancellation?.cancelled,
    onResult: (index, byFile) => { perTarget[index] = byFile; tick(); },
    onFallback: (index) => fallback.push(index),
    onSeen: (seen) => { if (host instanceof RecordingHost) mergeObservations(host, seen); },
    onFailure: (message) => {
      // What a failed worker read is unknown: never cache such a run.
      if (host instanceof RecordingHost) host.unstable = true;
      onWarning?.(message);
    },
  });

  // Files a worker could not lint: here, with the same rules (an error thrown now is the real one).
  const fileRun: RunOptions = { ...run, onlyRules: fileIds, onProgress: undefined };
  for (const index of fallback.sort((a, b) => a - b)) {
    if (run.cancellation?.cancelled) break;
    perTarget[index] = [...await engine.lint(project, [targets[index]], fileRun)];
    tick();
  }
  const projectProblems = run.cancellation?.cancelled ? new Map<string, Problem[]>()
    : await engine.lint(project, targets, { ...run, onlyRules: projectIds, onProgress: undefined });

  // Merge in the order a sequential run pushes problems (targets in order, then project rules);
  // each part is already suppressed, sorted and deduplicated, so a stable sort and one more
  // dedupe give exactly the sequential result.
  const byFile = new Map<string, Problem[]>(targets.map((t) => [t.path, []]));
  const add = (entries: Iterable<[string, Problem[]]>) => {
    for (const [file, problems] of entries) byFile.get(file)?.push(...problems);
  };
  for (const part of perTarget) if (part) add(part);
  add(projectProblems);
  for (const [file, problems] of byFile) byFile.set(file, dedupe(problems.sort(compareProblems)));
  return done(byFile);
}

interface WorkerPool {
  script: string;
  count: number;
  data: WorkerData;
  targets: string[];
  cancelled: () => boolean;
  onResult: (index: number, byFile: [string, Problem[]][]) => void;
  onFallback: (index: number) => void;
  onSeen: (seen: Observations) => void;
  onFailure: (message: string) => void;
}

/** Hands target indices to workers one at a time until none are left; resolves when every worker has finished or failed. */
function runWorkers(pool: WorkerPool): Promise<void> {
  const queue = pool.targets.map((_, i) => i);
  return new Promise<void>((resolve) => {
    interface State { id: number; worker: Worker; ready: boolean; inFlight?: number; finishing: boolean; over: boolean }
    const states: State[] = [];
    const settle = () => {
      if (!states.every((s) => s.over)) return;
      // Nothing left to hand out (or no worker left to take it).
      for (const i of queue.splice(0)) pool.onFallback(i);
      resolve();
    };
    const dispatch = (s: State) => {
      if (s.over || !s.ready || s.inFlight !== undefined || s.finishing) return;
      const next = pool.cancelled() ? undefined : queue.shift();
      if (next === undefined) {
        s.finishing = true;
        s.worker.postMessage({ type: 'finish' } satisfies ToWorker);
        return;
      }
      s.inFlight = next;
      s.worker.postMessage({ type: 'lint', index: next } satisfies ToWorker);
    };
    const fail = (s: State, reason: string) => {
      if (s.over) return;
      s.over = true;
      if (s.inFlight !== undefined) pool.onFallback(s.inFlight);
      s.inFlight = undefined;
      pool.onFailure(`lint worker ${s.id + 1} of ${pool.count} failed (${reason}); its files are linted ${states.some((o) => !o.over) ? 'by the other workers and ' : ''}in the main thread`);
      void s.worker.terminate().catch(() => undefined);
      settle();
    };
    for (let id = 0; id < pool.count; id++) {
      let worker: Worker;
      try {
        worker = new Worker(pool.script, { workerData: pool.data });
      } catch (e) {
        pool.onFailure(`could not start worker ${id + 1} (${(e as Error).message}); linting in the main thread`);
        continue;
      }
      const s: State = { id, worker, ready: false, finishing: false, over: false };
      states.push(s);
      worker.on('message', (m: FromWorker) => {
        if (s.over) return;
        switch (m.type) {
          case 'ready':
            if (m.targets.length !== pool.targets.length || m.targets.some((t, i) => t !== pool.targets[i])) { fail(s, 'it found different files'); return; }
            s.ready = true;
            break;
          case 'result':
            if (m.index !== s.inFlight) { fail(s, 'unexpected result'); return; }
            s.inFlight = undefined;
            pool.onResult(m.index, m.byFile);
            break;
          case 'failed':
            // A rule crash is reported as a problem by the engine; this is an engine error
            // (a configuration error, say): the main thread lints the file and reports it.
            if (m.index !== s.inFlight) { fail(s, 'unexpected result'); return; }
            s.inFlight = undefined;
            pool.onFallback(m.index);
            break;
          case 'finished':
            if (m.seen) pool.onSeen(m.seen);
            s.over = true;
            void worker.terminate().catch(() => undefined);
            settle();
            return;
        }
        dispatch(s);
      });
      worker.on('error', (e) => fail(s, e?.message ?? String(e)));
      worker.on('messageerror', (e) => fail(s, `message error: ${e?.message ?? String(e)}`));
      worker.on('exit', (code) => fail(s, `exited with code ${code}`));
    }
    settle();
  });
}

/** Adds a worker's observations to the main host's; a conflicting answer makes the run uncacheable. */
export function mergeObservations(host: RecordingHost, seen: Observations): void {
  const tables = ['reads', 'stats', 'dirs', 'realpaths'] as const;
  for (const t of tables) {
    const into = host.seen[t] as Record<string, string | null>;
    for (const [k, v] of Object.entries(seen[t] as Record<string, string | null>)) {
      if (k in into) { if (into[k] !== v) host.unstable = true; } else into[k] = v;
    }
  }
  if (seen.day !== undefined) {
    if (host.seen.day !== undefined && host.seen.day !== seen.day) host.unstable = true;
    host.seen.day ??= seen.day;
  }
}

