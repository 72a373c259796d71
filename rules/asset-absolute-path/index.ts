import * as path from 'node:path';
import { defineRule } from '../_kit';
import { assetRefsOf, deliverableRoot, relativeUrl } from '../_assets';

export default defineRule({
  meta: {
    id: 'asset-absolute-path',
    domain: 'asset',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'svg', 'json'],
    cost: 'cheap',
    docs: {
      description: 'A reference points at the author\'s own disk (`/Users/…`, `C:\\…`, `file://…`): it shows on the designer\'s machine and nowhere else.',
      recommended: true,
    },
    messages: {
      absolute: '"{{url}}" is a path on the author\'s computer; it cannot load for anyone else.',
      useLocal: 'Point to "{{target}}" in the deliverable',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const { project, file } = ctx;
    const root = deliverableRoot(project, file.path);
    for (const ref of assetRefsOf(project, file)) {
      if (!ref.fileSystemPath) continue;
      const base = ref.url.split(/[\\/]/).pop()?.toLowerCase() ?? '';
      const matches = base ? [...project.files.keys()].filter((p) => deliverableRoot(project, p) === root && path.basename(p).toLowerCase() === base) : [];
      ctx.report({
        messageId: 'absolute',
        data: { url: ref.raw },
        range: ref.range,
        suggest: matches.length === 1 ? [{ messageId: 'useLocal', data: { target: project.relative(matches[0]) }, fix: (f) => f.replace(ref.range, relativeUrl(file, matches[0])) }] : undefined,
      });
    }
  },
});
