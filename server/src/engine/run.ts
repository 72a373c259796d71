import type { RuleModule, RuleMeta, RuleVisitors, ReportDescriptor, TextEdit, RuleContext, Language } from '../../../rules/_kit/types';
import { fixer } from '../../../rules/_kit';
import type { Project, SourceFile } from './model/project';
import { type ConfigLoader, type ResolvedConfig, ruleSettingFor } from './config/config';
import type { Problem, ProblemSeverity, ProblemSuggestion } from './problems';
import { capSeverity, compareProblems } from './problems';
import { formatMessage } from './util/text';
import { applySuppressions } from './suppress';

/** A wrapped tool (htmlhint, stylelint, axe) that runs once per file for all its enabled rules. */
export interface RuleGroup {
  prefix: string;
  languages: Language[];
  cost: 'cheap' | 'expensive';
  /** Every rule the group can report, with generated meta. */
  metas(): RuleMeta[];
  run(file: SourceFile, enabled: Map<string, { severity: ProblemSeverity; options: Record<string, unknown> }>, env: GroupEnv): Promise<void>;
}
export interface GroupEnv {
  config: ResolvedConfig;
  project: Project;
  report(ruleId: string, descriptor: ReportDescriptor, messageOverride?: string): void;
  readonly cancelled: boolean;
}

export interface RunOptions {
  /** Which rules run: cheap ones (as you type), expensive ones, or all. */
  cost?: 'cheap' | 'expensive' | 'all';
  /** Limit to these rule ids (fix-all of one rule). */
  onlyRules?: Set<string>;
  cancellation?: { cancelled: boolean };
  /** Called after each file, for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

export interface EngineOptions {
  rules: RuleModule[];
  groups: RuleGroup[];
  config: ConfigLoader;
  now?: () => Date;
}

const INTERNAL_ERROR = 'internal-error';

/** Time spent per rule, collected when CROSSMEDIA_LINT_TIMING is set (as ESLint's TIMING). */
export const ruleTimings = new Map<string, number>();
const timing = !!process.env.CROSSMEDIA_LINT_TIMING;
function timed<T>(id: string, fn: () => T): T {
  if (!timing) return fn();
  const t0 = performance.now();
  try { return fn(); } finally { ruleTimings.set(id, (ruleTimings.get(id) ?? 0) + performance.now() - t0); }
}
async function timedAsync<T>(id: string, fn: () => Promise<T>): Promise<T> {
  if (!timing) return fn();
  const t0 = performance.now();
  try { return await fn(); } finally { ruleTimings.set(id, (ruleTimings.get(id) ?? 0) + performance.now() - t0); }
}

/** Runs rules over a project model and turns their reports into problems. */
export class Engine {
  readonly rules: Map<string, RuleModule>;
  constructor(private readonly opts: EngineOptions) {
    this.rules = new Map(opts.rules.map((r) => [r.meta.id, r]));
  }
  get config(): ConfigLoader { return this.opts.config; }
  get groups(): RuleGroup[] { return this.opts.groups; }

  allMetas(): RuleMeta[] {
    return [...this.opts.rules.map((r) => r.meta), ...this.opts.groups.flatMap((g) => g.metas())];
  }
  metaOf(id: string): RuleMeta | undefined {
    return this.rules.get(id)?.meta ?? this.opts.groups.find((g) => id.startsWith(g.prefix + '/'))?.metas().find((m) => m.id === id);
  }

  /** Lints the given files of a project; project-scope rules run once and may report on any file. */
  async lint(project: Project, targets: SourceFile[], run: RunOptions = {}): Promise<Map<string, Problem[]>> {
    const byFile = new Map<string, Problem[]>();
    const push = (p: Problem) => {
      const list = byFile.get(p.file);
      if (list) list.push(p); else byFile.set(p.file, [p]);
    };
    const targetSet = new Set(targets.map((t) => t.path));
    for (const t of targets) byFile.set(t.path, []);
    let done = 0;
    for (const file of targets) {
      if (run.cancellation?.cancelled) break;
      await this.lintFile(project, file, run, push);
      run.onProgress?.(++done, targets.length);
    }
    if (!run.cancellation?.cancelled) await this.lintProjectRules(project, targets, run, (p) => { if (targetSet.has(p.file)) push(p); });
    for (const [path, problems] of byFile) {
      const file = project.files.get(path);
      const kept = file ? applySuppressions(file, problems) : problems;
      kept.sort(compareProblems);
      byFile.set(path, dedupe(kept));
    }
    return byFile;
  }

  private wants(meta: RuleMeta, run: RunOptions): boolean {
    if (run.onlyRules && !run.onlyRules.has(meta.id)) return false;
    if (run.cost && run.cost !== 'all' && meta.cost !== run.cost) return false;
    return true;
  }

  private async lintFile(project: Project, file: SourceFile, run: RunOptions, push: (p: Problem) => void): Promise<void> {
    const config = this.opts.config.resolve(file.path);
    const active: { rule: RuleModule; visitors: RuleVisitors }[] = [];
    for (const rule of this.opts.rules) {
      const meta = rule.meta;
      if (meta.scope !== 'file' || !meta.languages.includes(file.language) || !this.wants(meta, run)) continue;
      const setting = ruleSettingFor(config, meta.id);
      if (!setting || setting.severity === 'off') continue;
      const ctx = this.context(rule, file, project, config, setting.severity, setting.options, push, run);
      try {
        const visitors = await timedAsync(meta.id, async () => rule.create(ctx));
        if (visitors) active.push({ rule, visitors });
      } catch (e) {
        push(this.internalError(file, meta.id, e));
      }
    }
    if (active.length) this.walk(file, active, push);
    for (const group of this.opts.groups) {
      if (!group.languages.includes(file.language)) continue;
      if (run.cost && run.cost !== 'all' && group.cost !== run.cost) continue;
      const enabled = new Map<string, { severity: ProblemSeverity; options: Record<string, unknown> }>();
      for (const meta of group.metas()) {
        if (run.onlyRules && !run.onlyRules.has(meta.id)) continue;
        const s = ruleSettingFor(config, meta.id);
        if (s && s.severity !== 'off') enabled.set(meta.id, { severity: s.severity, options: s.options });
      }
      if (!enabled.size) continue;
      try {
        await timedAsync(group.prefix + '/*', () => group.run(file, enabled, {
          config, project,
          get cancelled() { return !!run.cancellation?.cancelled; },
          report: (ruleId, d, messageOverride) => {
            const s = enabled.get(ruleId);
            const meta = group.metas().find((m) => m.id === ruleId);
            if (!s || !meta) return;
            push(this.toProblem(d.file ?? file, meta, s.severity, d, messageOverride, project));
          },
        }));
      } catch (e) {
        push(this.internalError(file, group.prefix, e));
      }
    }
  }

  private async lintProjectRules(project: Project, targets: SourceFile[], run: RunOptions, push: (p: Problem) => void): Promise<void> {
    const projectRules = this.opts.rules.filter((r) => r.meta.scope === 'project' && this.wants(r.meta, run));
    if (!projectRules.length || !targets.length) return;
    // Project rules take options from the configuration of the deliverable roots; each problem's
    // severity comes from the configuration of the file it lands on.
    const anchor = project.roots[0] ?? targets[0].path;
    const rootConfig = this.opts.config.resolve(anchor + '/.');
    for (const rule of projectRules) {
      if (run.cancellation?.cancelled) return;
      const rootSetting = ruleSettingFor(rootConfig, rule.meta.id);
      const anyEnabled = rootSetting?.severity !== 'off' && (rootSetting || targets.some((t) => { const s = ruleSettingFor(this.opts.config.resolve(t.path), rule.meta.id); return s && s.severity !== 'off'; }));
      if (!anyEnabled) continue;
      const filtered = (p: Problem) => {
        const s = ruleSettingFor(this.opts.config.resolve(p.file), rule.meta.id);
        if (p.ruleId === INTERNAL_ERROR) { push(p); return; }
        if (!s || s.severity === 'off') return;
        push({ ...p, severity: s.severity });
      };
      const ctx = this.context(rule, targets[0], project, rootConfig, rootSetting?.severity ?? 'warn', rootSetting?.options ?? {}, filtered, run);
      try {
        await timedAsync(rule.meta.id, async () => (await rule.create(ctx))?.end?.());
      } catch (e) {
        push(this.internalError(targets[0], rule.meta.id, e));
      }
    }
  }

  private context(rule: RuleModule, file: SourceFile, project: Project, config: ResolvedConfig, severity: ProblemSeverity | 'off', options: Record<string, unknown>, push: (p: Problem) => void, run: RunOptions): RuleContext {
    const meta = rule.meta;
    const now = this.opts.now ?? (() => project.host.now());
    const ctx: RuleContext = {
      id: meta.id,
      meta,
      file,
      project,
      options: { ...(meta.defaultOptions ?? {}), ...options },
      settings: config.settings,
      now,
      get cancelled() { return !!run.cancellation?.cancelled; },
      report: (d: ReportDescriptor) => {
        if (!meta.messages[d.messageId]) throw new Error(`Rule ${meta.id} reported unknown messageId "${d.messageId}"`);
        const configured = severity === 'off' ? 'warn' : severity;
        push(this.toProblem(d.file ?? file, meta, rule.severityCap ? capSeverity(configured, rule.severityCap(d, ctx)) : configured, d, undefined, project));
      },
    };
    return ctx;
  }

  private walk(file: SourceFile, active: { rule: RuleModule; visitors: RuleVisitors }[], push: (p: Problem) => void): void {
    const call = (name: keyof RuleVisitors, ...args: unknown[]) => {
      for (const a of active) {
        const fn = a.visitors[name] as ((...x: unknown[]) => void) | undefined;
        if (!fn) continue;
        try {
          timed(a.rule.meta.id, () => fn.apply(a.visitors, args));
        } catch (e) {
          push(this.internalError(file, a.rule.meta.id, e));
          a.visitors = {};
        }
      }
    };
    const html = file.html;
    if (html) {
      for (const el of html.elements) call('element', el);
      for (const t of html.texts) call('text', t);
    }
    const wantsCss = active.some((a) => a.visitors.sheet || a.visitors.declaration || a.visitors.atRule || a.visitors.cssRule);
    if (wantsCss) {
      for (const sheet of file.sheets) {
        call('sheet', sheet);
        sheet.root?.walk((node) => {
          if (node.type === 'decl') call('declaration', node, sheet);
          else if (node.type === 'atrule') call('atRule', node, sheet);
          else if (node.type === 'rule') call('cssRule', node, sheet);
        });
      }
    }
    call('end');
  }

  toProblem(file: SourceFile, meta: RuleMeta, severity: ProblemSeverity, d: ReportDescriptor, messageOverride?: string, project?: Project): Problem {
    const template = meta.messages[d.messageId];
    const message = messageOverride ?? formatMessage(template ?? d.messageId, d.data);
    const len = file.text.length;
    const startOffset = clamp(d.range.start, 0, len);
    const endOffset = clamp(Math.max(d.range.end, d.range.start), 0, len);
    const p: Problem = {
      ruleId: meta.id, messageId: d.messageId, message, severity, file: file.path,
      startOffset, endOffset, start: file.positionAt(startOffset), end: file.positionAt(endOffset),
      docsUrl: meta.docs.url,
    };
    if (d.fix) {
      const edits = normaliseEdits(d.fix(fixer), len);
      if (edits?.length) p.fix = edits;
    }
    if (d.suggest?.length) {
      const suggestions: ProblemSuggestion[] = [];
      for (const s of d.suggest) {
        const edits = s.fix ? normaliseEdits(s.fix(fixer), len) : undefined;
        if (!edits?.length && !s.fileEdits?.length) continue;
        suggestions.push({ messageId: s.messageId, desc: formatMessage(meta.messages[s.messageId] ?? s.messageId, s.data), edits, fileEdits: s.fileEdits });
      }
      if (suggestions.length) p.suggestions = suggestions;
    }
    if (d.related?.length) {
      p.related = d.related.map((r) => {
        const other = file.path === r.file ? file : project?.getFile(r.file);
        const pos = (o: number) => (other ? other.positionAt(o) : { line: 0, column: 0 });
        return { file: r.file, startOffset: r.range.start, endOffset: r.range.end, start: pos(r.range.start), end: pos(r.range.end), message: r.message };
      });
    }
    return p;
  }

  internalError(file: SourceFile, ruleId: string, e: unknown): Problem {
    const err = e as Error;
    const where = err?.stack?.split('\n').slice(1, 2).join('').trim() ?? '';
    return {
      ruleId: INTERNAL_ERROR, messageId: 'crashed', severity: 'error', file: file.path,
      message: `Rule "${ruleId}" failed on this file and was skipped: ${err?.message ?? String(e)}${where ? ` (${where})` : ''}`,
      startOffset: 0, endOffset: 0, start: { line: 1, column: 1 }, end: { line: 1, column: 1 },
    };
  }
}

function clamp(n: number, lo: number, hi: number): number { return Math.max(lo, Math.min(hi, n)); }

function normaliseEdits(result: TextEdit | TextEdit[] | null | undefined, len: number): TextEdit[] | undefined {
  if (!result) return undefined;
  const list = (Array.isArray(result) ? result : [result]).filter((e) => e.start >= 0 && e.end <= len && e.start <= e.end);
  list.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].end) return undefined;
  return list;
}

/** Drops repeated reports of the same rule, place and message. */
export function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.ruleId}|${p.startOffset}|${p.endOffset}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
