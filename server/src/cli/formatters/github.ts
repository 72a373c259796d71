import type { Formatter } from './types';
import { displayPath } from './stylish';

const escData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string) => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per problem. */
export const github: Formatter = (files, ctx) => {
  const lines: string[] = [];
  for (const f of files) {
    const file = displayPath(f.filePath, ctx.cwd).split('!/')[0];
    for (const p of f.problems) {
      const kind = p.severity === 'error' ? 'error' : p.severity === 'warn' ? 'warning' : 'notice';
      const inner = f.filePath.includes('!/') ? ` [${f.filePath.split('!/')[1]}]` : '';
      lines.push(`::${kind} file=${escProp(file)},line=${p.start.line},col=${p.start.column},endLine=${p.end.line},endColumn=${p.end.column},title=${escProp(p.ruleId)}::${escData(p.message + inner)}`);
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
};
