import * as path from 'node:path';
import {
  type Connection, type Diagnostic, type InitializeParams, type InitializeResult, type WorkspaceFolder,
  CodeActionKind, DiagnosticSeverity, DidChangeWatchedFilesNotification, FileChangeType, LSPErrorCodes,
  ResponseError, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine, Problem } from '../engine';
import { fixFile } from '../engine';
import { CONFIG_FILE_NAMES } from '../engine/config/config';
import { LineIndex } from '../engine/util/lines';
import { LspHost } from './host';
import { buildEngine, configErrorInfo, lintDocument, rootFor, ruleSets, singleFileProject, type ConfigErrorInfo, type EngineSettings, type RuleSets } from './core';
import { pathToUri, problemToDiagnostic, SOURCE, uriToPath } from './convert';
import { codeActions, COMMAND_SHOW_DOCS, FIX_ALL_KIND, minimalEdit } from './code-actions';
import { assetHover, isConfigFile, licenceDescription, ruleHover } from './hover';
import { stylelint } from '../engine/adapters/stylelint';
import { LintWorker } from './worker-client';
import type { WorkerResponse } from './worker-protocol';

export interface ServerSettings extends EngineSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
}
export const DEFAULT_SETTINGS: ServerSettings = { enable: true, run: 'onType', profile: '', rules: {} };

export const COMMAND_LINT_WORKSPACE = 'crossmediaLint.lintWorkspace';
export const COMMAND_APPLY_FIX_ALL = 'crossmediaLint.applyFixAll';
export const STATUS_NOTIFICATION = 'crossmediaLint/status';

export interface StatusParams {
  state: 'running' | 'ok' | 'problems' | 'configError' | 'disabled';
  errors: number;
  warnings: number;
  restricted: boolean;
  message?: string;
}

/** Timings of the editor loop; tests shorten them. */
export interface ServerTimings { typeDebounceMs: number; idleMs: number; watchDebounceMs: number; fixAllBudgetMs: number }
const DEFAULT_TIMINGS: ServerTimings = { typeDebounceMs: 150, idleMs: 1000, watchDebounceMs: 300, fixAllBudgetMs: 2000 };

/** Problems of one file, by who computes them; each slot remembers the text it was computed on. */
interface FileState {
  cheap: Problem[]; cheapText?: string;
  expensive: Problem[]; expensiveText?: string;
  project: Problem[]; projectText?: string;
}

const emptyState = (): FileState => ({ cheap: [], expensive: [], project: [] });

export function startServer(connection: Connection, timings: Partial<ServerTimings> = {}): void {
  const t = { ...DEFAULT_TIMINGS, ...timings };
  const documents = new TextDocuments(TextDocument);
  const log = (msg: string) => connection.console.log(msg);
  const host = new LspHost({ info: log, warn: log, error: (m) => connection.console.error(m) });
  const worker = new LintWorker(log);

  let settings: ServerSettings = { ...DEFAULT_SETTINGS };
  let initSettings: Partial<ServerSettings> = {};
  let roots: string[] = [];
  let trusted = true;
  let canPullConfig = false;
  let canWatch = false;
  let canShowDocument = false;
  let resourceOps = false;
  let folderEvents = false;
  let engine: Engine | undefined;
  let sets: RuleSets = { cheapFile: new Set(), expensiveFile: new Set(), project: new Set() };
  let generation = 0;
  let shuttingDown = false;

  const states = new Map<string, FileState>();
  /** Files each root's last workspace run published, to clear the ones that disappeared. */
  const rootFiles = new Map<string, Set<string>>();
  const configErrors = new Map<string, ConfigErrorInfo>();
  const cheapTimers = new Map<string, NodeJS.Timeout>();
  const idleTimers = new Map<string, NodeJS.Timeout>();
  const idleJobs = new Map<string, ReturnType<LintWorker['run']>>();
  const rootJobs = new Map<string, ReturnType<LintWorker['run']>>();
  const rootTimers = new Map<string, NodeJS.Timeout>();
  let configTimer: NodeJS.Timeout | undefined;
  let running = 0;
  /** Nothing lints before the client's settings are known. */
  let markReady!: () => void;
  const ready = new Promise<void>((r) => { markReady = r; });

  const docByPath = (file: string) => {
    for (const d of documents.all()) if (uriToPath(d.uri) === file) return d;
    return undefined;
  };
  const stateOf = (file: string) => {
    let s = states.get(file);
    if (!s) { s = emptyState(); states.set(file, s); }
    return s;
  };
  const getEngine = (): Engine => {
    if (!engine) { engine = buildEngine(host, settings); sets = ruleSets(engine); }
    return engine;
  };
  const engineSettings = (): EngineSettings => ({ rules: settings.rules, profile: settings.profile });

  // ---- publishing ---------------------------------------------------------------------------
  const positionIn = (file: string, offset: number) => {
    try {
      const raw = host.readFile(file).toString('utf8');
      return new LineIndex(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).positionAt(offset);
    } catch { return undefined; }
  };
  function publish(file: string): void {
    const s = states.get(file);
    const diagnostics: Diagnostic[] = [];
    if (s && settings.enable) for (const p of [...s.cheap, ...s.expensive, ...s.project]) diagnostics.push(problemToDiagnostic(p, positionIn));
    const ce = configErrors.get(file);
    if (ce) {
      diagnostics.unshift({
        range: { start: { line: ce.line - 1, character: ce.column - 1 }, end: { line: ce.endLine - 1, character: ce.endColumn - 1 } },
        severity: DiagnosticSeverity.Error, source: SOURCE, code: 'config', message: `Configuration error: ${ce.message}`,
      });
    }
    const uri = docByPath(file)?.uri ?? pathToUri(file);
    void connection.sendDiagnostics({ uri, diagnostics });
    if (s && !diagnostics.length && !docByPath(file)) states.delete(file);
  }
  function sendStatus(): void {
    if (shuttingDown) return;
    let errors = 0, warnings = 0;
    for (const s of states.values()) for (const p of [...s.cheap, ...s.expensive, ...s.project]) { if (p.severity === 'error') errors++; else if (p.severity === 'warn') warnings++; }
    const firstConfigError = configErrors.values().next().value as ConfigErrorInfo | undefined;
    const state: StatusParams['state'] = !settings.enable ? 'disabled' : firstConfigError ? 'configError' : running > 0 ? 'running' : errors + warnings ? 'problems' : 'ok';
    const message = firstConfigError ? `${path.basename(firstConfigError.file)}:${firstConfigError.line}:${firstConfigError.column} ${firstConfigError.message}` : undefined;
    void connection.sendNotification(STATUS_NOTIFICATION, { state, errors, warnings, restricted: !trusted, message } satisfies StatusParams);
  }
  function noteConfigError(info: ConfigErrorInfo): void {
    configErrors.set(info.file, info);
    publish(info.file);
  }

  /** Zip entries (`a.zip!/x.html`) are shown on the zip itself, named in the message. */
  function normalise(results: [string, Problem[]][]): Map<string, Problem[]> {
    const out = new Map<string, Problem[]>();
    for (const [file, problems] of results) {
      const bang = file.indexOf('!/');
      const target = bang >= 0 ? file.slice(0, bang) : file;
      const list = out.get(target) ?? [];
      if (bang >= 0) {
        const entry = file.slice(bang + 2);
        list.push(...problems.map((p) => ({ ...p, file: target, message: `${entry}: ${p.message}`, startOffset: 0, endOffset: 0, start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, fix: undefined, suggestions: undefined })));
      } else list.push(...problems);
      out.set(target, list);
    }
    return out;
  }

  // ---- runs -----------------------------------------------------------------------------------
  async function runCheap(file: string): Promise<void> {
    await ready;
    const doc = docByPath(file);
    if (!doc || !settings.enable) return;
    const version = doc.version;
    const text = doc.getText();
    const cancellation = { get cancelled() { return shuttingDown || docByPath(file)?.version !== version; } };
    running++;
    try {
      const e = getEngine();
      const problems = await lintDocument(e, host, rootFor(roots, file), file, sets.cheapFile, cancellation);
      if (cancellation.cancelled) return;
      const s = stateOf(file);
      s.cheap = problems;
      s.cheapText = text;
      publish(file);
    } catch (err) {
      const info = configErrorInfo(err);
      if (info) noteConfigError(info); else log(`lint failed for ${file}: ${(err as Error)?.stack ?? err}`);
    } finally {
      running--;
      sendStatus();
    }
  }

  function overlays(): [string, string][] { return host.overlayEntries(); }

  function ingest(res: WorkerResponse, root: string, sent: Map<string, string>, focus?: string): void {
    if (res.configError) { noteConfigError(res.configError); return; }
    if (res.error) { log(`lint run failed for ${root}: ${res.error}`); return; }
    if (!res.results) return;
    const byFile = normalise(res.results);
    const seen = new Set<string>();
    for (const [file, problems] of byFile) {
      seen.add(file);
      const s = stateOf(file);
      const open = !!docByPath(file);
      const text = sent.get(file);
      s.project = problems.filter((p) => sets.project.has(p.ruleId));
      s.projectText = text;
      if (!focus || file === focus) {
        s.expensive = problems.filter((p) => !sets.project.has(p.ruleId) && !sets.cheapFile.has(p.ruleId));
        s.expensiveText = text;
      }
      if (!focus && !open) { s.cheap = problems.filter((p) => sets.cheapFile.has(p.ruleId)); s.cheapText = undefined; }
      publish(file);
    }
    if (!focus) {
      const before = rootFiles.get(root) ?? new Set<string>();
      for (const gone of before) if (!seen.has(gone) && !docByPath(gone)) { states.delete(gone); publish(gone); }
      rootFiles.set(root, seen);
    }
  }

  async function startRootRun(root: string, focus?: string): Promise<WorkerResponse> {
    await ready;
    getEngine();
    const key = focus ?? root;
    const jobs = focus ? idleJobs : rootJobs;
    jobs.get(key)?.cancel();
    const sent = new Map(overlays());
    const job = worker.run({ root, focus, overlays: [...sent], settings: engineSettings(), generation });
    jobs.set(key, job);
    running++;
    sendStatus();
    return job.done.then((res) => {
      running--;
      if (jobs.get(key) === job) jobs.delete(key);
      if (!res.cancelled && !shuttingDown && settings.enable) ingest(res, root, sent, focus);
      sendStatus();
      return res;
    });
  }

  function scheduleCheap(file: string, delay: number): void {
    clearTimeout(cheapTimers.get(file));
    cheapTimers.set(file, setTimeout(() => { cheapTimers.delete(file); void runCheap(file); }, delay));
  }
  function scheduleIdle(file: string, delay: number): void {
    clearTimeout(idleTimers.get(file));
    idleTimers.set(file, setTimeout(() => { idleTimers.delete(file); void startRootRun(rootFor(roots, file), file); }, delay));
  }
  function scheduleRoot(root: string, delay: number): void {
    clearTimeout(rootTimers.get(root));
    rootTimers.set(root, setTimeout(() => { rootTimers.delete(root); void startRootRun(root); }, delay));
  }
  function cancelIdle(file: string): void {
    clearTimeout(idleTimers.get(file));
    idleJobs.get(file)?.cancel();
  }

  /**
   * Pages read their linked stylesheets (contrast, focus styles, hidden text): an edit there changes
   * what the open pages report, before anything is saved.
   */
  function relintOpenPages(except: string, delay: number): void {
    for (const d of documents.all()) {
      const f = uriToPath(d.uri);
      if (f && f !== except && /\.(?:html?|xhtml)$/i.test(f)) scheduleCheap(f, delay);
    }
  }
  const isStylesheet = (file: string) => /\.css$/i.test(file);

  function relintEverything(): void {
    for (const d of documents.all()) { const f = uriToPath(d.uri); if (f) scheduleCheap(f, 0); }
    for (const r of workspaceRoots()) scheduleRoot(r, 0);
  }
  function workspaceRoots(): string[] {
    if (roots.length) return roots;
    // Without a workspace folder, the folders of the open files stand in.
    return [...new Set(documents.all().map((d) => uriToPath(d.uri)).filter((f): f is string => !!f).map((f) => path.dirname(f)))];
  }
  /** A configuration (or its house style) changed: every cached config and result is stale. */
  function configChanged(): void {
    clearTimeout(configTimer);
    configTimer = setTimeout(() => {
      engine = undefined;
      generation++;
      const hadErrors = [...configErrors.keys()];
      configErrors.clear();
      for (const f of hadErrors) publish(f);
      relintEverything();
    }, t.watchDebounceMs);
  }
  function clearAll(): void {
    for (const f of [...states.keys()]) { states.delete(f); publish(f); }
    for (const j of [...idleJobs.values(), ...rootJobs.values()]) j.cancel();
    sendStatus();
  }

  async function fetchSettings(): Promise<void> {
    let pulled: Partial<ServerSettings> | null | undefined;
    if (canPullConfig) {
      try { pulled = await connection.workspace.getConfiguration('crossmediaLint'); } catch { pulled = undefined; }
    }
    const merged = { ...DEFAULT_SETTINGS, ...initSettings, ...(pulled && typeof pulled === 'object' ? pulled : {}) };
    const before = JSON.stringify(settings);
    settings = {
      enable: merged.enable !== false,
      run: merged.run === 'onSave' ? 'onSave' : 'onType',
      profile: typeof merged.profile === 'string' ? merged.profile : '',
      rules: merged.rules && typeof merged.rules === 'object' ? merged.rules : {},
      restricted: !trusted,
    };
    if (JSON.stringify(settings) !== before) { engine = undefined; generation++; }
  }

  /** Problems whose offsets still match the document's current text. */
  function currentProblems(file: string, text: string): Problem[] {
    const s = states.get(file);
    if (!s) return [];
    const plain = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const valid = (snapshot: string | undefined) => snapshot === text || snapshot === plain;
    return [...(valid(s.cheapText) ? s.cheap : []), ...(valid(s.expensiveText) ? s.expensive : []), ...(valid(s.projectText) ? s.project : [])];
  }

  async function fixAllEdits(doc: TextDocument, file: string): Promise<ReturnType<typeof minimalEdit>> {
    const text = doc.getText();
    const e = getEngine();
    let problems = currentProblems(file, text);
    // Fix-on-save often arrives before the debounced lint of the last keystrokes: lint now.
    const s = states.get(file);
    const plainText = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (!s || s.cheapText !== plainText && s.cheapText !== text) {
      problems = [...problems.filter((p) => !sets.cheapFile.has(p.ruleId)), ...await lintDocument(e, host, rootFor(roots, file), file, sets.cheapFile)];
    }
    problems = problems.filter((p) => p.fix?.length);
    if (!problems.length) return [];
    const { project, source } = singleFileProject(e, host, rootFor(roots, file), file);
    if (!source.writable) return [];
    const deadline = Date.now() + t.fixAllBudgetMs;
    const outcome = await fixFile(e, project, source, { onlyRules: sets.cheapFile, cancellation: { get cancelled() { return Date.now() > deadline; } } }, problems);
    if (docByPath(file)?.version !== doc.version) return [];
    const plain = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return minimalEdit(doc, plain, outcome.output);
  }

  function cancelled(): ResponseError<void> { return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled'); }

  // ---- protocol -------------------------------------------------------------------------------
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    roots = folders.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    const init = (params.initializationOptions ?? {}) as { settings?: Partial<ServerSettings>; trusted?: boolean };
    initSettings = init.settings ?? {};
    trusted = init.trusted !== false;
    params.capabilities ??= {};
    canPullConfig = !!params.capabilities.workspace?.configuration;
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canShowDocument = !!params.capabilities.window?.showDocument?.support;
    folderEvents = !!params.capabilities.workspace?.workspaceFolders;
    resourceOps = !!params.capabilities.workspace?.workspaceEdit?.resourceOperations?.length;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [COMMAND_LINT_WORKSPACE, COMMAND_APPLY_FIX_ALL, COMMAND_SHOW_DOCS] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'crossmedia-lint-language-server' },
    };
  });

  connection.onInitialized(async () => {
    await fetchSettings();
    markReady();
    // Loading stylelint takes about a second; doing it now keeps the first fix-on-save of a
    // stylesheet inside the editor's save budget (editor.codeActionsOnSaveTimeout).
    void stylelint().catch(() => undefined);
    if (canWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        roots = [...roots.filter((r) => !removed.has(r)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        relintEverything();
      });
    }
    sendStatus();
    if (settings.enable) relintEverything();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as { crossmediaLint?: Partial<ServerSettings> } | null)?.crossmediaLint;
    if (pushed && !canPullConfig) initSettings = { ...initSettings, ...pushed };
    await fetchSettings();
    if (!settings.enable) { clearAll(); return; }
    relintEverything();
  });

  documents.onDidChangeContent((e) => {
    const file = uriToPath(e.document.uri);
    if (!file) return;
    host.setOverlay(file, e.document.getText());
    cancelIdle(file);
    if (isConfigFile(file)) { configChanged(); return; }
    if (!settings.enable) return;
    const opening = !states.get(file)?.cheapText && e.document.version <= 1;
    if (settings.run === 'onType' || opening) {
      scheduleCheap(file, opening ? 0 : t.typeDebounceMs);
      scheduleIdle(file, t.idleMs);
      if (isStylesheet(file) && !opening) relintOpenPages(file, t.watchDebounceMs);
    }
  });
  documents.onDidSave((e) => {
    const file = uriToPath(e.document.uri);
    if (!file || !settings.enable) return;
    if (isConfigFile(file)) { configChanged(); return; }
    if (settings.run === 'onSave') {
      scheduleCheap(file, 0);
      if (isStylesheet(file)) relintOpenPages(file, 0);
    }
    scheduleIdle(file, 0);
  });
  documents.onDidClose((e) => {
    const file = uriToPath(e.document.uri);
    if (!file) return;
    host.setOverlay(file, undefined);
    clearTimeout(cheapTimers.get(file));
    cancelIdle(file);
    // The file is back to its disk content: let the workspace run speak for it.
    if (settings.enable) scheduleRoot(rootFor(workspaceRoots(), file), t.watchDebounceMs);
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!settings.enable) return;
    let touched = false;
    for (const change of params.changes) {
      const file = uriToPath(change.uri);
      if (!file) continue;
      if (CONFIG_FILE_NAMES.includes(path.basename(file)) || path.basename(file) === '.gitignore') { configChanged(); return; }
      if (change.type !== FileChangeType.Deleted && docByPath(file)) continue;
      touched = true;
      scheduleRoot(rootFor(workspaceRoots(), file), t.watchDebounceMs);
    }
    // A created, renamed or deleted asset can change what open pages report (missing files).
    if (touched) for (const d of documents.all()) { const f = uriToPath(d.uri); if (f) scheduleCheap(f, t.watchDebounceMs); }
  });

  connection.onCodeAction(async (params, token) => {
    await ready;
    const doc = documents.get(params.textDocument.uri);
    const file = uriToPath(params.textDocument.uri);
    if (!doc || !file || !settings.enable) return [];
    const actions = await codeActions({
      doc, uri: doc.uri, file, range: params.range, only: params.context.only,
      problems: currentProblems(file, doc.getText()),
      resourceOps,
      textOf: (f) => { try { return host.readFile(f).toString('utf8'); } catch { return undefined; } },
      fixAll: () => fixAllEdits(doc, file),
    });
    if (token.isCancellationRequested) throw cancelled();
    return actions;
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    const file = uriToPath(params.textDocument.uri);
    if (!doc || !file) return null;
    const text = doc.getText();
    const offset = doc.offsetAt(params.position);
    if (isConfigFile(file)) return ruleHover(getEngine(), text, offset) ?? null;
    const root = rootFor(roots, file);
    const hit = assetHover(host, text, offset, file, root, (target) => licenceDescription(getEngine(), host, root, target));
    if (!hit) return null;
    return { contents: { kind: 'markdown', value: hit.markdown }, range: { start: doc.positionAt(hit.start), end: doc.positionAt(hit.end) } };
  });

  connection.onExecuteCommand(async (params, token) => {
    switch (params.command) {
      case COMMAND_LINT_WORKSPACE: {
        const targets = workspaceRoots();
        const runs = targets.map((r) => startRootRun(r));
        const sub = token.onCancellationRequested(() => { for (const r of targets) rootJobs.get(r)?.cancel(); });
        try {
          const results = await Promise.all(runs);
          if (token.isCancellationRequested || results.some((r) => r.cancelled)) throw cancelled();
          let errors = 0, warnings = 0, files = 0;
          for (const res of results) {
            files += res.files?.length ?? 0;
            for (const [, ps] of res.results ?? []) for (const p of ps) { if (p.severity === 'error') errors++; else if (p.severity === 'warn') warnings++; }
          }
          const configError = results.find((r) => r.configError)?.configError;
          return { files, errors, warnings, configError };
        } finally { sub.dispose(); }
      }
      case COMMAND_APPLY_FIX_ALL: {
        const uri = String(params.arguments?.[0] ?? '');
        const doc = documents.get(uri);
        const file = uriToPath(uri);
        if (!doc || !file) return { applied: false };
        const edits = await fixAllEdits(doc, file);
        if (!edits.length) return { applied: false };
        const res = await connection.workspace.applyEdit({ label: 'Fix all crossmedia-lint problems', edit: { changes: { [uri]: edits } } });
        return { applied: res.applied };
      }
      case COMMAND_SHOW_DOCS: {
        const url = String(params.arguments?.[0] ?? '');
        if (!/^https?:\/\//.test(url)) return null;
        if (canShowDocument) await connection.window.showDocument({ uri: url, external: true });
        else connection.window.showInformationMessage(`crossmedia-lint documentation: ${url}`);
        return null;
      }
    }
    return null;
  });

  connection.onShutdown(async () => {
    shuttingDown = true;
    for (const m of [cheapTimers, idleTimers, rootTimers]) { for (const h of m.values()) clearTimeout(h); m.clear(); }
    clearTimeout(configTimer);
    await worker.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
