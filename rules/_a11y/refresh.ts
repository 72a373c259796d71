import { getAttr, attrValueRange, startTagRange, type HtmlDocument, type HtmlElement } from '../_kit';
import type { OffsetRange } from '../_kit';

/** The delay of a refresh `content` value as browsers parse it (HTML "shared declarative refresh"); undefined when invalid. */
export function refreshDelay(content: string): number | undefined {
  const m = /^[\t\n\f\r ]*(\d+)(?:\.[\d.]*)?(?=$|[\t\n\f\r ;,])/.exec(content);
  return m ? parseInt(m[1], 10) : undefined;
}

export interface PageRefresh { element: HtmlElement; delay: number; redirect: boolean; range: OffsetRange }

/** The refresh that takes effect: only the first valid `<meta http-equiv="refresh">` of a page does. */
export function effectiveRefresh(html: HtmlDocument | undefined, text: string): PageRefresh | undefined {
  for (const el of html?.elements ?? []) {
    if (el.tagName !== 'meta' || (getAttr(el, 'http-equiv') ?? '').trim().toLowerCase() !== 'refresh') continue;
    const content = getAttr(el, 'content');
    if (content === undefined) continue;
    const delay = refreshDelay(content);
    if (delay === undefined) continue;
    const redirect = /[;,]\s*(?:url\s*=\s*)?\S/i.test(content.slice(content.search(/\d/)));
    return { element: el, delay, redirect, range: attrValueRange(text, el, 'content') ?? startTagRange(el) };
  }
  return undefined;
}
