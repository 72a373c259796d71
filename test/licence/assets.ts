// Real asset bytes carrying rights metadata, for the licence tests: written with the rights writers.
import { buildIptcIim, buildXmpPacket, embedExifCopyrightInJpeg, embedIptcInJpeg, embedXmpInJpeg, embedXmpInPng, embedXmpInWebp } from '../../server/src/engine/facts/rights/write';
import type { RightsInfo } from '../../server/src/engine/facts/rights';
import { TINY_JPEG_BASE64, TINY_PNG_BASE64, WEBP_VP8_3X2_BASE64, fromBase64 } from '../facts/rights-bytes';
import { buildHeadTable, buildNameTable, buildOs2Table, buildSfnt } from '../fixtures/media/fontBuilder';

export const plainJpeg = (): Uint8Array => fromBase64(TINY_JPEG_BASE64);
export const plainPng = (): Uint8Array => fromBase64(TINY_PNG_BASE64);

/** A JPEG with the rights as XMP (and IPTC-IIM in UTF-8 when `iptc`). */
export function jpegWith(rights: Partial<RightsInfo>, options: { iptc?: boolean } = {}): Uint8Array {
  let jpeg = embedXmpInJpeg(plainJpeg(), buildXmpPacket(rights));
  if (options.iptc) jpeg = embedIptcInJpeg(jpeg, buildIptcIim(rights, { utf8: true }));
  return jpeg;
}

export function jpegWithIptcOnly(rights: Partial<RightsInfo>): Uint8Array {
  return embedIptcInJpeg(plainJpeg(), buildIptcIim(rights, { utf8: true }));
}

export function jpegWithExifOnly(fields: { copyright?: string; artist?: string }): Uint8Array {
  return embedExifCopyrightInJpeg(plainJpeg(), fields);
}

export const pngWith = (rights: Partial<RightsInfo>): Uint8Array => embedXmpInPng(plainPng(), buildXmpPacket(rights));
export const webpWith = (rights: Partial<RightsInfo>): Uint8Array => embedXmpInWebp(fromBase64(WEBP_VP8_3X2_BASE64), buildXmpPacket(rights));

/** A TrueType font with a name table and the given fsType. */
export function fontWith(fsType: number, names: Record<number, string> = { 0: 'Copyright © 2025 Example Foundry', 1: 'Example Sans', 2: 'Regular' }): Uint8Array {
  return buildSfnt({ head: buildHeadTable(), name: buildNameTable(names), 'OS/2': buildOs2Table({ fsType }) });
}
