import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { rules } from '../../rules';
import { builtinPresets } from '../../rules/profiles/presets';
import { presetRules } from '../../server/src/engine/config/config';
import { bundledGroups } from '../../server/src/engine';

/** The repository root, found from the compiled test's location. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const DOMAINS = ['html', 'css', 'a11y', 'banner', 'asset', 'image', 'licence', 'house-style', 'media', 'deliverables', 'core'];

describe('rule contract', () => {
  const root = repoRoot();
  const folders = fs.readdirSync(path.join(root, 'rules'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && d.name !== 'profiles').map((d) => d.name).sort();
  const byId = new Map(rules.map((r) => [r.meta.id, r]));

  it('every rule folder is registered and every registered rule has a folder', () => {
    assert.deepEqual([...byId.keys()].sort(), folders);
  });
  it('rule ids are unique', () => {
    assert.equal(new Set(rules.map((r) => r.meta.id)).size, rules.length);
  });

  for (const id of folders) {
    describe(id, () => {
      const dir = path.join(root, 'rules', id);
      it('has index.ts, README.md and index.test.ts', () => {
        for (const f of ['index.ts', 'README.md', 'index.test.ts']) assert.ok(fs.existsSync(path.join(dir, f)), `${id}/${f} is missing`);
      });
      it('meta is complete and consistent', () => {
        const rule = byId.get(id);
        assert.ok(rule, `${id} is not registered in rules/index.ts`);
        const m = rule!.meta;
        assert.equal(m.id, id);
        assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.ok(DOMAINS.includes(m.domain), `domain ${m.domain}`);
        assert.ok(['problem', 'suggestion'].includes(m.type));
        assert.ok(['file', 'project'].includes(m.scope));
        assert.ok(['cheap', 'expensive'].includes(m.cost));
        assert.ok(m.languages.length > 0);
        assert.ok(m.docs.description.length > 20, 'a real description');
        assert.ok(m.docs.url?.endsWith(`/rules/${id}/README.md`), 'docs url points at the README');
        assert.ok(Object.keys(m.messages).length > 0);
        assert.equal(typeof m.fixable, 'boolean');
        assert.equal(typeof m.hasSuggestions, 'boolean');
        if (m.domain === 'a11y') {
          assert.ok(Array.isArray(m.docs.wcag) && m.docs.wcag.length, 'a11y rules declare WCAG criteria');
          assert.ok(Array.isArray(m.docs.act), 'a11y rules declare ACT ids (possibly empty)');
        }
      });
      it('the schema accepts the default options', () => {
        const m = byId.get(id)!.meta;
        assert.ok(m.schema, 'a schema');
        const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(m.schema!);
        assert.ok(validate(m.defaultOptions ?? {}), JSON.stringify(validate.errors));
      });
      it('the README documents incorrect and correct examples and options', () => {
        const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
        assert.match(readme, new RegExp(`^# ${id}\\b`, 'm'));
        assert.match(readme, /^## .*incorrect/im, 'an "incorrect" example section');
        assert.match(readme, /^## .*correct/im, 'a "correct" example section');
        assert.match(readme, /```/, 'code examples');
      });
      it('the tests have valid and invalid cases, and fixable rules assert output', () => {
        const t = fs.readFileSync(path.join(dir, 'index.test.ts'), 'utf8');
        assert.match(t, /valid:\s*\[/);
        assert.match(t, /invalid:\s*\[/);
        assert.match(t, /messageId:/);
        assert.match(t, /line:\s*\d/);
        assert.match(t, /column:\s*\d/);
        if (byId.get(id)!.meta.fixable) assert.match(t, /output:\s*['"`]/, 'a fixable rule asserts the fixed text');
        if (byId.get(id)!.meta.hasSuggestions) assert.match(t, /suggestions:\s*\[/, 'a rule with suggestions asserts them');
      });
    });
  }

  it('every preset names only existing rules with valid severities', () => {
    const known = new Set([...byId.keys()]);
    const groups = bundledGroups();
    for (const name of Object.keys(builtinPresets())) {
      for (const [id, entry] of Object.entries(presetRules(name))) {
        const sev = Array.isArray(entry) ? entry[0] : entry;
        assert.ok(['off', 'info', 'warn', 'error', 0, 1, 2].includes(sev as string), `${name}: ${id} severity`);
        if (id.endsWith('/*')) { assert.ok(groups.some((g) => g.prefix === id.slice(0, -2)) || id === 'axe/*', `${name}: ${id}`); continue; }
        const group = groups.find((g) => id.startsWith(g.prefix + '/'));
        if (group) assert.ok(group.metas().some((m) => m.id === id), `${name}: ${id} is not a ${group.prefix} rule`);
        else if (!id.startsWith('axe/')) assert.ok(known.has(id), `${name}: unknown rule ${id}`);
      }
    }
  });
});

describe('docs/rules.md', () => {
  it('is up to date with the rules (regenerate: npm run build && node scripts/gen-rules-doc.js)', () => {
    const root = repoRoot();
    const { render } = require(path.join(root, 'scripts', 'gen-rules-doc.js')) as { render(): string };
    assert.equal(fs.readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8'), render());
  });
});
