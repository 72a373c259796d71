import { defineRule, getAttr } from '../_kit';
import { assetRefsOf } from '../_assets';
import type { SourceFile } from '../_kit';

function idsOf(file: SourceFile): Set<string> {
  return file.cached('asset-anchor-ids', () => {
    const ids = new Set<string>();
    for (const el of file.html?.elements ?? []) {
      const id = getAttr(el, 'id');
      if (id) ids.add(id);
      if (el.tagName === 'a') {
        const name = getAttr(el, 'name');
        if (name) ids.add(name);
      }
    }
    return ids;
  });
}

export default defineRule({
  meta: {
    id: 'asset-missing-anchor',
    domain: 'asset',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A link to `#section` (on this page or another local page) names an id that no element has: the link opens the page at the top instead.',
      recommended: true,
    },
    messages: {
      missing: 'No element with id "{{id}}" in {{page}}; the link lands at the top of the page.',
      useId: 'Link to "#{{id}}"',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    for (const ref of assetRefsOf(ctx.project, ctx.file)) {
      if (ref.kind !== 'page-link' || ref.external || !ref.resolved || !ref.hash) continue;
      let id = ref.hash;
      try { id = decodeURIComponent(id); } catch { /* as written */ }
      // "#top" scrolls to the top by definition (HTML "scroll to the fragment").
      if (id.toLowerCase() === 'top' || id.startsWith('!') || id.startsWith('/') || id.startsWith(':~:')) continue;
      const target = ctx.project.getFile(ref.resolved);
      if (!target || target.language !== 'html') continue;
      const ids = idsOf(target);
      if (ids.has(id)) continue;
      const hashAt = ref.raw.indexOf('#');
      const range = { start: ref.range.start + hashAt + 1, end: ref.range.end };
      const close = [...ids].find((x) => x.toLowerCase() === id.toLowerCase() || x.replace(/[-_]/g, '').toLowerCase() === id.replace(/[-_]/g, '').toLowerCase());
      ctx.report({
        messageId: 'missing',
        data: { id, page: target === ctx.file ? 'this page' : ctx.project.relative(target.path) },
        range,
        suggest: close ? [{ messageId: 'useId', data: { id: close }, fix: (f) => f.replace(range, close) }] : undefined,
      });
    }
  },
});
