import { ByteView, concatBytes, decodeUtf8, startsWithAscii } from './bytes';
import { parseIccProfile } from './icc';
import { readPhotoshopResources } from './photoshop-resources';
import type { ImageFacts } from './types';

const XMP_NAMESPACE = 'http://ns.adobe.com/xap/1.0/\0';
const ICC_SIGNATURE = 'ICC_PROFILE\0';
const PHOTOSHOP_SIGNATURE = 'Photoshop 3.0\0';

function isStartOfFrame(marker: number): boolean {
  // C4 (DHT), C8 (JPG extension) and CC (DAC) share the range but are not frame headers.
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function isProgressiveFrame(marker: number): boolean {
  return marker === 0xc2 || marker === 0xc6 || marker === 0xca || marker === 0xce;
}

/** Walks the marker segments from SOI up to the first SOS; the entropy-coded data is never touched. */
export function readJpeg(bytes: Uint8Array): ImageFacts {
  const view = new ByteView(bytes, 'JPEG');
  if (view.u16be(0, 'the SOI marker') !== 0xffd8) throw view.corrupt('it does not start with the SOI marker FF D8');

  const facts: ImageFacts = { format: 'jpeg', byteSize: bytes.length, frames: 1 };
  const iccChunks: { sequence: number; data: Uint8Array }[] = [];
  const photoshopParts: Uint8Array[] = [];
  let adobeTransform: number | undefined;
  let components = 0;
  let sawFrame = false;
  let at = 2;

  for (;;) {
    if (at >= bytes.length) {
      throw view.truncated(sawFrame ? `no SOS marker before end of data at byte ${at}` : `no SOF marker before end of data at byte ${at}`);
    }
    if (bytes[at] !== 0xff) throw view.corrupt(`expected a marker at byte ${at} but found 0x${hex(bytes[at])}`);
    // Any number of 0xFF fill bytes may precede a marker code.
    while (at < bytes.length && bytes[at] === 0xff) at++;
    const marker = view.u8(at, 'a marker code');
    const markerAt = at - 1;
    at++;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0xd8) throw view.corrupt(`a second SOI marker at byte ${markerAt}`);
    if (marker === 0xd9) {
      throw view.corrupt(sawFrame ? `EOI at byte ${markerAt} before any scan data` : `EOI at byte ${markerAt} before any SOF marker`);
    }
    if (marker === 0x00) throw view.corrupt(`invalid marker FF 00 at byte ${markerAt}`);

    const length = view.u16be(at, `the length of marker FF ${hex(marker)}`);
    if (length < 2) throw view.corrupt(`segment FF ${hex(marker)} at byte ${markerAt} declares length ${length}`);
    const dataAt = at + 2;
    const dataLength = length - 2;
    if (!view.has(dataAt, dataLength)) {
      throw view.truncated(`segment FF ${hex(marker)} at byte ${markerAt} declares ${length} bytes${view.endsAt()}`);
    }
    const data = bytes.subarray(dataAt, dataAt + dataLength);

    if (isStartOfFrame(marker)) {
      if (!sawFrame) {
        if (data.length < 6) throw view.corrupt(`SOF segment at byte ${markerAt} is only ${data.length} bytes long`);
        sawFrame = true;
        facts.bitDepth = data[0];
        const height = (data[1] << 8) | data[2];
        // Height 0 means a DNL marker after the first scan defines it; header-only reading cannot know it.
        if (height > 0) facts.height = height;
        facts.width = (data[3] << 8) | data[4];
        components = data[5];
        facts.channels = components;
        facts.progressive = isProgressiveFrame(marker);
      }
    } else if (marker === 0xda) {
      if (!sawFrame) throw view.corrupt(`SOS marker at byte ${markerAt} comes before any SOF marker`);
      if (dataAt + dataLength >= bytes.length) throw view.truncated(`no scan data after the SOS marker at byte ${markerAt}`);
      break;
    } else if (marker === 0xe1) {
      if (!facts.exif && startsWithAscii(data, 0, 'Exif\0')) facts.exif = data.subarray(6);
      else if (facts.xmp === undefined && startsWithAscii(data, 0, XMP_NAMESPACE)) {
        facts.xmp = decodeUtf8(data.subarray(XMP_NAMESPACE.length));
      }
    } else if (marker === 0xe2) {
      if (startsWithAscii(data, 0, ICC_SIGNATURE) && data.length >= 14) {
        iccChunks.push({ sequence: data[12], data: data.subarray(14) });
      }
    } else if (marker === 0xed) {
      if (startsWithAscii(data, 0, PHOTOSHOP_SIGNATURE)) photoshopParts.push(data.subarray(PHOTOSHOP_SIGNATURE.length));
    } else if (marker === 0xee) {
      if (startsWithAscii(data, 0, 'Adobe') && data.length >= 12) adobeTransform = data[11];
    }
    at = dataAt + dataLength;
  }

  facts.colorSpace = jpegColorSpace(components, adobeTransform);
  facts.hasAlpha = false;

  if (iccChunks.length > 0) {
    iccChunks.sort((a, b) => a.sequence - b.sequence);
    facts.icc = parseIccProfile(concatBytes(iccChunks.map((chunk) => chunk.data)));
  }
  if (photoshopParts.length > 0) {
    const iptc = readPhotoshopResources(concatBytes(photoshopParts)).iptc;
    if (iptc) facts.iptc = iptc;
  }
  return facts;
}

function jpegColorSpace(components: number, adobeTransform: number | undefined): ImageFacts['colorSpace'] {
  if (components === 1) return 'gray';
  if (components === 3) return 'rgb';
  if (components === 4) return adobeTransform === 2 ? 'ycck' : 'cmyk';
  return 'unknown';
}

function hex(value: number): string {
  return value.toString(16).toUpperCase().padStart(2, '0');
}
