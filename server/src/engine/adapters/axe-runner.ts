// axe-core on a jsdom document, one run at a time. jsdom and axe-core load on first use only
// (together they cost most of a second to import).
import type { JSDOM as JsdomClass } from 'jsdom';

export interface AxeNodeResult {
  /** Start of the element's start tag in the source text, when jsdom knows it. */
  start?: number;
  end?: number;
  /** The axe `failureSummary` (how to fix) or, for incomplete results, the check messages. */
  summary: string;
}
export interface AxeRuleResult { id: string; help: string; nodes: AxeNodeResult[] }
export interface AxeRunResult { violations: AxeRuleResult[]; incomplete: AxeRuleResult[] }

export interface AxeRunRequest {
  html: string;
  /** axe rule ids to run (short ids, without the `axe/` prefix). */
  rules: string[];
  /** CSS of local stylesheets, applied as <style> after parsing (so source offsets stay exact). */
  styles: string[];
  timeoutMs: number;
  wantIncomplete: boolean;
}

interface AxeNode { element?: unknown; failureSummary?: string; any?: { message: string }[]; all?: { message: string }[]; none?: { message: string }[] }
interface AxeResultEntry { id: string; help: string; nodes: AxeNode[] }
interface AxeApi {
  run(context: unknown, options: Record<string, unknown>): Promise<{ violations: AxeResultEntry[]; incomplete: AxeResultEntry[] }>;
}

let jsdomModule: typeof import('jsdom') | undefined;
type AxeFactory = (this: unknown, window: unknown, document: unknown) => AxeApi;
let axeFactory: AxeFactory | undefined;

function load(): { jsdom: typeof import('jsdom'); factory: AxeFactory } {
  jsdomModule ??= require('jsdom') as typeof import('jsdom');
  if (!axeFactory) {
    const source = (require('axe-core') as { source: string }).source;
    // axe binds the window it is evaluated against. Evaluating its source as a function of a
    // jsdom window keeps the window's own scripting off (runScripts unset): no page script can
    // ever run, and no vm context is needed. Compiled once, called once per document.
    axeFactory = new Function('window', 'document', `${source}\n;return window.axe;`) as unknown as AxeFactory;
  }
  return { jsdom: jsdomModule, factory: axeFactory! };
}

// axe keeps global state per window and is not re-entrant: every run waits for the previous one,
// even one whose caller gave up after its time budget.
let queue: Promise<unknown> = Promise.resolve();

export class AxeTimeoutError extends Error {}

export function runAxe(req: AxeRunRequest): Promise<AxeRunResult> {
  const job = queue.then(() => runNow(req));
  queue = job.catch(() => undefined);
  return job;
}

async function runNow(req: AxeRunRequest): Promise<AxeRunResult> {
  const { jsdom, factory } = load();
  const dom: JsdomClass = new jsdom.JSDOM(req.html, {
    includeNodeLocations: true,
    pretendToBeVisual: false,
    // Neither resources nor scripts: the page is data.
    virtualConsole: new jsdom.VirtualConsole(),
  });
  const window = dom.window;
  try {
    const doc = window.document;
    for (const css of req.styles) {
      const style = doc.createElement('style');
      style.textContent = css;
      (doc.head ?? doc.documentElement).appendChild(style);
    }
    const axe = factory.call(window, window, doc);
    const run = axe.run(doc, {
      runOnly: { type: 'rule', values: req.rules },
      resultTypes: req.wantIncomplete ? ['violations', 'incomplete'] : ['violations'],
      iframes: false,
      preload: false,
      elementRef: true,
      selectors: false,
      ancestry: false,
      xpath: false,
      performanceTimer: false,
    });
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AxeTimeoutError(`axe-core took longer than ${req.timeoutMs} ms on this page; its results were dropped.`)), req.timeoutMs);
    });
    let raw: Awaited<ReturnType<AxeApi['run']>>;
    try {
      raw = await Promise.race([run, budget]);
    } catch (e) {
      // Leave the window open until axe is really done, then let the queue go on.
      if (e instanceof AxeTimeoutError) await run.catch(() => undefined);
      throw e;
    } finally {
      clearTimeout(timer);
    }
    const locate = (node: AxeNode): { start?: number; end?: number } => {
      let el = node.element as Element | null | undefined;
      while (el) {
        const loc = dom.nodeLocation(el) as { startTag?: { startOffset: number; endOffset: number }; startOffset: number; endOffset: number } | null;
        if (loc) return loc.startTag ? { start: loc.startTag.startOffset, end: loc.startTag.endOffset } : { start: loc.startOffset, end: loc.endOffset };
        // Elements the parser implied (<html>, <head>, <body> without tags) have no location.
        el = el.parentElement;
      }
      return {};
    };
    const convert = (entries: AxeResultEntry[], incomplete: boolean): AxeRuleResult[] => entries.map((r) => ({
      id: r.id,
      help: r.help,
      nodes: r.nodes.map((n) => ({
        ...locate(n),
        summary: incomplete
          ? [...(n.any ?? []), ...(n.all ?? []), ...(n.none ?? [])].map((c) => c.message).filter(Boolean).join(' ')
          : (n.failureSummary ?? ''),
      })),
    }));
    return { violations: convert(raw.violations, false), incomplete: req.wantIncomplete ? convert(raw.incomplete, true) : [] };
  } finally {
    window.close();
    // Closed windows are only freed once the event loop turns.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
