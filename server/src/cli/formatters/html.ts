import type { Formatter } from './types';
import { displayPath } from './stylish';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A self-contained HTML report to hand to a client or attach to a ticket. */
export const html: Formatter = (files, ctx) => {
  const withProblems = files.filter((f) => f.problems.length);
  const count = (s: string) => files.reduce((n, f) => n + f.problems.filter((p) => p.severity === s).length, 0);
  let body = '';
  for (const f of withProblems) {
    body += `<section><h2>${esc(displayPath(f.filePath, ctx.cwd))}</h2><table><thead><tr><th>Line</th><th>Severity</th><th>Problem</th><th>Rule</th></tr></thead><tbody>`;
    for (const p of f.problems) {
      const rule = p.docsUrl ? `<a href="${esc(p.docsUrl)}">${esc(p.ruleId)}</a>` : esc(p.ruleId);
      body += `<tr class="${p.severity}"><td>${p.start.line}:${p.start.column}</td><td>${p.severity}</td><td>${esc(p.message)}</td><td>${rule}</td></tr>`;
    }
    body += '</tbody></table></section>';
  }
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>crossmedia-lint report</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}tr.error td:nth-child(2){color:#b00020;font-weight:600}tr.warn td:nth-child(2){color:#8a5a00}h2{font-size:1rem;font-family:ui-monospace,monospace}</style>
</head><body><h1>crossmedia-lint report</h1>
<p>${files.length} files linted: ${count('error')} errors, ${count('warn')} warnings, ${count('info')} info.</p>
${body || '<p>No problems found.</p>'}
</body></html>
`;
};
