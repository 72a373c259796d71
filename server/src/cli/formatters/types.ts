import type { Problem } from '../../engine/problems';
import type { RuleMeta } from '../../../../rules/_kit/types';

export interface FormatterFile {
  /** Absolute path, or `archive.zip!/entry` for a file inside an archive. */
  filePath: string;
  problems: Problem[];
  /** The file's text after --fix, when it changed. */
  output?: string;
  /** The file's text as linted (BOM excluded), for merging multi-edit fixes. */
  source?: string;
}
export interface FormatterContext {
  cwd: string;
  color: boolean;
  metaOf(ruleId: string): RuleMeta | undefined;
  version: string;
}
export type Formatter = (files: FormatterFile[], ctx: FormatterContext) => string;

export function severityNumber(p: Problem): 1 | 2 { return p.severity === 'error' ? 2 : 1; }
