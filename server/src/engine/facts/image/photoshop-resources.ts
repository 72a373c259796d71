import { startsWithAscii } from './bytes';

export interface PhotoshopResources {
  iptc?: Uint8Array;
  icc?: Uint8Array;
  xmp?: Uint8Array;
}

const RESOURCE_IPTC = 0x0404;
const RESOURCE_ICC = 0x040f;
const RESOURCE_XMP = 0x0424;

/**
 * Walks Photoshop image resource blocks ('8BIM', id, even-padded Pascal name, size, even-padded data),
 * as found in JPEG APP13 and the PSD image resources section. Stops quietly at the first damaged block.
 */
export function readPhotoshopResources(bytes: Uint8Array): PhotoshopResources {
  const found: PhotoshopResources = {};
  let at = 0;
  while (at + 12 <= bytes.length) {
    if (!startsWithAscii(bytes, at, '8BIM')) break;
    const id = (bytes[at + 4] << 8) | bytes[at + 5];
    const nameLength = bytes[at + 6];
    const nameField = nameLength + 1 + ((nameLength + 1) % 2);
    const sizeAt = at + 6 + nameField;
    if (sizeAt + 4 > bytes.length) break;
    const size = bytes[sizeAt] * 0x1000000 + ((bytes[sizeAt + 1] << 16) | (bytes[sizeAt + 2] << 8) | bytes[sizeAt + 3]);
    const dataAt = sizeAt + 4;
    if (dataAt + size > bytes.length) break;
    const data = bytes.subarray(dataAt, dataAt + size);
    if (id === RESOURCE_IPTC && !found.iptc) found.iptc = data;
    else if (id === RESOURCE_ICC && !found.icc) found.icc = data;
    else if (id === RESOURCE_XMP && !found.xmp) found.xmp = data;
    at = dataAt + size + (size % 2);
  }
  return found;
}
