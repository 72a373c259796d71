import { defineRule } from '../_kit';
import * as path from 'node:path';
import { bannerContext, backupImages, junkReason, ALL_LANGUAGES, FILE_START } from '../../server/src/engine/model/banner';

const TEXT_KINDS = new Set(['html', 'css', 'js', 'json', 'svg']);

export default defineRule({
  meta: {
    id: 'banner-orphan-files',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: [...ALL_LANGUAGES],
    cost: 'expensive',
    docs: {
      description: 'Files in the package that nothing references (no HTML, CSS, script or manifest names them) add weight and make CM360 warn; applies where the profile lists the orphan-files check.',
      recommended: true,
    },
    messages: {
      orphan: '"{{name}}" is not referenced by any HTML, CSS, script or manifest of the banner; remove it from the package.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file) || !b.profile.severity?.['package-orphan-files']) return;
    const unit = b.unit;
    const rel = unit.relPath(ctx.file);
    if (ctx.file === unit.primary || ctx.file === unit.adform?.file || ctx.file === unit.flashtalking?.file || junkReason(rel)) return;
    if (backupImages(unit).includes(ctx.file)) return;
    const base = path.posix.basename(rel);
    // A loose test on purpose: scripts build paths ("img/" + name), so any mention counts as a use.
    const mentioned = unit.files.some((f) => f !== ctx.file && TEXT_KINDS.has(f.language) && f.text.includes(base));
    if (!mentioned) ctx.report({ messageId: 'orphan', data: { name: rel }, range: FILE_START });
  },
});
