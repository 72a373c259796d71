import { latin1, startsWithAscii } from './bytes';
import { isBmpHeader } from './bmp';
import { isDosEps } from './eps';
import { isGifSignature } from './gif';
import { isIcoHeader } from './ico';
import { sniffIsoBmff } from './isobmff';
import { isPngSignature } from './png';
import type { ImageFormat } from './types';

/** Licence headers in comments can push the root element down; 64 KiB is plenty for the prologue. */
const SVG_PROLOGUE_WINDOW = 64 * 1024;

export function sniffImageFormat(bytes: Uint8Array): ImageFormat {
  if (bytes.length < 2) return 'unknown';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (isPngSignature(bytes)) return 'png';
  if (isGifSignature(bytes)) return 'gif';
  if (startsWithAscii(bytes, 0, 'RIFF') && startsWithAscii(bytes, 8, 'WEBP')) return 'webp';
  const isoFormat = sniffIsoBmff(bytes);
  if (isoFormat) return isoFormat;
  if (isTiffHeader(bytes)) return 'tiff';
  if (startsWithAscii(bytes, 0, '8BPS')) return 'psd';
  if (isBmpHeader(bytes)) return 'bmp';
  if (isDosEps(bytes) || startsWithAscii(bytes, 0, '%!PS')) return 'eps';
  if (isIcoHeader(bytes)) return 'ico';
  if (looksLikeSvg(bytes)) return 'svg';
  return 'unknown';
}

function isTiffHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  if (bytes[0] === 0x49 && bytes[1] === 0x49) return (bytes[2] === 42 || bytes[2] === 43) && bytes[3] === 0;
  if (bytes[0] === 0x4d && bytes[1] === 0x4d) return bytes[2] === 0 && (bytes[3] === 42 || bytes[3] === 43);
  return false;
}

/** The first element after the XML declaration, comments, processing instructions and DOCTYPE must be <svg>. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let text = latin1(bytes, start, Math.min(bytes.length, start + SVG_PROLOGUE_WINDOW));
  for (;;) {
    text = text.trimStart();
    if (text.startsWith('<?')) {
      const end = text.indexOf('?>');
      if (end < 0) return false;
      text = text.slice(end + 2);
    } else if (text.startsWith('<!--')) {
      const end = text.indexOf('-->');
      if (end < 0) return false;
      text = text.slice(end + 3);
    } else if (/^<!DOCTYPE/i.test(text)) {
      const subset = text.indexOf('[');
      const close = text.indexOf('>');
      const end = subset >= 0 && subset < close ? text.indexOf(']>', subset) : close;
      if (end < 0) return false;
      text = text.slice(end + (end === close ? 1 : 2));
    } else {
      return /^<(?:[A-Za-z_][\w.-]*:)?svg[\s>/]/.test(text);
    }
  }
}

/** Formats we recognise but do not read, so the error can say what the file really is. */
export function describeForeignBytes(bytes: Uint8Array): { reason: string; kind: 'unsupported' | 'corrupt' } {
  if (bytes[0] === 0xff && bytes[1] === 0x0a) return { reason: 'it is a JPEG XL codestream, which is not supported', kind: 'unsupported' };
  if (startsWithAscii(bytes, 4, 'JXL ')) return { reason: 'it is a JPEG XL file, which is not supported', kind: 'unsupported' };
  if (startsWithAscii(bytes, 4, 'jP  ')) return { reason: 'it is a JPEG 2000 file, which is not supported', kind: 'unsupported' };
  if (startsWithAscii(bytes, 0, 'qoif')) return { reason: 'it is a QOI image, which is not supported', kind: 'unsupported' };
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return { reason: 'it is gzip-compressed (an .svgz?), which is not supported', kind: 'unsupported' };
  if (startsWithAscii(bytes, 4, 'ftyp')) return { reason: `it is an ISO media file of brand '${printable(latin1(bytes, 8, 12))}' (video or audio?)`, kind: 'corrupt' };
  if (startsWithAscii(bytes, 0, 'RIFF') && bytes.length >= 12) return { reason: `it is a RIFF '${printable(latin1(bytes, 8, 12))}' file, not WebP`, kind: 'corrupt' };
  if (startsWithAscii(bytes, 0, '%PDF')) return { reason: 'it is a PDF document', kind: 'corrupt' };
  if (startsWithAscii(bytes, 0, 'PK\x03\x04')) return { reason: 'it is a ZIP archive', kind: 'corrupt' };
  const head = bytes.subarray(0, 4);
  if (head.every((byte) => byte >= 0x20 && byte < 0x7f)) return { reason: `its bytes start with '${latin1(head, 0, 4)}'`, kind: 'corrupt' };
  const hexBytes = [...head].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return { reason: `its first bytes are ${hexBytes}`, kind: 'corrupt' };
}

const SIGNATURE_PREFIXES: { name: string; bytes: number[] }[] = [
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'GIF', bytes: [...'GIF8'].map((c) => c.charCodeAt(0)) },
  { name: 'WebP', bytes: [...'RIFF'].map((c) => c.charCodeAt(0)) },
  { name: 'PSD', bytes: [...'8BPS'].map((c) => c.charCodeAt(0)) },
  { name: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'EPS', bytes: [0xc5, 0xd0, 0xd3, 0xc6] },
];

/** Names the format when a too-short file is the beginning of a known signature (or of a WebP/ISO header). */
export function truncatedSignature(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 4 && startsWithAscii(bytes, 0, 'RIFF') && bytes.length < 12) return 'WebP';
  if (bytes.length >= 8 && startsWithAscii(bytes, 4, 'ftyp') && bytes.length < 12) return 'AVIF/HEIF';
  for (const signature of SIGNATURE_PREFIXES) {
    if (bytes.length >= signature.bytes.length) continue;
    if (bytes.every((byte, i) => byte === signature.bytes[i])) return signature.name;
  }
  return undefined;
}

function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}
