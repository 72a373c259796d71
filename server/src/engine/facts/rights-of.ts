// Rights of one asset as its own bytes tell them: embedded metadata of images, SVG, audio/video and
// fonts, plus an XMP sidecar next to the file. Read once per file per run (SourceFile memo).
import type { Project, SourceFile } from '../model/project';
import { sniffImageFormat } from './image';
import { imageFactsOf } from './image-cache';
import { mediaFactsOf } from './media-cache';
import { readFontFacts, type FontFacts } from './media';
import {
  mergeRights, parseExifRights, parseIptcIim, parseSvgRights, parseXmp, parseXmpSidecar, rightsFromMediaTags,
  sidecarPathFor, type RightsInfo,
} from './rights';

/** What kind of licensable asset a file is, from its name (the linted file's language). */
export type AssetKind = 'image' | 'svg' | 'media' | 'font';

export interface AssetRights {
  kind: AssetKind | undefined;
  /** Merged rights: embedded carriers first (XMP, IPTC-IIM, EXIF / tags / font names), then the sidecar. */
  rights: RightsInfo;
  /** The sidecar that contributed, if any (absolute path). */
  sidecar?: string;
  /** Font facts for fonts (embedding permissions from OS/2 fsType). */
  font?: FontFacts;
  /** Why the embedded metadata could not be read (the file is corrupt or not what its name says). */
  readError?: string;
}

const NONE: RightsInfo = { origins: [] };
/** Real sidecars are a few KiB; anything far larger is not one. */
const MAX_SIDECAR_BYTES = 4 * 1024 * 1024;

export function assetKindOf(file: SourceFile): AssetKind | undefined {
  switch (file.language) {
    case 'image': return 'image';
    case 'svg': return 'svg';
    case 'media': return 'media';
    case 'font': return 'font';
    default: return undefined;
  }
}

/** The rights a file carries itself (embedded metadata and XMP sidecar); empty for non-assets. */
export function rightsOf(project: Project, file: SourceFile | string): RightsInfo {
  return assetRightsOf(project, file)?.rights ?? NONE;
}

/** Like rightsOf, with the asset kind, font facts and read errors; undefined when the file does not exist. */
export function assetRightsOf(project: Project, fileOrPath: SourceFile | string): AssetRights | undefined {
  const file = typeof fileOrPath === 'string' ? project.getFile(fileOrPath) : fileOrPath;
  if (!file) return undefined;
  return file.cached('licence:asset-rights', () => readAssetRights(project, file));
}

function readAssetRights(project: Project, file: SourceFile): AssetRights {
  const kind = assetKindOf(file);
  const out: AssetRights = { kind, rights: NONE };
  let embedded: RightsInfo[] = [];
  try {
    switch (kind) {
      case 'image': embedded = imageRights(file); break;
      case 'svg': embedded = [parseSvgRights(file.text)]; break;
      case 'media': embedded = mediaRights(file); break;
      case 'font': {
        const font = readFontFacts(file.bytes);
        out.font = font;
        embedded = [fontRights(font)];
        break;
      }
      default: break;
    }
  } catch (error) {
    out.readError = error instanceof Error ? error.message : String(error);
  }
  const sidecar = kind && !file.inArchive ? readSidecar(project, file) : undefined;
  if (sidecar) out.sidecar = sidecar.path;
  out.rights = mergeRights(...embedded, ...(sidecar ? [sidecar.rights] : []));
  return out;
}

function imageRights(file: SourceFile): RightsInfo[] {
  const bytes = file.bytes;
  // An SVG saved with an image extension is still read as SVG text.
  if (sniffImageFormat(bytes) === 'svg') return [parseSvgRights(bytes.toString('utf8'))];
  const facts = imageFactsOf(file);
  if (facts instanceof Error) throw facts;
  const parts: RightsInfo[] = [];
  if (facts.xmp) parts.push(parseXmp(facts.xmp));
  if (facts.iptc) parts.push(parseIptcIim(facts.iptc));
  if (facts.exif) parts.push(parseExifRights(facts.exif));
  return parts;
}

function mediaRights(file: SourceFile): RightsInfo[] {
  const result = mediaFactsOf(file);
  if (!result.ok) throw result.error;
  const facts = result.facts;
  const parts: RightsInfo[] = [];
  if (facts.xmp) parts.push(parseXmp(facts.xmp));
  // RightsOrigin names ID3 and MP4 only: other containers' tags are reported under 'mp4'.
  parts.push(rightsFromMediaTags(facts.tags, facts.container === 'mp3' ? 'id3' : 'mp4'));
  return parts;
}

/** Font name records: 0 copyright, 9 designer, 13 licence description, 14 licence URL, 8 manufacturer. */
function fontRights(font: FontFacts): RightsInfo {
  const info: RightsInfo = { origins: [] };
  if (font.copyright) info.copyrightNotice = font.copyright;
  if (font.designer) info.creator = [font.designer];
  if (font.licenseDescription) info.usageTerms = font.licenseDescription;
  if (font.licenseUrl) info.licenseUrl = font.licenseUrl;
  if (font.manufacturer) info.source = font.manufacturer;
  if (Object.keys(info).length > 1) info.origins = ['font'];
  return info;
}

function readSidecar(project: Project, file: SourceFile): { path: string; rights: RightsInfo } | undefined {
  for (const candidate of sidecarPathFor(file.path)) {
    // Read through the host, not project.getFile: adding a file to the project resets its memos.
    const known = project.files.get(candidate);
    let text: string | undefined = known?.text;
    if (text === undefined) {
      const stat = project.host.stat(candidate);
      if (!stat?.isFile || stat.size > MAX_SIDECAR_BYTES) continue;
      try { text = project.host.readFile(candidate).toString('utf8'); } catch { continue; }
    }
    return { path: candidate, rights: parseXmpSidecar(text) };
  }
  return undefined;
}
