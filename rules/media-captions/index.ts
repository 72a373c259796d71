import * as path from 'node:path';
import { defineRule, getAttr, hasAttr, startTagRange, contentRange, type Fixer, type HtmlElement, type SourceFile, type Project } from '../_kit';
import { parseWebVtt } from '../../server/src/engine/facts/media';
import { cascadeOf, resolveLocal } from '../_a11y/cascade';
import { isRendered, norm, visibleText } from '../_a11y/dom';
import { playedMedia } from '../_a11y/media';
import captionWords from '../profiles/a11y/captions.json';

const LANG_TAG = /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i;
const REMOTE = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** What a captions <track> points at: a readable WebVTT file, a missing or unparsable one, or something we cannot check. */
type TrackState = 'ok' | 'unknown' | 'noSrc' | 'missing' | 'invalid';

function captionTracks(video: HtmlElement): HtmlElement[] {
  return video.childNodes.filter((n): n is HtmlElement => {
    if ((n as HtmlElement).tagName !== 'track') return false;
    const kind = getAttr(n as HtmlElement, 'kind');
    // A missing kind means subtitles; an invalid one (even empty) means metadata.
    return kind === undefined || ['captions', 'subtitles'].includes(kind.trim().toLowerCase());
  });
}

function trackState(file: SourceFile, project: Project, track: HtmlElement): TrackState {
  const src = getAttr(track, 'src')?.trim();
  if (!src) return 'noSrc';
  if (REMOTE.test(src)) return 'unknown';
  const abs = resolveLocal(file, project, src);
  if (!abs) return 'noSrc';
  const root = project.rootOf(file.path);
  if (!abs.includes('!/') && path.relative(root, abs).startsWith('..')) return 'unknown';
  const vtt = project.getFile(abs);
  if (!vtt) return project.findOtherCase(abs) ? 'unknown' : 'missing';
  return project.cached(`a11y:vtt:${abs}`, () => {
    const text = vtt.text;
    const parsed = parseWebVtt(text);
    const unsigned = parsed.errors.some((e) => e.code === 'missing-signature');
    return unsigned || parsed.cues.length === 0 ? 'invalid' : 'ok';
  });
}

/** Lower-case tokens of a file name: `Promo_Captioned-EN.mp4` → promo, captioned, en, mp4. */
function nameTokens(src: string): string[] {
  const base = src.replace(/[?#].*$/, '').split('/').pop() ?? '';
  return base.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** The media file's name without its extension, kept in the folder the video src points into. */
function captionsFileFor(src: string | undefined): string {
  const clean = (src ?? '').replace(/[?#].*$/, '');
  if (!clean || REMOTE.test(clean)) return 'captions.vtt';
  const dot = clean.lastIndexOf('.');
  return (dot > clean.lastIndexOf('/') ? clean.slice(0, dot) : clean) + '.vtt';
}

function languageLabel(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? 'Captions';
  } catch {
    return 'Captions';
  }
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

const attrText = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export default defineRule({
  meta: {
    id: 'media-captions',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'A video whose file has a sound track needs captions: a `<track kind="captions">` (or subtitles) whose WebVTT file exists and parses, captions inside the media file, or a clear label that the video is a media alternative for text on the page.',
      act: ['f51b46', 'eac66b'],
      wcag: ['1.2.2'],
      recommended: true,
    },
    messages: {
      noCaptions: 'This <video> has a sound track but no captions: add a <track kind="captions"> with a WebVTT file.',
      trackNoSrc: 'This captions track has no src, so the video shows no captions.',
      trackMissing: 'The captions file "{{src}}" does not exist, so the video shows no captions.',
      trackInvalid: 'The captions file "{{src}}" is not WebVTT (no WEBVTT signature or no readable cue), so browsers show no captions.',
      addTrack: 'Add a <track kind="captions"> skeleton pointing at {{src}}',
    },
    schema: {
      type: 'object',
      properties: {
        openCaptionWords: { type: 'array', items: { type: 'string' }, description: 'File-name words that mark captions burned into the picture; such videos are not reported.' },
        alternativePhrases: { type: 'array', items: { type: 'string' }, description: 'Page text that labels a video as a media alternative for text (WCAG 1.2.2 exception).' },
      },
      additionalProperties: false,
    },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const openWords = new Set(((ctx.options.openCaptionWords as string[] | undefined) ?? captionWords.openCaptionWords).map((w) => w.toLowerCase()));
    const phrases = ((ctx.options.alternativePhrases as string[] | undefined) ?? captionWords.alternativePhrases).map((p) => norm(p.toLowerCase())).filter(Boolean);
    const { file, project } = ctx;
    const pageLang = () => {
      const html = file.html?.elements.find((e) => e.tagName === 'html');
      const configured = typeof ctx.settings.language === 'string' ? ctx.settings.language : undefined;
      return [html && getAttr(html, 'lang')?.trim(), configured].find((l) => l && LANG_TAG.test(l)) ?? 'en';
    };
    const pageText = () => file.cached('a11y:captions:page-text', () => {
      const root = file.html?.elements.find((e) => e.tagName === 'html');
      return root ? norm(visibleText(root, cascadeOf(file, project))).toLowerCase() : '';
    });
    const labelledAsAlternative = (video: HtmlElement) => {
      const own = ['aria-label', 'title'].map((a) => getAttr(video, a) ?? '').join(' ').toLowerCase();
      const text = `${own} ${pageText()}`;
      return phrases.some((p) => text.includes(p));
    };

    const suggestTrack = (video: HtmlElement) => {
      const text = file.text;
      const children = video.childNodes.filter((n): n is HtmlElement => ['source', 'track'].includes((n as HtmlElement).tagName));
      const last = children[children.length - 1];
      const tagStart = startTagRange(video);
      // <source> and <track> come before any other content of a video, so the track goes after them.
      const at = last?.sourceCodeLocation ? last.sourceCodeLocation.endOffset : tagStart.end;
      const rest = text.slice(at, Math.max(at, contentRange(video)?.end ?? at));
      const nextLine = /^[ \t]*\r?\n([ \t]*)(\S?)/.exec(rest);
      const videoIndent = lineIndent(text, tagStart.start);
      const unit = videoIndent.includes('\t') ? '\t' : '  ';
      const indent = last?.sourceCodeLocation ? lineIndent(text, last.sourceCodeLocation.startOffset) : nextLine?.[2] ? nextLine[1] : videoIndent + unit;
      const firstSource = children.find((c) => c.tagName === 'source');
      const src = captionsFileFor(getAttr(video, 'src')?.trim() || (firstSource && getAttr(firstSource, 'src')?.trim()));
      const lang = pageLang();
      const tag = `<track kind="captions" src="${attrText(src)}" srclang="${attrText(lang)}" label="${attrText(languageLabel(lang))}">`;
      const newline = text.includes('\r\n') ? '\r\n' : '\n';
      const insert = nextLine ? `${newline}${indent}${tag}` : tag;
      return { messageId: 'addTrack', data: { src }, fix: (f: Fixer) => f.insertAfter(at, insert) };
    };

    return {
      element(el) {
        if (el.tagName !== 'video') return;
        const tracks = captionTracks(el);
        if (tracks.length) {
          for (const track of tracks) {
            const state = trackState(file, project, track);
            if (state === 'ok' || state === 'unknown') continue;
            const messageId = state === 'noSrc' ? 'trackNoSrc' : state === 'missing' ? 'trackMissing' : 'trackInvalid';
            ctx.report({ messageId, data: { src: getAttr(track, 'src')?.trim() ?? '' }, range: startTagRange(track) });
          }
          return;
        }
        // Muted without controls: nobody can ever hear the sound track.
        if (hasAttr(el, 'muted') && !hasAttr(el, 'controls')) return;
        if (isRendered(el, cascadeOf(file, project)) !== 'yes') return;
        const media = playedMedia(file, project, el);
        if (!media || media.audible !== 'yes' || media.facts.captionTracks.length) return;
        const srcs = [getAttr(el, 'src') ?? '', ...el.childNodes.filter((n) => (n as HtmlElement).tagName === 'source').map((n) => getAttr(n as HtmlElement, 'src') ?? '')];
        if (srcs.some((s) => nameTokens(s).some((t) => openWords.has(t)))) return;
        if (labelledAsAlternative(el)) return;
        ctx.report({ messageId: 'noCaptions', range: startTagRange(el), suggest: [suggestTrack(el)] });
      },
    };
  },
});
