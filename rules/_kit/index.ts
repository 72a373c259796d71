import type { RuleModule, RuleMeta, Fixer, TextEdit, OffsetRange } from './types';
export * from './types';

/** Docs live in each rule's README in the repository. */
export const DOCS_BASE = 'https://github.com/crossmedia-lint/crossmedia-lint/blob/main/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}/README.md`;
}

/** Declares a rule; fills the docs URL from the id so every diagnostic links to its README. */
export function defineRule(rule: RuleModule): RuleModule {
  const meta: RuleMeta = { ...rule.meta, docs: { ...rule.meta.docs, url: rule.meta.docs.url ?? ruleDocsUrl(rule.meta.id) } };
  return { ...rule, meta };
}

export const fixer: Fixer = {
  replace(range: OffsetRange, text: string): TextEdit { return { start: range.start, end: range.end, text }; },
  insertBefore(range: OffsetRange | number, text: string): TextEdit {
    const at = typeof range === 'number' ? range : range.start;
    return { start: at, end: at, text };
  },
  insertAfter(range: OffsetRange | number, text: string): TextEdit {
    const at = typeof range === 'number' ? range : range.end;
    return { start: at, end: at, text };
  },
  remove(range: OffsetRange): TextEdit { return { start: range.start, end: range.end, text: '' }; },
};

// Parse-model helpers rules use, re-exported so rules depend on the kit only.
export {
  getAttr, hasAttr, elementRange, startTagRange, tagNameRange, attrRange, attrValueRange, contentRange,
  attributeInsertOffset, textContent, parentElement, closest, HTML_NS, SVG_NS,
} from '../../server/src/engine/parse/html';
export type { HtmlElement, HtmlText, HtmlNode, HtmlDocument } from '../../server/src/engine/parse/html';
export type { CssSheet } from '../../server/src/engine/parse/css';
export type { SourceFile, Project } from '../../server/src/engine/model/project';
export { formatBytes } from '../../server/src/engine/model/project';
export { LineIndex } from '../../server/src/engine/util/lines';
