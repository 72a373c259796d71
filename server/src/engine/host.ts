import * as fs from 'node:fs';
import * as path from 'node:path';

export interface FileStat { size: number; isFile: boolean; isDirectory: boolean; isSymbolicLink: boolean; mtimeMs: number }
export interface DirEntry { name: string; isFile: boolean; isDirectory: boolean; isSymbolicLink: boolean }

export interface Logger { info(msg: string): void; warn(msg: string): void; error(msg: string): void }

/**
 * How the engine sees the world. The CLI host is the file system; the LSP host lays the editor's
 * open documents over it. Synchronous on purpose: rules ask "does this file exist, in this case?"
 * in the middle of a walk, and the engine runs off the editor's main thread.
 */
export interface Host {
  readFile(file: string): Buffer;
  /** Text the host holds that is newer than the disk (an unsaved editor buffer), if any. */
  overlayText?(file: string): string | undefined;
  stat(file: string): FileStat | undefined;
  readDir(dir: string): DirEntry[];
  realpath(file: string): string;
  writeFile?(file: string, data: Buffer): void;
  now(): Date;
  logger: Logger;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export class NodeHost implements Host {
  constructor(public logger: Logger = silentLogger, private clock: () => Date = () => new Date()) {}
  readFile(file: string): Buffer { return fs.readFileSync(file); }
  stat(file: string): FileStat | undefined {
    try {
      const l = fs.lstatSync(file);
      const s = l.isSymbolicLink() ? fs.statSync(file) : l;
      return { size: s.size, isFile: s.isFile(), isDirectory: s.isDirectory(), isSymbolicLink: l.isSymbolicLink(), mtimeMs: s.mtimeMs };
    } catch {
      return undefined;
    }
  }
  readDir(dir: string): DirEntry[] {
    try {
      return fs.readdirSync(dir, { withFileTypes: true }).map((d) => ({
        name: d.name, isFile: d.isFile(), isDirectory: d.isDirectory(), isSymbolicLink: d.isSymbolicLink(),
      }));
    } catch {
      return [];
    }
  }
  realpath(file: string): string {
    try { return fs.realpathSync.native(file); } catch { return path.resolve(file); }
  }
  /** Writes through a temporary file and a rename so that a crash never leaves half a file. */
  writeFile(file: string, data: Buffer): void {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    let mode: number | undefined;
    try { mode = fs.statSync(file).mode; } catch { /* new file */ }
    fs.writeFileSync(tmp, data, mode !== undefined ? { mode } : undefined);
    try {
      fs.renameSync(tmp, file);
    } catch (e) {
      try { fs.unlinkSync(tmp); } catch { /* already gone */ }
      throw e;
    }
  }
  now(): Date { return this.clock(); }
}
