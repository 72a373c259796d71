import * as path from 'node:path';
import type { Host, DirEntry } from '../host';
import { decodeText } from '../util/text';
import { LineIndex, type Position } from '../util/lines';
import { HtmlDocument } from '../parse/html';
import { CssSheet } from '../parse/css';
import { JsonDocument } from '../parse/json';
import type { Language } from '../../../../rules/_kit/types';

const LANGUAGE_BY_EXT: Record<string, Language> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.css': 'css',
  '.svg': 'svg',
  '.json': 'json', '.webmanifest': 'json',
  '.yaml': 'yaml', '.yml': 'yaml',
  '.js': 'js', '.mjs': 'js', '.cjs': 'js',
  '.jpg': 'image', '.jpeg': 'image', '.png': 'image', '.gif': 'image', '.webp': 'image', '.avif': 'image',
  '.tif': 'image', '.tiff': 'image', '.bmp': 'image', '.psd': 'image', '.eps': 'image', '.ico': 'image', '.heic': 'image',
  '.mp4': 'media', '.m4v': 'media', '.mov': 'media', '.webm': 'media', '.mp3': 'media', '.m4a': 'media',
  '.wav': 'media', '.ogg': 'media', '.oga': 'media', '.ogv': 'media', '.aac': 'media',
  '.woff': 'font', '.woff2': 'font', '.ttf': 'font', '.otf': 'font', '.eot': 'font',
  '.vtt': 'text', '.txt': 'text', '.md': 'text', '.xmp': 'text',
  '.zip': 'zip',
};

export function languageOf(file: string): Language {
  return LANGUAGE_BY_EXT[path.extname(file).toLowerCase()] ?? 'other';
}

/** Problems the engine itself finds while reading a file (encoding, binary, size). */
export interface ReadIssue { kind: 'binary' | 'invalid-utf8' | 'too-large' | 'unreadable'; message: string; offset: number }

const TEXT_LANGUAGES = new Set<Language>(['html', 'css', 'svg', 'json', 'yaml', 'js', 'text']);

/** One file of the project, read and parsed at most once, on first use. */
export class SourceFile {
  readonly language: Language;
  readonly readIssues: ReadIssue[] = [];
  private bytesCache: Buffer | undefined;
  private textCache: string | undefined;
  private bomCache = false;
  private lines: LineIndex | undefined;
  private htmlCache: HtmlDocument | undefined;
  private cssCache: CssSheet | undefined;
  private jsonCache: JsonDocument | undefined;
  private memo = new Map<string, unknown>();

  constructor(
    /** Absolute path; for an entry of a zip archive, `archive.zip!/entry`. */
    readonly path: string,
    readonly relPath: string,
    private readonly load: () => Buffer,
    private readonly overlay: string | undefined,
    readonly maxTextBytes: number,
    readonly size: number,
    /** The archive this file was read from, for entries of a zip. */
    readonly archivePath?: string,
    /** For text set by the fixer: whether the file on disk starts with a BOM. */
    private readonly overlayBom = false,
  ) {
    this.language = languageOf(path);
  }

  get isText(): boolean { return TEXT_LANGUAGES.has(this.language); }
  get inArchive(): boolean { return this.archivePath !== undefined; }

  get bytes(): Buffer {
    if (this.bytesCache === undefined) {
      if (this.overlay !== undefined) this.bytesCache = Buffer.from(this.overlay, 'utf8');
      else {
        try {
          this.bytesCache = this.load();
        } catch (e) {
          this.readIssues.push({ kind: 'unreadable', message: `Cannot read the file: ${(e as Error).message}`, offset: 0 });
          this.bytesCache = Buffer.alloc(0);
        }
      }
    }
    return this.bytesCache;
  }

  /** The text, without BOM; empty when the file is binary or too large to lint as text. */
  get text(): string {
    if (this.textCache !== undefined) return this.textCache;
    if (this.overlay !== undefined) {
      this.textCache = this.overlay.charCodeAt(0) === 0xfeff ? this.overlay.slice(1) : this.overlay;
      this.bomCache = this.overlayBom || this.overlay.charCodeAt(0) === 0xfeff;
      return this.textCache;
    }
    if (this.size > this.maxTextBytes) {
      this.readIssues.push({ kind: 'too-large', offset: 0, message: `File is ${formatBytes(this.size)}, above the ${formatBytes(this.maxTextBytes)} limit for text files (setting maxFileSize); it was not parsed.` });
      this.textCache = '';
      return '';
    }
    const decoded = decodeText(this.bytes);
    this.bomCache = decoded.bom;
    if (decoded.binary && this.isText) {
      this.readIssues.push({ kind: 'binary', offset: 0, message: `File has binary content (NUL bytes) but a ${path.extname(this.path)} name; it was not parsed.` });
      this.textCache = '';
      return '';
    }
    if (decoded.invalidByteAt >= 0) {
      const before = decoded.text;
      this.readIssues.push({ kind: 'invalid-utf8', offset: byteToCharOffset(this.bytes, decoded.invalidByteAt, decoded.bom), message: `File is not valid UTF-8 (first invalid byte at byte ${decoded.invalidByteAt}); save it as UTF-8. It was linted with replacement characters and will not be fixed.` });
      this.textCache = before;
      return before;
    }
    this.textCache = decoded.text;
    return this.textCache;
  }
  get bom(): boolean { void this.text; return this.bomCache; }
  /** False when fixing must not write this file back (invalid encoding, binary, archive entry). */
  get writable(): boolean { void this.text; return !this.inArchive && this.readIssues.length === 0; }

  get lineIndex(): LineIndex { return (this.lines ??= new LineIndex(this.text)); }
  positionAt(offset: number): Position { return this.lineIndex.positionAt(offset); }

  get html(): HtmlDocument | undefined {
    if (this.language !== 'html' && this.language !== 'svg') return undefined;
    return (this.htmlCache ??= new HtmlDocument(this.text, this.path));
  }
  /** The stylesheet of a .css file. */
  get css(): CssSheet | undefined {
    if (this.language !== 'css') return undefined;
    return (this.cssCache ??= new CssSheet('file', this.text, 0, undefined, undefined, this.path));
  }
  /** Every stylesheet of the file: the .css itself, or the <style> and style="" of a page. */
  get sheets(): CssSheet[] {
    if (this.language === 'css') return this.css ? [this.css] : [];
    return this.html?.sheets ?? [];
  }
  get json(): JsonDocument | undefined {
    if (this.language !== 'json') return undefined;
    return (this.jsonCache ??= new JsonDocument(this.text));
  }

  /** Per-file memo for derived facts (image facts, metadata), computed once per run. */
  cached<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = compute();
    this.memo.set(key, v);
    return v;
  }
}

function byteToCharOffset(bytes: Buffer, byteOffset: number, bom: boolean): number {
  const start = bom ? 3 : 0;
  return new TextDecoder('utf-8').decode(bytes.subarray(start, Math.max(start, byteOffset))).length;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export interface ProjectOptions {
  maxFileSize: number;
}

/**
 * Every file of the deliverables being linted, read lazily through the host. Files referenced from
 * linted files but outside the linted set are loaded on demand, so the asset graph sees them too.
 */
export class Project {
  readonly files = new Map<string, SourceFile>();
  /** Lower-cased path → real paths, for letter-case mismatches. */
  private lowerIndex: Map<string, string[]> | undefined;
  /** Per-project memo for derived models (asset graph, banner units). */
  private memo = new Map<string, unknown>();

  constructor(
    readonly host: Host,
    /** The deliverable roots: the folders (or archives) given to the linter. */
    readonly roots: string[],
    readonly options: ProjectOptions,
  ) {}

  addFile(absPath: string, relPath: string, size: number, archivePath?: string, load?: () => Buffer): SourceFile {
    const existing = this.files.get(absPath);
    if (existing) return existing;
    const overlay = archivePath ? undefined : this.host.overlayText?.(absPath);
    const f = new SourceFile(absPath, relPath, load ?? (() => this.host.readFile(absPath)), overlay, this.options.maxFileSize, overlay !== undefined ? Buffer.byteLength(overlay) : size, archivePath);
    this.files.set(absPath, f);
    this.lowerIndex = undefined;
    // Derived models (the asset graph) are built from the linted files' text, which an added file
    // does not change; files loaded on demand while rules run must not throw them away.
    return f;
  }

  /** Replaces a file's text (a fixer pass, an editor change); the new text is parsed on demand. */
  updateText(absPath: string, text: string): SourceFile {
    const old = this.files.get(absPath);
    const f = new SourceFile(absPath, old?.relPath ?? this.relative(absPath), () => Buffer.from(text, 'utf8'), text, this.options.maxFileSize, Buffer.byteLength(text), old?.archivePath, old?.bom ?? false);
    this.files.set(absPath, f);
    this.memo.clear();
    return f;
  }

  /** Archives (zip) read into the project, with the problems found while opening them. */
  readonly archives = new Map<string, { problems: { code: string; message: string; entry?: string }[]; entryCount: number; byteSize: number; inflatedSize: number }>();

  private dirListings = new Map<string, Map<string, DirEntry>>();
  /** A folder's entries by exact name, read once per project: many references share few folders. */
  listDir(dir: string): Map<string, DirEntry> {
    let listing = this.dirListings.get(dir);
    if (!listing) {
      listing = new Map(this.host.readDir(dir).map((e) => [e.name, e]));
      this.dirListings.set(dir, listing);
    }
    return listing;
  }

  /** A file by absolute path: from the linted set, or from disk when it exists there. */
  getFile(absPath: string): SourceFile | undefined {
    const known = this.files.get(absPath);
    if (known) return known;
    if (absPath.includes('!/')) return undefined;
    // An unsaved editor buffer may exist before its file does; otherwise the listing decides.
    if (this.host.overlayText?.(absPath) === undefined && !this.listDir(path.dirname(absPath)).has(path.basename(absPath))) return undefined;
    const st = this.host.stat(absPath);
    if (!st?.isFile) return undefined;
    return this.addFile(absPath, this.relative(absPath), st.size);
  }

  /** The real file for a path that exists only with another letter case, if any. */
  findOtherCase(absPath: string): string | undefined {
    if (!this.lowerIndex) {
      this.lowerIndex = new Map();
      for (const p of this.files.keys()) {
        const k = p.toLowerCase();
        const list = this.lowerIndex.get(k);
        if (list) list.push(p); else this.lowerIndex.set(k, [p]);
      }
    }
    const hit = this.lowerIndex.get(absPath.toLowerCase())?.find((p) => p !== absPath);
    if (hit) return hit;
    if (absPath.includes('!/')) return undefined;
    // Not in the linted set: look in the directory itself.
    const dir = path.dirname(absPath);
    const base = path.basename(absPath).toLowerCase();
    for (const name of this.listDir(dir).keys()) {
      if (name.toLowerCase() === base && name !== path.basename(absPath)) return path.join(dir, name);
    }
    return undefined;
  }

  /** The deliverable root a file belongs to (the deepest root that contains it). */
  rootOf(absPath: string): string {
    let best = '';
    for (const r of this.roots) {
      if ((absPath === r || absPath.startsWith(r.endsWith('/') || r.endsWith('!/') ? r : r + path.sep) || absPath.startsWith(r + '!/')) && r.length > best.length) best = r;
    }
    return best || path.dirname(absPath);
  }

  relative(absPath: string): string {
    const root = this.rootOf(absPath);
    return path.relative(root, absPath).split(path.sep).join('/');
  }

  cached<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = compute();
    this.memo.set(key, v);
    return v;
  }
  invalidate(): void { this.memo.clear(); }
}
