import { ByteView, decodeUtf8 } from './bytes';
import { parseIccProfile } from './icc';
import { readPhotoshopResources } from './photoshop-resources';
import type { ImageFacts } from './types';

const MODE_COLOR_SPACES: Record<number, { colorSpace: ImageFacts['colorSpace']; baseChannels: number }> = {
  0: { colorSpace: 'gray', baseChannels: 1 },
  1: { colorSpace: 'gray', baseChannels: 1 },
  2: { colorSpace: 'indexed', baseChannels: 1 },
  3: { colorSpace: 'rgb', baseChannels: 3 },
  4: { colorSpace: 'cmyk', baseChannels: 4 },
  8: { colorSpace: 'gray', baseChannels: 1 },
  9: { colorSpace: 'lab', baseChannels: 3 },
};

/** PSD and PSB: the fixed header, then the image resources section for ICC, IPTC and XMP. */
export function readPsd(bytes: Uint8Array): ImageFacts {
  const view = new ByteView(bytes, 'PSD');
  if (view.ascii(0, 4, 'the signature') !== '8BPS') throw view.corrupt("it does not start with '8BPS'");
  const version = view.u16be(4, 'the version');
  if (version !== 1 && version !== 2) throw view.corrupt(`unknown version ${version}`);
  const channels = view.u16be(12, 'the channel count');
  const height = view.u32be(14, 'the height');
  const width = view.u32be(18, 'the width');
  const depth = view.u16be(22, 'the bit depth');
  const mode = view.u16be(24, 'the colour mode');
  const modeInfo = MODE_COLOR_SPACES[mode] ?? { colorSpace: 'unknown' as const, baseChannels: channels };

  const facts: ImageFacts = {
    format: 'psd',
    byteSize: bytes.length,
    width,
    height,
    bitDepth: depth,
    colorSpace: modeInfo.colorSpace,
    channels,
    hasAlpha: channels > modeInfo.baseChannels,
    frames: 1,
  };

  const colorModeLength = view.u32be(26, 'the colour mode data length');
  const resourcesLengthAt = 30 + colorModeLength;
  const resourcesLength = view.u32be(resourcesLengthAt, 'the image resources length');
  const resources = view.slice(resourcesLengthAt + 4, resourcesLength, 'the image resources section');
  const layersAt = resourcesLengthAt + 4 + resourcesLength;
  const layersLength = version === 2 ? view.u64be(layersAt, 'the layer section length') : view.u32be(layersAt, 'the layer section length');
  const imageDataAt = layersAt + (version === 2 ? 8 : 4) + layersLength;
  view.need(imageDataAt, 2, 'the merged image data');

  const found = readPhotoshopResources(resources);
  if (found.icc) facts.icc = parseIccProfile(found.icc);
  if (found.iptc) facts.iptc = found.iptc;
  if (found.xmp) facts.xmp = decodeUtf8(found.xmp);
  return facts;
}
