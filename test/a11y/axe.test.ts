import assert from 'node:assert/strict';
import * as path from 'node:path';
import { MemoryHost } from '../../server/src/engine/host-memory';
import { createEngine } from '../../server/src/engine';
import { Project } from '../../server/src/engine/model/project';
import { axeGroup, AXE_LAYOUT_RULES, AXE_NEEDS_REVIEW, wcagCriterionOfTag } from '../../server/src/engine/adapters/axe';
import { runAxe } from '../../server/src/engine/adapters/axe-runner';
import type { Problem } from '../../server/src/engine/problems';

const ROOT = '/project';

async function lintWithAxe(files: Record<string, string>, rules: Record<string, unknown>, settings: Record<string, unknown> = {}): Promise<Map<string, Problem[]>> {
  const host = new MemoryHost({});
  for (const [rel, text] of Object.entries(files)) host.set(path.join(ROOT, rel), text);
  const { engine } = createEngine({ host, rules: [], groups: [axeGroup], cliRules: rules as never, cliSettings: settings });
  const project = new Project(host, [ROOT], { maxFileSize: 8 * 1024 * 1024 });
  const targets = Object.keys(files).filter((f) => f.endsWith('.html')).map((rel) => project.addFile(path.join(ROOT, rel), rel, files[rel].length));
  const out = await engine.lint(project, targets, { cost: 'all' });
  return new Map([...out].map(([k, v]) => [path.relative(ROOT, k), v]));
}

describe('axe adapter', function () {
  this.timeout(60000);

  it('generates metas with ACT ids, WCAG criteria and docs links, without layout rules', () => {
    const metas = axeGroup.metas();
    const imageAlt = metas.find((m) => m.id === 'axe/image-alt')!;
    assert.ok(imageAlt.docs.act?.includes('23a2a8'));
    assert.deepEqual(imageAlt.docs.wcag, ['1.1.1']);
    assert.match(imageAlt.docs.url!, /dequeuniversity\.com\/rules\/axe\/.*image-alt/);
    assert.equal(imageAlt.cost, 'expensive');
    for (const id of AXE_LAYOUT_RULES) assert.ok(!metas.some((m) => m.id === `axe/${id}`), id);
    assert.ok(metas.some((m) => m.id === AXE_NEEDS_REVIEW));
    assert.equal(wcagCriterionOfTag('wcag1410'), '1.4.10');
    assert.equal(wcagCriterionOfTag('wcag2aa'), undefined);
  });

  it('maps each violation to the exact start tag in the source', async () => {
    const html = '<!DOCTYPE html>\n<html lang="en"><head><title>t</title></head>\n<body>\n  <main><a href="/x"></a>\n  <img src="a.png"></main>\n</body></html>';
    const byFile = await lintWithAxe({ 'index.html': html }, { 'axe/link-name': 'error', 'axe/image-alt': 'warn' });
    const problems = byFile.get('index.html')!;
    const link = problems.find((p) => p.ruleId === 'axe/link-name')!;
    assert.equal(html.slice(link.startOffset, link.endOffset), '<a href="/x">');
    assert.deepEqual({ line: link.start.line, column: link.start.column }, { line: 4, column: 9 });
    assert.equal(link.severity, 'error');
    const img = problems.find((p) => p.ruleId === 'axe/image-alt')!;
    assert.equal(html.slice(img.startOffset, img.endOffset), '<img src="a.png">');
    assert.equal(img.severity, 'warn');
    assert.equal(problems.length, 2);
  });

  it('applies local linked style sheets, never runs page scripts, and reports needs-review only when enabled', async () => {
    const html = '<!DOCTYPE html><html lang="en"><head><title>t</title><link rel="stylesheet" href="css/site.css"></head><body>'
      + '<script>document.body.innerHTML = "<a href=/y></a>";</script><div class="gone"><a href="/x"></a></div><button onclick="x()">Go</button></body></html>';
    const byFile = await lintWithAxe({ 'index.html': html, 'css/site.css': '.gone { display: none }' }, { 'axe/link-name': 'error' });
    assert.deepEqual(byFile.get('index.html'), []);
    const withReview = await lintWithAxe({ 'p.html': '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><video src="v.mp4" controls></video></main></body></html>' }, { 'axe/video-caption': 'error', [AXE_NEEDS_REVIEW]: 'info' });
    const review = withReview.get('p.html')!.filter((p) => p.ruleId === AXE_NEEDS_REVIEW);
    assert.ok(review.length >= 1);
    assert.ok(review.every((p) => p.severity === 'info'));
  });

  it('runs one document at a time when called concurrently', async () => {
    const page = (n: number) => `<!DOCTYPE html><html lang="en"><head><title>${n}</title></head><body><main>${'<a href="/"></a>'.repeat(n)}</main></body></html>`;
    const results = await Promise.all([1, 2, 3].map((n) => runAxe({ html: page(n), rules: ['link-name'], styles: [], timeoutMs: 30000, wantIncomplete: false })));
    assert.deepEqual(results.map((r) => r.violations[0].nodes.length), [1, 2, 3]);
  });

  it('says when a page overran the time budget, instead of failing', async () => {
    const big = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>' + '<a href="/"></a>'.repeat(3000) + '</main></body></html>';
    const byFile = await lintWithAxe({ 'big.html': big }, { 'axe/link-name': 'error', 'axe/skipped': 'info' }, { a11y: { axeTimeoutMs: 1 } });
    const problems = byFile.get('big.html')!;
    assert.deepEqual(problems.map((p) => [p.ruleId, p.messageId, p.severity]), [['axe/skipped', 'timeout', 'info']]);
    assert.match(problems[0].message, /longer than 1 ms/);
    // With axe/skipped off the page is skipped silently; nothing is an internal error.
    const quiet = await lintWithAxe({ 'big.html': big }, { 'axe/link-name': 'error', 'axe/skipped': 'off' }, { a11y: { axeTimeoutMs: 1 } });
    assert.deepEqual(quiet.get('big.html'), []);
  });

  it('says when a page is too large for axe', async () => {
    const page = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><a href="/"></a>' + '<p>text</p>'.repeat(500) + '</main></body></html>';
    const byFile = await lintWithAxe({ 'page.html': page }, { 'axe/link-name': 'error', 'axe/skipped': 'info' }, { a11y: { axeMaxBytes: 2048 } });
    const problems = byFile.get('page.html')!;
    assert.deepEqual(problems.map((p) => [p.ruleId, p.messageId]), [['axe/skipped', 'tooLarge']]);
    assert.match(problems[0].message, /more than settings\.a11y\.axeMaxBytes \(2 KB\)/);
  });
});
