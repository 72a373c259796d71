import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Runs every *.bench.js beside this file and prints one line per measurement. Benchmarks are
 * measurements, never pass/fail tests: `npm run bench`.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.bench.js') && (!only.length || only.some((o) => f.includes(o)))).sort();
  for (const f of files) {
    const mod = require(path.join(__dirname, f)) as { run(): Promise<{ name: string; value: number; unit: string }[]> };
    const results = await mod.run();
    for (const r of results) console.log(`${f.replace(/\.bench\.js$/, '').padEnd(16)} ${r.name.padEnd(52)} ${r.value.toFixed(r.value < 10 ? 2 : 0).padStart(10)} ${r.unit}`);
  }
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
