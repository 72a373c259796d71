import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { StatusItem, type ServerStatus } from './status';
import { createConfig } from './create-config';

const SECTION = 'crossmediaLint';
/** Documents the server lints as text; image, media and font files come from the workspace run. */
const SELECTOR: LanguageClientOptions['documentSelector'] = [
  { scheme: 'file', language: 'html' },
  { scheme: 'file', language: 'css' },
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'jsonc' },
  { scheme: 'file', language: 'yaml' },
  { scheme: 'file', language: 'xml', pattern: '**/*.svg' },
  { scheme: 'file', pattern: '**/*.svg' },
  { scheme: 'file', pattern: '**/manifest.js' },
  { scheme: 'file', pattern: '**/*.{html,htm,css,json,webmanifest,yaml,yml,vtt}' },
];

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let status: StatusItem | undefined;

function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  return {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
}

function settingsForServer(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration(SECTION);
  return { enable: c.get('enable', true), run: c.get('run', 'onType'), profile: c.get('profile', ''), rules: c.get('rules', {}) };
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  output ??= vscode.window.createOutputChannel('crossmedia-lint', { log: true });
  const options: LanguageClientOptions = {
    documentSelector: SELECTOR,
    outputChannel: output,
    initializationOptions: { settings: settingsForServer(), trusted: vscode.workspace.isTrusted },
    synchronize: { configurationSection: SECTION },
    diagnosticCollectionName: 'crossmedia-lint',
  };
  client = new LanguageClient('crossmediaLint', 'crossmedia-lint', serverOptions(context), options);
  client.onNotification('crossmediaLint/status', (s: ServerStatus) => status?.update(s));
  status?.update({ state: 'running', errors: 0, warnings: 0, restricted: !vscode.workspace.isTrusted });
  await client.start();
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  status = new StatusItem();
  context.subscriptions.push(status);
  context.subscriptions.push(
    vscode.commands.registerCommand('crossmediaLint.restartServer', async () => {
      await stopClient();
      await startClient(context);
    }),
    vscode.commands.registerCommand('crossmediaLint.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('crossmediaLint.createConfig', () => createConfig()),
    vscode.commands.registerCommand('crossmediaLint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      await vscode.commands.executeCommand('crossmediaLint.applyFixAll', editor.document.uri.toString());
    }),
    vscode.commands.registerCommand('crossmediaLint.lintWorkspaceWithProgress', () => lintWorkspace()),
    // Trust granted later: restart so the server leaves restricted mode.
    vscode.workspace.onDidGrantWorkspaceTrust(() => vscode.commands.executeCommand('crossmediaLint.restartServer')),
  );
  await startClient(context);
}

async function lintWorkspace(): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'crossmedia-lint: linting the workspace' }, async () => {
    const res = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number } | undefined>('crossmediaLint.lintWorkspace');
    if (res) vscode.window.setStatusBarMessage(`crossmedia-lint: ${res.files} files, ${res.errors} errors, ${res.warnings} warnings`, 5000);
  });
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
