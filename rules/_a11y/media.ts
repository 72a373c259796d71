// What an <audio> or <video> element plays, read from the project's files: duration, the part a
// media fragment (#t=start,end) selects, and whether its sound is audible. Anything we cannot read
// (remote sources, unknown formats) is undefined, and the rules then stay silent.
import { getAttr, hasAttr, type HtmlElement, type Project, type SourceFile } from '../_kit';
import { readMediaFacts, type MediaFacts } from '../../server/src/engine/facts/media';
import { resolveLocal } from './cascade';

export interface PlayedMedia {
  element: HtmlElement;
  facts: MediaFacts;
  /** Seconds played from the start position to the fragment end or the end of the file. */
  playedSec: number;
  /** 'yes' when the sound track carries sound, 'no' when it has none or only digital silence. */
  audible: 'yes' | 'no' | 'unknown';
}

function seconds(text: string): number | undefined {
  const t = text.replace(/^npt:/, '').trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return parseFloat(t);
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(t);
  return m ? (Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + parseFloat(m[3])) : undefined;
}

/** The time range of a media fragment URI (#t=10,20), when it has one. */
export function fragmentRange(src: string): { start: number; end?: number } | undefined {
  const hash = src.indexOf('#');
  if (hash < 0) return undefined;
  const t = src.slice(hash + 1).split('&').find((p) => p.startsWith('t='));
  if (!t) return undefined;
  const [a, b] = t.slice(2).split(',');
  const start = a ? seconds(a) : 0;
  const end = b !== undefined ? seconds(b) : undefined;
  if (start === undefined || (b !== undefined && end === undefined)) return undefined;
  return { start, end };
}

/**
 * Average bit rate of the MP4 sound track from its sample table, in kbit/s. Digital silence in AAC
 * compresses to a few bytes a frame (about 2 kbit/s), real sound to tens of kbit/s or more.
 */
export function mp4AudioKbps(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxes = (from: number, to: number) => {
    const out: { type: string; body: number; end: number }[] = [];
    for (let p = from; p + 8 <= to;) {
      let size = view.getUint32(p);
      const type = String.fromCharCode(bytes[p + 4], bytes[p + 5], bytes[p + 6], bytes[p + 7]);
      let header = 8;
      if (size === 1) {
        if (p + 16 > to) break;
        size = Number(view.getBigUint64(p + 8));
        header = 16;
      } else if (size === 0) size = to - p;
      if (size < header || p + size > to) break;
      out.push({ type, body: p + header, end: p + size });
      p += size;
    }
    return out;
  };
  const find = (list: ReturnType<typeof boxes>, type: string) => list.find((b) => b.type === type);
  try {
    const moov = find(boxes(0, bytes.length), 'moov');
    if (!moov) return undefined;
    for (const trak of boxes(moov.body, moov.end).filter((b) => b.type === 'trak')) {
      const mdia = find(boxes(trak.body, trak.end), 'mdia');
      if (!mdia) continue;
      const kids = boxes(mdia.body, mdia.end);
      const hdlr = find(kids, 'hdlr');
      const mdhd = find(kids, 'mdhd');
      const minf = find(kids, 'minf');
      if (!hdlr || !mdhd || !minf || hdlr.body + 12 > hdlr.end) continue;
      if (String.fromCharCode(...bytes.subarray(hdlr.body + 8, hdlr.body + 12)) !== 'soun') continue;
      const v1 = bytes[mdhd.body] === 1;
      const timescale = view.getUint32(mdhd.body + (v1 ? 20 : 12));
      const duration = v1 ? Number(view.getBigUint64(mdhd.body + 24)) : view.getUint32(mdhd.body + 16);
      const stbl = find(boxes(minf.body, minf.end), 'stbl');
      const stsz = stbl && find(boxes(stbl.body, stbl.end), 'stsz');
      if (!stsz || !timescale || !duration) return undefined;
      const sampleSize = view.getUint32(stsz.body + 4);
      const count = view.getUint32(stsz.body + 8);
      let total = sampleSize * count;
      if (!sampleSize) {
        if (stsz.body + 12 + 4 * count > stsz.end) return undefined;
        for (let i = 0; i < count; i++) total += view.getUint32(stsz.body + 12 + 4 * i);
      }
      return (total * 8) / (duration / timescale) / 1000;
    }
    return 0;
  } catch {
    return undefined;
  }
}

const SILENT_KBPS = 8;
const AUDIBLE_KBPS = 16;

/** The media an <audio> or <video> element plays: its src, else its first <source> we can read. */
export function playedMedia(file: SourceFile, project: Project, el: HtmlElement): PlayedMedia | undefined {
  const sources: string[] = [];
  const src = getAttr(el, 'src')?.trim();
  if (src) sources.push(src);
  else for (const c of el.childNodes) if ((c as HtmlElement).tagName === 'source' && getAttr(c as HtmlElement, 'src')?.trim()) sources.push(getAttr(c as HtmlElement, 'src')!.trim());
  for (const s of sources) {
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(s)) return undefined;
    const abs = resolveLocal(file, project, s);
    const media = abs ? project.getFile(abs) : undefined;
    if (!media?.bytes) continue;
    const read = project.cached(`a11y:media:${abs}`, () => {
      try {
        const facts = readMediaFacts(media.bytes!);
        const kbps = facts.container === 'mp4' || facts.container === 'm4a' || facts.container === 'mov' ? mp4AudioKbps(media.bytes!) : undefined;
        return { facts, kbps };
      } catch { return undefined; }
    });
    if (!read || read.facts.durationSec === undefined) return undefined;
    const range = fragmentRange(s);
    const duration = read.facts.durationSec;
    const start = Math.min(range?.start ?? 0, duration);
    const end = Math.min(range?.end ?? duration, duration);
    const playedSec = hasAttr(el, 'loop') && !range ? Infinity : Math.max(0, end - start);
    let audible: PlayedMedia['audible'] = 'unknown';
    if (!read.facts.audio) audible = 'no';
    else if (read.kbps !== undefined) audible = read.kbps >= AUDIBLE_KBPS ? 'yes' : read.kbps < SILENT_KBPS ? 'no' : 'unknown';
    // An audio element exists to play sound; we take its track as audible unless we measured otherwise.
    else if (el.tagName === 'audio') audible = 'yes';
    return { element: el, facts: read.facts, playedSec, audible };
  }
  return undefined;
}

/** Plays sound on its own when the page loads: autoplay and not muted. */
export function autoplaysSound(el: HtmlElement): boolean {
  return (el.tagName === 'audio' || el.tagName === 'video') && hasAttr(el, 'autoplay') && !hasAttr(el, 'muted');
}
