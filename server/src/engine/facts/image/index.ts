import { readBmp } from './bmp';
import { decodeUtf8 } from './bytes';
import { readEps } from './eps';
import { readGif } from './gif';
import { readIco } from './ico';
import { readIsoBmff } from './isobmff';
import { readJpeg } from './jpeg';
import { readPng } from './png';
import { readPsd } from './psd';
import { describeForeignBytes, sniffImageFormat, truncatedSignature } from './sniff';
import { readSvgFacts } from './svg';
import { readTiff } from './tiff';
import { readWebp } from './webp';
import { ImageReadError, type ImageFacts } from './types';

export { ImageReadError, type ImageFacts, type ImageFormat, type IccInfo, type ImageColorSpace, type ImageReadErrorKind } from './types';
export { sniffImageFormat } from './sniff';
export { readSvgFacts, type SvgFacts } from './svg';
export { parseIccProfile } from './icc';

/**
 * Reads an image's header facts from its bytes without decoding pixels. The format comes from the
 * magic bytes; `fileName` is used only to word the error when the bytes are not an image at all.
 * Throws ImageReadError ('truncated' | 'corrupt' | 'unsupported') for anything that cannot be read.
 */
export function readImageFacts(bytes: Uint8Array, fileName?: string): ImageFacts {
  const format = sniffImageFormat(bytes);
  try {
    switch (format) {
      case 'jpeg': return readJpeg(bytes);
      case 'png': return readPng(bytes);
      case 'gif': return readGif(bytes);
      case 'webp': return readWebp(bytes);
      case 'avif':
      case 'heic': return readIsoBmff(bytes, format);
      case 'tiff': return readTiff(bytes);
      case 'bmp': return readBmp(bytes);
      case 'psd': return readPsd(bytes);
      case 'ico': return readIco(bytes);
      case 'eps': return readEps(bytes);
      case 'svg': return readSvg(bytes);
      case 'unknown': throw notAnImage(bytes, fileName);
    }
  } catch (error) {
    if (error instanceof ImageReadError) throw error;
    // Parsers bounds-check every read; anything else escaping is a bug exposed by hostile input.
    throw new ImageReadError(`${format.toUpperCase()} could not be read: ${(error as Error).message}`, 'corrupt');
  }
}

function readSvg(bytes: Uint8Array): ImageFacts {
  const svg = readSvgFacts(decodeUtf8(bytes));
  return {
    format: 'svg',
    byteSize: bytes.length,
    width: svg.width ?? svg.viewBox?.[2],
    height: svg.height ?? svg.viewBox?.[3],
    frames: 1,
  };
}

function notAnImage(bytes: Uint8Array, fileName: string | undefined): ImageReadError {
  const subject = fileName ? `File named ${fileName}` : 'The data';
  if (bytes.length === 0) return new ImageReadError(`${subject} is empty (0 bytes)`, 'truncated');
  const partial = truncatedSignature(bytes);
  if (partial) return new ImageReadError(`${partial} is truncated: only ${bytes.length} bytes, the start of its signature`, 'truncated');
  const { reason, kind } = describeForeignBytes(bytes);
  return new ImageReadError(`${subject} is not an image: ${reason}`, kind);
}
