import * as path from 'node:path';
import type { Formatter } from './types';

const paint = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** Grouped by file, as ESLint's stylish; colours only on a terminal. */
export const stylish: Formatter = (files, ctx) => {
  const red = paint(ctx.color, '31'), yellow = paint(ctx.color, '33'), blue = paint(ctx.color, '34'), dim = paint(ctx.color, '2'), bold = paint(ctx.color, '1'), under = paint(ctx.color, '4');
  let out = '';
  let errors = 0, warnings = 0, infos = 0, fixableErrors = 0, fixableWarnings = 0;
  for (const f of files) {
    if (!f.problems.length) continue;
    out += `\n${under(displayPath(f.filePath, ctx.cwd))}\n`;
    const rows = f.problems.map((p) => {
      if (p.severity === 'error') { errors++; if (p.fix) fixableErrors++; } else if (p.severity === 'warn') { warnings++; if (p.fix) fixableWarnings++; } else infos++;
      const sev = p.severity === 'error' ? red('error') : p.severity === 'warn' ? yellow('warning') : blue('info');
      return [`${p.start.line}:${p.start.column}`, sev, p.message.replace(/\s*\n\s*/g, ' '), dim(p.ruleId)];
    });
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => visible(r[1]).length));
    for (const r of rows) out += `  ${dim(r[0].padEnd(w0))}  ${r[1]}${' '.repeat(w1 - visible(r[1]).length)}  ${r[2]}  ${r[3]}\n`;
  }
  const total = errors + warnings + infos;
  if (!total) return '';
  const summary = `\u2716 ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''})`;
  out += `\n${bold((errors ? red : yellow)(summary))}\n`;
  if (fixableErrors || fixableWarnings) out += `  ${bold(`${fixableErrors} error${fixableErrors === 1 ? '' : 's'} and ${fixableWarnings} warning${fixableWarnings === 1 ? '' : 's'} potentially fixable with the \`--fix\` option.`)}\n`;
  return out;
};

function visible(s: string): string { return s.replace(/\u001b\[\d+m/g, ''); }

export function displayPath(filePath: string, cwd: string): string {
  const [outer, inner] = filePath.split('!/');
  const rel = path.relative(cwd, outer);
  const shown = rel && !rel.startsWith('..') ? rel : outer;
  return inner !== undefined ? `${shown}!/${inner}` : shown;
}
