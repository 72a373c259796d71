import type { SourceFile } from './model/project';
import type { Problem } from './problems';

/**
 * Inline directives, in any comment syntax the file has (`<!-- -->`, `/* *\/`, `//`):
 *   crossmedia-lint-disable-file [ids]      the whole file
 *   crossmedia-lint-disable [ids] … crossmedia-lint-enable [ids]
 *   crossmedia-lint-disable-line [ids]
 *   crossmedia-lint-disable-next-line [ids]
 * Without ids a directive covers every rule.
 */
const DIRECTIVE = /crossmedia-lint-(disable-file|disable-next-line|disable-line|disable|enable)\b([^\n\r]*)/g;

interface Directive { kind: string; line: number; rules: string[] | undefined }

export function parseDirectives(text: string, lineOf: (offset: number) => number): Directive[] {
  if (!text.includes('crossmedia-lint-')) return [];
  const out: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const rest = m[2].replace(/(-->|\*\/).*$/, '').replace(/\s--\s.*$/, '').trim();
    const rules = rest ? rest.split(/[\s,]+/).filter(Boolean) : undefined;
    out.push({ kind: m[1], line: lineOf(m.index ?? 0), rules });
  }
  return out;
}

function covers(rules: string[] | undefined, ruleId: string): boolean {
  if (!rules) return true;
  return rules.some((r) => r === ruleId || (r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1))));
}

export function applySuppressions(file: SourceFile, problems: Problem[]): Problem[] {
  if (!problems.length || !file.isText) return problems;
  const directives = parseDirectives(file.text, (o) => file.positionAt(o).line);
  if (!directives.length) return problems;
  return problems.filter((p) => {
    if (p.ruleId === 'internal-error') return true;
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable-file' && covers(d.rules, p.ruleId)) return false;
      if (d.kind === 'disable-line' && d.line === p.start.line && covers(d.rules, p.ruleId)) return false;
      if (d.kind === 'disable-next-line' && d.line + 1 === p.start.line && covers(d.rules, p.ruleId)) return false;
      if (d.line > p.start.line) continue;
      if (d.kind === 'disable' && covers(d.rules, p.ruleId)) disabled = true;
      if (d.kind === 'enable' && covers(d.rules, p.ruleId)) disabled = false;
    }
    return !disabled;
  });
}
