import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { LINT_WORKER_ROLE } from './worker';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

export interface WorkerJob {
  readonly id: number;
  readonly done: Promise<WorkerResponse>;
  cancel(): void;
}

/** The compiled tree has worker.js beside this file; the bundle is its own worker entry. */
function workerScript(): string {
  const compiled = path.join(__dirname, 'worker.js');
  return fs.existsSync(compiled) ? compiled : __filename;
}

/** How long a cancelled run may keep the worker busy before the worker is replaced. */
const CANCEL_GRACE_MS = 3000;

/** Owns the lint worker thread: sends runs, cancels them, replaces the worker if it hangs. */
export class LintWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: WorkerResponse) => void; cancelledAt?: number }>();
  private watchdog: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(private readonly log: (msg: string) => void, private readonly script = workerScript()) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script, { workerData: { role: LINT_WORKER_ROLE } });
    w.on('message', (res: WorkerResponse) => {
      const p = this.pending.get(res.id);
      if (!p) return;
      this.pending.delete(res.id);
      p.resolve(res);
    });
    w.on('error', (e) => this.log(`lint worker error: ${e.stack ?? e}`));
    w.on('exit', (code) => {
      if (this.worker === w) this.worker = undefined;
      for (const [id, p] of this.pending) p.resolve({ id, error: `lint worker exited (${code})` });
      this.pending.clear();
    });
    w.unref();
    this.worker = w;
    return w;
  }

  run(req: Omit<WorkerRequest, 'id' | 'cancel'>): WorkerJob {
    const id = this.nextId++;
    const cancel = new SharedArrayBuffer(4);
    const flag = new Int32Array(cancel);
    let resolve!: (r: WorkerResponse) => void;
    const done = new Promise<WorkerResponse>((r) => { resolve = r; });
    if (this.disposed) { resolve({ id, cancelled: true }); return { id, done, cancel() {} }; }
    this.pending.set(id, { resolve });
    this.ensure().postMessage({ ...req, id, cancel } satisfies WorkerRequest);
    return {
      id, done,
      cancel: () => {
        Atomics.store(flag, 0, 1);
        const p = this.pending.get(id);
        if (p && p.cancelledAt === undefined) { p.cancelledAt = Date.now(); this.armWatchdog(); }
      },
    };
  }

  /** A run stuck in one synchronous rule cannot see the flag: replace the worker after a grace period. */
  private armWatchdog(): void {
    if (this.watchdog) return;
    this.watchdog = setInterval(() => {
      const stuck = [...this.pending.values()].some((p) => p.cancelledAt !== undefined && Date.now() - p.cancelledAt > CANCEL_GRACE_MS);
      if (stuck && this.worker) {
        this.log('lint worker did not stop after cancellation; restarting it');
        void this.worker.terminate();
      }
      if (![...this.pending.values()].some((p) => p.cancelledAt !== undefined)) { clearInterval(this.watchdog); this.watchdog = undefined; }
    }, 500);
    this.watchdog.unref();
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}
