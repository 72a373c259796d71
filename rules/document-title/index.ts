import { defineRule, textContent, startTagRange, contentRange, LineIndex } from '../_kit';

export default defineRule({
  meta: {
    id: 'document-title',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A page needs a non-empty <title>: it names the tab, the bookmark and the page for screen readers.',
      act: ['2779a5'],
      wcag: ['2.4.2'],
      recommended: true,
    },
    messages: {
      missing: 'The page has no <title>.',
      empty: 'The page <title> is empty.',
      addTitle: 'Add a <title> to <head>',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const html = ctx.file.html;
    if (!html) return;
    const text = ctx.file.text;
    // Fragments (no <html> or <head> in the source) are partials, not pages.
    const htmlEl = html.elements.find((e) => e.tagName === 'html');
    const head = html.elements.find((e) => e.tagName === 'head');
    if (!htmlEl?.sourceCodeLocation?.startTag && !head?.sourceCodeLocation?.startTag) return;
    // SVG <title> elements are not the document title.
    const titles = html.elements.filter((e) => e.tagName === 'title' && e.namespaceURI === 'http://www.w3.org/1999/xhtml');
    if (!titles.length) {
      const headStart = head?.sourceCodeLocation?.startTag;
      const eol = LineIndex.eol(text);
      ctx.report({
        messageId: 'missing',
        range: head?.sourceCodeLocation?.startTag ? startTagRange(head) : startTagRange(htmlEl!),
        suggest: headStart ? [{ messageId: 'addTitle', fix: (f) => f.insertAfter(headStart.endOffset, `${eol}  <title></title>`) }] : undefined,
      });
      return;
    }
    const first = titles[0];
    if (!textContent(first).trim()) {
      ctx.report({ messageId: 'empty', range: first.sourceCodeLocation?.startTag ? { start: startTagRange(first).start, end: first.sourceCodeLocation.endOffset } : contentRange(first) ?? startTagRange(first) });
    }
  },
});
