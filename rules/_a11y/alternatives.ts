import type { HtmlElement, HtmlNode, SourceFile, Project } from '../_kit';
import { cascadeOf, type Cascade } from './cascade';
import { getAttr, hasAttr } from '../_kit';
import { ariaHidden, contains, isRendered, norm, visibleText, visuallyHidden } from './dom';
import { playedMedia } from './media';
import alternativeWords from '../profiles/a11y/media-alternatives.json';

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

export interface MediaAlternativeWords {
  transcriptWords: string[];
  referenceWords: string[];
}

/** The options of the rules that look for a media alternative, in their schemas. */
export const ALTERNATIVE_WORD_OPTIONS = {
  transcriptWords: { type: 'array', items: { type: 'string' }, description: 'Words or phrases in a link or button name (or its file name) that lead to a transcript.' },
  referenceWords: { type: 'array', items: { type: 'string' }, description: 'Words of visible text that refer to the medium ("listen", "recording", "video", "watch").' },
};

/** The words a rule looks for: its options, else the built-in lists for the medium. */
export function alternativeWordsOf(options: Record<string, unknown>, medium: 'audio' | 'video'): MediaAlternativeWords {
  return {
    transcriptWords: (options.transcriptWords as string[] | undefined) ?? alternativeWords.transcriptWords,
    referenceWords: (options.referenceWords as string[] | undefined) ?? alternativeWords.referenceWords[medium],
  };
}

const tokensOf = (text: string) => text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether a phrase of whole words occurs in the token list. */
function hasPhrase(tokens: string[], phrase: string[]): boolean {
  if (!phrase.length) return false;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((w, k) => tokens[i + k] === w)) return true;
  }
  return false;
}

const phraseMatcher = (phrases: string[]) => {
  const split = phrases.map(tokensOf).filter((p) => p.length);
  return (text: string) => {
    const tokens = tokensOf(text);
    return split.some((p) => hasPhrase(tokens, p));
  };
};

/** Words below which visible text is a caption or a label, not a transcript or the text a medium repeats. */
const MIN_ALTERNATIVE_WORDS = 20;

// Uncertain visibility counts as shown: the rules using this report only when nothing could be an alternative.
const shownTo = (el: HtmlElement, c: Cascade) => isRendered(el, c) !== 'no' && visuallyHidden(el, c) !== 'yes' && !ariaHiddenChain(el);

function ariaHiddenChain(el: HtmlElement): boolean {
  for (let cur: HtmlNode | undefined = el; cur && 'tagName' in cur; cur = (cur as HtmlElement).parentNode as HtmlNode | undefined) {
    if ((getAttr(cur as HtmlElement, 'aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  }
  return false;
}

/** What a page offers as a text alternative for one <audio> or <video>, as far as a reader can find it. */
export interface AlternativeEvidence {
  /** A description reference on the element, or a visible link or button to a transcript. */
  pointer?: 'described-by' | 'transcript-link';
  /** Visible text in the accessibility tree that refers to the medium ("the audio above…", "watch the video…"). */
  referring: boolean;
  /** Words of visible text in the accessibility tree outside the medium. */
  visibleWords: number;
}

/**
 * Everything on a page that could be a text alternative for `media`. Hidden text, text outside the
 * accessibility tree and the medium's own fallback content do not count.
 */
export function alternativeEvidence(file: SourceFile, media: HtmlElement, c: Cascade, words: MediaAlternativeWords): AlternativeEvidence {
  // Several rules ask about the same element with the same words: walk the page once.
  const key = JSON.stringify(words);
  let byWords = evidenceMemo.get(media);
  if (!byWords) evidenceMemo.set(media, byWords = new Map());
  let evidence = byWords.get(key);
  if (!evidence) byWords.set(key, evidence = collectEvidence(file, media, c, words));
  return evidence;
}
const evidenceMemo = new WeakMap<HtmlElement, Map<string, AlternativeEvidence>>();

function collectEvidence(file: SourceFile, media: HtmlElement, c: Cascade, words: MediaAlternativeWords): AlternativeEvidence {
  if (getAttr(media, 'aria-describedby')?.trim() || getAttr(media, 'aria-details')?.trim()) return { pointer: 'described-by', referring: false, visibleWords: 0 };
  const doc = file.html;
  if (!doc) return { referring: false, visibleWords: 0 };
  const isTranscriptName = phraseMatcher(words.transcriptWords);
  for (const el of doc.elements) {
    const role = (getAttr(el, 'role') ?? '').trim().toLowerCase();
    const link = ((el.tagName === 'a' || el.tagName === 'area') && getAttr(el, 'href') !== undefined) || role === 'link';
    const button = el.tagName === 'button' || role === 'button' || (el.tagName === 'input' && /^(?:button|submit)$/i.test(getAttr(el, 'type') ?? ''));
    if (!link && !button) continue;
    if (!shownTo(el, c)) continue;
    const href = getAttr(el, 'href') ?? '';
    const fileName = href.replace(/[?#].*$/, '').split('/').pop()?.replace(/[-_.]+/g, ' ') ?? '';
    const name = [getAttr(el, 'aria-label'), visibleText(el, c, true), getAttr(el, 'title'), getAttr(el, 'value'), fileName].filter(Boolean).join(' ');
    if (isTranscriptName(name)) return { pointer: 'transcript-link', referring: false, visibleWords: 0 };
  }
  const refersToMedium = phraseMatcher(words.referenceWords);
  let visibleWords = 0;
  let referring = false;
  for (const t of doc.texts) {
    const parent = (t as unknown as { parentNode?: HtmlElement }).parentNode;
    if (!parent || contains(media, t as unknown as HtmlNode)) continue;
    if (['script', 'style', 'template', 'noscript', 'title', 'head'].includes(parent.tagName)) continue;
    const value = (t as { value: string }).value;
    if (!norm(value) || !shownTo(parent, c)) continue;
    visibleWords += tokensOf(value).length;
    if (!referring && refersToMedium(value)) referring = true;
  }
  return { referring, visibleWords };
}

/** Enough visible text to be a transcript, or the text a medium repeats. */
export const hasTranscriptSizedText = (e: AlternativeEvidence): boolean => e.visibleWords >= MIN_ALTERNATIVE_WORDS;

/**
 * What the page offers for an <audio> that people hear — playable (controls or autoplay), shown,
 * with sound we measured, on a page without scripts and not next to a video, whose audio
 * description it most often is — or undefined when the audio rules do not judge it.
 */
export function judgedAudio(file: SourceFile, project: Project, el: HtmlElement, words: MediaAlternativeWords): AlternativeEvidence | undefined {
  if (el.tagName !== 'audio') return undefined;
  // Audio that can neither be started by the user nor starts itself is never heard.
  if (!hasAttr(el, 'controls') && !hasAttr(el, 'autoplay')) return undefined;
  const cascade = cascadeOf(file, project);
  // Scripts can write the transcript or the player's own controls; we cannot see what they add.
  if (cascade.scripted) return undefined;
  if (isRendered(el, cascade) !== 'yes' || (hasAttr(el, 'controls') && visuallyHidden(el, cascade) !== 'no') || ariaHidden(el)) return undefined;
  if (file.html!.elements.some((e) => e.tagName === 'video' && isRendered(e, cascade) !== 'no')) return undefined;
  const media = playedMedia(file, project, el);
  if (!media || media.audible !== 'yes' || !(media.playedSec > 0)) return undefined;
  return alternativeEvidence(file, el, cascade, words);
}
