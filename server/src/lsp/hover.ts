import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Engine } from '../engine';
import type { Host } from '../engine/host';
import { formatBytes, languageOf } from '../engine/model/project';
import { CONFIG_FILE_NAMES, DEFAULT_MAX_FILE_SIZE } from '../engine/config/config';
import { Project } from '../engine/model/project';
import { describeLicence } from '../engine/model/licence-usage';
import * as imageFacts from '../engine/facts/image';
import * as mediaFacts from '../engine/facts/media/readMediaFacts';

/** The quoted string, url() or srcset candidate that contains an offset on its line. */
export function referenceAt(text: string, offset: number): { value: string; start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const at = offset - lineStart;
  const patterns = [/url\(\s*(['"]?)([^'")]*)\1\s*\)/g, /"([^"]*)"/g, /'([^']*)'/g];
  for (const re of patterns) {
    for (const m of line.matchAll(re)) {
      const value = m[2] ?? m[1];
      const start = (m.index ?? 0) + m[0].indexOf(value, m[0].startsWith('url(') ? 4 : 1);
      const end = start + value.length;
      if (at < start || at > end) continue;
      // srcset: "a.jpg 1x, b.jpg 2x" — the candidate under the cursor.
      let pos = start;
      for (const part of value.split(',')) {
        const url = part.trim().split(/\s+/)[0] ?? '';
        const urlStart = pos + part.indexOf(url);
        if (url && at >= urlStart && at <= urlStart + url.length) return { value: url, start: lineStart + urlStart, end: lineStart + urlStart + url.length };
        pos += part.length + 1;
      }
      return { value: value.trim(), start: lineStart + start, end: lineStart + end };
    }
  }
  return undefined;
}

function resolveReference(value: string, fromFile: string, root: string): string | undefined {
  if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//') || value.startsWith('#')) return undefined;
  let clean = value.split(/[?#]/)[0];
  try { clean = decodeURIComponent(clean); } catch { /* keep as written */ }
  if (!clean || clean.length > 1024) return undefined;
  return clean.startsWith('/') ? path.join(root, clean) : path.resolve(path.dirname(fromFile), clean);
}

const MAX_HOVER_READ = 64 * 1024 * 1024;

/** What the engine can tell about an asset file: size, and for images and media their header facts. */
export function describeAsset(host: Host, file: string, rel: string): string | undefined {
  const st = host.stat(file);
  if (!st?.isFile) return undefined;
  const lines = [`**${rel}** — ${formatBytes(st.size)} (${st.size.toLocaleString('en')} bytes)`];
  const language = languageOf(file);
  if ((language === 'image' || language === 'svg' || language === 'media') && st.size <= MAX_HOVER_READ) {
    try {
      const bytes = host.readFile(file);
      if (language === 'media') {
        const f = mediaFacts.readMediaFacts(bytes);
        const v = f.video ? `${f.video.codec} ${f.video.width}×${f.video.height}${f.video.frameRate ? ` @ ${f.video.frameRate} fps` : ''}` : undefined;
        const a = f.audio ? `${f.audio.codec}${f.audio.channels ? ` ${f.audio.channels} ch` : ''}${f.audio.sampleRate ? ` ${f.audio.sampleRate} Hz` : ''}` : undefined;
        lines.push([`container: ${f.container}`, f.durationSec !== undefined ? `duration: ${f.durationSec.toFixed(2)} s` : '', v ? `video: ${v}` : '', a ? `audio: ${a}` : ''].filter(Boolean).join('  \n'));
      } else if (typeof imageFacts.readImageFacts === 'function') {
        const f = imageFacts.readImageFacts(bytes, path.basename(file));
        const parts = [`format: ${f.format.toUpperCase()}`];
        if (f.width !== undefined && f.height !== undefined) parts.push(`dimensions: ${f.width} × ${f.height} px`);
        if (f.colorSpace) parts.push(`colour space: ${f.colorSpace}${f.icc?.description ? ` (ICC: ${f.icc.description})` : ''}`);
        if (f.frames && f.frames > 1) parts.push(`frames: ${f.frames}`);
        lines.push(parts.join('  \n'));
      }
    } catch (e) {
      // The facts modules are optional and linted files are untrusted: the size alone still helps.
      lines.push(`_${(e as Error).message}_`);
    }
  } else if (language === 'font') {
    lines.push(`format: ${path.extname(file).slice(1).toUpperCase()}`);
  }
  return lines.join('\n\n');
}

export function isConfigFile(file: string): boolean { return CONFIG_FILE_NAMES.includes(path.basename(file)); }

/** A rule id under the cursor in a configuration file: its description, type, cost and options. */
export function ruleHover(engine: Engine, text: string, offset: number): Hover | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const at = offset - lineStart;
  for (const m of line.matchAll(/["']?([a-z0-9@][\w./@-]*)["']?/gi)) {
    const start = m.index ?? 0;
    if (at < start || at > start + m[0].length) continue;
    const meta = engine.metaOf(m[1]);
    if (!meta) return undefined;
    const md = [`**${meta.id}** (${meta.domain}, ${meta.type}, ${meta.cost}${meta.fixable ? ', fixable' : ''}${meta.hasSuggestions ? ', has suggestions' : ''})`, '', meta.docs.description];
    const props = (meta.schema as { properties?: Record<string, { description?: string; type?: unknown }> } | undefined)?.properties;
    if (props && Object.keys(props).length) {
      md.push('', 'Options:');
      for (const [k, v] of Object.entries(props)) md.push(`- \`${k}\`${v.type ? ` (${Array.isArray(v.type) ? v.type.join('|') : String(v.type)})` : ''}${v.description ? `: ${v.description}` : ''}${meta.defaultOptions && k in meta.defaultOptions ? ` — default \`${JSON.stringify(meta.defaultOptions[k])}\`` : ''}`);
    }
    if (meta.docs.url) md.push('', `[Documentation](${meta.docs.url})`);
    return { contents: { kind: MarkupKind.Markdown, value: md.join('\n') } };
  }
  return undefined;
}

export function assetHover(host: Host, text: string, offset: number, file: string, root: string, licenceOf?: (target: string) => string | undefined): { markdown: string; start: number; end: number } | undefined {
  const ref = referenceAt(text, offset);
  if (!ref) return undefined;
  const target = resolveReference(ref.value, file, root);
  if (!target) return undefined;
  const md = describeAsset(host, target, path.relative(path.dirname(file), target).split(path.sep).join('/') || path.basename(target));
  if (!md) return undefined;
  let licence: string | undefined;
  try { licence = licenceOf?.(target); } catch { /* a broken licence file is reported as a diagnostic, not in a hover */ }
  return { markdown: licence ? `${md}\n\n${licence.split('\n').join('  \n')}` : md, start: ref.start, end: ref.end };
}

/** The licence of an asset as the licence rules see it (licence file entry and embedded rights). */
export function licenceDescription(engine: Engine, host: Host, root: string, target: string): string | undefined {
  const project = new Project(host, [root], { maxFileSize: DEFAULT_MAX_FILE_SIZE });
  const asset = project.getFile(target);
  if (!asset || !['image', 'svg', 'media', 'font'].includes(asset.language)) return undefined;
  return describeLicence(project, asset, engine.config.resolve(target).settings, host.now());
}
