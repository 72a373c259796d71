import assert from 'node:assert/strict';
import * as path from 'node:path';
import { cli, tempProject, removeDir } from '../helpers/cli';
import { a11yRules, a11yPresets } from '../../rules/_domains/a11y';
import { AXE_NEEDS_REVIEW } from '../../server/src/engine/adapters/axe';

// SVG and XML files are not HTML pages: every accessibility rule must leave them alone or check
// them as SVG, never crash on XML syntax the HTML parser does not expect.
const ODD_FILES: Record<string, string> = {
  'declaration.svg': '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    + '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n  <!ENTITY brand "Acme">\n  <!ELEMENT extra ANY>\n]>\n'
    + '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 10 10" lang="en" xml:lang="en">\n'
    + '  <sodipodi:namedview id="base"/>\n  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>\n'
    + '  <text x="0" y="8" style="letter-spacing: 0.01em !important; line-height: 1 !important">&brand; <![CDATA[<b>not a tag</b>]]></text>\n'
    + '  <use xlink:href="#g"/>\n</svg>\n',
  'no-name.svg': '<svg xmlns="http://www.w3.org/2000/svg" role="img"><circle r="4"/></svg>',
  'huge-attribute.svg': `<svg xmlns="http://www.w3.org/2000/svg" role="graphics-document" aria-label="Map"><path d="M0 0${' L1 1'.repeat(200_000)}"/><g id="${'x'.repeat(100_000)}" aria-labelledby="${'y '.repeat(50_000)}"/></svg>`,
  'nested.svg': '<svg><svg><foreignObject><html lang="xx-invalid"><body><video src="a.mp4" autoplay controls></video><img src="x.png"><iframe tabindex="-1" srcdoc="<a href=/>x</a>"></iframe></body></html></foreignObject></svg></svg>',
  'bom.svg': '\ufeff<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t"><title id="t">Logo</title></svg>',
  'empty.svg': '',
  'truncated.svg': '<svg xmlns="http://www.w3.org/2000/svg" role="img"><title>Cut',
  'comment-only.svg': '<!-- exported by a tool -->',
  'feed.xml': '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>News</title><item lang="zz"><description><![CDATA[<p style="word-spacing:0 !important">hi</p>]]></description></item></channel></rss>\n',
  'page.xhtml': '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>X</title></head><body><svg role="img"/></body></html>\n',
};

describe('a11y rules on SVG and XML files', function () {
  this.timeout(120000);
  let dir: string;
  before(() => { dir = tempProject(ODD_FILES); });
  after(() => removeDir(dir));

  it('lint odd SVG and XML files with every accessibility rule on, without an internal error', async () => {
    const ids = new Set<string>([...a11yRules.map((r) => r.meta.id), AXE_NEEDS_REVIEW]);
    for (const preset of Object.values(a11yPresets)) for (const id of Object.keys(preset)) ids.add(id);
    const args = ['.', '--format', 'json', ...[...ids].flatMap((id) => ['--rule', `${id}=error`])];
    const r = await cli(args, dir);
    assert.notEqual(r.code, 2, r.stderr);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string | null; fatal?: boolean; message: string; line: number }[] }[];
    const broken = results.flatMap((f) => f.messages.filter((m) => m.fatal || m.ruleId === 'internal-error').map((m) => `${path.basename(f.filePath)}: ${m.message}`));
    assert.deepEqual(broken, []);
    const named = (file: string) => results.find((f) => path.basename(f.filePath) === file)?.messages.filter((m) => m.ruleId === 'svg-img-name') ?? [];
    assert.deepEqual(named('no-name.svg').map((m) => m.line), [1]);
    for (const file of ['declaration.svg', 'huge-attribute.svg', 'bom.svg', 'truncated.svg']) assert.deepEqual(named(file), [], file);
  });
});
