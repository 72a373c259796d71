// Loudness through a local ffmpeg's ebur128 filter. Only an ffmpeg already on the PATH or named in
// settings.media.ffmpeg is used: nothing is ever downloaded, and a binary inside the linted deliverables is refused
// (a delivery folder must not be able to choose what the linter executes).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface FfmpegLookup { path?: string; reason?: string }

function isExecutable(file: string): boolean {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The ffmpeg to use, or why there is none. `configured` is settings.media.ffmpeg (a path, or false to disable). */
export function findFfmpeg(configured: unknown, roots: string[], envPath = process.env.PATH ?? ''): FfmpegLookup {
  if (configured === false) return { reason: 'settings.media.ffmpeg is false' };
  const inside = (p: string) => roots.some((r) => p === r || p.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
  if (typeof configured === 'string' && configured.trim()) {
    const p = path.resolve(configured.trim());
    if (inside(p)) return { reason: `settings.media.ffmpeg (${configured}) lies inside the linted files and is not run` };
    if (!/^ffmpeg(\.exe)?$/i.test(path.basename(p))) return { reason: `settings.media.ffmpeg (${configured}) is not named ffmpeg` };
    return isExecutable(p) ? { path: p } : { reason: `settings.media.ffmpeg (${configured}) is not an executable file` };
  }
  const names = process.platform === 'win32' ? ['ffmpeg.exe'] : ['ffmpeg'];
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir || !path.isAbsolute(dir)) continue;
    for (const name of names) {
      const p = path.join(dir, name);
      if (!inside(p) && isExecutable(p)) return { path: p };
    }
  }
  return { reason: 'ffmpeg was not found on the PATH and settings.media.ffmpeg is not set' };
}

export interface Loudness { integratedLufs?: number; truePeakDbtp?: number }

/** Reads the Summary block ebur128 prints at the end ("I: -14.2 LUFS", "True peak: Peak: -1.3 dBFS"). */
export function parseEbur128Summary(stderr: string): Loudness {
  const at = stderr.lastIndexOf('Summary:');
  if (at < 0) return {};
  const summary = stderr.slice(at);
  const out: Loudness = {};
  const integrated = /Integrated loudness:\s*\n\s*I:\s*(-?[\d.]+|-inf)\s*LUFS/.exec(summary);
  if (integrated) out.integratedLufs = integrated[1] === '-inf' ? -Infinity : Number(integrated[1]);
  const peak = /True peak:\s*\n\s*Peak:\s*(-?[\d.]+|-inf)\s*dBFS/.exec(summary);
  if (peak) out.truePeakDbtp = peak[1] === '-inf' ? -Infinity : Number(peak[1]);
  return out;
}

/** Measures a file's loudness; decodes audio only (-vn -sn -dn) and is killed after `timeoutMs`. */
export function measureLoudness(ffmpeg: string, file: string, timeoutMs: number): Promise<Loudness & { error?: string }> {
  const args = ['-hide_banner', '-nostats', '-nostdin', '-i', file, '-vn', '-sn', '-dn', '-af', 'ebur128=peak=true', '-f', 'null', '-'];
  return new Promise((resolve) => {
    execFile(ffmpeg, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, windowsHide: true }, (error, _stdout, stderr) => {
      const result = parseEbur128Summary(String(stderr));
      if (result.integratedLufs !== undefined) { resolve(result); return; }
      const killed = error && (error as { killed?: boolean }).killed;
      const lastLine = String(stderr).trim().split('\n').pop() ?? '';
      resolve({ error: killed ? `ffmpeg took longer than ${Math.round(timeoutMs / 1000)} s` : lastLine || error?.message || 'ffmpeg printed no loudness summary' });
    });
  });
}

/**
 * Measures bytes that are not a plain file on disk (an archive entry, an unsaved or in-memory file) through a
 * private temporary copy: ffmpeg cannot seek in a pipe, and MP4 files often keep their index at the end.
 */
export async function measureLoudnessOfBytes(ffmpeg: string, bytes: Uint8Array, name: string, timeoutMs: number): Promise<Loudness & { error?: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossmedia-lint-'));
  const file = path.join(dir, `media${path.extname(name).replace(/[^.a-z0-9]/gi, '')}`);
  try {
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    return await measureLoudness(ffmpeg, file, timeoutMs);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
