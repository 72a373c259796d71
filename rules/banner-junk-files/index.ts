import { defineRule } from '../_kit';
import { bannerContext, junkReason, ALL_LANGUAGES, FILE_START } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-junk-files',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: [...ALL_LANGUAGES],
    cost: 'cheap',
    docs: {
      description: 'System and tool leftovers (.DS_Store, __MACOSX, Thumbs.db, ._ files, source .fla/.psd files) do not belong in a banner package: they add weight and fail type and file-name checks.',
      recommended: true,
    },
    messages: {
      junk: '"{{name}}" is a {{reason}} and should not be in the package.',
      junkInZip: '"{{name}}" is a {{reason}}; re-create the ZIP without it (on macOS: zip -r -X, or exclude __MACOSX).',
      remove: 'Delete {{name}}',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file)) return;
    const name = b.unit.relPath(ctx.file);
    const reason = junkReason(name);
    if (!reason) return;
    if (ctx.file.inArchive) {
      ctx.report({ messageId: 'junkInZip', data: { name, reason }, range: FILE_START });
      return;
    }
    ctx.report({
      messageId: 'junk', data: { name, reason }, range: FILE_START,
      suggest: [{ messageId: 'remove', data: { name }, fileEdits: [{ file: ctx.file.path, edits: [], delete: true }] }],
    });
  },
});
