import { ByteView, decodeUtf8, latin1, startsWithAscii } from './bytes';
import type { ImageFacts } from './types';

/** The DSC header comments live at the top; 64 KiB is generous. */
const HEADER_WINDOW = 64 * 1024;

export function isDosEps(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xc5 && bytes[1] === 0xd0 && bytes[2] === 0xd3 && bytes[3] === 0xc6;
}

/** EPS (and plain PostScript): size from %%BoundingBox in points, which is pixels at 72 dpi; XMP if embedded. */
export function readEps(bytes: Uint8Array): ImageFacts {
  const view = new ByteView(bytes, 'EPS');
  let postscript = bytes;
  if (isDosEps(bytes)) {
    const offset = view.u32le(4, 'the PostScript offset');
    const length = view.u32le(8, 'the PostScript length');
    postscript = view.slice(offset, length, 'the PostScript section');
  }
  if (!startsWithAscii(postscript, 0, '%!PS')) throw view.corrupt("the PostScript section does not start with '%!PS'");

  const facts: ImageFacts = { format: 'eps', byteSize: bytes.length, frames: 1 };
  const header = latin1(postscript, 0, Math.min(postscript.length, HEADER_WINDOW));
  const box = /^%%HiResBoundingBox:\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)/m.exec(header)
    ?? /^%%BoundingBox:\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)/m.exec(header);
  if (box) {
    const [llx, lly, urx, ury] = box.slice(1, 5).map(Number);
    if ([llx, lly, urx, ury].every(Number.isFinite)) {
      facts.width = Math.round(urx - llx);
      facts.height = Math.round(ury - lly);
    }
  }
  const processColors = /^%%DocumentProcessColors:(.*)$/m.exec(header);
  if (processColors && /Cyan|Magenta|Yellow/i.test(processColors[1])) facts.colorSpace = 'cmyk';

  const packet = Buffer.from(postscript.buffer, postscript.byteOffset, postscript.byteLength);
  const begin = packet.indexOf('<?xpacket begin');
  if (begin >= 0) {
    const endTag = packet.indexOf('<?xpacket end', begin);
    const close = endTag < 0 ? -1 : packet.indexOf('?>', endTag);
    if (close >= 0) facts.xmp = decodeUtf8(postscript.subarray(begin, close + 2));
  }
  return facts;
}
