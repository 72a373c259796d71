// Where a link leads, decided the way a browser and a static web server would from the source and
// the project's files alone (the network is never asked), and whether two links lead to the same or
// an equivalent resource. Also the accessible name of a link. Whenever a question cannot be
// answered from the files, the answer leans towards "the same" or "unknown", never "different".
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { getAttr, hasAttr, parentElement, HTML_NS, SVG_NS, type HtmlElement, type HtmlNode, type Project, type SourceFile } from '../_kit';
import { deliverableRoot } from '../../server/src/engine/model/assets';
import settings from '../profiles/a11y/link-targets.json';
import { cascadeOf, type Cascade } from './cascade';
import { byId, firstRole, inTemplate, isRendered, norm } from './dom';
import { effectiveRefresh } from './refresh';

/** The origin local files are addressed under, so that URL resolution does the browser's work. */
const SITE_HOST = 'deliverable.invalid';
const SITE_ORIGIN = `https://${SITE_HOST}`;

/** Schemes that run something instead of navigating: such links have no target to compare. */
const NON_NAVIGATING = new Set(['javascript:', 'vbscript:']);

export type LinkTarget =
  | {
    kind: 'local';
    /** The file served (after folder indexes and instant redirects), or the path a missing file would have. */
    path: string;
    file?: SourceFile;
    query: string;
  }
  | {
    kind: 'external';
    /** The URL normalised as browsers do, without its fragment; mail and phone links by their addresses. */
    key: string;
    /** The same URL with the differences servers usually redirect away (scheme, www., trailing slash, index page). */
    looseKey: string;
    origin: string;
  };

/** `unknown`: the source cannot tell (a server may redirect one URL to the other). */
export type Sameness = 'same' | 'different' | 'unknown';

interface PageFacts {
  root: string;
  url: URL;
  /** What the page's relative URLs resolve against: its `<base href>` or its own URL. */
  base: URL;
  /** The URL of a `<meta http-equiv="refresh">` that leaves at once. */
  redirect?: string;
  /** Scripts may rewrite what the page shows, and read its query string. */
  scripted: boolean;
  /** The origin the page says it is published at (`<link rel="canonical">`, `og:url`). */
  publishedOrigin?: string;
}

function isHtmlElement(el: HtmlElement): boolean { return el.namespaceURI === HTML_NS; }

function executableScript(el: HtmlElement): boolean {
  const type = (getAttr(el, 'type') ?? '').trim().toLowerCase();
  // A script whose type is neither empty, a JavaScript MIME type nor "module" is a data block.
  return !type || type === 'module' || /^(?:text|application)\/(?:x-)?(?:java|ecma|j|live)script(?:1\.\d)?$/.test(type);
}

function isScripted(file: SourceFile): boolean {
  for (const el of file.html?.elements ?? []) {
    if (el.tagName === 'script' && executableScript(el)) return true;
    if (el.attrs.some((a) => a.name.startsWith('on'))) return true;
  }
  return false;
}

function encodePath(relPath: string): string {
  return relPath.split('/').map((s) => encodeURIComponent(s)).join('/');
}

/** The target of a refresh `content` value, as the HTML "shared declarative refresh" steps read it. */
function refreshUrl(content: string): string | undefined {
  const m = /^[\t\n\f\r ]*\d+(?:\.[\d.]*)?[\t\n\f\r ]*[;,]?[\t\n\f\r ]*(?:url[\t\n\f\r ]*=[\t\n\f\r ]*)?([\s\S]*)$/i.exec(content);
  let url = m?.[1]?.trim() ?? '';
  const quote = url[0];
  if (quote === '"' || quote === "'") {
    const close = url.indexOf(quote, 1);
    url = close < 0 ? url.slice(1) : url.slice(1, close);
  }
  return url || undefined;
}

function pageFacts(project: Project, file: SourceFile): PageFacts | undefined {
  return project.cached(`a11y:link-targets:page:${file.path}`, () => {
    const root = deliverableRoot(project, file.path);
    const bang = file.path.indexOf('!/');
    const rel = bang >= 0 ? file.path.slice(bang + 2) : path.relative(root, file.path).split(path.sep).join('/');
    let url: URL;
    try { url = new URL(encodePath(rel.replace(/^(?:\.\.\/)+/, '')), `${SITE_ORIGIN}/`); } catch { return undefined; }
    const elements = file.html?.elements ?? [];
    const baseEl = elements.find((e) => e.tagName === 'base' && isHtmlElement(e) && hasAttr(e, 'href'));
    let base = url;
    if (baseEl) { try { base = new URL(getAttr(baseEl, 'href')!.trim(), url); } catch { /* an invalid base is ignored */ } }
    let redirect: string | undefined;
    const refresh = file.language === 'html' ? effectiveRefresh(file.html, file.text) : undefined;
    if (refresh && refresh.delay === 0 && refresh.redirect) redirect = refreshUrl(getAttr(refresh.element, 'content') ?? '');
    let publishedOrigin: string | undefined;
    for (const el of elements) {
      const rel = (getAttr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      const published = el.tagName === 'link' && rel.includes('canonical') ? getAttr(el, 'href')
        : el.tagName === 'meta' && (getAttr(el, 'property') ?? '').trim().toLowerCase() === 'og:url' ? getAttr(el, 'content') : undefined;
      if (!published) continue;
      try {
        const u = new URL(published.trim());
        if (u.protocol === 'http:' || u.protocol === 'https:') { publishedOrigin = u.origin; break; }
      } catch { /* not an absolute URL */ }
    }
    return { root, url, base, redirect, scripted: isScripted(file), publishedOrigin };
  });
}

function joinUnder(root: string, segments: string[]): string {
  // Archive roots are `x.zip!`; their entries are `x.zip!/inner/path`.
  if (root.endsWith('!')) return segments.length ? `${root}/${segments.join('/')}` : root;
  return path.join(root, ...segments);
}

function isFolder(project: Project, abs: string): boolean {
  if (abs.includes('!')) {
    for (const p of project.files.keys()) if (p.startsWith(`${abs}/`)) return true;
    return false;
  }
  return project.listDir(path.dirname(abs)).get(path.basename(abs))?.isDirectory === true;
}

function decodeSegment(segment: string): string {
  try {
    const decoded = decodeURIComponent(segment);
    // An encoded slash or dot-dot names one odd file, never a way out of the folder.
    return /[/\\]/.test(decoded) || decoded === '..' ? segment : decoded;
  } catch {
    return segment;
  }
}

/** The file a static server answers a local URL path with: the file, a folder's index, or a clean URL's page. */
function locate(project: Project, root: string, pathname: string): { path: string; file?: SourceFile } {
  const segments = pathname.split('/').slice(1).map(decodeSegment).filter((s) => s !== '');
  const folderUrl = pathname.endsWith('/');
  const at = joinUnder(root, segments);
  if (!folderUrl && segments.length) {
    const file = project.getFile(at);
    if (file) return { path: at, file };
  }
  if (folderUrl || !segments.length || isFolder(project, at)) {
    for (const index of settings.directoryIndex) {
      const p = joinUnder(root, [...segments, index]);
      const file = project.getFile(p);
      if (file) return { path: p, file };
    }
    return { path: at };
  }
  if (!path.extname(at)) {
    for (const ext of settings.cleanUrlExtensions) {
      const file = project.getFile(at + ext);
      if (file) return { path: at + ext, file };
    }
  }
  return { path: at };
}

function externalTarget(url: URL): LinkTarget {
  const protocol = url.protocol;
  let key: string;
  let looseKey: string;
  if (protocol === 'mailto:') {
    const addresses = url.pathname.split(',').map((a) => { try { return decodeURIComponent(a); } catch { return a; } })
      .map((a) => a.trim().toLowerCase()).filter(Boolean).sort();
    key = looseKey = `mailto:${addresses.join(',')}`;
  } else if (protocol === 'tel:' || protocol === 'sms:') {
    let number = url.pathname;
    try { number = decodeURIComponent(number); } catch { /* keep it as written */ }
    key = looseKey = `${protocol}${number.replace(/[\s().\-]/g, '').toLowerCase()}`;
  } else {
    const u = new URL(url.href);
    u.hash = '';
    key = u.href;
    if (protocol === 'http:' || protocol === 'https:') {
      const host = u.hostname.replace(/^www\./, '');
      const pathname = u.pathname.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '');
      looseKey = `//${host}${u.port ? `:${u.port}` : ''}${pathname}${u.search}`;
    } else looseKey = key;
  }
  return { kind: 'external', key, looseKey, origin: url.origin };
}

function follow(project: Project, root: string, url: URL, seen: Set<string>): LinkTarget | undefined {
  if (NON_NAVIGATING.has(url.protocol)) return undefined;
  if (url.origin !== SITE_ORIGIN) return externalTarget(url);
  const located = locate(project, root, url.pathname);
  const target: LinkTarget = { kind: 'local', path: located.path, file: located.file, query: url.search };
  if (!located.file || seen.has(located.path) || seen.size >= settings.maxRedirects) return target;
  seen.add(located.path);
  const facts = located.file.language === 'html' ? pageFacts(project, located.file) : undefined;
  if (!facts?.redirect) return target;
  let next: URL;
  try { next = new URL(facts.redirect, facts.base); } catch { return target; }
  return follow(project, facts.root, next, seen) ?? target;
}

/** Where a link of a page leads; undefined when it leads nowhere we can name (empty, script). */
export function resolveLink(project: Project, page: SourceFile, href: string): LinkTarget | undefined {
  // Browsers strip surrounding whitespace and drop tabs and newlines anywhere in a URL.
  const cleaned = href.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!cleaned) return undefined;
  const facts = pageFacts(project, page);
  if (!facts) return undefined;
  let url: URL;
  try { url = new URL(cleaned, facts.base); } catch { return undefined; }
  return follow(project, facts.root, url, new Set());
}

function hasServerSideExtension(file: SourceFile): boolean {
  return settings.serverSideExtensions.includes(path.extname(file.path).toLowerCase());
}

/** A static file answers the same whatever the query string, unless a script or the server reads it. */
function queryIgnored(project: Project, file: SourceFile): boolean {
  if (hasServerSideExtension(file)) return false;
  if (file.language === 'html' || file.language === 'svg') return !pageFacts(project, file)?.scripted;
  return true;
}

const NOT_SHOWN = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link', 'base', 'datalist', 'param', 'source', 'track']);
const SVG_NOT_SHOWN = new Set(['title', 'desc', 'metadata', 'defs', 'style', 'script', 'clippath', 'mask', 'pattern', 'lineargradient', 'radialgradient', 'symbol', 'marker', 'filter']);
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'caption', 'legend', 'br', 'search']);
const EMBEDDED = new Set(['img', 'video', 'audio', 'iframe', 'embed', 'object', 'canvas', 'picture']);
/** Regions around the main content: navigation, banner, footer, complementary, search. */
const CHROME_TAGS = new Set(['nav', 'aside', 'search']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

function cssKeyword(c: Cascade, el: HtmlElement, prop: string): string | null | 'unknown' {
  const v = c.get(el, prop);
  return v === 'unknown' ? 'unknown' : v ? v.value.trim().toLowerCase() : null;
}

function shownOnPage(el: HtmlElement, c: Cascade): boolean {
  const display = cssKeyword(c, el, 'display');
  if (display === 'none' || (display === null && hasAttr(el, 'hidden'))) return false;
  const visibility = cssKeyword(c, el, 'visibility');
  return visibility !== 'hidden' && visibility !== 'collapse';
}

function isChrome(el: HtmlElement): boolean {
  const role = firstRole(el);
  if (role) return CHROME_ROLES.has(role);
  if (CHROME_TAGS.has(el.tagName)) return true;
  if (el.tagName !== 'header' && el.tagName !== 'footer') return false;
  // Only a header or footer outside any sectioning element is the page's banner or footer.
  for (let p = parentElement(el); p; p = parentElement(p)) if (SECTIONING.has(p.tagName)) return false;
  return true;
}

function fileDigest(file: SourceFile): string {
  return file.cached('a11y:link-targets:digest', () => createHash('sha1').update(file.bytes).digest('hex'));
}

/** What an embedded resource is, so that two copies of one image in two folders count as the same. */
function embeddedIdentity(project: Project, facts: PageFacts, raw: string | undefined): string {
  const src = raw?.trim();
  if (!src) return '';
  let url: URL;
  try { url = new URL(src, facts.base); } catch { return src; }
  if (url.origin !== SITE_ORIGIN) return url.href;
  const located = locate(project, facts.root, url.pathname);
  return located.file ? `#${fileDigest(located.file)}` : `missing:${url.pathname}`;
}

/**
 * The page's main content as shown: the text (with text alternatives) and the embedded resources of
 * `<main>`, or of the body without navigation, banner, footer and complementary regions. The title is
 * not part of it: two pages with the same content serve the same purpose whatever they are called.
 */
function mainContent(project: Project, file: SourceFile): string {
  return project.cached(`a11y:link-targets:content:${file.path}`, () => {
    const elements = file.html?.elements ?? [];
    const facts = pageFacts(project, file);
    const c = cascadeOf(file, project);
    const main = elements.find((e) => isHtmlElement(e) && (e.tagName === 'main' || firstRole(e) === 'main') && !inTemplate(e) && isRendered(e, c) !== 'no');
    const root = main ?? elements.find((e) => e.tagName === 'body');
    if (!root) return '';
    const out: string[] = [];
    const walk = (node: HtmlNode): void => {
      if (node.nodeName === '#text') { out.push((node as { value: string }).value); return; }
      if (!('tagName' in node)) return;
      const el = node as HtmlElement;
      const tag = el.tagName.toLowerCase();
      if (el.namespaceURI === SVG_NS ? SVG_NOT_SHOWN.has(tag) : NOT_SHOWN.has(tag)) return;
      if (!shownOnPage(el, c) || (!main && isChrome(el))) return;
      if (isHtmlElement(el) && EMBEDDED.has(tag) && tag !== 'picture') {
        const src = tag === 'object' ? getAttr(el, 'data') : getAttr(el, 'src') ?? el.childNodes
          .map((n) => ('tagName' in n && (n as HtmlElement).tagName === 'source' ? getAttr(n as HtmlElement, 'src') : undefined)).find(Boolean);
        const alt = tag === 'img' ? getAttr(el, 'alt') ?? '' : getAttr(el, 'title') ?? '';
        out.push(` [${tag} ${facts ? embeddedIdentity(project, facts, src) : src ?? ''}] ${alt} `);
        return;
      }
      if (isHtmlElement(el) && tag === 'input') {
        const type = (getAttr(el, 'type') ?? '').toLowerCase();
        if (type === 'image') out.push(` ${getAttr(el, 'alt') ?? ''} `);
        else if (['button', 'submit', 'reset'].includes(type)) out.push(` ${getAttr(el, 'value') ?? ''} `);
        return;
      }
      const block = BLOCKS.has(tag);
      if (block) out.push(' ');
      for (const child of el.childNodes) walk(child);
      if (block) out.push(' ');
    };
    walk(root);
    return norm(out.join('')).toLowerCase();
  });
}

/** Two different files that serve the same purpose: byte for byte the same, or pages with the same main content. */
function equivalentFiles(project: Project, a: SourceFile, b: SourceFile): boolean {
  if (a.bytes.length === b.bytes.length && a.bytes.equals(b.bytes)) return true;
  if (a.language !== 'html' || b.language !== 'html') return false;
  // What a script shows cannot be read from the source.
  if (pageFacts(project, a)?.scripted || pageFacts(project, b)?.scripted) return false;
  return mainContent(project, a) === mainContent(project, b);
}

/** Whether two links of a page lead to the same (or an equivalent) resource. */
export function compareTargets(project: Project, page: SourceFile, a: LinkTarget, b: LinkTarget): Sameness {
  if (a.kind === 'external' && b.kind === 'external') {
    if (a.key === b.key) return 'same';
    return a.looseKey === b.looseKey ? 'unknown' : 'different';
  }
  if (a.kind === 'external' || b.kind === 'external') {
    const remote = a.kind === 'external' ? a : b as Extract<LinkTarget, { kind: 'external' }>;
    // An absolute link to the site the page is published at may well be the local file.
    return remote.origin === pageFacts(project, page)?.publishedOrigin ? 'unknown' : 'different';
  }
  if (a.path === b.path) {
    if (a.query === b.query) return 'same';
    return a.file && queryIgnored(project, a.file) ? 'same' : 'different';
  }
  if (!a.file || !b.file) return 'different';
  if ((a.query && !queryIgnored(project, a.file)) || (b.query && !queryIgnored(project, b.file))) return 'different';
  return equivalentFiles(project, a.file, b.file) ? 'same' : 'different';
}

// ---------------------------------------------------------------------------------------------
// Accessible names

interface NameState { uncertain: boolean }

const nonEmpty = (s: string | undefined): string | undefined => (s && s.trim() ? s.trim() : undefined);

function labelledByText(el: HtmlElement, file: SourceFile, c: Cascade, state: NameState): string | undefined {
  const ids = getAttr(el, 'aria-labelledby')?.trim();
  if (!ids) return undefined;
  const byIds = byId(file);
  const parts: string[] = [];
  for (const id of ids.split(/\s+/)) {
    const ref = byIds.get(id);
    // A reference that points nowhere: which name a browser settles on is not worth guessing.
    if (!ref) { state.uncertain = true; return undefined; }
    parts.push(nonEmpty(getAttr(ref, 'aria-label')) ?? contentName(ref, file, c, state, false));
  }
  return nonEmpty(norm(parts.join(' ')));
}

function svgTitle(el: HtmlElement): string | undefined {
  const title = el.childNodes.find((n) => 'tagName' in n && (n as HtmlElement).tagName === 'title') as HtmlElement | undefined;
  return title ? nonEmpty(norm(title.childNodes.map((n) => ('value' in n ? (n as { value: string }).value : '')).join(''))) : undefined;
}

/** The name a subtree gives its ancestor (name from content), skipping what is hidden. */
function contentName(node: HtmlElement, file: SourceFile, c: Cascade, state: NameState, followLabels = true): string {
  const out: string[] = [];
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') { out.push((child as { value: string }).value); continue; }
    if (!('tagName' in child)) continue;
    const el = child as HtmlElement;
    const tag = el.tagName.toLowerCase();
    const svg = el.namespaceURI === SVG_NS;
    if (svg ? SVG_NOT_SHOWN.has(tag) : NOT_SHOWN.has(tag)) continue;
    if ((getAttr(el, 'aria-hidden') ?? '').trim().toLowerCase() === 'true') continue;
    const display = cssKeyword(c, el, 'display');
    const visibility = cssKeyword(c, el, 'visibility');
    if (display === 'unknown' || visibility === 'unknown') state.uncertain = true;
    if (display === 'none' || (display === null && hasAttr(el, 'hidden')) || visibility === 'hidden' || visibility === 'collapse') continue;
    const labelled = followLabels ? labelledByText(el, file, c, state) : undefined;
    const label = labelled ?? nonEmpty(getAttr(el, 'aria-label'));
    if (label) { out.push(` ${label} `); continue; }
    if (!svg && tag === 'img') {
      const role = firstRole(el);
      if (role !== 'none' && role !== 'presentation') out.push(` ${getAttr(el, 'alt') ?? getAttr(el, 'title') ?? ''} `);
      continue;
    }
    if (!svg && tag === 'input') {
      const type = (getAttr(el, 'type') ?? '').toLowerCase();
      if (type === 'image') out.push(` ${getAttr(el, 'alt') ?? ''} `);
      else if (['button', 'submit', 'reset'].includes(type)) out.push(` ${getAttr(el, 'value') ?? ''} `);
      continue;
    }
    if (tag === 'svg') {
      const title = svgTitle(el);
      if (title) { out.push(` ${title} `); continue; }
    }
    const block = BLOCKS.has(tag) || (svg && tag === 'text');
    if (block) out.push(' ');
    out.push(contentName(el, file, c, state, followLabels));
    if (block) out.push(' ');
  }
  return out.join('');
}

/**
 * The accessible name of a link (`a`, `area`, SVG `a`), whitespace collapsed: aria-labelledby,
 * aria-label, the area's alt or the SVG title, the content, the title attribute. '' when it has
 * none; undefined when it depends on something the source does not settle.
 */
export function linkName(el: HtmlElement, file: SourceFile, c: Cascade): string | undefined {
  const state: NameState = { uncertain: false };
  const svg = el.namespaceURI === SVG_NS;
  const name = labelledByText(el, file, c, state)
    ?? nonEmpty(getAttr(el, 'aria-label'))
    ?? (svg ? svgTitle(el) : el.tagName === 'area' ? nonEmpty(getAttr(el, 'alt')) : undefined)
    ?? (el.tagName === 'area' && !svg ? undefined : nonEmpty(norm(contentName(el, file, c, state))))
    ?? nonEmpty(getAttr(el, 'title'))
    ?? '';
  return state.uncertain ? undefined : norm(name);
}

/**
 * Why two links certainly serve different purposes whatever their pages say, or undefined when only
 * reading the pages could tell (different pages may hold the same relevant information): the same
 * page asked with different query strings where a script or the server reads the query, or one page
 * that shows nothing (a delayed redirect, an empty page) next to one that shows content.
 */
export function certainlyDifferent(project: Project, a: LinkTarget, b: LinkTarget): { reason: 'query' } | { reason: 'empty-page'; empty: 'a' | 'b' } | undefined {
  if (a.kind !== 'local' || b.kind !== 'local' || !a.file || !b.file) return undefined;
  if (a.path === b.path) return a.query !== b.query && !queryIgnored(project, a.file) ? { reason: 'query' } : undefined;
  if (a.file.language !== 'html' || b.file.language !== 'html') return undefined;
  if (pageFacts(project, a.file)?.scripted || pageFacts(project, b.file)?.scripted) return undefined;
  const emptyA = mainContent(project, a.file) === '';
  const emptyB = mainContent(project, b.file) === '';
  return emptyA === emptyB ? undefined : { reason: 'empty-page', empty: emptyA ? 'a' : 'b' };
}

/** The URL a `role="link"` element navigates to from an inline `onclick="location = '…'"`, if that is all it does. */
export function scriptedLinkHref(el: HtmlElement): string | undefined {
  const handler = getAttr(el, 'onclick')?.trim();
  if (!handler) return undefined;
  const m = /^(?:window\.|document\.)?location(?:\.href)?\s*=\s*(['"])([^'"]*)\1\s*;?$/.exec(handler)
    ?? /^(?:window\.|document\.)?location\.(?:assign|replace)\(\s*(['"])([^'"]*)\1\s*\)\s*;?$/.exec(handler);
  return m ? m[2] : undefined;
}
