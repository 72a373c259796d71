import type { Formatter, FormatterFile } from './types';
import { severityNumber } from './types';

/**
 * ESLint's JSON shape, which CI tools already read. Offsets in `fix.range` index the file's text
 * without a BOM, as ESLint's do. Extra keys (messageId, docsUrl, suggestions' desc) are additive.
 */
export function toEslintJson(files: FormatterFile[]): unknown[] {
  return files.map((f) => {
    let errorCount = 0, warningCount = 0, fixableErrorCount = 0, fixableWarningCount = 0;
    const messages = f.problems.map((p) => {
      const severity = severityNumber(p);
      if (severity === 2) { errorCount++; if (p.fix) fixableErrorCount++; } else { warningCount++; if (p.fix) fixableWarningCount++; }
      const m: Record<string, unknown> = {
        ruleId: p.ruleId,
        severity,
        message: p.message,
        line: p.start.line,
        column: p.start.column,
        endLine: p.end.line,
        endColumn: p.end.column,
        messageId: p.messageId,
      };
      if (p.severity === 'info') m.severityName = 'info';
      if (p.fatal) m.fatal = true;
      if (p.docsUrl) m.docsUrl = p.docsUrl;
      if (p.fix) m.fix = mergeFix(p.fix, f.source);
      if (p.suggestions?.length) {
        m.suggestions = p.suggestions.map((s) => ({ messageId: s.messageId, desc: s.desc, ...(s.edits?.length ? { fix: mergeFix(s.edits, f.source) } : {}), ...(s.fileEdits?.length ? { fileEdits: s.fileEdits } : {}) }));
      }
      if (p.related?.length) m.related = p.related.map((r) => ({ filePath: r.file, line: r.start.line, column: r.start.column, endLine: r.end.line, endColumn: r.end.column, message: r.message }));
      return m;
    });
    const out: Record<string, unknown> = { filePath: f.filePath, messages, suppressedMessages: [], errorCount, fatalErrorCount: f.problems.filter((p) => p.fatal).length, warningCount, fixableErrorCount, fixableWarningCount, usedDeprecatedRules: [] };
    if (f.output !== undefined) out.output = f.output;
    return out;
  });
}

/** ESLint's fix is one range and text: several edits become one edit over their span. */
function mergeFix(edits: { start: number; end: number; text: string }[], source: string | undefined): { range: [number, number]; text: string } {
  if (edits.length === 1 || source === undefined) return { range: [edits[0].start, edits[0].end], text: edits[0].text };
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0].start, end = Math.max(...sorted.map((e) => e.end));
  let text = '', at = start;
  for (const e of sorted) { text += source.slice(at, e.start) + e.text; at = e.end; }
  text += source.slice(at, end);
  return { range: [start, end], text };
}

export const json: Formatter = (files) => JSON.stringify(toEslintJson(files));
