import { defineRule } from '../_kit';
import { bannerUnits } from '../../server/src/engine/model/banner';

/** Archive problem codes grouped into what an ad-ops person acts on. */
const CATEGORY: Record<string, string> = {
  corrupt: 'corrupt', 'crc-mismatch': 'corrupt', 'unsupported-method': 'corrupt',
  'bomb-ratio': 'bomb', 'bomb-size': 'bomb', 'too-many-entries': 'bomb',
  'zip-slip': 'slip', encrypted: 'encrypted', 'duplicate-entry': 'duplicate',
};

export default defineRule({
  meta: {
    id: 'banner-archive-invalid',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['zip'],
    cost: 'expensive',
    docs: {
      description: 'A banner .zip must be a readable, safe archive: not damaged, not a zip bomb, no entry escaping the package (zip slip), not encrypted, no duplicate entries.',
      recommended: true,
    },
    messages: {
      corrupt: 'The archive is damaged and ad servers will reject it: {{detail}} Re-export the ZIP.',
      bomb: 'The archive inflates far beyond its size (possible zip bomb); it was not unpacked: {{detail}}',
      slip: 'The archive has entries whose paths leave the package (zip slip), which ad servers refuse: {{entries}}.',
      encrypted: 'The archive has password-protected entries that no ad server can open: {{entries}}.',
      duplicate: 'The archive holds the same path more than once, so which copy is served is undefined: {{entries}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    if (ctx.file.inArchive) return;
    bannerUnits(ctx.project);
    const archive = ctx.project.archives.get(ctx.file.path);
    if (!archive) return;
    // Entries are inflated lazily; reading them here surfaces bombs that lie about their sizes.
    for (const f of ctx.project.files.values()) {
      if (f.archivePath === ctx.file.path) void f.bytes;
    }
    const groups = new Map<string, { entries: string[]; messages: string[] }>();
    for (const p of archive.problems) {
      const cat = CATEGORY[p.code] ?? 'corrupt';
      const g = groups.get(cat) ?? { entries: [], messages: [] };
      if (p.entry && !g.entries.includes(p.entry)) g.entries.push(p.entry);
      if (!g.messages.includes(p.message)) g.messages.push(p.message);
      groups.set(cat, g);
    }
    for (const [cat, g] of groups) {
      const entries = g.entries.slice(0, 3).map((e) => `"${e}"`).join(', ') + (g.entries.length > 3 ? ` and ${g.entries.length - 3} more` : '');
      const detail = g.messages[0] + (g.messages.length > 1 ? ` (${g.messages.length - 1} more)` : '');
      ctx.report({ messageId: cat, data: { entries, detail }, range: { start: 0, end: 0 } });
    }
  },
});
