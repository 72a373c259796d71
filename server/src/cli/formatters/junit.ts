import type { Formatter } from './types';
import { displayPath } from './stylish';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** JUnit XML: a test suite per file, a failing test case per problem (as ESLint's junit). */
export const junit: Formatter = (files, ctx) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (const f of files) {
    const name = displayPath(f.filePath, ctx.cwd);
    const errors = f.problems.filter((p) => p.severity === 'error').length;
    out += `<testsuite package="crossmedia-lint" time="0" tests="${f.problems.length || 1}" errors="${errors}" failures="${f.problems.length - errors}" name="${esc(name)}">\n`;
    if (!f.problems.length) out += `<testcase time="0" name="${esc(name)}" classname="crossmedia-lint" />\n`;
    for (const p of f.problems) {
      const tag = p.severity === 'error' ? 'error' : 'failure';
      out += `<testcase time="0" name="org.crossmedia-lint.${esc(p.ruleId)}" classname="${esc(name)}"><${tag} message="${esc(p.message)}"><![CDATA[line ${p.start.line}, col ${p.start.column}, ${p.severity === 'error' ? 'Error' : p.severity === 'warn' ? 'Warning' : 'Info'} - ${p.message.replace(/]]>/g, ']]]]><![CDATA[>')} (${p.ruleId})]]></${tag}></testcase>\n`;
    }
    out += '</testsuite>\n';
  }
  return out + '</testsuites>\n';
};
