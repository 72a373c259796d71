import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { MemoryHost } from '../../server/src/engine/host-memory';
import { Project } from '../../server/src/engine/model/project';
import { assetGraph, describeAsset, splitSrcset, type AssetRef } from '../../server/src/engine/model/assets';
import { addArchiveToProject } from '../../server/src/engine/archive/project-archive';
import { imageFactsOf, clearImageCache, imageCacheStats } from '../../server/src/engine/facts/image-cache';
import { jpeg, adobeRgbProfile } from '../facts/image-bytes';

const ROOT = path.resolve('/assets-test/site');

function projectOf(files: Record<string, string | Uint8Array>): Project {
  const host = new MemoryHost();
  for (const [rel, content] of Object.entries(files)) host.set(path.join(ROOT, rel), content);
  const project = new Project(host, [ROOT], { maxFileSize: 8 * 1024 * 1024 });
  for (const abs of [...host.files.keys()].sort()) project.addFile(abs, path.relative(ROOT, abs), host.files.get(abs)!.length);
  return project;
}

function show(r: AssetRef): string {
  const target = r.external ? `${r.scheme ?? ''}//${r.host ?? ''}` : r.fileSystemPath ? 'fs' : path.relative(ROOT, r.resolved ?? '?') || '.';
  return `${r.kind} ${JSON.stringify(r.from.text.slice(r.range.start, r.range.end))} -> ${target}${r.hash !== undefined ? ` #${r.hash}` : ''}${r.descriptor ? ` [${r.descriptor}]` : ''}${r.outsideRoot ? ' OUTSIDE' : ''}`;
}

describe('asset graph', () => {
  it('collects HTML references with exact ranges and kinds', () => {
    const html = [
      '<!doctype html><html><head>',
      '<base href="sub/">',
      '<link rel="stylesheet" href="../css/site.css">',
      '<link rel="icon" href="/favicon.ico">',
      '<link rel="preconnect" href="https://fonts.gstatic.com">',
      '<meta property="og:image" content="https://example.com/og.jpg">',
      '<script src="//cdn.example.net/lib.js?v=1"></script>',
      '</head><body>',
      '<img src="hero%20big.jpg#x" srcset="a.jpg 1x, b,c.jpg 2x" sizes="50vw">',
      '<picture><source srcset="h.webp" type="image/webp"></picture>',
      '<video src="v.mp4" poster="p.jpg"><track src="c.vtt"></video>',
      '<a href="#top">top</a> <a href="mailto:x@y.z">m</a> <a href="/about.html#team">a</a>',
      '<object data="o.svg"></object><embed src="e.swf"><iframe src="https://www.youtube.com/embed/x"></iframe>',
      '<div style="background: url(&quot;bg.png&quot;)"></div>',
      '<svg><image href="i.png"/><use xlink:href="sprite.svg#icon"/><use href="#local"/></svg>',
      '<img src="C:\\Users\\me\\x.png"> <img src="file:///Users/me/y.png"> <img src="/Users/me/z.png">',
      '<img src="../../outside.png"> <img src="data:image/png;base64,AAAA"> <img src="{{ src }}">',
      '</body></html>',
    ].join('\n');
    const project = projectOf({ 'index.html': html });
    const refs = assetGraph(project).refsFrom(path.join(ROOT, 'index.html')).map(show);
    assert.deepEqual(refs, [
      'stylesheet "../css/site.css" -> css/site.css',
      'icon "/favicon.ico" -> favicon.ico',
      'preload "https://fonts.gstatic.com" -> https//fonts.gstatic.com',
      'og-image "https://example.com/og.jpg" -> https//example.com',
      'script "//cdn.example.net/lib.js?v=1" -> //cdn.example.net',
      'img-src "hero%20big.jpg#x" -> sub/hero big.jpg #x',
      'srcset "a.jpg" -> sub/a.jpg [1x]',
      'srcset "b,c.jpg" -> sub/b,c.jpg [2x]',
      'srcset "h.webp" -> sub/h.webp',
      'video-src "v.mp4" -> sub/v.mp4',
      'poster "p.jpg" -> sub/p.jpg',
      'track "c.vtt" -> sub/c.vtt',
      'page-link "#top" -> index.html #top',
      'page-link "/about.html#team" -> about.html #team',
      'object "o.svg" -> sub/o.svg',
      'embed "e.swf" -> sub/e.swf',
      'iframe "https://www.youtube.com/embed/x" -> https//www.youtube.com',
      'img-src "i.png" -> sub/i.png',
      'other "sprite.svg#icon" -> sub/sprite.svg #icon',
      'img-src "C:\\\\Users\\\\me\\\\x.png" -> fs',
      'img-src "file:///Users/me/y.png" -> fs',
      'img-src "/Users/me/z.png" -> fs',
      'img-src "../../outside.png" -> ../outside.png OUTSIDE',
      'css-url "bg.png" -> sub/bg.png',
    ]);
  });

  it('collects CSS url(), @import, @font-face and image-set, with reverse edges', () => {
    const css = '@import "base.css";\n@import url(print.css) print;\n@font-face { font-family: X; src: url("../fonts/x.woff2") format("woff2"); }\n.a { background: url( img/a.png ) , image-set("img/b.png" 1x, url(img/c.png) 2x); }\n.b { background: url(data:image/png;base64,AA) }';
    const project = projectOf({ 'css/site.css': css, 'css/img/a.png': 'x', 'index.html': '<style>.x{background:url(css/img/a.png)}</style>' });
    const g = assetGraph(project);
    assert.deepEqual(g.refsFrom(path.join(ROOT, 'css/site.css')).map(show), [
      'css-import "base.css" -> css/base.css',
      'css-import "print.css" -> css/print.css',
      'font-face "../fonts/x.woff2" -> fonts/x.woff2',
      'css-url "img/a.png" -> css/img/a.png',
      'css-url "img/c.png" -> css/img/c.png',
      'css-url "img/b.png" -> css/img/b.png',
    ]);
    const to = g.refsTo(path.join(ROOT, 'css/img/a.png'));
    assert.deepEqual(to.map((r) => path.relative(ROOT, r.from.path)).sort(), ['css/site.css', 'index.html']);
    assert.ok(g.usedFiles().has(path.join(ROOT, 'fonts/x.woff2')));
  });

  it('reads Adform and web app manifest entries', () => {
    const project = projectOf({ 'manifest.json': '{ "version": "1.0", "source": "index.html", "icons": [{ "src": "icon-192.png" }] }' });
    assert.deepEqual(assetGraph(project).refs.map(show), ['manifest-entry "index.html" -> index.html', 'manifest-entry "icon-192.png" -> icon-192.png']);
  });

  it('resolves inside zip archives, root-relative against the archive', () => {
    const zip = zipSync({ 'index.html': strToU8('<img src="img/a.png"><img src="/b.png"><img src="../../c.png">'), 'img/a.png': strToU8('x') });
    const project = projectOf({ 'banner.zip': zip });
    addArchiveToProject(project, project.files.get(path.join(ROOT, 'banner.zip'))!);
    const refs = assetGraph(project).refs;
    const archive = path.join(ROOT, 'banner.zip');
    assert.deepEqual(refs.map((r) => `${r.resolved ?? '-'}${r.outsideRoot ? ' OUTSIDE' : ''}`), [`${archive}!/img/a.png`, `${archive}!/b.png`, '- OUTSIDE']);
    assert.ok(project.files.has(`${archive}!/img/a.png`));
  });

  it('splits srcset candidates keeping positions', () => {
    assert.deepEqual(splitSrcset(' a.jpg 480w,b.jpg,  c.jpg 2x '), [
      { url: 'a.jpg', start: 1, descriptor: '480w' },
      { url: 'b.jpg', start: 12, descriptor: undefined },
      { url: 'c.jpg', start: 20, descriptor: '2x' },
    ]);
  });

  it('describes an asset for hovers, and memoises facts by content hash', () => {
    clearImageCache();
    const bytes = jpeg({ width: 40, height: 30, icc: adobeRgbProfile() });
    const project = projectOf({ 'a.jpg': bytes, 'b.jpg': bytes, 'index.html': '<img src="a.jpg">' });
    const d = describeAsset(project, path.join(ROOT, 'a.jpg'));
    assert.equal(d?.format, 'jpeg');
    assert.equal(d?.width, 40);
    assert.equal(d?.profile, 'Adobe RGB (1998)');
    assert.equal(d?.isSrgb, false);
    assert.equal(d?.references, 1);
    imageFactsOf(project.files.get(path.join(ROOT, 'b.jpg'))!);
    assert.deepEqual(imageCacheStats(), { entries: 1, hits: 1, misses: 1 });
    assert.equal(describeAsset(project, path.join(ROOT, 'missing.jpg')), undefined);
  });
});
