import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from './types';

/** SARIF 2.1.0 for GitHub code scanning: one run, rules with help URIs, results with regions. */
export const sarif: Formatter = (files, ctx) => {
  const ruleIndex = new Map<string, number>();
  const rules: unknown[] = [];
  const results: unknown[] = [];
  const baseUri = pathToFileURL(ctx.cwd.endsWith(path.sep) ? ctx.cwd : ctx.cwd + path.sep).href;
  for (const f of files) {
    for (const p of f.problems) {
      if (!ruleIndex.has(p.ruleId)) {
        const meta = ctx.metaOf(p.ruleId);
        ruleIndex.set(p.ruleId, rules.length);
        const rule: Record<string, unknown> = {
          id: p.ruleId,
          shortDescription: { text: meta?.docs.description ?? p.ruleId },
          properties: { tags: [meta?.domain ?? 'core', ...(meta?.docs.wcag ?? []).map((c) => `wcag${c}`), ...(meta?.docs.act ?? []).map((a) => `act:${a}`)] },
        };
        const help = meta?.docs.url ?? p.docsUrl;
        if (help) rule.helpUri = help;
        if (meta?.docs.description) rule.fullDescription = { text: meta.docs.description };
        rules.push(rule);
      }
      const [outer, inner] = f.filePath.split('!/');
      const rel = path.relative(ctx.cwd, outer).split(path.sep).join('/');
      const uri = (rel.startsWith('..') ? pathToFileURL(outer).href : encodeURI(rel)) + (inner !== undefined ? `!/${encodeURI(inner)}` : '');
      const region: Record<string, number> = { startLine: p.start.line, startColumn: p.start.column, endLine: p.end.line, endColumn: Math.max(p.end.column, p.end.line === p.start.line ? p.start.column : 1) };
      results.push({
        ruleId: p.ruleId,
        ruleIndex: ruleIndex.get(p.ruleId),
        level: p.severity === 'error' ? 'error' : p.severity === 'warn' ? 'warning' : 'note',
        message: { text: p.message },
        locations: [{ physicalLocation: { artifactLocation: rel.startsWith('..') ? { uri } : { uri, uriBaseId: '%SRCROOT%' }, region } }],
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'crossmedia-lint', version: ctx.version, informationUri: 'https://github.com/crossmedia-lint/crossmedia-lint', rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: baseUri } },
      results,
    }],
  };
  return JSON.stringify(log, null, 2);
};
