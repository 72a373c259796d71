import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
// Imported for its side effect in the bundle: this file is also the lint worker's entry there.
import './worker';

/**
 * Entry point of `crossmedia-lint-language-server`. The transport comes from argv as
 * vscode-languageserver reads it: `--stdio` (Neovim, Helix, Emacs, Sublime, Zed), `--node-ipc`
 * (VS Code) or `--socket=N`.
 */
export function main(argv: string[] = process.argv): void {
  if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'))) {
    process.stderr.write('Usage: crossmedia-lint-language-server --stdio\n');
    process.exitCode = 2;
    return;
  }
  const connection = createConnection(ProposedFeatures.all);
  // stdout is the protocol channel under --stdio: stray console output would corrupt it.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  startServer(connection);
}

if (isMainThread && require.main === module) main();
