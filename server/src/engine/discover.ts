import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Host } from './host';

export interface DiscoverOptions {
  /** Extra ignore tests (config `ignore`), on absolute paths. */
  isIgnored?: (abs: string, dir: string) => boolean;
  /** Stop after this many files (a guard against pointing the linter at a whole disk). */
  maxFiles?: number;
}

export interface DiscoveredFile { path: string; size: number; root: string }
export interface DiscoveryResult { files: DiscoveredFile[]; missing: string[]; warnings: string[] }

const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Expands paths into files: folders are walked (honouring .gitignore files and the config's ignore
 * list, skipping node_modules and VCS folders, following symlinks once), files are taken as given.
 */
export function discover(host: Host, inputs: string[], opts: DiscoverOptions = {}): DiscoveryResult {
  const files: DiscoveredFile[] = [];
  const missing: string[] = [];
  const warnings: string[] = [];
  const seenReal = new Set<string>();
  const maxFiles = opts.maxFiles ?? 200_000;
  for (const input of inputs) {
    const abs = path.resolve(input);
    const st = host.stat(abs);
    if (!st) { missing.push(input); continue; }
    if (st.isFile) { files.push({ path: abs, size: st.size, root: path.dirname(abs) }); continue; }
    if (!st.isDirectory) continue;
    const gitignores: { dir: string; ig: Ignore }[] = [];
    const walk = (dir: string, depth: number): void => {
      if (files.length >= maxFiles) return;
      const real = host.realpath(dir);
      if (seenReal.has(real)) { if (depth > 0) warnings.push(`Skipped ${dir}: it links back to a folder already linted (symlink loop).`); return; }
      seenReal.add(real);
      const ownIgnore = readGitignore(host, dir);
      if (ownIgnore) gitignores.push({ dir, ig: ownIgnore });
      const entries = host.readDir(dir).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (ALWAYS_SKIPPED.has(e.name)) continue;
        const full = path.join(dir, e.name);
        let isDir = e.isDirectory, isFile = e.isFile, size = 0;
        if (e.isSymbolicLink || (!isDir && !isFile)) {
          const s = host.stat(full);
          if (!s) { warnings.push(`Skipped ${full}: a broken symbolic link.`); continue; }
          isDir = s.isDirectory; isFile = s.isFile; size = s.size;
        }
        if (isGitIgnored(gitignores, full, isDir) || opts.isIgnored?.(full, dir)) continue;
        if (isDir) walk(full, depth + 1);
        else if (isFile) {
          if (!size) size = host.stat(full)?.size ?? 0;
          files.push({ path: full, size, root: abs });
          if (files.length >= maxFiles) { warnings.push(`Stopped after ${maxFiles} files.`); return; }
        }
      }
      if (ownIgnore) gitignores.pop();
    };
    walk(abs, 0);
  }
  return { files, missing, warnings };
}

function readGitignore(host: Host, dir: string): Ignore | undefined {
  const f = path.join(dir, '.gitignore');
  if (!host.stat(f)?.isFile) return undefined;
  try {
    return ignore().add(host.readFile(f).toString('utf8'));
  } catch {
    return undefined;
  }
}

function isGitIgnored(stack: { dir: string; ig: Ignore }[], full: string, isDir: boolean): boolean {
  for (const { dir, ig } of stack) {
    const rel = path.relative(dir, full).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (ig.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}
