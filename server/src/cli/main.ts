import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, lintPaths, fixFile, ConfigError, type FileResult } from '../engine';
import { NodeHost } from '../engine/host';
import { RecordingHost, DEFAULT_CACHE_LOCATION, ownFileMatcher, readRunCache, writeRunCache, runKey, toolFingerprint, type CachedFile } from '../engine/cache';
import { problemFingerprint, buildBaseline, writeBaseline, readBaseline, applyBaseline, BaselineError } from '../engine/baseline';
import { formatters, type FormatterFile } from './formatters';
import { displayPath } from './formatters/stylish';
import type { Problem } from '../engine/problems';
import { runLicencesReport } from './licences';
import { ruleTimings } from '../engine/run';
import { lintPathsParallel, parseConcurrency } from '../engine/parallel';

const HELP = `crossmedia-lint [options] [paths...]
crossmedia-lint licences [paths...] [--format table|csv|json]

Lints folders, files and banner .zip files (default: the current folder). The licences command
lists every asset the deliverable uses with its licence, licensor, expiry and channels.

Options:
  -c, --config FILE         Use this configuration file instead of looking one up
      --profile ID[,ID]     Banner platform profile(s), e.g. cm360 or cm360,ttd
      --rule ID=SEVERITY    Set a rule's severity (off, info, warn, error); repeatable
      --fix                 Apply safe fixes to the files
      --fix-dry-run         Compute fixes without writing (see --format json "output")
  -f, --format NAME[=FILE]  stylish (default), json, sarif, junit, github, html; repeatable
      --max-warnings N      Exit 1 when there are more than N warnings
      --quiet               Report errors only
      --cache               Reuse the last run's results when nothing it read has changed
      --cache-location PATH Where the cache lives (default: .crossmedia-lint-cache)
      --baseline FILE       Report only problems that FILE does not record
      --write-baseline FILE Record every current problem in FILE (then report none of them)
      --concurrency N       Lint with N worker threads: a number, auto or off (default: off)
      --print-config FILE   Print the configuration that applies to FILE
      --list-rules          List the rules (with --format json: their full meta)
      --color / --no-color  Force colours on or off
  -h, --help                Show this help
  -v, --version             Show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, configuration or fatal error.
`;

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
  now?: () => Date;
}

function version(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const p = path.join(dir, 'package.json');
    if (fs.existsSync(p)) {
      const pkg = JSON.parse(fs.readFileSync(p, 'utf8'));
      if (pkg.name === 'crossmedia-lint') return pkg.version;
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
}

class UsageError extends Error {}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'licences') return runLicencesReport(argv.slice(1), io);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        profile: { type: 'string' },
        rule: { type: 'string', multiple: true },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        format: { type: 'string', short: 'f', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'baseline-write': { type: 'string' },
        'print-config': { type: 'string' },
        concurrency: { type: 'string' },
        'list-rules': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.stderr(`crossmedia-lint: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const o = args.values;
  if (o.help) { io.stdout(HELP); return 0; }
  if (o.version) { io.stdout(`${version()}\n`); return 0; }

  try {
    const cliRules: Record<string, unknown> = {};
    for (const r of o.rule ?? []) {
      const m = /^([^=:]+)[=:](.+)$/.exec(r);
      if (!m) throw new UsageError(`--rule expects ID=SEVERITY, got "${r}"`);
      const value = m[2].trim();
      cliRules[m[1].trim()] = value.startsWith('[') ? JSON.parse(value) : value;
    }
    const cliSettings: Record<string, unknown> = {};
    if (o.profile) cliSettings.banner = { profile: o.profile.includes(',') ? o.profile.split(',').map((s) => s.trim()) : o.profile };
    const maxWarnings = o['max-warnings'] !== undefined ? Number(o['max-warnings']) : undefined;
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < -1)) throw new UsageError(`--max-warnings expects a whole number, got "${o['max-warnings']}"`);
    const outputs = (o.format?.length ? o.format : ['stylish']).map((spec) => {
      const [name, file] = spec.split('=');
      if (!formatters[name]) throw new UsageError(`Unknown format "${name}" (formats: ${Object.keys(formatters).join(', ')})`);
      return { name, file };
    });
    const concurrency = o.concurrency !== undefined ? parseConcurrency(o.concurrency) : 1;
    if (concurrency === undefined) throw new UsageError(`--concurrency expects a whole number of at least 1, auto or off, got "${o.concurrency}"`);
    const color = o['no-color'] ? false : o.color ? true : io.isTTY && !process.env.NO_COLOR;

    const nodeHost = new NodeHost(undefined, io.now);
    // --fix rewrites files, so its results are never cached.
    const fixing = !!(o.fix || o['fix-dry-run']);
    const useCache = !!o.cache && !fixing;
    const cacheLocation = cachePath(io.cwd, o['cache-location']);
    const writeBaselineTo = o['write-baseline'] ?? o['baseline-write'];
    const baselineFile = writeBaselineTo ?? o.baseline;
    const baselineLocation = baselineFile !== undefined ? path.resolve(io.cwd, baselineFile) : undefined;
    // The linter's own files (cache, baseline) are not part of the deliverable being linted,
    // with or without --cache, so that runs with and without it see the same files.
    const isCacheFile = ownFileMatcher(cacheLocation);
    const isBaselineFile = baselineLocation ? ownFileMatcher(baselineLocation) : () => false;
    const hidden = (abs: string) => isCacheFile(abs) || isBaselineFile(abs);
    const host = new RecordingHost(nodeHost, hidden, useCache);
    const configFile = o.config ? path.resolve(io.cwd, o.config) : undefined;
    if (configFile && !host.stat(configFile)?.isFile) throw new UsageError(`Configuration file not found: ${o.config}`);
    const { engine } = createEngine({ host, configFile, cliRules, cliSettings, now: () => host.now() });
    // Check --rule ids the same way a config file's ids are checked.
    for (const id of Object.keys(cliRules)) {
      if (!engine.metaOf(id) && !id.endsWith('/*')) throw new UsageError(`Unknown rule "${id}" in --rule`);
    }

    if (o['list-rules']) {
      const metas = engine.allMetas().sort((a, b) => a.id.localeCompare(b.id));
      if (outputs[0].name === 'json') io.stdout(JSON.stringify(metas.map((m) => ({ id: m.id, meta: m })), null, 1) + '\n');
      else io.stdout(metas.map((m) => `${m.id.padEnd(48)} ${m.domain.padEnd(12)} ${m.docs.description}`).join('\n') + '\n');
      return 0;
    }
    if (o['print-config']) {
      const target = path.resolve(io.cwd, o['print-config']);
      const cfg = engine.config.resolve(target);
      io.stdout(JSON.stringify({ configFiles: cfg.configFiles, rules: cfg.rules, wildcards: cfg.wildcards, settings: cfg.settings, maxFileSize: cfg.maxFileSize }, null, 2) + '\n');
      return 0;
    }

    const paths = args.positionals.length ? args.positionals.map((p) => path.resolve(io.cwd, p)) : [io.cwd];
    const cacheKey = useCache ? runKey({ tool: toolFingerprint(version()), cwd: io.cwd, paths, configFile, cliRules, cliSettings, cacheLocation }) : '';
    const cached = useCache ? readRunCache(cacheLocation, cacheKey, new RecordingHost(nodeHost, hidden)) : undefined;
    let linted: (CachedFile & { output?: string })[];
    let runWarnings: string[];
    if (cached) {
      linted = cached.files;
      runWarnings = cached.warnings;
    } else {
      const showProgress = io.isTTY && !o.quiet;
      let lastDraw = 0;
      const runOptions: Parameters<typeof lintPaths>[3] = {
        onProgress: showProgress ? (done, total) => {
          const now = Date.now();
          if (total < 40 || (now - lastDraw < 100 && done < total)) return;
          lastDraw = now;
          const width = 30, filled = Math.round((done / total) * width);
          io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files${done === total ? '\n' : ''}`);
        } : undefined,
      };
      // Workers lint the files; fixes (below) are applied here, one file after another.
      const run = concurrency === 1 ? await lintPaths(engine, host, paths, runOptions) : await lintPathsParallel(engine, host, paths, {
        ...runOptions,
        concurrency,
        setup: {
          configFile, cliRules, cliSettings,
          now: io.now ? io.now().getTime() : undefined,
          hiddenFiles: [cacheLocation, ...(baselineLocation ? [baselineLocation] : [])],
          record: useCache,
        },
        onWarning: (w) => io.stderr(`crossmedia-lint: ${w}\n`),
      });
      for (const m of run.missing) throw new UsageError(`No such file or folder: ${path.relative(io.cwd, m) || m}`);
      runWarnings = run.warnings;

      const results: (FileResult & { source: string })[] = [];
      for (const r of run.results) {
        if (fixing) {
          if (r.problems.some((p) => p.fix) && r.file.writable) {
            const outcome = await fixFile(engine, run.project, r.file, {}, r.problems);
            if (outcome.changed) {
              if (o.fix) writeBack(nodeHost, r.file.path, outcome.output, r.file.bom);
              results.push({ file: outcome.file, problems: outcome.problems, output: outcome.output, source: r.file.text });
              continue;
            }
          }
        }
        results.push({ ...r, source: r.file.text });
      }
      linted = results.map((r) => {
        const text = r.output ?? r.source;
        return { path: r.file.path, problems: r.problems, fingerprints: r.problems.map((p) => problemFingerprint(p, text)), source: text, output: r.output };
      });
      if (useCache) {
        // Only files whose problems carry edits need their text (to merge edits in --format json).
        const stored = linted.map((f) => ({ path: f.path, problems: f.problems, fingerprints: f.fingerprints, ...(f.problems.some(hasEdits) ? { source: f.source } : {}) }));
        const failure = writeRunCache(cacheLocation, cacheKey, host, { files: stored, warnings: runWarnings });
        if (failure) io.stderr(`crossmedia-lint: ${failure}\n`);
      }
    }
    for (const w of runWarnings) io.stderr(`crossmedia-lint: ${w}\n`);

    let reported = linted.map((f) => f.problems);
    if (baselineLocation) {
      const baseDir = path.dirname(baselineLocation);
      if (writeBaselineTo !== undefined) {
        const data = buildBaseline(baseDir, linted);
        writeBaseline(baselineLocation, data);
        io.stderr(`crossmedia-lint: recorded ${data.entries.reduce((n, e) => n + e.count, 0)} problem(s) in ${displayPath(baselineLocation, io.cwd)}\n`);
      }
      const outcome = applyBaseline(baseDir, readBaseline(baselineLocation), linted);
      reported = outcome.kept;
      if (outcome.unused) io.stderr(`crossmedia-lint: ${outcome.unused} problem(s) recorded in the baseline no longer occur; update it with --write-baseline ${displayPath(baselineLocation, io.cwd)}\n`);
    }
    const files: FormatterFile[] = linted.map((r, i) => ({
      filePath: r.path,
      problems: o.quiet ? reported[i].filter((p) => p.severity === 'error') : reported[i],
      output: r.output,
      source: r.source,
    }));
    const ctx = { cwd: io.cwd, color, metaOf: (id: string) => engine.metaOf(id), version: version() };
    for (const out of outputs) {
      const text = formatters[out.name](files, { ...ctx, color: out.file ? false : color });
      if (out.file) {
        const target = path.resolve(io.cwd, out.file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, text);
      }
      else if (text) io.stdout(text.endsWith('\n') ? text : text + '\n');
    }
    if (process.env.CROSSMEDIA_LINT_TIMING) {
      const rows = [...ruleTimings].sort((a, b) => b[1] - a[1]).slice(0, 20);
      io.stderr(`Rule${' '.repeat(44)}| Time (ms)\n${rows.map(([id, ms]) => `${id.padEnd(48)}| ${ms.toFixed(1).padStart(9)}`).join('\n')}\n`);
    }
    const all: Problem[] = files.flatMap((f) => f.problems);
    const errors = all.filter((p) => p.severity === 'error').length;
    const warnings = all.filter((p) => p.severity === 'warn').length;
    if (errors) return 1;
    if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) {
      io.stderr(`crossmedia-lint found too many warnings (maximum: ${maxWarnings}).\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`crossmedia-lint: configuration error\n  ${displayPath(e.file, io.cwd)}:${e.line}:${e.column}  ${e.reason}\n`);
      return 2;
    }
    if (e instanceof UsageError || e instanceof BaselineError) {
      io.stderr(`crossmedia-lint: ${e.message}\n`);
      return 2;
    }
    io.stderr(`crossmedia-lint: fatal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

function hasEdits(p: Problem): boolean {
  return !!(p.fix?.length || p.suggestions?.some((s) => s.edits?.length));
}

/** The cache file: PATH, or the default name inside PATH when it is a folder. */
function cachePath(cwd: string, location: string | undefined): string {
  const target = path.resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  if (location && (/[\\/]$/.test(location) || fs.statSync(target, { throwIfNoEntry: false })?.isDirectory())) return path.join(target, DEFAULT_CACHE_LOCATION);
  return target;
}

function writeBack(host: NodeHost, file: string, text: string, bom: boolean): void {
  const data = Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
  const current = host.readFile(file);
  if (current.equals(data)) return;
  host.writeFile(file, data);
}

if (require.main === module) {
  runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
  }).then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(String(e?.stack ?? e) + '\n'); process.exitCode = 2; });
}
