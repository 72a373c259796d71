/** WebM and Matroska: EBML element walk over the Segment's Info, Tracks and Tags, skipping Clusters by size. */
import { ByteView, corrupt, decodeUtf8, nonEmpty, round, truncated } from './bytes';
import type { AudioFacts, CaptionTrackFacts, MediaFacts, MediaTags, VideoFacts } from './types';

const ID = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  seekHead: 0x114d9b74,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  title: 0x7ba9,
  tracks: 0x1654ae6b,
  trackEntry: 0xae,
  trackType: 0x83,
  codecId: 0x86,
  language: 0x22b59c,
  languageBcp47: 0x22b59d,
  defaultDuration: 0x23e383,
  video: 0xe0,
  pixelWidth: 0xb0,
  pixelHeight: 0xba,
  displayWidth: 0x54b0,
  displayHeight: 0x54ba,
  displayUnit: 0x54b2,
  audio: 0xe1,
  samplingFrequency: 0xb5,
  outputSamplingFrequency: 0x78b5,
  channels: 0x9f,
  cluster: 0x1f43b675,
  cues: 0x1c53bb6b,
  chapters: 0x1043a770,
  attachments: 0x1941a469,
  tags: 0x1254c367,
  tag: 0x7373,
  targets: 0x63c0,
  targetTypeValue: 0x68ca,
  tagTrackUid: 0x63c5,
  simpleTag: 0x67c8,
  tagName: 0x45a3,
  tagString: 0x4487,
  void: 0xec,
  crc32: 0xbf,
} as const;

/** Top-level Segment children: meeting one of these ends an unknown-size Cluster. */
const SEGMENT_CHILDREN = new Set<number>([ID.seekHead, ID.info, ID.tracks, ID.cluster, ID.cues, ID.chapters, ID.attachments, ID.tags]);

const VIDEO_CODECS: Record<string, string> = {
  V_VP8: 'vp8',
  V_VP9: 'vp9',
  V_AV1: 'av01',
  'V_MPEG4/ISO/AVC': 'avc1',
  'V_MPEGH/ISO/HEVC': 'hvc1',
  'V_MPEG4/ISO/ASP': 'mp4v',
  V_THEORA: 'theora',
  V_PRORES: 'prores',
};

const AUDIO_CODECS: Record<string, string> = {
  A_OPUS: 'opus',
  A_VORBIS: 'vorbis',
  A_AAC: 'mp4a',
  'A_MPEG/L3': 'mp3',
  'A_MPEG/L2': 'mp2',
  A_FLAC: 'flac',
  A_AC3: 'ac-3',
  A_EAC3: 'ec-3',
  A_DTS: 'dts',
  'A_PCM/INT/LIT': 'pcm',
  'A_PCM/INT/BIG': 'pcm',
  'A_PCM/FLOAT/IEEE': 'pcm_float',
};

const TAG_KEYS: Record<string, keyof MediaTags> = {
  TITLE: 'title',
  ARTIST: 'artist',
  COPYRIGHT: 'copyright',
  PRODUCTION_COPYRIGHT: 'copyright',
  LICENSE: 'licenseUrl',
  TERMS_OF_USE: 'licenseUrl',
  PUBLISHER: 'publisher',
  LABEL: 'publisher',
  COMMENT: 'comment',
  DESCRIPTION: 'comment',
};

interface Element {
  id: number;
  /** Absolute offsets. */
  start: number;
  dataStart: number;
  /** End of the data; for unknown-size elements, the end of the enclosing element. */
  end: number;
  unknownSize: boolean;
}

export function looksLikeEbml(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3;
}

class EbmlReader {
  constructor(private readonly bytes: Uint8Array) {}

  /** An element header at `pos`, or an error naming what is wrong with it. */
  header(pos: number, limit: number, where: string): Element {
    const v = new ByteView(this.bytes, 0, limit, where);
    const idFirst = v.u8(pos);
    const idLength = vintLength(idFirst);
    if (idLength === 0 || idLength > 4) throw corrupt(`${where}: invalid element ID byte 0x${idFirst.toString(16)} at byte ${pos}`);
    let id = 0;
    for (let i = 0; i < idLength; i++) id = id * 256 + v.u8(pos + i);
    const sizeAt = pos + idLength;
    const sizeFirst = v.u8(sizeAt);
    const sizeLength = vintLength(sizeFirst);
    if (sizeLength === 0) throw corrupt(`${where}: invalid size byte 0x00 at byte ${sizeAt}`);
    let size = sizeFirst & (0xff >> sizeLength);
    let allOnes = size === 0xff >> sizeLength;
    for (let i = 1; i < sizeLength; i++) {
      const b = v.u8(sizeAt + i);
      size = size * 256 + b;
      if (b !== 0xff) allOnes = false;
    }
    const dataStart = sizeAt + sizeLength;
    if (allOnes) return { id, start: pos, dataStart, end: limit, unknownSize: true };
    return { id, start: pos, dataStart, end: dataStart + size, unknownSize: false };
  }

  /**
   * Children of [from, to). A child that runs past the end of the file means truncation; past its parent,
   * corruption.
   */
  children(from: number, to: number, where: string): Element[] {
    const out: Element[] = [];
    let pos = from;
    while (pos < to) {
      const el = this.header(pos, to, where);
      if (el.end > to) {
        if (to >= this.bytes.length) {
          throw truncated(`file is truncated: ${elementName(el.id)} at byte ${el.start} declares ${el.end - el.dataStart} bytes but only ${Math.max(0, to - el.dataStart)} remain`);
        }
        throw corrupt(`${elementName(el.id)} at byte ${el.start} overruns ${where}`);
      }
      out.push(el);
      if (el.unknownSize) break;
      pos = el.end;
    }
    return out;
  }

  uint(el: Element): number {
    const v = new ByteView(this.bytes, el.dataStart, el.end, elementName(el.id));
    let value = 0;
    for (let i = 0; i < Math.min(v.length, 8); i++) value = value * 256 + v.u8(i);
    return value;
  }

  float(el: Element): number | undefined {
    const v = new ByteView(this.bytes, el.dataStart, el.end, elementName(el.id));
    if (v.length === 4) return v.f32be(0);
    if (v.length === 8) return v.f64be(0);
    return undefined;
  }

  string(el: Element): string {
    return decodeUtf8(this.bytes.subarray(el.dataStart, el.end)).replace(/\u0000+$/u, '');
  }
}

function vintLength(first: number): number {
  for (let i = 0; i < 8; i++) if (first & (0x80 >> i)) return i + 1;
  return 0;
}

function elementName(id: number): string {
  const known = Object.entries(ID).find(([, value]) => value === id);
  return known ? `Matroska ${known[0]} element` : `Matroska element 0x${id.toString(16)}`;
}

export function readMatroska(bytes: Uint8Array): MediaFacts {
  const ebml = new EbmlReader(bytes);
  const top = ebml.children(0, bytes.length, 'Matroska file');
  const header = top[0];
  if (!header || header.id !== ID.ebml) throw corrupt('Matroska file does not start with an EBML header');
  const docTypeEl = ebml.children(header.dataStart, header.end, 'EBML header').find((e) => e.id === ID.docType);
  const docType = docTypeEl ? ebml.string(docTypeEl) : 'matroska';
  if (docType !== 'webm' && docType !== 'matroska') throw corrupt(`EBML file with document type "${docType}" is not WebM or Matroska`);
  const facts: MediaFacts = { container: docType === 'webm' ? 'webm' : 'mkv', captionTracks: [], tags: {}, byteSize: bytes.length };

  const segment = top.find((e) => e.id === ID.segment);
  if (!segment) throw truncated('Matroska file ends before its Segment element');

  let timecodeScale = 1_000_000;
  let durationTicks: number | undefined;
  let sawTracks = false;
  const tags: MediaTags = {};
  let pos = segment.dataStart;
  while (pos < segment.end) {
    const el = ebml.header(pos, segment.end, 'Matroska Segment');
    if (el.end > segment.end) {
      throw truncated(`file is truncated: ${elementName(el.id)} at byte ${el.start} declares ${el.end - el.dataStart} bytes but only ${Math.max(0, segment.end - el.dataStart)} remain`);
    }
    if (el.id === ID.info) {
      for (const child of ebml.children(el.dataStart, el.end, 'Matroska Info')) {
        if (child.id === ID.timecodeScale) timecodeScale = ebml.uint(child) || 1_000_000;
        if (child.id === ID.duration) durationTicks = ebml.float(child);
        if (child.id === ID.title && !tags.title) tags.title = nonEmpty(ebml.string(child));
      }
    } else if (el.id === ID.tracks) {
      sawTracks = true;
      for (const entry of ebml.children(el.dataStart, el.end, 'Matroska Tracks')) {
        if (entry.id === ID.trackEntry) readTrackEntry(ebml, entry, facts);
      }
    } else if (el.id === ID.tags) {
      readTags(ebml, el, tags);
    }
    if (el.unknownSize) {
      pos = el.id === ID.cluster ? skipUnknownSizeCluster(ebml, el, segment.end) : segment.end;
    } else {
      pos = el.end;
    }
  }
  if (!sawTracks) throw corrupt('Matroska file has no Tracks element');

  for (const [key, value] of Object.entries(tags)) if (value) (facts.tags as Record<string, string>)[key] = value;
  if (durationTicks !== undefined && durationTicks > 0 && Number.isFinite(durationTicks)) {
    const durationSec = (durationTicks * timecodeScale) / 1e9;
    facts.durationSec = round(durationSec, 3);
    facts.bitrateKbps = round((bytes.length * 8) / durationSec / 1000, 1);
  }
  return facts;
}

/** Live-recorded WebM leaves Cluster sizes unknown: walk its children until a Segment-level element starts. */
function skipUnknownSizeCluster(ebml: EbmlReader, cluster: Element, limit: number): number {
  let pos = cluster.dataStart;
  while (pos < limit) {
    const el = ebml.header(pos, limit, 'Matroska Cluster');
    if (SEGMENT_CHILDREN.has(el.id) || el.id === ID.ebml) return pos;
    if (el.unknownSize) return limit;
    if (el.end > limit) throw truncated(`file is truncated inside a Matroska Cluster at byte ${el.start}`);
    pos = el.end;
  }
  return limit;
}

function readTrackEntry(ebml: EbmlReader, entry: Element, facts: MediaFacts): void {
  let type = 0;
  let codecId = '';
  let language: string | undefined = 'eng'; // the Matroska default when Language is absent
  let bcp47: string | undefined;
  let defaultDurationNs = 0;
  let video: Element | undefined;
  let audio: Element | undefined;
  for (const child of ebml.children(entry.dataStart, entry.end, 'Matroska TrackEntry')) {
    if (child.id === ID.trackType) type = ebml.uint(child);
    else if (child.id === ID.codecId) codecId = ebml.string(child);
    else if (child.id === ID.language) language = ebml.string(child);
    else if (child.id === ID.languageBcp47) bcp47 = ebml.string(child);
    else if (child.id === ID.defaultDuration) defaultDurationNs = ebml.uint(child);
    else if (child.id === ID.video) video = child;
    else if (child.id === ID.audio) audio = child;
  }
  if (type === 1 && !facts.video) {
    const v: VideoFacts = { codec: VIDEO_CODECS[codecId] ?? codecId, width: 0, height: 0 };
    let displayWidth: number | undefined;
    let displayHeight: number | undefined;
    let displayUnit = 0;
    for (const child of video ? ebml.children(video.dataStart, video.end, 'Matroska Video') : []) {
      if (child.id === ID.pixelWidth) v.width = ebml.uint(child);
      else if (child.id === ID.pixelHeight) v.height = ebml.uint(child);
      else if (child.id === ID.displayWidth) displayWidth = ebml.uint(child);
      else if (child.id === ID.displayHeight) displayHeight = ebml.uint(child);
      else if (child.id === ID.displayUnit) displayUnit = ebml.uint(child);
    }
    // DisplayUnit 0 is pixels; other units (cm, inches, aspect ratio) are not a size.
    if (displayUnit === 0 && displayWidth && displayHeight) {
      v.displayWidth = displayWidth;
      v.displayHeight = displayHeight;
    }
    if (defaultDurationNs > 0) v.frameRate = round(1e9 / defaultDurationNs, 3);
    facts.video = v;
  } else if (type === 2 && !facts.audio) {
    const a: AudioFacts = { codec: AUDIO_CODECS[codecId] ?? codecId };
    let outputRate: number | undefined;
    for (const child of audio ? ebml.children(audio.dataStart, audio.end, 'Matroska Audio') : []) {
      if (child.id === ID.channels) a.channels = ebml.uint(child);
      else if (child.id === ID.samplingFrequency) a.sampleRate = ebml.float(child);
      else if (child.id === ID.outputSamplingFrequency) outputRate = ebml.float(child);
    }
    // HE-AAC stores the core rate in SamplingFrequency and the real one in OutputSamplingFrequency.
    if (outputRate) a.sampleRate = outputRate;
    if (a.sampleRate !== undefined) a.sampleRate = Math.round(a.sampleRate);
    facts.audio = a;
  } else if (type === 17) {
    const caption: CaptionTrackFacts = { codec: codecId };
    const lang = nonEmpty(bcp47) ?? nonEmpty(language);
    if (lang && lang !== 'und') caption.language = lang;
    facts.captionTracks.push(caption);
  }
}

/** Global tags only (TargetTypeValue 50 or none, no track target); per-track DURATION tags are not metadata. */
function readTags(ebml: EbmlReader, tagsEl: Element, out: MediaTags): void {
  for (const tag of ebml.children(tagsEl.dataStart, tagsEl.end, 'Matroska Tags')) {
    if (tag.id !== ID.tag) continue;
    const parts = ebml.children(tag.dataStart, tag.end, 'Matroska Tag');
    const targets = parts.find((p) => p.id === ID.targets);
    if (targets) {
      const targetChildren = ebml.children(targets.dataStart, targets.end, 'Matroska Targets');
      if (targetChildren.some((c) => c.id === ID.tagTrackUid && ebml.uint(c) !== 0)) continue;
    }
    for (const simple of parts) {
      if (simple.id !== ID.simpleTag) continue;
      let name = '';
      let value: string | undefined;
      for (const c of ebml.children(simple.dataStart, simple.end, 'Matroska SimpleTag')) {
        if (c.id === ID.tagName) name = ebml.string(c).toUpperCase();
        else if (c.id === ID.tagString) value = ebml.string(c);
      }
      const key = TAG_KEYS[name];
      const text = nonEmpty(value);
      if (key && text && !out[key]) out[key] = text;
    }
  }
}
