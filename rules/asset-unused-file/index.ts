import * as path from 'node:path';
import { defineRule, type SourceFile } from '../_kit';
import { assetGraph, assetSettings, deliverableRoot } from '../_assets';
import { bannerUnits, bannerContext, backupImages, junkReason, FILE_START } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'asset-unused-file',
    domain: 'asset',
    type: 'suggestion',
    scope: 'project',
    languages: ['html', 'css', 'svg', 'json', 'js', 'image', 'media', 'font', 'text', 'other'],
    cost: 'expensive',
    docs: {
      description: 'An image, font, media file, stylesheet or script that no page, stylesheet, manifest or script of the deliverable references: dead weight in a banner package or on the server.',
      recommended: true,
    },
    messages: {
      unused: '"{{name}}" is not referenced by any page, stylesheet, manifest or script of the deliverable.',
      remove: 'Delete "{{name}}"',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const { project } = ctx;
    const settings = assetSettings(ctx.settings);
    const extensions = new Set(settings.unusedExtensions.map((e) => e.toLowerCase()));
    const used = assetGraph(project).usedFiles();
    // Which files are in scope: banner units (unless their platform profile already runs the
    // banner orphan check), and every deliverable when settings.assets.reportUnused is on. A
    // website folder has drafts, sources and downloads on purpose; a banner package has none.
    const scope: { files: SourceFile[]; texts: SourceFile[]; keep: Set<SourceFile> }[] = [];
    const inUnits = new Set<SourceFile>();
    for (const unit of bannerUnits(project)) {
      for (const f of unit.files) inUnits.add(f);
      const b = bannerContext(project, unit.primary ?? unit.anchor, ctx.settings);
      if (b?.profile.severity?.['package-orphan-files']) continue;
      const keep = new Set<SourceFile>([...backupImages(unit), ...[unit.primary, unit.adform?.file, unit.flashtalking?.file].filter((f): f is SourceFile => !!f)]);
      scope.push({ files: unit.files, texts: unit.files, keep });
    }
    if (settings.reportUnused) {
      const byRoot = new Map<string, SourceFile[]>();
      for (const f of project.files.values()) {
        if (inUnits.has(f) || f.language === 'zip') continue;
        const root = deliverableRoot(project, f.path);
        const list = byRoot.get(root);
        if (list) list.push(f); else byRoot.set(root, [f]);
      }
      for (const files of byRoot.values()) scope.push({ files, texts: files, keep: new Set() });
    }
    for (const { files, texts, keep } of scope) {
      const scripts = texts.filter((f) => f.language === 'js' || f.language === 'html');
      for (const file of files) {
        if (keep.has(file) || used.has(file.path)) continue;
        const ext = path.extname(file.path).slice(1).toLowerCase();
        if (!extensions.has(ext) || junkReason(file.relPath)) continue;
        const base = path.basename(file.path);
        // Scripts build paths ("img/" + name): a mention of the file name in any script counts as a use.
        if (scripts.some((s) => s !== file && s.text.includes(base))) continue;
        ctx.report({
          messageId: 'unused',
          data: { name: file.relPath },
          file,
          range: FILE_START,
          suggest: file.inArchive ? undefined : [{ messageId: 'remove', data: { name: file.relPath }, fileEdits: [{ file: file.path, edits: [], delete: true }] }],
        });
      }
    }
  },
});
