/** WAV (RIFF WAVE): fmt and data chunks, LIST/INFO tags and the _PMX XMP chunk. */
import { ByteView, corrupt, decodeUtf8, decodeUtf8OrLatin1, nonEmpty, round, startsWithAscii, truncated } from './bytes';
import type { MediaFacts, MediaTags } from './types';

const INFO_KEYS: Record<string, keyof MediaTags> = {
  INAM: 'title',
  IART: 'artist',
  ICOP: 'copyright',
  ICMT: 'comment',
  IPUB: 'publisher',
};

/** WAVE_FORMAT_* tags that are worth a name; the rest are reported as "wav-0x…". */
const FORMAT_NAMES: Record<number, string> = {
  0x0001: 'pcm',
  0x0003: 'pcm_float',
  0x0006: 'alaw',
  0x0007: 'mulaw',
  0x0011: 'adpcm_ima',
  0x0002: 'adpcm_ms',
  0x0050: 'mp2',
  0x0055: 'mp3',
  0x00ff: 'mp4a',
  0x1610: 'mp4a',
};

export function looksLikeWav(bytes: Uint8Array): boolean {
  return startsWithAscii(bytes, 0, 'RIFF') && startsWithAscii(bytes, 8, 'WAVE');
}

export function readWav(bytes: Uint8Array): MediaFacts {
  const facts: MediaFacts = { container: 'wav', captionTracks: [], tags: {}, byteSize: bytes.length };
  const file = new ByteView(bytes, 0, bytes.length, 'WAV file');
  if (!file.has(0, 12)) throw truncated('WAV file ends inside its RIFF header');
  let byteRate = 0;
  let blockAlign = 0;
  let sampleRate = 0;
  let dataBytes: number | undefined;
  let pos = 12;
  while (pos < bytes.length) {
    if (!file.has(pos, 8)) {
      if (bytes.subarray(pos).every((b) => b === 0)) break;
      throw truncated(`WAV file ends inside a chunk header at byte ${pos}`);
    }
    const id = file.fourcc(pos);
    const declared = file.u32le(pos + 4);
    const bodyStart = pos + 8;
    const available = bytes.length - bodyStart;
    const isData = id === 'data';
    // Streaming writers leave the data size at 0 or 0xFFFFFFFF; then the data runs to the end of the file.
    const size = isData && (declared === 0 || declared === 0xffffffff) ? available : declared;
    if (size > available) {
      throw truncated(`file is truncated: WAV chunk '${id}' at byte ${pos} declares ${size} bytes but only ${available} remain`);
    }
    const body = new ByteView(bytes, bodyStart, bodyStart + size, `WAV '${id}' chunk`);
    if (id === 'fmt ') {
      if (size < 16) throw corrupt(`WAV 'fmt ' chunk is ${size} bytes, shorter than the 16 it needs`);
      let formatTag = body.u16le(0);
      // WAVE_FORMAT_EXTENSIBLE keeps the real format in the first two bytes of the sub-format GUID.
      if (formatTag === 0xfffe && size >= 26) formatTag = body.u16le(24);
      const channels = body.u16le(2);
      sampleRate = body.u32le(4);
      byteRate = body.u32le(8);
      blockAlign = body.u16le(12);
      facts.audio = { codec: FORMAT_NAMES[formatTag] ?? `wav-0x${formatTag.toString(16).padStart(4, '0')}`, channels, sampleRate };
    } else if (isData) {
      dataBytes = size;
    } else if (id === 'LIST' && size >= 4 && body.fourcc(0) === 'INFO') {
      readInfo(body, facts.tags);
    } else if (id === '_PMX') {
      facts.xmp = decodeUtf8(body.slice(0, size)).replace(/\u0000+$/u, '');
    }
    pos = bodyStart + size + (size & 1);
  }
  if (!facts.audio) throw corrupt("WAV file has no 'fmt ' chunk");
  if (dataBytes === undefined) throw truncated("WAV file has no 'data' chunk");
  const rate = byteRate || blockAlign * sampleRate;
  if (rate > 0) {
    const durationSec = dataBytes / rate;
    facts.durationSec = round(durationSec, 3);
    if (durationSec > 0) facts.bitrateKbps = round((bytes.length * 8) / durationSec / 1000, 1);
  }
  return facts;
}

function readInfo(list: ByteView, tags: MediaTags): void {
  let pos = 4;
  while (list.has(pos, 8)) {
    const id = list.fourcc(pos);
    const size = list.u32le(pos + 4);
    if (!list.has(pos + 8, size)) break;
    const key = INFO_KEYS[id];
    if (key && !tags[key]) {
      const raw = list.slice(pos + 8, size);
      const end = raw.indexOf(0);
      const value = nonEmpty(decodeUtf8OrLatin1(end >= 0 ? raw.subarray(0, end) : raw));
      if (value) tags[key] = value;
    }
    pos += 8 + size + (size & 1);
  }
}
