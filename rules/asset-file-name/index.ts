import * as path from 'node:path';
import { defineRule, type FileEdit } from '../_kit';
import { assetGraph, assetSettings, inBannerUnit, pathPartLength, deliverableRoot } from '../_assets';

const FILE_START = { start: 0, end: 0 };

/** A name servers and tools keep as is: accents folded, spaces and the rest to '-'. */
export function safeName(name: string): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  const clean = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^A-Za-z0-9._~@-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return (clean(stem) || 'file') + clean(ext.slice(1)).replace(/^(.)/, '.$1');
}

export default defineRule({
  meta: {
    id: 'asset-file-name',
    domain: 'asset',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg', 'json', 'js', 'image', 'media', 'font', 'text', 'other'],
    cost: 'cheap',
    docs: {
      description: 'File and folder names with spaces, accents or characters such as # ? % & + ( ) get encoded, mangled or cut by servers, CDNs, zip tools and ad servers.',
      recommended: true,
    },
    messages: {
      unsafe: '"{{name}}" contains {{chars}}; servers and upload tools may mangle it. Use letters, digits, ".", "-", "_".',
      rename: 'Rename to "{{safe}}" and update {{count}} reference(s)',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const { project, file } = ctx;
    // Banner packages have their platform's own file-name rule (banner-file-names).
    if (inBannerUnit(project, file)) return;
    const settings = assetSettings(ctx.settings);
    const ok = new RegExp(settings.safeFileNamePattern);
    const root = deliverableRoot(project, file.path);
    const rel = path.relative(root.replace(/!$/, ''), file.path.replace('!/', '/')).split(path.sep).join('/');
    const segments = rel.split('/');
    const bad = segments.find((s) => !ok.test(s));
    if (!bad) return;
    const chars = [...new Set([...bad].filter((ch) => !ok.test(ch)))].map((ch) => (ch === ' ' ? 'spaces' : `"${ch}"`)).join(', ');
    const base = path.basename(file.path);
    const suggest = [];
    if (bad === base && !file.inArchive) {
      const safe = safeName(base);
      const target = path.join(path.dirname(file.path), safe);
      if (safe !== base && !project.getFile(target)) {
        const refs = assetGraph(project).refsTo(file.path);
        const edits = new Map<string, FileEdit>();
        for (const ref of refs) {
          const pathLen = pathPartLength(ref.raw);
          const segStart = Math.max(ref.raw.lastIndexOf('/', pathLen - 1), ref.raw.lastIndexOf('\\', pathLen - 1)) + 1;
          const fe = edits.get(ref.from.path) ?? { file: ref.from.path, edits: [] };
          fe.edits.push({ start: ref.range.start + segStart, end: ref.range.start + pathLen, text: encodeURI(safe) });
          edits.set(ref.from.path, fe);
        }
        suggest.push({ messageId: 'rename', data: { safe, count: refs.length }, fileEdits: [...edits.values(), { file: file.path, edits: [], renameTo: target }] });
      }
    }
    ctx.report({ messageId: 'unsafe', data: { name: bad, chars }, range: FILE_START, suggest });
  },
});
