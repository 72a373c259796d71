import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEngine, lintPaths } from '../../server/src/engine';
import { NodeHost } from '../../server/src/engine/host';

/** A generated 500-page site with a stylesheet per 10 pages: the size the design's costs refer to. */
function makeSite(pages: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cml-bench-'));
  const css = 'body { margin: 0; font-family: Arial, sans-serif; }\n' + Array.from({ length: 200 }, (_, i) => `.c${i} { color: #${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}; padding: ${i % 9}px; }`).join('\n') + '\n';
  for (let s = 0; s < pages / 10; s++) fs.writeFileSync(path.join(dir, `s${s}.css`), css);
  for (let p = 0; p < pages; p++) {
    const body = Array.from({ length: 60 }, (_, i) => `<section class="c${i}"><h2>Heading ${i}</h2><p style="color: #333">Text ${i} of page ${p}.</p><img src="img${i}.png" alt="Picture ${i}" width="10" height="10"><a href="page${(p + 1) % pages}.html">Next</a></section>`).join('\n');
    fs.writeFileSync(path.join(dir, `page${p}.html`), `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Page ${p}</title><link rel="stylesheet" href="s${Math.floor(p / 10)}.css"><style>.x{color:red}</style></head>\n<body>\n${body}\n</body>\n</html>\n`);
  }
  return dir;
}

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const dir = makeSite(500);
  try {
    const out: { name: string; value: number; unit: string }[] = [];
    for (const [label, rules] of [['cheap rules, no wrapped tools', { 'htmlhint/*': 'off', 'stylelint/*': 'off' }], ['cheap rules + htmlhint + stylelint', {}]] as const) {
      const { engine, host } = createEngine({ host: new NodeHost(), cliRules: rules });
      const t0 = process.hrtime.bigint();
      const cpu0 = process.cpuUsage();
      const run = await lintPaths(engine, host, [dir], { cost: 'cheap' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const cpu = process.cpuUsage(cpu0);
      out.push({ name: `500 pages + 50 css, ${label}: wall`, value: ms, unit: 'ms' });
      out.push({ name: `500 pages + 50 css, ${label}: cpu`, value: (cpu.user + cpu.system) / 1000, unit: 'ms' });
      out.push({ name: `500 pages + 50 css, ${label}: problems`, value: run.results.reduce((n, r) => n + r.problems.length, 0), unit: '' });
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
