// examples/accessibility shows the problems its README lists, one per static accessibility rule, on
// the documented lines: a change that silences a rule on a realistic page breaks this test.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine, lintPaths } from '../../server/src/engine';
import { NodeHost } from '../../server/src/engine/host';

function exampleDir(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const p = path.join(dir, 'examples', 'accessibility');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(p)) return p;
  }
  throw new Error('examples/accessibility not found');
}

describe('examples/accessibility', () => {
  it('shows the problems its README lists', async () => {
    const dir = exampleDir();
    const host = new NodeHost();
    const { engine } = createEngine({ host });
    const run = await lintPaths(engine, host, [dir]);
    const got = run.results.flatMap((r) => r.problems
      .filter((p) => !p.ruleId.startsWith('media-') && !p.ruleId.startsWith('axe/'))
      .map((p) => `${path.relative(dir, p.file).split(path.sep).join('/')}:${p.start.line} ${p.ruleId}`)).sort();
    assert.deepEqual(got, [
      'index.html:13 focus-visible',
      'index.html:2 lang-matches-content',
      'index.html:20 image-of-text',
      'index.html:21 text-contrast-enhanced',
      'index.html:21 text-contrast-minimum',
      'index.html:22 text-clipped',
      'index.html:24 link-text-descriptive',
      'index.html:27 scrollable-region-focusable',
      'index.html:34 link-purpose-identical-names',
      'index.html:6 document-title-placeholder',
      'podcast.html:7 audio-media-alternative',
    ]);
  });
});
