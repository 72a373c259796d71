import * as path from 'node:path';
import type { Host, FileStat, DirEntry, Logger } from './host';
import { silentLogger } from './host';

/** A host over an in-memory tree: for tests, and for linting a zip's entries as a folder. */
export class MemoryHost implements Host {
  readonly files = new Map<string, Buffer>();
  logger: Logger = silentLogger;
  constructor(files: Record<string, string | Uint8Array> = {}, private readonly clock: () => Date = () => new Date()) {
    for (const [p, c] of Object.entries(files)) this.set(p, c);
  }
  set(file: string, content: string | Uint8Array): void {
    this.files.set(path.resolve(file), typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content));
  }
  readFile(file: string): Buffer {
    const b = this.files.get(path.resolve(file));
    if (!b) throw Object.assign(new Error(`ENOENT: no such file ${file}`), { code: 'ENOENT' });
    return b;
  }
  stat(file: string): FileStat | undefined {
    const abs = path.resolve(file);
    const b = this.files.get(abs);
    if (b) return { size: b.length, isFile: true, isDirectory: false, isSymbolicLink: false, mtimeMs: 0 };
    const prefix = abs.endsWith(path.sep) ? abs : abs + path.sep;
    for (const k of this.files.keys()) if (k.startsWith(prefix)) return { size: 0, isFile: false, isDirectory: true, isSymbolicLink: false, mtimeMs: 0 };
    return undefined;
  }
  readDir(dir: string): DirEntry[] {
    const abs = path.resolve(dir);
    const prefix = abs.endsWith(path.sep) ? abs : abs + path.sep;
    const seen = new Map<string, DirEntry>();
    for (const k of this.files.keys()) {
      if (!k.startsWith(prefix)) continue;
      const rest = k.slice(prefix.length);
      const name = rest.split(path.sep)[0];
      const isDir = rest.includes(path.sep);
      if (!seen.has(name)) seen.set(name, { name, isFile: !isDir, isDirectory: isDir, isSymbolicLink: false });
    }
    return [...seen.values()];
  }
  realpath(file: string): string { return path.resolve(file); }
  writeFile(file: string, data: Buffer): void { this.files.set(path.resolve(file), data); }
  now(): Date { return this.clock(); }
}
