import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';

export interface CliResult { code: number; stdout: string; stderr: string }

/** Runs the CLI in process with captured output. */
export async function cli(args: string[], cwd: string, now?: Date): Promise<CliResult> {
  let stdout = '', stderr = '';
  const code = await runCli(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd, isTTY: false, now: now ? () => now : undefined });
  return { code, stdout, stderr };
}

/** A temporary folder with the given files (text or bytes); removed by the caller's `after`. */
export function tempProject(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cml-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}
