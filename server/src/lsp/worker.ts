import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Engine, Problem } from '../engine';
import { LspHost } from './host';
import { buildEngine, configErrorInfo, lintRoot, ruleSets, type EngineSettings, type RuleSets } from './core';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * Runs the slow part of linting off the server's main thread: expensive rules (axe on jsdom, full
 * image reads, zip totals) and project rules over whole roots. A shared flag cancels a run between
 * files and rules; the main thread restarts the worker if a run ignores it for too long.
 */
const host = new LspHost();
let engine: Engine | undefined;
let sets: RuleSets | undefined;
let engineKey = '';
let queue: Promise<void> = Promise.resolve();

function engineFor(settings: EngineSettings, generation: number): { engine: Engine; sets: RuleSets } {
  const key = `${generation}|${JSON.stringify(settings)}`;
  if (!engine || key !== engineKey) {
    engine = buildEngine(host, settings);
    sets = ruleSets(engine);
    engineKey = key;
  }
  return { engine, sets: sets! };
}

async function handle(req: WorkerRequest): Promise<WorkerResponse> {
  const flag = new Int32Array(req.cancel);
  const cancellation = { get cancelled() { return Atomics.load(flag, 0) !== 0; } };
  if (cancellation.cancelled) return { id: req.id, cancelled: true };
  host.replaceOverlays(req.overlays);
  try {
    const { engine: e, sets: s } = engineFor(req.settings, req.generation);
    const run = await lintRoot(e, host, req.root, { focus: req.focus, sets: s, cancellation });
    if (cancellation.cancelled) return { id: req.id, cancelled: true };
    const results: [string, Problem[]][] = [...run.byFile];
    return { id: req.id, results, files: run.files };
  } catch (err) {
    const info = configErrorInfo(err);
    if (info) return { id: req.id, configError: info };
    return { id: req.id, error: (err as Error)?.stack ?? String(err) };
  }
}

export const LINT_WORKER_ROLE = 'crossmedia-lint-worker';

function startLintWorker(): void {
  parentPort?.on('message', (req: WorkerRequest) => {
    queue = queue.then(() => handle(req)).then((res) => parentPort!.postMessage(res), (err) => parentPort!.postMessage({ id: req.id, error: String(err) }));
  });
}

// The same file serves as the worker's entry in the compiled tree and inside the server bundle.
if (!isMainThread && (workerData as { role?: string } | null)?.role === LINT_WORKER_ROLE) startLintWorker();
