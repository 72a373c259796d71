import assert from 'node:assert/strict';
import * as path from 'node:path';
import { MemoryHost } from '../../server/src/engine/host-memory';
import { createEngine, ConfigError } from '../../server/src/engine';
import { cli, tempProject, removeDir } from '../helpers/cli';

const ROOT = path.resolve('/cfg-test');
function loader(files: Record<string, string>) {
  const host = new MemoryHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(ROOT, k), v])));
  return createEngine({ host }).engine.config;
}
function configErrorOf(fn: () => unknown): ConfigError {
  try { fn(); } catch (e) { if (e instanceof ConfigError) return e; throw e; }
  assert.fail('expected a ConfigError');
}

describe('configuration', () => {
  it('uses the recommended preset when there is no configuration file', () => {
    const cfg = loader({ 'site/index.html': '' }).resolve(path.join(ROOT, 'site/index.html'));
    assert.equal(cfg.rules['img-alt'].severity, 'error');
    assert.deepEqual(cfg.configFiles, []);
  });

  it('finds the file upward, cascades, and stops at root: true', () => {
    const l = loader({
      'crossmedia-lint.config.json': '{"rules": {"img-alt": "off", "html-lang": "warn"}}',
      'a/crossmedia-lint.config.json': '{"rules": {"img-alt": "warn"}}',
      'a/b/crossmedia-lint.config.yaml': 'root: true\nextends: recommended\nrules:\n  document-title: off\n',
    });
    const ab = l.resolve(path.join(ROOT, 'a/b/x.html'));
    assert.equal(ab.rules['document-title'].severity, 'off');
    assert.equal(ab.rules['html-lang'].severity, 'error', 'the parent config is not read past root: true');
    const a = l.resolve(path.join(ROOT, 'a/x.html'));
    assert.equal(a.rules['img-alt'].severity, 'warn');
    assert.equal(a.rules['html-lang'].severity, 'warn');
    assert.equal(a.configFiles.length, 2);
  });

  it('applies overrides by glob and keeps options when only the severity changes', () => {
    const l = loader({
      'crossmedia-lint.config.json': JSON.stringify({
        extends: 'strict',
        rules: { 'html-parse-error': ['warn', { ignore: ['missing-doctype'] }] },
        overrides: [{ files: ['banners/**'], rules: { 'html-parse-error': 'error', 'img-alt': 'off' }, language: 'de' }],
      }),
    });
    const banner = l.resolve(path.join(ROOT, 'banners/300x250/index.html'));
    assert.equal(banner.rules['img-alt'].severity, 'off');
    assert.equal(banner.rules['html-parse-error'].severity, 'error');
    assert.deepEqual(banner.rules['html-parse-error'].options, { ignore: ['missing-doctype'] });
    assert.equal(banner.settings.language, 'de');
    assert.equal(l.resolve(path.join(ROOT, 'site/index.html')).rules['img-alt'].severity, 'error');
  });

  it('names the file, line and key of a typo, with a suggestion', () => {
    const l = loader({ 'crossmedia-lint.config.json': '{\n  "extends": "recommended",\n  "rulez": {}\n}' });
    const e = configErrorOf(() => l.resolve(path.join(ROOT, 'x.html')));
    assert.equal(e.file, path.join(ROOT, 'crossmedia-lint.config.json'));
    assert.equal(e.line, 3);
    assert.equal(e.column, 3);
    assert.match(e.reason, /Unknown key "rulez" in the top level \(did you mean "rules"\?\)/);
  });

  it('rejects unknown rules, bad severities, unknown presets and syntax errors at their place', () => {
    const unknownRule = configErrorOf(() => loader({ 'crossmedia-lint.config.json': '{"rules": {\n  "img-alts": "error"\n}}' }).resolve(path.join(ROOT, 'x.html')));
    assert.deepEqual([unknownRule.line, unknownRule.column], [2, 3]);
    assert.match(unknownRule.reason, /Unknown rule "img-alts" \(did you mean "img-alt"\?\)/);
    const badSeverity = configErrorOf(() => loader({ 'crossmedia-lint.config.json': '{"rules": {"img-alt": "fatal"}}' }).resolve(path.join(ROOT, 'x.html')));
    assert.match(badSeverity.reason, /rules\.img-alt/);
    const preset = configErrorOf(() => loader({ 'crossmedia-lint.config.json': '{"extends": ["recomended"]}' }).resolve(path.join(ROOT, 'x.html')));
    assert.match(preset.reason, /Unknown preset or file "recomended"/);
    const syntax = configErrorOf(() => loader({ 'crossmedia-lint.config.json': '{\n  "rules": {\n    "img-alt": "error",\n  }\n}' }).resolve(path.join(ROOT, 'x.html')));
    assert.equal(syntax.line, 4);
    assert.match(syntax.reason, /JSON syntax error/);
    const yaml = configErrorOf(() => loader({ 'crossmedia-lint.config.yaml': 'rules:\n  img-alt: [error\n' }).resolve(path.join(ROOT, 'x.html')));
    assert.match(yaml.reason, /YAML syntax error/);
    const yamlKey = configErrorOf(() => loader({ 'crossmedia-lint.config.yml': 'rules:\n  img-alt: error\nignor:\n  - dist\n' }).resolve(path.join(ROOT, 'x.html')));
    assert.deepEqual([yamlKey.line, yamlKey.column], [3, 1]);
    assert.match(yamlKey.reason, /did you mean "ignore"/);
  });

  it('the CLI prints a configuration error with its place and exits 2', async () => {
    const dir = tempProject({ 'crossmedia-lint.config.json': '{\n  "rules": { "img-alt": "eror" }\n}', 'index.html': '<p>x</p>' });
    try {
      const r = await cli(['.'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /crossmedia-lint\.config\.json:2:\d+\s+"rules\.img-alt"/);
      assert.equal(r.stdout, '', 'never a silent "no problems"');
    } finally { removeDir(dir); }
  });

  it('skips ignored files and .gitignore entries', async () => {
    const dir = tempProject({
      'crossmedia-lint.config.json': '{"ignore": ["drafts/"]}',
      '.gitignore': 'build/\n*.tmp.html\n',
      'index.html': '<img src="a.png">',
      'drafts/x.html': '<img src="a.png">',
      'build/y.html': '<img src="a.png">',
      'z.tmp.html': '<img src="a.png">',
      'node_modules/pkg/q.html': '<img src="a.png">',
    });
    try {
      const r = await cli(['.', '-f', 'json'], dir);
      const files = JSON.parse(r.stdout).map((f: { filePath: string }) => path.relative(dir, f.filePath)).sort();
      assert.deepEqual(files, ['.gitignore', 'crossmedia-lint.config.json', 'index.html']);
    } finally { removeDir(dir); }
  });
});
