import * as path from 'node:path';
import { createEngine, lintPaths, ConfigError, type Engine, type Problem } from '../engine';
import { Project } from '../engine/model/project';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/config/config';
import type { Host } from '../engine/host';

/** Editor settings that change what the engine does (the rest only change when it runs). */
export interface EngineSettings {
  /** Severity overrides by rule id, applied over the configuration files. */
  rules: Record<string, unknown>;
  /** Banner platform profile(s), as `--profile`. */
  profile: string;
  /** An untrusted workspace: nothing it names is executed (no ffmpeg from its settings). */
  restricted?: boolean;
}

export function buildEngine(host: Host, settings: EngineSettings): Engine {
  const cliSettings: Record<string, unknown> = {};
  const profile = settings.profile.trim();
  if (profile) cliSettings.banner = { profile: profile.includes(',') ? profile.split(',').map((s) => s.trim()).filter(Boolean) : profile };
  // Restricted Mode runs no program at all, not even one the workspace's configuration points at.
  if (settings.restricted) cliSettings.media = { ffmpeg: false };
  const cliRules: Record<string, unknown> = {};
  const { engine } = createEngine({ host, cliSettings });
  // Unknown ids in the editor settings are dropped rather than failing every lint.
  for (const [id, value] of Object.entries(settings.rules ?? {})) {
    if (engine.metaOf(id) || id.endsWith('/*')) cliRules[id] = value;
  }
  return Object.keys(cliRules).length ? createEngine({ host, cliSettings, cliRules }).engine : engine;
}

export interface RuleSets { cheapFile: Set<string>; expensiveFile: Set<string>; project: Set<string> }

export function ruleSets(engine: Engine): RuleSets {
  const sets: RuleSets = { cheapFile: new Set(), expensiveFile: new Set(), project: new Set() };
  for (const m of engine.allMetas()) {
    if (m.scope === 'project') sets.project.add(m.id);
    else if (m.cost === 'expensive') sets.expensiveFile.add(m.id);
    else sets.cheapFile.add(m.id);
  }
  return sets;
}

/** Which slot a problem belongs to: cheap file rules are recomputed as the user types. */
export function isCheapFileProblem(sets: RuleSets, p: Problem): boolean {
  return sets.cheapFile.has(p.ruleId);
}

export function rootFor(roots: string[], file: string): string {
  let best = '';
  for (const r of roots) if ((file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep)) && r.length > best.length) best = r;
  return best || path.dirname(file);
}

/** A project over one deliverable root holding a single document (what typing needs). */
export function singleFileProject(engine: Engine, host: Host, root: string, file: string): { project: Project; source: ReturnType<Project['addFile']> } {
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  try { maxFileSize = engine.config.resolve(file).maxFileSize ?? DEFAULT_MAX_FILE_SIZE; } catch (e) { if (!(e instanceof ConfigError)) throw e; }
  const project = new Project(host, [root], { maxFileSize });
  const size = host.stat(file)?.size ?? 0;
  const source = project.addFile(file, path.relative(root, file).split(path.sep).join('/'), size);
  return { project, source };
}

export type Cancellation = { readonly cancelled: boolean };

/** File rules of one cost on one document. Project rules need the whole root: see lintRoot. */
export async function lintDocument(engine: Engine, host: Host, root: string, file: string, onlyRules: Set<string>, cancellation?: Cancellation): Promise<Problem[]> {
  const { project, source } = singleFileProject(engine, host, root, file);
  const byFile = await engine.lint(project, [source], { onlyRules, cancellation });
  return byFile.get(file) ?? [];
}

export interface RootRun { byFile: Map<string, Problem[]>; files: string[] }

/**
 * A run over a whole deliverable root. Without `focus`: every rule on every file (Lint workspace).
 * With `focus`: project rules over the root plus the expensive file rules of the focused document
 * (what idle and save need), so that axe and full image reads never run for every keystroke.
 */
export async function lintRoot(engine: Engine, host: Host, root: string, opts: { focus?: string; sets: RuleSets; cancellation?: Cancellation }): Promise<RootRun> {
  if (!opts.focus) {
    const run = await lintPaths(engine, host, [root], { cancellation: opts.cancellation });
    const byFile = new Map<string, Problem[]>();
    for (const r of run.results) byFile.set(r.file.path, r.problems);
    return { byFile, files: run.results.map((r) => r.file.path) };
  }
  const run = await lintPaths(engine, host, [root], { onlyRules: opts.sets.project, cancellation: opts.cancellation });
  const byFile = new Map<string, Problem[]>();
  for (const r of run.results) byFile.set(r.file.path, r.problems);
  if (!opts.cancellation?.cancelled && opts.sets.expensiveFile.size) {
    const focus = run.project.files.get(opts.focus) ?? run.project.getFile(opts.focus);
    if (focus) {
      const more = await engine.lint(run.project, [focus], { onlyRules: opts.sets.expensiveFile, cancellation: opts.cancellation });
      byFile.set(opts.focus, [...(byFile.get(opts.focus) ?? []), ...(more.get(opts.focus) ?? [])]);
    }
  }
  return { byFile, files: run.results.map((r) => r.file.path) };
}

export interface ConfigErrorInfo { file: string; line: number; column: number; endLine: number; endColumn: number; message: string }
export function configErrorInfo(e: unknown): ConfigErrorInfo | undefined {
  if (!(e instanceof ConfigError)) return undefined;
  return { file: e.file, line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, message: e.reason };
}
