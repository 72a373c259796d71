import type { TextEdit } from '../../../rules/_kit/types';
import type { Problem } from './problems';

export interface AppliedEdits { output: string; applied: Problem[]; skipped: Problem[] }

/**
 * Applies the fixes of the given problems to a text: each problem's edits go in whole or not at
 * all, and a fix that overlaps one already taken waits for the next pass.
 */
export function applyFixes(text: string, problems: Problem[]): AppliedEdits {
  const withFix = problems.filter((p) => p.fix?.length).sort((a, b) => a.fix![0].start - b.fix![0].start);
  const taken: TextEdit[] = [];
  const applied: Problem[] = [];
  const skipped: Problem[] = [];
  for (const p of withFix) {
    const edits = p.fix!;
    const clash = edits.some((e) => taken.some((t) => overlaps(e, t)));
    if (clash) { skipped.push(p); continue; }
    taken.push(...edits);
    applied.push(p);
  }
  return { output: applyEdits(text, taken), applied, skipped };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
