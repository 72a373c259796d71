import { decodeUtf16be, latin1 } from './bytes';
import type { IccInfo } from './types';

type Xyz = [number, number, number];

/** sRGB primaries after Bradford adaptation to the ICC D50 white, as stored in rXYZ/gXYZ/bXYZ. */
const SRGB_D50: { r: Xyz; g: Xyz; b: Xyz } = {
  r: [0.4361, 0.2225, 0.0139],
  g: [0.3851, 0.7169, 0.0971],
  b: [0.1431, 0.0606, 0.7141],
};
const PRIMARY_TOLERANCE = 0.01;
/** Adobe RGB and Display P3 cover ~1.35x the sRGB xy area; 1.1 leaves room for rounding and near-sRGB profiles. */
const WIDE_GAMUT_AREA_RATIO = 1.1;

const SRGB_NAME = /sRGB|IEC\s*61966-2[.-]1/i;
const WIDE_GAMUT_NAME = /Adobe\s*RGB|A98|Display\s*P3|\bP3\b|DCI[- ]?P3|ProPhoto|ROMM|Rec\.?\s*2020|BT\.?\s*2020|Wide\s*Gamut|ECI\s*RGB/i;

interface TagEntry {
  offset: number;
  size: number;
}

/**
 * Reads the parts of an ICC profile a linter cares about. Never throws: a damaged profile yields
 * whatever could be read, with isSrgb undefined when nothing decides it.
 */
export function parseIccProfile(profile: Uint8Array): IccInfo {
  if (profile.length < 132 || latin1(profile, 36, 40) !== 'acsp') return { isSrgb: undefined };
  const dv = new DataView(profile.buffer, profile.byteOffset, profile.byteLength);
  const info: IccInfo = { isSrgb: undefined };
  info.version = `${profile[8]}.${profile[9] >> 4}`;
  info.deviceClass = latin1(profile, 12, 16).trim();
  info.colorSpace = latin1(profile, 16, 20).trim();

  const tags = new Map<string, TagEntry>();
  const declaredCount = dv.getUint32(128);
  const count = Math.min(declaredCount, Math.floor((profile.length - 132) / 12));
  for (let i = 0; i < count; i++) {
    const at = 132 + i * 12;
    const signature = latin1(profile, at, at + 4);
    const offset = dv.getUint32(at + 4);
    const size = dv.getUint32(at + 8);
    if (offset + size <= profile.length && !tags.has(signature)) tags.set(signature, { offset, size });
  }

  const desc = tags.get('desc');
  if (desc) info.description = readText(profile, dv, desc);

  const r = readXyz(profile, dv, tags.get('rXYZ'));
  const g = readXyz(profile, dv, tags.get('gXYZ'));
  const b = readXyz(profile, dv, tags.get('bXYZ'));

  if (info.colorSpace !== 'RGB') {
    info.isSrgb = false;
  } else if (r && g && b) {
    const matches = near(r, SRGB_D50.r) && near(g, SRGB_D50.g) && near(b, SRGB_D50.b);
    const midGrey = trcAtMidGrey(profile, dv, tags.get('rTRC'));
    info.isSrgb = matches && (midGrey === undefined || Math.abs(midGrey - SRGB_MID_GREY) <= TRC_TOLERANCE);
    info.isWideGamut = gamutArea(r, g, b) > gamutArea(SRGB_D50.r, SRGB_D50.g, SRGB_D50.b) * WIDE_GAMUT_AREA_RATIO;
  } else if (info.description !== undefined) {
    if (WIDE_GAMUT_NAME.test(info.description)) {
      info.isSrgb = false;
      info.isWideGamut = true;
    } else if (SRGB_NAME.test(info.description)) {
      info.isSrgb = true;
      info.isWideGamut = false;
    }
  }
  return info;
}

function near(actual: Xyz, expected: Xyz): boolean {
  return Math.abs(actual[0] - expected[0]) <= PRIMARY_TOLERANCE
    && Math.abs(actual[1] - expected[1]) <= PRIMARY_TOLERANCE
    && Math.abs(actual[2] - expected[2]) <= PRIMARY_TOLERANCE;
}

function chromaticity(xyz: Xyz): [number, number] {
  const sum = xyz[0] + xyz[1] + xyz[2];
  return sum === 0 ? [0, 0] : [xyz[0] / sum, xyz[1] / sum];
}

function gamutArea(r: Xyz, g: Xyz, b: Xyz): number {
  const [rx, ry] = chromaticity(r);
  const [gx, gy] = chromaticity(g);
  const [bx, by] = chromaticity(b);
  return Math.abs((gx - rx) * (by - ry) - (bx - rx) * (gy - ry)) / 2;
}

function readXyz(profile: Uint8Array, dv: DataView, tag: TagEntry | undefined): Xyz | undefined {
  if (!tag || tag.size < 20 || latin1(profile, tag.offset, tag.offset + 4) !== 'XYZ ') return undefined;
  return [dv.getInt32(tag.offset + 8) / 65536, dv.getInt32(tag.offset + 12) / 65536, dv.getInt32(tag.offset + 16) / 65536];
}

/**
 * sRGB's transfer curve at mid-grey (0.5 in, ~0.214 out). Gamma 2.2 curves land within 0.004; linear, log,
 * L* and Rec. 709 curves miss by far more, and those render visibly differently in browsers.
 */
const SRGB_MID_GREY = 0.214;
const TRC_TOLERANCE = 0.02;

/** Evaluates the rTRC tag at 0.5; undefined when there is no curve or its type is not understood. */
function trcAtMidGrey(profile: Uint8Array, dv: DataView, tag: TagEntry | undefined): number | undefined {
  if (!tag || tag.size < 12) return undefined;
  const type = latin1(profile, tag.offset, tag.offset + 4);
  if (type === 'curv') {
    const points = dv.getUint32(tag.offset + 8);
    if (points === 0) return 0.5;
    if (tag.size < 12 + points * 2) return undefined;
    if (points === 1) return Math.pow(0.5, dv.getUint16(tag.offset + 12) / 256);
    const position = 0.5 * (points - 1);
    const below = Math.floor(position);
    const above = Math.min(points - 1, below + 1);
    const low = dv.getUint16(tag.offset + 12 + below * 2) / 65535;
    const high = dv.getUint16(tag.offset + 12 + above * 2) / 65535;
    return low + (high - low) * (position - below);
  }
  if (type === 'para') {
    const functionType = dv.getUint16(tag.offset + 8);
    const parameterCounts = [1, 3, 4, 5, 7];
    const count = parameterCounts[functionType];
    if (count === undefined || tag.size < 12 + count * 4) return undefined;
    const p = Array.from({ length: count }, (_, i) => dv.getInt32(tag.offset + 12 + i * 4) / 65536);
    const x = 0.5;
    const power = (base: number): number => (base > 0 ? Math.pow(base, p[0]) : 0);
    switch (functionType) {
      case 0: return Math.pow(x, p[0]);
      case 1: return x >= -p[2] / p[1] ? power(p[1] * x + p[2]) : 0;
      case 2: return x >= -p[2] / p[1] ? power(p[1] * x + p[2]) + p[3] : p[3];
      case 3: return x >= p[4] ? power(p[1] * x + p[2]) : p[3] * x;
      case 4: return x >= p[4] ? power(p[1] * x + p[2]) + p[5] : p[3] * x + p[6];
    }
  }
  return undefined;
}

function readText(profile: Uint8Array, dv: DataView, tag: TagEntry): string | undefined {
  const start = tag.offset;
  const end = tag.offset + tag.size;
  const type = latin1(profile, start, start + 4);
  if (type === 'desc' && tag.size >= 12) {
    const count = dv.getUint32(start + 8);
    const textEnd = Math.min(end, start + 12 + count);
    return cleanText(latin1(profile, start + 12, textEnd));
  }
  if (type === 'text') return cleanText(latin1(profile, start + 8, end));
  if (type === 'mluc' && tag.size >= 16) {
    const records = dv.getUint32(start + 8);
    const recordSize = dv.getUint32(start + 12);
    if (recordSize < 12) return undefined;
    const available = Math.min(records, Math.floor((tag.size - 16) / recordSize));
    let chosen: string | undefined;
    for (let i = 0; i < available; i++) {
      const at = start + 16 + i * recordSize;
      const language = latin1(profile, at, at + 2);
      const length = dv.getUint32(at + 4);
      const offset = dv.getUint32(at + 8);
      if (offset + length > tag.size) continue;
      const text = cleanText(decodeUtf16be(profile.subarray(start + offset, start + offset + length)));
      if (chosen === undefined || language === 'en') chosen = text;
      if (language === 'en') break;
    }
    return chosen;
  }
  return undefined;
}

function cleanText(text: string): string {
  const nul = text.indexOf('\0');
  return (nul >= 0 ? text.slice(0, nul) : text).trim();
}
