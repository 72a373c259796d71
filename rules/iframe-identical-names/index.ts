import { defineRule, getAttr, startTagRange, type HtmlElement, type HtmlNode } from '../_kit';
import { HtmlDocument } from '../../server/src/engine/parse/html';
import { cascadeOf, resolveLocal } from '../_a11y/cascade';
import { byId, hiddenFromAT, norm, visibleText } from '../_a11y/dom';

const REMOTE = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
const SKIPPED = new Set(['head', 'script', 'style', 'template', 'noscript', 'title']);

/** Every word of the document's body, hidden text included (more words only makes a match likelier). */
function words(node: HtmlNode, out: Set<string>): Set<string> {
  const add = (text: string) => { for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) out.add(w); };
  if (node.nodeName === '#text') add((node as { value: string }).value);
  else if ('childNodes' in node) {
    const el = node as HtmlElement;
    if ('tagName' in el) {
      if (SKIPPED.has(el.tagName)) return out;
      for (const a of ['alt', 'aria-label', 'title', 'value', 'placeholder']) add(getAttr(el, a) ?? '');
    }
    for (const c of el.childNodes) words(c, out);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'iframe-identical-names',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Iframes with the same accessible name must show content with the same purpose; two frames named alike whose documents have not a single word in common are told apart by nobody using a screen reader.',
      act: ['4b1c6c'],
      wcag: ['4.1.2'],
      recommended: true,
    },
    messages: {
      samename: 'This iframe has the same name as an earlier one ("{{name}}"), but their documents have no text in common: give each frame a name that says what it shows.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const { file, project } = ctx;
    const cascade = () => cascadeOf(file, project);
    const nameOf = (el: HtmlElement): string | undefined => {
      const labelledBy = getAttr(el, 'aria-labelledby')?.trim();
      if (labelledBy) {
        const ids = byId(file);
        const targets = labelledBy.split(/\s+/).map((id) => ids.get(id));
        // A reference we cannot follow: the name is not known.
        if (targets.some((t) => !t)) return undefined;
        const text = norm(targets.map((t) => getAttr(t!, 'aria-label') ?? visibleText(t!, cascade(), true)).join(' '));
        if (text) return text;
      }
      return norm(getAttr(el, 'aria-label') ?? '') || norm(getAttr(el, 'title') ?? '') || undefined;
    };
    /** The frame's words, or undefined when its document is remote, unreadable, scripted or empty. */
    const contentOf = (el: HtmlElement): Set<string> | undefined => {
      let doc: HtmlDocument | undefined;
      const srcdoc = getAttr(el, 'srcdoc');
      if (srcdoc !== undefined) doc = new HtmlDocument(srcdoc, file.path);
      else {
        const src = getAttr(el, 'src')?.trim();
        if (!src || REMOTE.test(src)) return undefined;
        const abs = resolveLocal(file, project, src);
        const target = abs ? project.getFile(abs) : undefined;
        doc = target?.language === 'html' ? target.html : undefined;
      }
      if (!doc || doc.elements.some((e) => ['script', 'iframe', 'object', 'embed', 'frame'].includes(e.tagName) || (e.tagName === 'meta' && /refresh/i.test(getAttr(e, 'http-equiv') ?? '')) || e.attrs.some((a) => a.name.startsWith('on')))) return undefined;
      const body = doc.elements.find((e) => e.tagName === 'body');
      const found = body ? words(body, new Set()) : undefined;
      return found?.size ? found : undefined;
    };
    const seen = new Map<string, { el: HtmlElement; content: Set<string> | undefined }[]>();
    return {
      element(el) {
        if (el.tagName !== 'iframe' || hiddenFromAT(el, cascade()) !== 'no') return;
        const name = nameOf(el);
        if (!name) return;
        const key = name.toLowerCase();
        const content = contentOf(el);
        const earlier = seen.get(key) ?? [];
        seen.set(key, [...earlier, { el, content }]);
        if (!content) return;
        const unlike = earlier.find((e) => e.content && ![...content].some((w) => e.content!.has(w)));
        if (!unlike) return;
        ctx.report({
          messageId: 'samename',
          data: { name },
          range: startTagRange(el),
          related: [{ file: file.path, range: startTagRange(unlike.el), message: `The earlier iframe named "${name}".` }],
        });
      },
    };
  },
});
