import type { RuleModule } from '../../../rules/_kit/types';
import { rules as bundledRules } from '../../../rules';
import type { Host } from './host';
import { NodeHost } from './host';
import { ConfigLoader } from './config/config';
import { Engine, type RuleGroup, type RunOptions } from './run';
import { Project, type SourceFile } from './model/project';
import { htmlhintGroup } from './adapters/htmlhint';
import { stylelintGroup } from './adapters/stylelint';
import type { Problem } from './problems';
import { applyFixes } from './fix';
import { prepareRun } from './project-setup';

export type { Problem } from './problems';
export { Engine } from './run';
export { ConfigError, ConfigLoader } from './config/config';
export { Project, SourceFile } from './model/project';

export interface EngineSetup {
  host?: Host;
  /** Use this configuration file for every file instead of looking one up. */
  configFile?: string;
  /** Rule settings given on the command line (`--rule`), applied last. */
  cliRules?: Record<string, unknown>;
  /** Settings given on the command line (`--profile`), applied last. */
  cliSettings?: Record<string, unknown>;
  now?: () => Date;
  rules?: RuleModule[];
  groups?: RuleGroup[];
}

export function bundledGroups(): RuleGroup[] {
  return [htmlhintGroup, stylelintGroup, (require('./adapters/axe') as typeof import('./adapters/axe')).axeGroup];
}

export function createEngine(setup: EngineSetup = {}): { engine: Engine; host: Host } {
  const host = setup.host ?? new NodeHost();
  const rules = setup.rules ?? bundledRules;
  const groups = setup.groups ?? bundledGroups();
  const config = new ConfigLoader(host, {
    knownRuleIds: new Set([...rules.map((r) => r.meta.id), ...bundledRules.map((r) => r.meta.id)]),
    knownPrefixes: [...new Set([...groups.map((g) => g.prefix), 'htmlhint', 'stylelint', 'axe'])],
  }, setup.configFile, setup.cliRules, setup.cliSettings);
  return { engine: new Engine({ rules, groups, config, now: setup.now }), host };
}

export interface FileResult { file: SourceFile; problems: Problem[]; output?: string }
export interface LintRun { results: FileResult[]; project: Project; missing: string[]; warnings: string[] }

/** Discovers files under the given paths, builds the project model and lints it. */
export async function lintPaths(engine: Engine, host: Host, paths: string[], run: RunOptions = {}): Promise<LintRun> {
  const { found, project, targets } = prepareRun(engine, host, paths);
  const byFile = await engine.lint(project, targets, run);
  const results = targets.map((file) => ({ file, problems: byFile.get(file.path) ?? [] }));
  return { results, project, missing: found.missing, warnings: found.warnings };
}

export interface FixOutcome { file: SourceFile; output: string; changed: boolean; passes: number; problems: Problem[] }

/**
 * Fixes one file in up to 10 passes: apply every non-overlapping fix, re-parse, lint again, until
 * nothing changes. Returns the final text and the problems that remain.
 */
export async function fixFile(engine: Engine, project: Project, file: SourceFile, run: RunOptions = {}, first?: Problem[]): Promise<FixOutcome> {
  let current = file;
  let problems = first ?? (await engine.lint(project, [current], run)).get(current.path) ?? [];
  const original = file.text;
  let text = original;
  let passes = 0;
  while (passes < 10 && problems.some((p) => p.fix?.length && p.file === current.path)) {
    const { output, applied } = applyFixes(text, problems.filter((p) => p.file === current.path));
    if (!applied.length || output === text) break;
    text = output;
    passes++;
    current = project.updateText(current.path, text);
    problems = (await engine.lint(project, [current], run)).get(current.path) ?? [];
  }
  return { file: current, output: text, changed: text !== original, passes, problems };
}
