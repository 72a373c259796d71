import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { MemoryHost } from '../../server/src/engine/host-memory';
import { Project } from '../../server/src/engine/model/project';
import { deliverablesOf, filesOfDeliverable, orderFor, parseOrder, parseWeight } from '../../server/src/engine/model/order';
import { clearMediaCache, displaySize, mediaFactsOf } from '../../server/src/engine/facts/media-cache';
import { socialPlacement, socialPlacementIds, socialProfiles, parseRatio } from '../../rules/profiles/social';

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const ROOT = path.resolve('/order-test');

function project(files: Record<string, string | Uint8Array>): Project {
  const host = new MemoryHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(ROOT, k), v])));
  const p = new Project(host, [ROOT], { maxFileSize: 8 * 1024 * 1024 });
  for (const [k, v] of Object.entries(files)) p.addFile(path.join(ROOT, k), k, typeof v === 'string' ? Buffer.byteLength(v) : v.length);
  return p;
}

describe('social platform profiles', () => {
  const root = repoRoot();
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'social-profile.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const dir = path.join(root, 'rules', 'profiles', 'social');
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`${name} follows schemas/social-profile.schema.json and is registered`, () => {
      const data = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { id: string; placements: Record<string, Record<string, { aspectRatios?: string[] } | undefined>> };
      assert.ok(validate(data), JSON.stringify(validate.errors, null, 2));
      assert.equal(data.id, name.replace(/\.json$/, ''));
      assert.ok(socialProfiles[data.id], `${data.id} is not loaded by rules/profiles/social/index.ts`);
      for (const placement of Object.values(data.placements)) {
        for (const kind of ['image', 'video', 'audio']) for (const r of placement[kind]?.aspectRatios ?? []) assert.ok(parseRatio(r), r);
      }
    });
  }
  it('covers the platforms of the brief', () => {
    for (const id of ['meta/feed', 'meta/story', 'meta/reel', 'instagram/feed', 'instagram/reel', 'linkedin/ad', 'x/post', 'tiktok/in-feed-ad', 'youtube/video', 'youtube/shorts', 'pinterest/pin']) {
      assert.ok(socialPlacementIds().includes(id), id);
    }
    assert.equal(socialPlacement('META-story')?.id, 'meta/story');
    assert.equal(socialPlacement('meta/nope'), undefined);
  });
  it('keeps the stricter value where sources disagree, with a note', () => {
    const linkedin = socialPlacement('linkedin/ad')!.placement.video!;
    assert.equal(linkedin.maxBytes, 200_000_000);
    assert.ok(linkedin.notes?.some((n) => /500 MB/.test(n) && /200 MB/.test(n)));
    assert.equal(socialPlacement('pinterest/pin')!.placement.image!.maxBytes, 10_000_000);
    assert.equal(socialPlacement('youtube/shorts')!.placement.video!.durationSec!.max, 60);
  });
});

describe('production order', () => {
  it('parses weights with SI and binary units', () => {
    assert.equal(parseWeight('4 MB'), 4_000_000);
    assert.equal(parseWeight('1.5MiB'), 1_572_864);
    assert.equal(parseWeight(150000), 150000);
    assert.equal(parseWeight('4 mb'), undefined);
  });

  it('the example order is valid and names known profiles', () => {
    const file = path.join(repoRoot(), 'examples', 'social', 'crossmedia-order.yaml');
    const p = project({ 'crossmedia-order.yaml': fs.readFileSync(file, 'utf8') });
    const order = parseOrder(p.files.get(path.join(ROOT, 'crossmedia-order.yaml'))!);
    assert.deepEqual(order.problems, []);
    assert.equal(order.deliveryDir, path.join(ROOT, 'delivery'));
    assert.ok(order.deliverables.length >= 8);
    const story = order.deliverables.find((d) => d.name === 'Story video 15 s')!;
    assert.deepEqual({ size: story.size, duration: story.duration, captions: story.captions, spec: !!story.spec }, { size: { width: 1080, height: 1920 }, duration: { exact: 15 }, captions: 'required', spec: true });
  });

  it('finds the nearest order file above a file, not beyond the deliverable root', () => {
    const p = project({
      'crossmedia-order.yaml': 'deliverables:\n  - name: Top\n    path: a/clip.mp4\n    type: video\n',
      'a/b/crossmedia-order.json': '{ "deliverables": [ { "name": "Inner", "path": "clip.mp4", "type": "video" } ] }',
      'a/clip.mp4': 'x',
      'a/b/clip.mp4': 'x',
    });
    assert.equal(deliverablesOf(p, orderFor(p, path.join(ROOT, 'a/clip.mp4'))!, path.join(ROOT, 'a/clip.mp4'))[0].name, 'Top');
    assert.equal(deliverablesOf(p, orderFor(p, path.join(ROOT, 'a/b/clip.mp4'))!, path.join(ROOT, 'a/b/clip.mp4'))[0].name, 'Inner');
    assert.equal(orderFor(project({ 'x.mp4': 'x' }), path.join(ROOT, 'x.mp4')), undefined);
  });

  it('matches files, folders and globs in the delivery folder', () => {
    const p = project({
      'crossmedia-order.yaml': 'deliveryFolder: out\ndeliverables:\n  - { name: F, path: one.jpg, type: image }\n  - { name: D, path: banners, type: banner }\n  - { name: G, path: "stills/*.png", type: image, count: 2 }\n',
      'out/one.jpg': 'x', 'out/banners/a/index.html': 'x', 'out/banners/b.zip': 'x', 'out/stills/1.png': 'x', 'out/stills/2.png': 'x', 'out/stills/3.jpg': 'x',
    });
    const order = parseOrder(p.files.get(path.join(ROOT, 'crossmedia-order.yaml'))!);
    assert.deepEqual(order.deliverables.map((d) => filesOfDeliverable(p, order, d)), [['one.jpg'], ['banners/a/index.html', 'banners/b.zip'], ['stills/1.png', 'stills/2.png']]);
  });
});

describe('media facts cache', () => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'media', 'rotated-90.mp4')));
  it('reads once per file and shares results between files with the same bytes', () => {
    clearMediaCache();
    const p = project({ 'a.mp4': bytes, 'copy/a.mp4': bytes, 'bad.mp4': bytes.subarray(0, 100) });
    const a = mediaFactsOf(p.files.get(path.join(ROOT, 'a.mp4'))!);
    const b = mediaFactsOf(p.files.get(path.join(ROOT, 'copy/a.mp4'))!);
    assert.ok(a.ok);
    assert.equal(a, b, 'the same result object for the same content');
    assert.equal(mediaFactsOf(p.files.get(path.join(ROOT, 'a.mp4'))!), a);
    assert.deepEqual(displaySize(a.facts), { width: 36, height: 64 });
    const bad = mediaFactsOf(p.files.get(path.join(ROOT, 'bad.mp4'))!);
    assert.ok(!bad.ok && bad.error.kind === 'truncated', 'a cut-off file is an error value, not a throw');
  });
});
