// Compares a delivered file's facts with what its order line (and the order line's platform profile) asks for.
// Each fact that differs is one finding, so the rule reports "duration" and "codec" separately.
import * as path from 'node:path';
import type { MediaFacts } from '../../server/src/engine/facts/media';
import type { ImageFacts } from '../../server/src/engine/facts/image';
import { displaySize } from '../../server/src/engine/facts/media-cache';
import type { OrderDeliverable } from '../../server/src/engine/model/order';
import { formatBytes } from '../../server/src/engine/model/project';
import { parseRatio, type SocialMediaSpec } from '../profiles/social';
import mediaDefaults from '../profiles/media/defaults.json';

export interface SpecFinding { messageId: string; data: Record<string, unknown> }

/** Codec families used in profiles and orders, from the fourcc or name the facts readers give. */
export function codecFamily(codec: string): string {
  const c = codec.toLowerCase();
  if (c === 'avc1' || c === 'avc3' || c === 'h264') return 'h264';
  if (c === 'hvc1' || c === 'hev1' || c === 'hevc') return 'hevc';
  if (c === 'vp8' || c === 'vp08') return 'vp8';
  if (c === 'vp9' || c === 'vp09') return 'vp9';
  if (c === 'av01' || c === 'av1') return 'av1';
  if (c === 'mp4a' || c === 'aac') return 'aac';
  if (c === 'mp3' || c === '.mp3') return 'mp3';
  if (c.startsWith('pcm') || c === 'lpcm' || c === 'sowt' || c === 'twos') return 'pcm';
  return c;
}

function ratioText(w: number, h: number): string {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  const g = gcd(w, h);
  const rw = w / g;
  const rh = h / g;
  return rw <= 64 && rh <= 64 ? `${rw}:${rh}` : `${(w / h).toFixed(3)}:1`;
}

function within(actual: number, target: number, tolerance: number): boolean {
  return Math.abs(actual - target) <= target * tolerance;
}

function seconds(n: number): string {
  return `${Number(n.toFixed(2))} s`;
}

function rangeText(r: { min?: number; max?: number }): string {
  if (r.min !== undefined && r.max !== undefined) return `${seconds(r.min)}–${seconds(r.max)}`;
  if (r.min !== undefined) return `at least ${seconds(r.min)}`;
  return `at most ${seconds(r.max ?? 0)}`;
}

/** " (profile meta/story)" or " (order)": who set the limit, for the message. */
function by(d: OrderDeliverable, fromProfile: boolean): string {
  return fromProfile && d.profile ? `profile ${d.profile}` : 'order';
}

function checkPixels(d: OrderDeliverable, spec: SocialMediaSpec | undefined, width: number, height: number, out: SpecFinding[]): void {
  const actual = `${width}x${height}`;
  if (d.size) {
    if (d.size.width !== width || d.size.height !== height) out.push({ messageId: 'dimensions', data: { name: d.name, expected: `${d.size.width}x${d.size.height}`, actual } });
  } else if (spec) {
    const limits: string[] = [];
    if (spec.minWidth && width < spec.minWidth) limits.push(`at least ${spec.minWidth} px wide`);
    if (spec.minHeight && height < spec.minHeight) limits.push(`at least ${spec.minHeight} px high`);
    if (spec.minShortSide && Math.min(width, height) < spec.minShortSide) limits.push(`at least ${spec.minShortSide} px on the short side`);
    if (spec.maxWidth && width > spec.maxWidth) limits.push(`at most ${spec.maxWidth} px wide`);
    if (spec.maxHeight && height > spec.maxHeight) limits.push(`at most ${spec.maxHeight} px high`);
    if (limits.length) out.push({ messageId: 'resolution', data: { name: d.name, actual, expected: limits.join(' and '), source: by(d, true) } });
  }
  const ratio = width / height;
  const tolerance = spec?.aspectTolerance ?? 0.01;
  const orderRatio = d.aspect ? parseRatio(d.aspect) : d.size ? d.size.width / d.size.height : undefined;
  if (orderRatio !== undefined) {
    if (!within(ratio, orderRatio, tolerance)) out.push({ messageId: 'aspect', data: { name: d.name, actual: ratioText(width, height), expected: d.aspect ?? ratioText(d.size!.width, d.size!.height), source: 'order' } });
    return;
  }
  if (spec?.aspectRatios?.length) {
    const ok = spec.aspectRatios.some((r) => { const t = parseRatio(r); return t !== undefined && within(ratio, t, tolerance); });
    if (!ok) out.push({ messageId: 'aspect', data: { name: d.name, actual: ratioText(width, height), expected: spec.aspectRatios.join(' or '), source: by(d, true) } });
  } else if (spec?.aspectRange) {
    const min = spec.aspectRange.min ? parseRatio(spec.aspectRange.min) : undefined;
    const max = spec.aspectRange.max ? parseRatio(spec.aspectRange.max) : undefined;
    if ((min !== undefined && ratio < min * (1 - tolerance)) || (max !== undefined && ratio > max * (1 + tolerance))) {
      out.push({ messageId: 'aspect', data: { name: d.name, actual: ratioText(width, height), expected: `between ${spec.aspectRange.min ?? 'any'} and ${spec.aspectRange.max ?? 'any'}`, source: by(d, true) } });
    }
  }
}

function checkBytes(d: OrderDeliverable, spec: SocialMediaSpec | undefined, bytes: number, out: SpecFinding[]): void {
  const max = d.maxBytes ?? spec?.maxBytes;
  if (max !== undefined && bytes > max) out.push({ messageId: 'weight', data: { name: d.name, actual: formatBytes(bytes), expected: formatBytes(max), source: by(d, d.maxBytes === undefined) } });
  if (spec?.minBytes !== undefined && bytes < spec.minBytes) out.push({ messageId: 'weightMin', data: { name: d.name, actual: formatBytes(bytes), expected: formatBytes(spec.minBytes), source: by(d, true) } });
}

/** Findings for an audio or video file. `sidecars` are the caption files delivered beside it (extensions). */
export function checkMedia(d: OrderDeliverable, facts: MediaFacts, sidecars: string[]): SpecFinding[] {
  const out: SpecFinding[] = [];
  const spec = d.spec;
  const isVideo = d.type === 'video';
  if (isVideo && !facts.video) {
    out.push({ messageId: 'kind', data: { name: d.name, expected: 'a video', actual: 'an audio-only file' } });
    return out;
  }
  if (!isVideo && facts.video) out.push({ messageId: 'kind', data: { name: d.name, expected: 'an audio file', actual: 'a video' } });
  if (isVideo) {
    const size = displaySize(facts);
    if (size && size.width > 0 && size.height > 0) checkPixels(d, spec, size.width, size.height, out);
  }
  if (facts.durationSec !== undefined) {
    const tol = mediaDefaults.durationToleranceSec;
    const ordered = d.duration;
    if (ordered?.exact !== undefined) {
      if (Math.abs(facts.durationSec - ordered.exact) > tol) out.push({ messageId: 'duration', data: { name: d.name, actual: seconds(facts.durationSec), expected: seconds(ordered.exact), source: 'order' } });
    } else {
      const r = ordered ?? spec?.durationSec;
      if (r && ((r.min !== undefined && facts.durationSec < r.min - 0.05) || (r.max !== undefined && facts.durationSec > r.max + 0.05))) {
        out.push({ messageId: 'duration', data: { name: d.name, actual: seconds(facts.durationSec), expected: rangeText(r), source: by(d, !ordered) } });
      }
    }
  }
  checkBytes(d, spec, facts.byteSize, out);
  if (spec?.containers?.length && facts.container !== 'unknown' && !spec.containers.includes(facts.container)) {
    out.push({ messageId: 'container', data: { name: d.name, actual: facts.container.toUpperCase(), expected: spec.containers.map((c) => c.toUpperCase()).join(', '), source: by(d, true) } });
  }
  const stream = isVideo ? facts.video : facts.audio;
  const codecs = d.codecs ?? (isVideo ? spec?.videoCodecs : spec?.audioCodecs);
  if (stream && codecs?.length && !codecs.includes(codecFamily(stream.codec))) {
    out.push({ messageId: 'codec', data: { name: d.name, what: isVideo ? 'video' : 'audio', actual: codecFamily(stream.codec), expected: codecs.join(', '), source: by(d, !d.codecs) } });
  }
  if (isVideo && facts.audio && spec?.audioCodecs?.length && !spec.audioCodecs.includes(codecFamily(facts.audio.codec))) {
    out.push({ messageId: 'codec', data: { name: d.name, what: 'audio', actual: codecFamily(facts.audio.codec), expected: spec.audioCodecs.join(', '), source: by(d, true) } });
  }
  if (isVideo && spec?.maxFrameRate && facts.video?.frameRate && facts.video.frameRate > spec.maxFrameRate + 0.01) {
    out.push({ messageId: 'frameRate', data: { name: d.name, actual: facts.video.frameRate, expected: spec.maxFrameRate, source: by(d, true) } });
  }
  if (facts.bitrateKbps !== undefined) {
    if (spec?.minBitrateKbps && facts.bitrateKbps < spec.minBitrateKbps) out.push({ messageId: 'bitrate', data: { name: d.name, actual: Math.round(facts.bitrateKbps), expected: `at least ${spec.minBitrateKbps} kbps`, source: by(d, true) } });
    if (spec?.maxBitrateKbps && facts.bitrateKbps > spec.maxBitrateKbps) out.push({ messageId: 'bitrate', data: { name: d.name, actual: Math.round(facts.bitrateKbps), expected: `at most ${spec.maxBitrateKbps} kbps`, source: by(d, true) } });
  }
  const rate = facts.audio?.sampleRate;
  if (rate && spec?.maxAudioSampleRate && rate > spec.maxAudioSampleRate) out.push({ messageId: 'sampleRate', data: { name: d.name, actual: rate, expected: `below ${spec.maxAudioSampleRate} Hz`, source: by(d, true) } });
  if (rate && spec?.audioSampleRates?.length && !spec.audioSampleRates.includes(rate)) out.push({ messageId: 'sampleRate', data: { name: d.name, actual: rate, expected: spec.audioSampleRates.join(' or ') + ' Hz', source: by(d, true) } });
  const captionsRequired = d.captions ? d.captions === 'required' : spec?.captions === 'required';
  if (isVideo && captionsRequired) {
    const formats = spec?.captionFormats?.length ? spec.captionFormats : ['embedded', 'vtt', 'srt'];
    const accepted = formats.filter((f) => f !== 'embedded');
    const hasEmbedded = formats.includes('embedded') && facts.captionTracks.length > 0;
    const hasSidecar = sidecars.some((ext) => accepted.includes(ext));
    if (!hasEmbedded && !hasSidecar) {
      const wanted = [formats.includes('embedded') ? 'an embedded caption track' : '', ...accepted.map((f) => `a .${f} file with the same name`)].filter(Boolean).join(' or ');
      out.push({ messageId: 'captions', data: { name: d.name, expected: wanted, source: by(d, !d.captions) } });
    }
  }
  return out;
}

const IMAGE_FORMAT_NAMES: Record<string, string> = { jpeg: 'jpeg', png: 'png', gif: 'gif', webp: 'webp', avif: 'avif', svg: 'svg', tiff: 'tiff', bmp: 'bmp', heic: 'heic' };

export function checkImage(d: OrderDeliverable, facts: ImageFacts): SpecFinding[] {
  const out: SpecFinding[] = [];
  const spec = d.spec;
  const formats = d.formats ?? spec?.formats;
  const format = IMAGE_FORMAT_NAMES[facts.format] ?? facts.format;
  if (formats?.length && !formats.includes(format)) out.push({ messageId: 'format', data: { name: d.name, actual: format.toUpperCase(), expected: formats.map((f) => f.toUpperCase()).join(', '), source: by(d, !d.formats) } });
  if (facts.width && facts.height) checkPixels(d, spec, facts.width, facts.height, out);
  checkBytes(d, spec, facts.byteSize, out);
  return out;
}

/** Weight only, for banners (.zip) and pages. */
export function checkWeight(d: OrderDeliverable, bytes: number): SpecFinding[] {
  const out: SpecFinding[] = [];
  checkBytes(d, undefined, bytes, out);
  return out;
}

/** Caption sidecars delivered beside a media file: "clip.vtt", "clip.en.srt"… → ['vtt', 'srt']. */
export function sidecarExtensions(mediaPath: string, siblings: string[]): string[] {
  const stem = path.basename(mediaPath).replace(/\.[^.]+$/, '');
  const exts = new Set<string>();
  for (const name of siblings) {
    const m = /\.([a-z0-9]+)$/i.exec(name);
    if (!m) continue;
    const ext = m[1].toLowerCase();
    if (!mediaDefaults.captionSidecarExtensions.includes(ext)) continue;
    const base = name.slice(0, -m[0].length);
    if (base === stem || base.startsWith(stem + '.')) exts.add(ext);
  }
  return [...exts];
}
