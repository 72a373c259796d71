import { defineRule, getAttr, parentElement, tagNameRange, textContent, type HtmlElement, type HtmlNode } from '../_kit';
import mediaDefaults from '../profiles/media/defaults.json';

export default defineRule({
  meta: {
    id: 'media-audio-transcript',
    domain: 'media',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'An `<audio>` player needs a transcript close by (a link or a disclosure naming "transcript" in the same container or just after it), so that people who cannot hear it, or cannot play it, get the content (WCAG 1.2.1).',
      wcag: ['1.2.1'],
      recommended: true,
    },
    messages: {
      missing: '<audio> has no transcript link nearby: add a link or <details> labelled "Transcript" next to the player.',
    },
    schema: {
      type: 'object',
      properties: {
        words: { type: 'array', items: { type: 'string' }, description: 'Words that mark a transcript link (case-insensitive).' },
        searchElements: { type: 'integer', minimum: 0, description: 'How many following sibling elements to look through.' },
      },
      additionalProperties: false,
    },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const words = ((ctx.options.words as string[] | undefined) ?? mediaDefaults.transcript.linkWords).map((w) => w.toLowerCase());
    const reach = (ctx.options.searchElements as number | undefined) ?? mediaDefaults.transcript.searchElements;
    const mentions = (s: string | undefined) => !!s && words.some((w) => s.toLowerCase().includes(w));
    const marksTranscript = (el: HtmlElement): boolean => {
      const stack: HtmlElement[] = [el];
      while (stack.length) {
        const e = stack.pop()!;
        if (e.tagName === 'a' && (mentions(getAttr(e, 'href')) || mentions(textContent(e)) || mentions(getAttr(e, 'aria-label')) || mentions(getAttr(e, 'title')))) return true;
        if ((e.tagName === 'summary' || e.tagName === 'button' || /^h[1-6]$/.test(e.tagName)) && mentions(textContent(e))) return true;
        if (mentions(getAttr(e, 'id')) && e.tagName !== 'audio') return true;
        for (const c of childElements(e)) stack.push(c);
      }
      return false;
    };
    return {
      element(el: HtmlElement) {
        if (el.tagName !== 'audio') return;
        if (getAttr(el, 'aria-describedby')?.trim()) return;
        const parent = parentElement(el);
        const near: HtmlElement[] = [];
        if (parent && parent.tagName !== 'body' && parent.tagName !== 'html') near.push(parent);
        near.push(...followingSiblings(el, reach));
        if (parent) near.push(...followingSiblings(parent, reach));
        if (near.some(marksTranscript)) return;
        ctx.report({ messageId: 'missing', range: tagNameRange(el) });
      },
    };
  },
});

function childElements(el: HtmlElement): HtmlElement[] {
  return (el.childNodes as HtmlNode[]).filter((n): n is HtmlElement => 'tagName' in n);
}

function followingSiblings(el: HtmlElement, count: number): HtmlElement[] {
  const parent = (el as { parentNode?: { childNodes: HtmlNode[] } | null }).parentNode;
  if (!parent) return [];
  const siblings = parent.childNodes.filter((n): n is HtmlElement => 'tagName' in n);
  const i = siblings.indexOf(el);
  return i < 0 ? [] : siblings.slice(i + 1, i + 1 + count);
}
