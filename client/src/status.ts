import * as vscode from 'vscode';

export interface ServerStatus {
  state: 'running' | 'ok' | 'problems' | 'configError' | 'disabled';
  errors: number;
  warnings: number;
  restricted: boolean;
  message?: string;
}

/** One status bar item: running, problem counts, configuration error, restricted mode. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crossmediaLint.status', vscode.StatusBarAlignment.Right, 100);
  constructor() {
    this.item.name = 'crossmedia-lint';
    this.item.command = 'crossmediaLint.showOutput';
    this.item.text = '$(sync~spin) crossmedia-lint';
    this.item.show();
  }
  update(s: ServerStatus): void {
    const restricted = s.restricted ? ' (restricted)' : '';
    this.item.backgroundColor = undefined;
    switch (s.state) {
      case 'running': this.item.text = `$(sync~spin) crossmedia-lint${restricted}`; break;
      case 'disabled': this.item.text = '$(circle-slash) crossmedia-lint'; break;
      case 'configError':
        this.item.text = `$(error) crossmedia-lint: config error${restricted}`;
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        break;
      case 'problems': this.item.text = `$(warning) crossmedia-lint ${s.errors}E ${s.warnings}W${restricted}`; break;
      default: this.item.text = `$(check) crossmedia-lint${restricted}`;
    }
    const lines = [s.message ?? `${s.errors} errors, ${s.warnings} warnings in the workspace`];
    if (s.restricted) lines.push('Restricted Mode: bundled rules and JSON/YAML configuration only.');
    this.item.tooltip = lines.join('\n');
  }
  dispose(): void { this.item.dispose(); }
}
