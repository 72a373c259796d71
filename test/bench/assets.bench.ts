// Image facts for 1,000 images through imageFactsOf: a first run (cold content-hash cache) and a
// second run in a fresh project (new SourceFiles, as after an edit or a new CLI run in the same
// process), where only hashing the bytes is paid. CPU time from process.cpuUsage, bytes in memory.
import * as path from 'node:path';
import { MemoryHost } from '../../server/src/engine/host-memory';
import { Project } from '../../server/src/engine/model/project';
import { imageFactsOf, clearImageCache } from '../../server/src/engine/facts/image-cache';
import { assetGraph } from '../../server/src/engine/model/assets';
import { jpeg, png, gif, webpLossy, srgbProfile, adobeRgbProfile, SAMPLE_XMP } from '../facts/image-bytes';

const COUNT = 1000;
const ROOT = path.resolve('/bench/site');

function images(): Uint8Array[] {
  const srgb = srgbProfile();
  const adobe = adobeRgbProfile();
  // About 40 KB per file on average, like web photos and banner images.
  const pad = (n: number) => SAMPLE_XMP + ' '.repeat(n);
  const makers = [
    (i: number) => jpeg({ width: 800 + i, height: 600, icc: i % 2 ? srgb : adobe, xmp: pad(60000) }),
    (i: number) => png({ width: 300 + i, height: 250, xmp: pad(30000) }),
    (i: number) => gif({ width: 120, height: 60 + (i % 50), delays: [10, 20, 30], loop: 0 }),
    (i: number) => webpLossy(970, 250 + i),
    (i: number) => jpeg({ width: 1200, height: 800 + i, progressive: true, xmp: pad(50000) }),
  ];
  return Array.from({ length: COUNT }, (_, i) => makers[i % makers.length](i));
}

function project(host: MemoryHost): Project {
  const p = new Project(host, [ROOT], { maxFileSize: 8 * 1024 * 1024 });
  for (const [abs, b] of host.files) p.addFile(abs, path.relative(ROOT, abs), b.length);
  return p;
}

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const host = new MemoryHost();
  const list = images();
  let html = '';
  list.forEach((b, i) => {
    const ext = ['jpg', 'png', 'gif', 'webp', 'jpg'][i % 5];
    host.set(path.join(ROOT, `img/i${i}.${ext}`), b);
    html += `<img src="img/i${i}.${ext}" width="100" height="100" alt="">\n`;
  });
  host.set(path.join(ROOT, 'index.html'), html);
  const totalMB = list.reduce((n, b) => n + b.length, 0) / 1024 / 1024;
  clearImageCache();
  const readAll = (p: Project) => { for (const f of p.files.values()) if (f.language === 'image') imageFactsOf(f); };
  const cold = cpuMs(() => readAll(project(host)));
  const warm = cpuMs(() => readAll(project(host)));
  const graph = cpuMs(() => { assetGraph(project(host)).refs.length; });
  return [
    { name: `image facts, ${COUNT} images (${totalMB.toFixed(0)} MB), first run`, value: cold, unit: 'ms CPU' },
    { name: `image facts, ${COUNT} images, after the first run`, value: warm, unit: 'ms CPU' },
    { name: `asset graph, page with ${COUNT} references`, value: graph, unit: 'ms CPU' },
  ];
}
