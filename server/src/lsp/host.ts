import type { Host, FileStat, DirEntry, Logger } from '../engine/host';
import { NodeHost, silentLogger } from '../engine/host';

/**
 * The file system with the editor's open documents laid over it: unsaved text wins, so rules see
 * what the user sees. Used on the main thread and, with overlays copied in, in the worker.
 */
export class LspHost implements Host {
  private readonly disk: NodeHost;
  private readonly overlays = new Map<string, string>();
  constructor(public logger: Logger = silentLogger) {
    this.disk = new NodeHost(logger);
  }
  setOverlay(file: string, text: string | undefined): void {
    if (text === undefined) this.overlays.delete(file); else this.overlays.set(file, text);
  }
  replaceOverlays(entries: Iterable<[string, string]>): void {
    this.overlays.clear();
    for (const [file, text] of entries) this.overlays.set(file, text);
  }
  overlayEntries(): [string, string][] { return [...this.overlays]; }
  overlayText(file: string): string | undefined { return this.overlays.get(file); }
  readFile(file: string): Buffer {
    const text = this.overlays.get(file);
    return text !== undefined ? Buffer.from(text, 'utf8') : this.disk.readFile(file);
  }
  stat(file: string): FileStat | undefined {
    const onDisk = this.disk.stat(file);
    const text = this.overlays.get(file);
    if (text === undefined) return onDisk;
    return { isDirectory: false, isSymbolicLink: onDisk?.isSymbolicLink ?? false, mtimeMs: onDisk?.mtimeMs ?? 0, isFile: true, size: Buffer.byteLength(text) };
  }
  readDir(dir: string): DirEntry[] { return this.disk.readDir(dir); }
  realpath(file: string): string { return this.disk.realpath(file); }
  writeFile(file: string, data: Buffer): void { this.disk.writeFile(file, data); }
  now(): Date { return new Date(); }
}
