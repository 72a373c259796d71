import { ByteView, decodeUtf8, latin1 } from './bytes';
import type { ImageFacts } from './types';

/** XMP in GIF ends with a 258-byte "magic trailer" (0x01, 0xFF..0x00, 0x00) that makes it walkable as sub-blocks. */
const XMP_MAGIC_TRAILER_LENGTH = 258;

/** Walks the GIF blocks, skipping LZW data by its sub-block lengths, to count frames and sum delays. */
export function readGif(bytes: Uint8Array): ImageFacts {
  const view = new ByteView(bytes, 'GIF');
  const signature = view.ascii(0, 6, 'the signature');
  if (signature !== 'GIF87a' && signature !== 'GIF89a') throw view.corrupt(`unknown signature '${signature}'`);
  const width = view.u16le(6, 'the logical screen size');
  const height = view.u16le(8, 'the logical screen size');
  const screenFlags = view.u8(10, 'the logical screen flags');
  let at = 13;
  if (screenFlags & 0x80) at += 3 << ((screenFlags & 0x07) + 1);

  const facts: ImageFacts = {
    format: 'gif', byteSize: bytes.length, width, height, bitDepth: 8, colorSpace: 'indexed', channels: 3, hasAlpha: false,
  };
  let frames = 0;
  let delayCentiseconds = 0;
  let pendingDelay = 0;

  for (;;) {
    if (at >= bytes.length) {
      // Encoders and download tools sometimes drop the trailer byte; complete frames are still shown.
      if (frames > 0) break;
      throw view.truncated(`no image data before end of data at byte ${at}`);
    }
    const introducer = bytes[at];
    if (introducer === 0x3b) break;
    if (introducer === 0x00) {
      // Stray terminators (e.g. after an XMP trailer entered at its last byte) are skipped, as browsers do.
      at++;
      continue;
    }
    if (introducer === 0x21) {
      const label = view.u8(at + 1, 'an extension label');
      at += 2;
      if (label === 0xf9) {
        const size = view.u8(at, 'a graphic control extension');
        if (size >= 4) {
          view.need(at + 1, 4, 'a graphic control extension');
          if (bytes[at + 1] & 0x01) facts.hasAlpha = true;
          pendingDelay = view.u16le(at + 2);
        }
      } else if (label === 0xff) {
        const size = view.u8(at, 'an application extension');
        const identifier = size >= 11 ? view.ascii(at + 1, 11, 'an application identifier') : '';
        if (identifier === 'NETSCAPE2.0' || identifier === 'ANIMEXTS1.0') {
          const subAt = at + 1 + size;
          if (view.u8(subAt, 'the loop sub-block') >= 3 && view.u8(subAt + 1, 'the loop sub-block') === 1) {
            facts.loopCount = view.u16le(subAt + 2, 'the loop count');
          }
        } else if (identifier === 'XMP DataXMP') {
          const dataAt = at + 1 + size;
          const end = skipSubBlocks(view, dataAt);
          const trailerAt = indexOfTrailer(bytes, dataAt, end);
          const xmpEnd = trailerAt >= 0 ? trailerAt : Math.max(dataAt, end - XMP_MAGIC_TRAILER_LENGTH);
          facts.xmp ??= trimXmpPacket(decodeUtf8(bytes.subarray(dataAt, xmpEnd)));
          at = end;
          continue;
        }
      }
      at = skipSubBlocks(view, at);
    } else if (introducer === 0x2c) {
      view.need(at, 10, 'an image descriptor');
      const imageFlags = bytes[at + 9];
      if (frames === 0) facts.progressive = (imageFlags & 0x40) !== 0;
      at += 10;
      if (imageFlags & 0x80) at += 3 << ((imageFlags & 0x07) + 1);
      view.u8(at, 'the LZW minimum code size');
      at = skipSubBlocks(view, at + 1);
      frames++;
      delayCentiseconds += pendingDelay;
      pendingDelay = 0;
    } else {
      throw view.corrupt(`unknown block type 0x${introducer.toString(16).padStart(2, '0')} at byte ${at}`);
    }
  }

  if (frames === 0) throw view.corrupt('it contains no image');
  facts.frames = frames;
  if (frames > 1) facts.durationMs = delayCentiseconds * 10;
  return facts;
}

/** Returns the offset just past the zero-length terminator sub-block. */
function skipSubBlocks(view: ByteView, at: number): number {
  for (;;) {
    const size = view.u8(at, 'a data sub-block');
    if (size === 0) return at + 1;
    at += size + 1;
  }
}

function indexOfTrailer(bytes: Uint8Array, start: number, end: number): number {
  for (let i = start; i + 3 < end; i++) {
    if (bytes[i] === 0x01 && bytes[i + 1] === 0xff && bytes[i + 2] === 0xfe && bytes[i + 3] === 0xfd) return i;
  }
  return -1;
}

function trimXmpPacket(text: string): string {
  const end = text.lastIndexOf('<?xpacket end=');
  if (end < 0) return text;
  const close = text.indexOf('?>', end);
  return close < 0 ? text : text.slice(0, close + 2);
}

export function isGifSignature(bytes: Uint8Array): boolean {
  const start = latin1(bytes, 0, 6);
  return start === 'GIF87a' || start === 'GIF89a';
}
