import * as path from 'node:path';
import { defineRule } from '../_kit';
import { assetRefsOf, deliverableRoot, relativeUrl, pathPartLength } from '../_assets';

export default defineRule({
  meta: {
    id: 'asset-missing-file',
    domain: 'asset',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg', 'json'],
    cost: 'cheap',
    docs: {
      description: 'A referenced file (image, stylesheet, script, font, page, manifest entry) does not exist in the deliverable: it will be a broken picture or a 404 on the server.',
      recommended: true,
    },
    messages: {
      missing: '"{{url}}" does not exist ({{kind}} reference); the browser will get a 404.',
      useExisting: 'Point to "{{target}}", the only file with that name in the deliverable',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const { project, file } = ctx;
    let byName: Map<string, string[]> | undefined;
    const sameName = (abs: string): string[] => {
      if (!byName) {
        byName = new Map();
        const root = deliverableRoot(project, file.path);
        for (const p of project.files.keys()) {
          if (deliverableRoot(project, p) !== root) continue;
          const base = path.posix.basename(p.split(path.sep).join('/')).toLowerCase();
          const list = byName.get(base);
          if (list) list.push(p); else byName.set(base, [p]);
        }
      }
      return byName.get(path.posix.basename(abs.split(path.sep).join('/')).toLowerCase()) ?? [];
    };
    for (const ref of assetRefsOf(project, file)) {
      if (ref.external || ref.fileSystemPath || ref.outsideRoot || !ref.resolved || ref.resolved === file.path) continue;
      if (project.getFile(ref.resolved) || project.findOtherCase(ref.resolved)) continue;
      // A folder URL (`about/`, `/`) is served by its index page.
      const st = ref.resolved.includes('!/') ? undefined : project.host.stat(ref.resolved);
      if (st?.isDirectory && ['index.html', 'index.htm'].some((n) => project.getFile(path.join(ref.resolved!, n)))) continue;
      if (ref.resolved.includes('!/') && ['index.html', 'index.htm'].some((n) => project.files.has(`${ref.resolved!.replace(/\/$/, '')}/${n}`))) continue;
      const candidates = sameName(ref.resolved);
      const end = ref.range.start + pathPartLength(ref.raw);
      ctx.report({
        messageId: 'missing',
        data: { url: ref.raw, kind: ref.kind },
        range: ref.range,
        suggest: candidates.length === 1 ? [{
          messageId: 'useExisting',
          data: { target: project.relative(candidates[0]) },
          fix: (f) => f.replace({ start: ref.range.start, end }, relativeUrl(file, candidates[0])),
        }] : undefined,
      });
    }
  },
});
