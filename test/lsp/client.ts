import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  PublishDiagnosticsNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  ShutdownRequest, ExitNotification, type ProtocolConnection, type PublishDiagnosticsParams, type Diagnostic,
  type ClientCapabilities, ApplyWorkspaceEditRequest, ConfigurationRequest, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

const REPO_BIN = path.resolve(__dirname, '..', '..', '..', 'bin', 'crossmedia-lint-language-server.js');

export const uriOf = (file: string) => pathToFileURL(file).href;

export interface TestClient {
  connection: ProtocolConnection;
  child: ChildProcess;
  /** Latest diagnostics by URI. */
  diagnostics: Map<string, Diagnostic[]>;
  /** Resolves with the next diagnostics for a URI that satisfy a predicate. */
  waitForDiagnostics(uri: string, accept?: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
  open(file: string, text: string, languageId?: string): void;
  change(file: string, text: string): number;
  /** Workspace edits the server asked the client to apply. */
  appliedEdits: WorkspaceEdit[];
  statuses: { state: string; errors: number; warnings: number; restricted: boolean }[];
  stop(): Promise<number | null>;
}

export interface StartOptions {
  root: string;
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
}

export async function startClient(opts: StartOptions): Promise<TestClient> {
  // LSP_SERVER=dist/server.js runs the same tests against the bundled server of the .vsix.
  const child = spawn(process.execPath, [process.env.LSP_SERVER ? path.resolve(process.env.LSP_SERVER) : REPO_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr!.on('data', () => { /* kept quiet; the server logs through the protocol */ });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, Diagnostic[]>();
  const waiters: { uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  const versions = new Map<string, number>();
  const appliedEdits: WorkspaceEdit[] = [];
  const statuses: TestClient['statuses'] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p.diagnostics);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p.diagnostics)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p.diagnostics); }
    }
  });
  connection.onNotification('crossmediaLint/status', (s: TestClient['statuses'][number]) => { statuses.push(s); });
  connection.onNotification('window/logMessage', (m: { message: string }) => { if (process.env.LSP_TEST_LOG) process.stderr.write(`[server] ${m.message}\n`); });
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => opts.settings ?? null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => { appliedEdits.push(p.edit); return { applied: true }; });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uriOf(opts.root),
    workspaceFolders: [{ uri: uriOf(opts.root), name: path.basename(opts.root) }],
    capabilities: opts.capabilities ?? {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] }, applyEdit: true },
      textDocument: { publishDiagnostics: { relatedInformation: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } } },
    },
    initializationOptions: opts.initializationOptions ?? null,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection, child, diagnostics, appliedEdits, statuses,
    waitForDiagnostics(uri, accept = () => true) {
      const now = diagnostics.get(uri);
      if (now && accept(now)) return Promise.resolve(now);
      return new Promise((resolve) => waiters.push({ uri, accept, resolve }));
    },
    open(file, text, languageId = path.extname(file).slice(1)) {
      versions.set(file, 1);
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId, version: 1, text } });
    },
    change(file, text) {
      const v = (versions.get(file) ?? 1) + 1;
      versions.set(file, v);
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uriOf(file), version: v }, contentChanges: [{ text }] });
      return v;
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** Applies LSP text edits to a text, as an editor would. */
export function applyTextEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}
