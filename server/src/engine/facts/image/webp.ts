import { ByteView, decodeUtf8, startsWithAscii } from './bytes';
import { parseIccProfile } from './icc';
import type { ImageFacts } from './types';

const VP8X_ALPHA = 0x10;

/** Walks the RIFF chunks; EXIF and XMP chunks come after the bitstream, so all chunks are visited by length. */
export function readWebp(bytes: Uint8Array): ImageFacts {
  const view = new ByteView(bytes, 'WebP');
  view.need(0, 12, 'the RIFF header');
  if (!startsWithAscii(bytes, 0, 'RIFF') || !startsWithAscii(bytes, 8, 'WEBP')) throw view.corrupt('it is not a RIFF WEBP file');
  const riffEnd = 8 + view.u32le(4);
  if (riffEnd > bytes.length) throw view.truncated(`the RIFF header declares ${riffEnd} bytes${view.endsAt()}`);

  const facts: ImageFacts = { format: 'webp', byteSize: bytes.length, bitDepth: 8, colorSpace: 'rgb', frames: 1 };
  let sawBitstream = false;
  let sawExtended = false;
  let animationFrames = 0;
  let durationMs = 0;
  let at = 12;

  while (at + 8 <= riffEnd) {
    const fourcc = view.ascii(at, 4);
    const size = view.u32le(at + 4);
    const dataAt = at + 8;
    if (dataAt + size > riffEnd) throw view.truncated(`chunk '${fourcc}' at byte ${at} declares ${size} bytes${view.endsAt()}`);
    const data = bytes.subarray(dataAt, dataAt + size);

    switch (fourcc) {
      case 'VP8X': {
        if (size < 10) throw view.corrupt(`VP8X chunk is ${size} bytes long`);
        sawExtended = true;
        facts.hasAlpha = (data[0] & VP8X_ALPHA) !== 0;
        facts.width = view.u24le(dataAt + 4) + 1;
        facts.height = view.u24le(dataAt + 7) + 1;
        break;
      }
      case 'VP8 ':
        if (!sawBitstream) {
          sawBitstream = true;
          if (!sawExtended) Object.assign(facts, readLossyHeader(view, dataAt, size));
        }
        break;
      case 'VP8L':
        if (!sawBitstream) {
          sawBitstream = true;
          const lossless = readLosslessHeader(view, dataAt, size);
          if (!sawExtended) Object.assign(facts, lossless);
        }
        break;
      case 'ALPH':
        facts.hasAlpha = true;
        break;
      case 'ANIM':
        if (size >= 6) facts.loopCount = view.u16le(dataAt + 4);
        break;
      case 'ANMF':
        if (size >= 16) {
          animationFrames++;
          durationMs += view.u24le(dataAt + 12);
          sawBitstream = true;
        }
        break;
      case 'ICCP':
        if (!facts.icc) facts.icc = parseIccProfile(data);
        break;
      case 'EXIF':
        // Some writers keep the JPEG APP1 'Exif\0\0' prefix.
        if (!facts.exif) facts.exif = startsWithAscii(data, 0, 'Exif\0') ? data.subarray(6) : data;
        break;
      case 'XMP ':
        facts.xmp ??= decodeUtf8(data);
        break;
    }
    at = dataAt + size + (size & 1);
  }

  if (!sawBitstream) throw view.corrupt('it has no VP8, VP8L or ANMF image chunk');
  if (animationFrames > 0) {
    facts.frames = animationFrames;
    facts.durationMs = durationMs;
  }
  facts.channels = facts.hasAlpha ? 4 : 3;
  return facts;
}

function readLossyHeader(view: ByteView, at: number, size: number): Partial<ImageFacts> {
  if (size < 10) throw view.corrupt(`VP8 chunk is only ${size} bytes long`);
  const b = view.bytes;
  if (b[at + 3] !== 0x9d || b[at + 4] !== 0x01 || b[at + 5] !== 0x2a) throw view.corrupt('the VP8 key frame start code is missing');
  return { width: view.u16le(at + 6) & 0x3fff, height: view.u16le(at + 8) & 0x3fff, hasAlpha: false };
}

function readLosslessHeader(view: ByteView, at: number, size: number): Partial<ImageFacts> {
  if (size < 5) throw view.corrupt(`VP8L chunk is only ${size} bytes long`);
  if (view.bytes[at] !== 0x2f) throw view.corrupt('the VP8L signature byte is missing');
  const bits = view.u32le(at + 1);
  return {
    width: (bits & 0x3fff) + 1,
    height: ((bits >>> 14) & 0x3fff) + 1,
    hasAlpha: ((bits >>> 28) & 1) === 1,
  };
}
