import type { HtmlElement, HtmlNode, SourceFile, Project } from '../_kit';
import { cascadeOf, type Cascade } from './cascade';
import { isRendered, norm, visuallyHidden } from './dom';

/** Elements that could carry or lead to a text alternative without being text themselves. */
const CARRIERS = ['a', 'area', 'iframe', 'frame', 'object', 'embed', 'img', 'svg', 'canvas', 'button', 'input', 'select', 'textarea', 'details', 'dialog', 'form', 'script', 'noscript', 'template', 'slot'];

/**
 * Whether anything outside the given media elements could carry an alternative to them: visible
 * text, links, controls, frames, scripts, and the media kinds named in `otherMedia`. Content not
 * rendered or moved out of view (text-indent: -9999px…) does not count.
 */
export function pageOffersAlternative(root: HtmlNode, subjects: Set<HtmlNode>, c: Cascade, otherMedia: string[]): boolean {
  const carriers = new Set([...CARRIERS, ...otherMedia]);
  const walk = (node: HtmlNode): boolean => {
    if (subjects.has(node)) return false;
    if (node.nodeName === '#text') return norm((node as { value: string }).value) !== '';
    if (!('childNodes' in node)) return false;
    const el = node as HtmlElement;
    if ('tagName' in el) {
      if (el.tagName === 'head') return false;
      if (el.tagName !== 'html' && (isRendered(el, c) === 'no' || visuallyHidden(el, c) === 'yes')) return false;
      if (carriers.has(el.tagName) || el.attrs.some((a) => a.name.startsWith('on') || a.name === 'aria-label' || a.name === 'title')) return true;
    }
    return el.childNodes.some(walk);
  };
  return walk(root);
}

/**
 * The `tag` elements of a page whose only content they are (nothing else offers an alternative),
 * with the page's cascade; undefined when the page has none, runs scripts, or offers something.
 */
export function soleMediaOfPage(file: SourceFile, project: Project, tag: 'audio' | 'video', otherMedia: string[]): { elements: HtmlElement[]; cascade: Cascade } | undefined {
  const doc = file.html;
  const elements = doc?.elements.filter((e) => e.tagName === tag) ?? [];
  if (!doc || !elements.length) return undefined;
  const cascade = cascadeOf(file, project);
  const root = doc.elements.find((e) => e.tagName === 'html');
  if (!root || cascade.scripted || pageOffersAlternative(root, new Set(elements), cascade, otherMedia)) return undefined;
  return { elements, cascade };
}
