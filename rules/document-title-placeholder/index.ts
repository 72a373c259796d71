import * as path from 'node:path';
import { defineRule, textContent, contentRange, startTagRange } from '../_kit';
import data from '../profiles/a11y/title-placeholders.json';

const normalise = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
/** "Untitled-1", "Document 2", "index (3)": the editor's counter says nothing either. */
const withoutCounter = (s: string) => s.replace(/[\s_-]*\(?\d+\)?$/, '').trim();

export default defineRule({
  meta: {
    id: 'document-title-placeholder',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A page title left at a template or export default ("Document", "Untitled-1", the file name) names nothing: tabs, bookmarks, search results and screen readers all show it.',
      act: ['c4a8a4'],
      wcag: ['2.4.2'],
      recommended: true,
    },
    messages: {
      placeholder: 'The page title "{{title}}" is a template default: name what the page is about (e.g. "Spring sale – Example Shop").',
      fileName: 'The page title "{{title}}" is the file name: name what the page is about.',
    },
    schema: {
      type: 'object',
      properties: { placeholders: { type: 'array', items: { type: 'string' }, description: 'Titles that count as template defaults (replaces the built-in list).' } },
      additionalProperties: false,
    },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const html = ctx.file.html;
    if (!html) return;
    const title = html.elements.find((e) => e.tagName === 'title' && e.namespaceURI === 'http://www.w3.org/1999/xhtml');
    if (!title) return;
    const raw = textContent(title).replace(/\s+/g, ' ').trim();
    if (!raw) return;
    const value = normalise(raw);
    const placeholders = new Set(((ctx.options.placeholders as string[] | undefined) ?? data.placeholders).map(normalise));
    const base = path.basename(ctx.file.path);
    const stem = base.replace(/\.[^.]+$/, '');
    const messageId = placeholders.has(value) || placeholders.has(withoutCounter(value)) ? 'placeholder'
      // A plain word that happens to be the file name ("About" on about.html) can be a fine title.
      : value === normalise(base) || (value === normalise(stem) && /[_.\-\d]/.test(stem)) ? 'fileName' : undefined;
    if (!messageId) return;
    ctx.report({ messageId, data: { title: raw }, range: contentRange(title) ?? startTagRange(title) });
  },
});
