import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startClient, uriOf } from '../lsp/client';

/** A realistic ~40 KB page: sections of text, images with alt, links and inline styles. */
function page40k(withLang: boolean): string {
  const parts = [`<!doctype html>\n<html${withLang ? ' lang="en"' : ''}>\n<head>\n  <meta charset="utf-8">\n  <title>Bench</title>\n  <style>\n    .hero { color: #fff; background: #e3051b; }\n  </style>\n</head>\n<body>\n`];
  let i = 0;
  while (parts.join('').length < 40 * 1024) {
    parts.push(`  <section class="s${i}">\n    <h2>Section ${i}</h2>\n    <p style="color: #333">Paragraph ${i} with <a href="page${i}.html">a link</a> and some text to make it realistic.</p>\n    <img src="img/p${i}.jpg" alt="Picture ${i}" width="320" height="200">\n  </section>\n`);
    i++;
  }
  parts.push('</body>\n</html>\n');
  return parts.join('');
}

/**
 * Edit → cheap-rule diagnostics, measured with the protocol client over stdio: each edit adds or
 * removes the lang attribute and the clock stops when html-lang appears or disappears. Includes
 * the server's 150 ms typing debounce.
 */
export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cml-lsp-bench-'));
  const file = path.join(dir, 'index.html');
  fs.writeFileSync(path.join(dir, 'crossmedia-lint.config.json'), JSON.stringify({ root: true, extends: 'recommended' }));
  fs.writeFileSync(file, page40k(false));
  const client = await startClient({ root: dir });
  try {
    const uri = uriOf(file);
    const hasLang = (ds: { code?: unknown }[]) => ds.some((d) => d.code === 'html-lang');
    client.open(file, page40k(false), 'html');
    await client.waitForDiagnostics(uri, hasLang);
    const samples: number[] = [];
    for (let n = 0; n < 20; n++) {
      const withLang = n % 2 === 0;
      const t0 = performance.now();
      client.change(file, page40k(withLang));
      await client.waitForDiagnostics(uri, (ds) => hasLang(ds) !== withLang);
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)];
    const p95 = samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)];
    return [
      { name: 'lsp edit→cheap diagnostics, 40 KB page, median (incl. 150 ms debounce)', value: Math.round(median), unit: 'ms' },
      { name: 'lsp edit→cheap diagnostics, 40 KB page, p95 (incl. 150 ms debounce)', value: Math.round(p95), unit: 'ms' },
    ];
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
