import type { TextEdit, FileEdit, Severity } from '../../../rules/_kit/types';
import type { Position } from './util/lines';

export type ProblemSeverity = Exclude<Severity, 'off'>;

export interface ProblemSuggestion {
  messageId: string;
  desc: string;
  /** Edits on the problem's own file. */
  edits?: TextEdit[];
  /** Edits on other files (workspace edits). */
  fileEdits?: FileEdit[];
}

export interface RelatedInfo { file: string; start: Position; end: Position; startOffset: number; endOffset: number; message: string }

/** One finding, the same in the CLI and the editor. Offsets index the file's text (BOM excluded). */
export interface Problem {
  ruleId: string;
  messageId: string;
  message: string;
  severity: ProblemSeverity;
  file: string;
  startOffset: number;
  endOffset: number;
  start: Position;
  end: Position;
  fix?: TextEdit[];
  suggestions?: ProblemSuggestion[];
  related?: RelatedInfo[];
  docsUrl?: string;
  /** The file could not be linted at all (unreadable, binary). */
  fatal?: boolean;
}

export const SEVERITY_RANK: Record<ProblemSeverity, number> = { info: 0, warn: 1, error: 2 };

export function compareProblems(a: Problem, b: Problem): number {
  return a.startOffset - b.startOffset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

const SEVERITY_ORDER: Record<ProblemSeverity, number> = { info: 0, warn: 1, error: 2 };

/** The milder of a configured severity and a cap (a platform that only warns caps at "warn"). */
export function capSeverity(severity: ProblemSeverity, cap: ProblemSeverity | undefined): ProblemSeverity {
  return cap && SEVERITY_ORDER[cap] < SEVERITY_ORDER[severity] ? cap : severity;
}
