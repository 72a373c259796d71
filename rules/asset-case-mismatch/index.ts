import * as path from 'node:path';
import { defineRule } from '../_kit';
import { assetRefsOf, assetGraph, pathPartLength, type AssetRef } from '../_assets';

/**
 * The reference with its path segments re-cased to the real file's, when the written text maps
 * one-to-one onto the resolved path (no escapes or backslashes); undefined otherwise.
 */
function recased(ref: AssetRef, real: string): string | undefined {
  const written = ref.raw.slice(0, pathPartLength(ref.raw));
  if (written !== ref.url || written.includes('\\')) return undefined;
  const segs = written.split('/');
  const realSegs = real.split(/[\\/]/);
  const resolvedSegs = ref.resolved!.split(/[\\/]/);
  let k = realSegs.length - 1;
  for (let i = segs.length - 1; i >= 0 && k >= 0; i--, k--) {
    const s = segs[i];
    if (s === '' || s === '.' || s === '..') break;
    if (s !== resolvedSegs[k]) return undefined;
    if (s.toLowerCase() !== realSegs[k].toLowerCase()) return undefined;
    segs[i] = realSegs[k];
  }
  const out = segs.join('/');
  return out === written ? undefined : out + ref.raw.slice(written.length);
}

export default defineRule({
  meta: {
    id: 'asset-case-mismatch',
    domain: 'asset',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg', 'json'],
    cost: 'cheap',
    docs: {
      description: 'A reference names a file with the wrong letter case: it works on macOS and Windows but is a 404 on Linux servers and ad servers.',
      recommended: true,
    },
    messages: {
      mismatch: '"{{url}}" exists only as "{{real}}": letter case differs, which breaks on case-sensitive servers.',
      renameFile: 'Rename the file to "{{name}}" (and keep the other {{others}} reference(s) working)',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: true,
  },
  create(ctx) {
    const { project, file } = ctx;
    for (const ref of assetRefsOf(project, file)) {
      if (ref.external || ref.fileSystemPath || !ref.resolved || ref.resolved === file.path) continue;
      if (project.getFile(ref.resolved)) continue;
      const real = project.findOtherCase(ref.resolved);
      if (!real) continue;
      const replacement = recased(ref, real);
      const wanted = path.basename(ref.resolved);
      const sameDir = path.dirname(real) === path.dirname(ref.resolved);
      // Renaming the file instead only makes sense when the folders match and nothing else uses the real name.
      const others = assetGraph(project).refsTo(real).length;
      const canRename = sameDir && !real.includes('!/');
      ctx.report({
        messageId: 'mismatch',
        data: { url: ref.raw, real: project.relative(real) },
        range: ref.range,
        fix: replacement !== undefined ? (f) => f.replace(ref.range, replacement) : undefined,
        suggest: canRename ? [{
          messageId: 'renameFile',
          data: { name: wanted, others },
          fileEdits: [{ file: real, edits: [], renameTo: ref.resolved }],
        }] : undefined,
      });
    }
  },
});
