import { defineRule } from '../_kit';

/** parse5 error codes that browsers recover from silently and authors rarely mean to fix. */
const QUIET_BY_DEFAULT = ['missing-doctype', 'non-void-html-element-start-tag-with-trailing-solidus'];

export default defineRule({
  meta: {
    id: 'html-parse-error',
    domain: 'html',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Reports HTML syntax errors as the HTML standard parser (parse5) sees them, with the spec error code.',
      recommended: true,
    },
    messages: {
      parseError: 'HTML parse error "{{code}}": {{explanation}}',
    },
    schema: {
      type: 'object',
      properties: { ignore: { type: 'array', items: { type: 'string' }, description: 'parse5 error codes to skip.' } },
      additionalProperties: false,
    },
    defaultOptions: { ignore: QUIET_BY_DEFAULT },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const html = ctx.file.html;
    if (!html) return;
    const skip = new Set((ctx.options.ignore as string[] | undefined) ?? []);
    const text = ctx.file.text;
    for (const err of html.errors) {
      if (skip.has(err.code)) continue;
      let start = err.start, end = Math.max(err.end, err.start + 1);
      if (err.code === 'duplicate-attribute') {
        // parse5 points after the name; the problem is the whole repeated name.
        end = start;
        while (start > 0 && /[^\s"'<>\/=]/.test(text[start - 1])) start--;
      }
      ctx.report({ messageId: 'parseError', data: { code: err.code, explanation: explain(err.code) }, range: { start, end } });
    }
  },
});

function explain(code: string): string {
  const known: Record<string, string> = {
    'duplicate-attribute': 'the same attribute appears twice on one element; browsers keep only the first.',
    'end-tag-without-matching-open-element': 'a closing tag has no matching opening tag.',
    'missing-doctype': 'the page has no <!DOCTYPE html>, so browsers use quirks mode.',
    'eof-in-tag': 'the file ends inside a tag.',
    'unexpected-null-character': 'the text contains a NUL character.',
    'missing-attribute-value': 'an attribute has "=" but no value.',
    'unexpected-character-in-attribute-name': 'an attribute name contains a quote, "<" or "=".',
    'missing-whitespace-between-attributes': 'two attributes are not separated by a space.',
    'abrupt-closing-of-empty-comment': 'a comment is closed too early.',
    'non-void-html-element-start-tag-with-trailing-solidus': '"/>" does not close a non-void element in HTML.',
    'unexpected-question-mark-instead-of-tag-name': '"<?" starts a bogus comment in HTML.',
    'misplaced-doctype': 'the DOCTYPE is not at the start of the document.',
    'eof-in-comment': 'the file ends inside a comment.',
    'unknown-named-character-reference': 'an "&name;" entity is not defined.',
  };
  return known[code] ?? code.replace(/-/g, ' ') + '.';
}
