// The text whose language an element's lang attribute declares: its own text and the text of
// descendants without a lang of their own, plus the texts read out for it (document title, alt,
// aria-label). Code, hidden content and embedded SVG/MathML are left out.
import { getAttr, type HtmlElement, type HtmlNode } from '../_kit';
import type { Cascade } from './cascade';
import { isRendered } from './dom';
import { guessLanguage, shortTextContradiction } from '../../server/src/engine/facts/language';

const NOT_PROSE = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'noscript']);
const READ_OUT_ATTRIBUTES = ['alt', 'aria-label'];

/** Text that inherits `root`'s language; `<head>` contributes only its <title>. */
export function textInheritingLanguage(root: HtmlElement, cascade: Cascade): string {
  const parts: string[] = [];
  const walk = (node: HtmlNode, inHead: boolean) => {
    if (node.nodeName === '#text') {
      if (!inHead) parts.push((node as { value: string }).value);
      return;
    }
    if (!('tagName' in node)) return;
    const el = node as HtmlElement;
    if (el !== root && getAttr(el, 'lang') !== undefined) return;
    if (NOT_PROSE.has(el.tagName)) return;
    const head = inHead || el.tagName === 'head';
    if (el.tagName === 'title' && head) {
      parts.push(' ', ...el.childNodes.filter((c) => c.nodeName === '#text').map((c) => (c as { value: string }).value), ' ');
      return;
    }
    if (!head && el !== root && isRendered(el, cascade) === 'no') return;
    if (!head) for (const name of READ_OUT_ATTRIBUTES) {
      const value = getAttr(el, name)?.trim();
      if (value) parts.push(' ', value, ' ');
    }
    for (const c of el.childNodes) walk(c as HtmlNode, head);
    parts.push(' ');
  };
  walk(root, false);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Language codes that name the same language for a reader (macro-languages, old codes). */
const SAME_LANGUAGE: Record<string, string> = { no: 'nb', nn: 'nb', iw: 'he', in: 'id', ji: 'yi', tl: 'fil', cmn: 'zh', yue: 'zh' };

/** The primary language subtag, lower-case, with equivalent codes merged. */
export function primaryLanguage(tag: string): string {
  const p = tag.trim().toLowerCase().split(/[-_]/)[0];
  return SAME_LANGUAGE[p] ?? p;
}

/** "Dutch" for nl, in English; the code itself when the runtime has no name for it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Why a text is not in the language its lang attribute declares, as message id and data; undefined when it may be. */
export function languageMismatch(text: string, lang: string, minConfidence: number): { messageId: 'mismatch' | 'shortMismatch'; lang: string; data: Record<string, string | number> } | undefined {
  const declared = primaryLanguage(lang);
  const guess = guessLanguage(text);
  if (guess) {
    // A long text the guesser is unsure about is mixed, not short: the function-word check does not apply.
    if (guess.confidence < minConfidence || primaryLanguage(guess.lang) === declared) return undefined;
    return { messageId: 'mismatch', lang: guess.lang, data: { lang: lang.trim(), guess: guess.lang, guessName: languageName(guess.lang), confidence: Math.round(guess.confidence * 100) } };
  }
  const contradiction = shortTextContradiction(text, declared);
  if (!contradiction) return undefined;
  const evidence = [...new Set(contradiction.evidence)].slice(0, 5).map((w) => `"${w}"`).join(', ');
  return {
    messageId: 'shortMismatch',
    lang: contradiction.lang,
    data: { lang: lang.trim(), guess: contradiction.lang, guessName: languageName(contradiction.lang), langName: languageName(declared), evidence },
  };
}
