import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { RuleModule } from './types';
import { MemoryHost } from '../../server/src/engine/host-memory';
import { createEngine } from '../../server/src/engine';
import { Project } from '../../server/src/engine/model/project';
import { applyFixes, applyEdits } from '../../server/src/engine/fix';
import type { Problem } from '../../server/src/engine/problems';

/** Files of a test case: path (relative to the project root) → text or bytes. */
export type TestFiles = Record<string, string | Uint8Array>;

export interface ValidCase {
  /** The file's content; bytes for encoding tests. */
  code: string | Uint8Array;
  name?: string;
  filename?: string;
  options?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  /** Other files of the project (images, stylesheets...). */
  files?: TestFiles;
  now?: Date;
}

export interface ExpectedSuggestion { messageId: string; output?: string; desc?: string }
export interface ExpectedError {
  messageId: string;
  data?: Record<string, unknown>;
  message?: string | RegExp;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** For project rules: the file the problem is on (relative). */
  filename?: string;
  suggestions?: ExpectedSuggestion[] | null;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after fixing; `null` asserts that the rule offers no fix. Omit to skip the check. */
  output?: string | null;
}

const ROOT = path.resolve('/crossmedia-lint-test/project');

function defaultFilename(rule: RuleModule): string {
  const lang = rule.meta.languages[0];
  const ext: Record<string, string> = { html: 'index.html', css: 'style.css', svg: 'image.svg', json: 'manifest.json', yaml: 'data.yaml', js: 'manifest.js', text: 'notes.txt', image: 'image.png', media: 'clip.mp4', font: 'font.woff2', zip: 'banner.zip' };
  return ext[lang] ?? 'file.txt';
}

export async function lintCase(rule: RuleModule, c: ValidCase): Promise<{ problems: Problem[]; file: string; project: Project; text: string }> {
  const filename = c.filename ?? defaultFilename(rule);
  const host = new MemoryHost({}, () => c.now ?? new Date('2026-06-15T12:00:00Z'));
  for (const [rel, content] of Object.entries(c.files ?? {})) host.set(path.join(ROOT, rel), content);
  host.set(path.join(ROOT, filename), c.code);
  const { engine } = createEngine({
    host,
    rules: [rule],
    groups: [],
    cliRules: { [rule.meta.id]: ['error', c.options ?? {}] },
    cliSettings: c.settings ?? {},
    now: () => c.now ?? new Date('2026-06-15T12:00:00Z'),
  });
  const project = new Project(host, [ROOT], { maxFileSize: 8 * 1024 * 1024 });
  const targets = [...host.files.keys()].sort().map((abs) => project.addFile(abs, path.relative(ROOT, abs).split(path.sep).join('/'), host.files.get(abs)!.length));
  const byFile = await engine.lint(project, targets);
  const file = path.join(ROOT, filename);
  const problems = rule.meta.scope === 'project' ? [...byFile.values()].flat() : byFile.get(file) ?? [];
  return { problems, file, project, text: project.files.get(file)!.text };
}

/** ESLint-style rule tests: valid cases report nothing; invalid ones report exactly what is listed. */
export function ruleTester(rule: RuleModule, cases: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      cases.valid.forEach((v, i) => {
        const c = typeof v === 'string' ? { code: v } : v;
        it(c.name ?? `valid #${i + 1}: ${caseTitle(c.code)}`, async () => {
          const { problems } = await lintCase(rule, c);
          const internal = problems.filter((p) => p.ruleId === 'internal-error');
          assert.deepEqual(internal.map((p) => p.message), [], 'rule crashed');
          assert.deepEqual(problems.map((p) => `${p.start.line}:${p.start.column} ${p.messageId}: ${p.message}`), [], 'expected no problems');
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}: ${caseTitle(c.code)}`, async () => {
          const { problems, file, project, text } = await lintCase(rule, c);
          const internal = problems.filter((p) => p.ruleId === 'internal-error');
          assert.deepEqual(internal.map((p) => p.message), [], 'rule crashed');
          assert.equal(problems.length, c.errors.length, `expected ${c.errors.length} problem(s), got ${problems.length}:\n${problems.map((p) => `  ${path.relative(ROOT, p.file)} ${p.start.line}:${p.start.column} ${p.messageId} ${p.message}`).join('\n')}`);
          c.errors.forEach((e, k) => {
            const p = problems[k];
            const where = `problem ${k + 1} (${p.message})`;
            assert.equal(p.messageId, e.messageId, `${where}: messageId`);
            if (e.filename !== undefined) assert.equal(path.relative(ROOT, p.file).split(path.sep).join('/'), e.filename, `${where}: file`);
            if (e.line !== undefined) assert.equal(p.start.line, e.line, `${where}: line`);
            if (e.column !== undefined) assert.equal(p.start.column, e.column, `${where}: column`);
            if (e.endLine !== undefined) assert.equal(p.end.line, e.endLine, `${where}: endLine`);
            if (e.endColumn !== undefined) assert.equal(p.end.column, e.endColumn, `${where}: endColumn`);
            if (e.message instanceof RegExp) assert.match(p.message, e.message, `${where}: message`);
            else if (e.message !== undefined) assert.equal(p.message, e.message, `${where}: message`);
            if (e.data) {
              const template = rule.meta.messages[e.messageId];
              const expected = template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (all, key: string) => (key in e.data! ? String(e.data![key]) : all));
              assert.equal(p.message, expected, `${where}: message from data`);
            }
            if (e.suggestions === null) assert.equal(p.suggestions, undefined, `${where}: expected no suggestions`);
            else if (e.suggestions) {
              assert.equal(p.suggestions?.length ?? 0, e.suggestions.length, `${where}: number of suggestions`);
              e.suggestions.forEach((s, j) => {
                const got = p.suggestions![j];
                assert.equal(got.messageId, s.messageId, `${where}: suggestion ${j + 1} messageId`);
                if (s.desc !== undefined) assert.equal(got.desc, s.desc);
                if (s.output !== undefined) {
                  const target = project.files.get(p.file)!.text;
                  assert.equal(applyEdits(target, got.edits ?? []), s.output, `${where}: suggestion ${j + 1} output`);
                }
              });
            }
          });
          if (c.output !== undefined) {
            const own = problems.filter((p) => p.file === file);
            if (c.output === null) {
              assert.ok(!own.some((p) => p.fix), 'expected no autofix');
            } else {
              // One pass, as ESLint's tester: the listed output is what a single --fix pass makes.
              const { output } = applyFixes(text, own);
              assert.equal(output, c.output, 'fixed output');
            }
          }
        });
      });
    });
  });
}

function caseTitle(code: string | Uint8Array): string {
  return typeof code === 'string' ? code.slice(0, 60).replace(/\s+/g, ' ') : `${code.length} bytes`;
}
