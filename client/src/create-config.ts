import * as vscode from 'vscode';

// The schema is registered for this file name (contributes.jsonValidation): no $schema needed.
const TEMPLATE = {
  root: true,
  extends: 'recommended',
  rules: {},
};

/** Writes a starter crossmedia-lint.config.json at the root of the chosen workspace folder. */
export async function createConfig(): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder for crossmedia-lint.config.json' }) : folders[0];
  if (!folder) { void vscode.window.showWarningMessage('Open a folder first: the configuration lives at the root of a deliverable.'); return; }
  const uri = vscode.Uri.joinPath(folder.uri, 'crossmedia-lint.config.json');
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    await vscode.workspace.fs.writeFile(uri, Buffer.from(JSON.stringify(TEMPLATE, null, 2) + '\n', 'utf8'));
  }
  await vscode.window.showTextDocument(uri);
}
