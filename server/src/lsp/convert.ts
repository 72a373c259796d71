import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { Problem } from '../engine/problems';
import type { Position as EnginePosition } from '../engine/util/lines';

export const SOURCE = 'crossmedia-lint';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try { return fileURLToPath(uri); } catch { return undefined; }
}
export function pathToUri(file: string): string { return pathToFileURL(file).href; }

/** Engine positions are 1-based lines and columns in UTF-16 units; LSP's are 0-based. */
export function toLspPosition(p: EnginePosition): { line: number; character: number } {
  return { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
}
export function toLspRange(start: EnginePosition, end: EnginePosition): Range {
  return { start: toLspPosition(start), end: toLspPosition(end) };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warn: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export interface DiagnosticData { ruleId: string; fixable: boolean; suggestions: number }

/** The one conversion from an engine Problem to an LSP Diagnostic. */
export function problemToDiagnostic(p: Problem, positionIn?: (file: string, offset: number) => EnginePosition | undefined): Diagnostic {
  const d: Diagnostic = {
    range: toLspRange(p.start, p.end),
    severity: SEVERITY[p.severity] ?? DiagnosticSeverity.Warning,
    source: SOURCE,
    code: p.ruleId,
    message: p.message,
    data: { ruleId: p.ruleId, fixable: !!p.fix?.length, suggestions: p.suggestions?.length ?? 0 } satisfies DiagnosticData,
  };
  if (p.docsUrl) d.codeDescription = { href: p.docsUrl };
  if (p.ruleId.endsWith('unused') || p.messageId === 'unused') d.tags = [DiagnosticTag.Unnecessary];
  if (p.related?.length) {
    d.relatedInformation = p.related.map((r): DiagnosticRelatedInformation => {
      // The engine only knows positions in the reporting file; others are looked up here.
      const start = r.start.line > 0 ? r.start : positionIn?.(r.file, r.startOffset) ?? { line: 1, column: 1 };
      const end = r.end.line > 0 ? r.end : positionIn?.(r.file, r.endOffset) ?? start;
      return { location: { uri: pathToUri(r.file.split('!/')[0]), range: toLspRange(start, end) }, message: r.message };
    });
  }
  return d;
}

export function rangesIntersect(a: Range, b: Range): boolean {
  const before = (x: { line: number; character: number }, y: { line: number; character: number }) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
