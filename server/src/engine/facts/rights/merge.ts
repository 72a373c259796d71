import { cleanValue } from './text';
import { RightsInfo, RightsOrigin } from './types';
import { finishRights } from './xmp';

const FIELD_NAMES = [
  'creator', 'copyrightNotice', 'creditLine', 'webStatement', 'licensorName', 'licensorUrl', 'usageTerms',
  'copyrightStatus', 'dataMining', 'licenseUrl', 'source', 'expires', 'modelReleaseStatus', 'keywords',
] as const satisfies readonly Exclude<keyof RightsInfo, 'origins'>[];

/**
 * Combines rights read from several carriers. Pass them in order of trust (e.g. XMP, IPTC, EXIF,
 * sidecar): for each field the first non-empty value wins; origins are the union in first-seen order.
 */
export function mergeRights(...parts: RightsInfo[]): RightsInfo {
  const out: Record<string, unknown> = {};
  const origins: RightsOrigin[] = [];
  for (const part of parts) {
    if (!part) continue;
    for (const name of FIELD_NAMES) {
      const value = part[name];
      const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
      if (!empty && out[name] === undefined) out[name] = Array.isArray(value) ? [...value] : value;
    }
    for (const origin of part.origins ?? []) if (!origins.includes(origin)) origins.push(origin);
  }
  return { ...(out as Omit<RightsInfo, 'origins'>), origins };
}

/**
 * Rights from audio/video tags (ID3 TCOP/WCOP/TPE1/TPUB/WXXX:LICENSE, MP4 cprt…) as returned by the
 * media reader. WCOP is the "copyright/legal information" URL, the same role as xmpRights:WebStatement.
 * The publisher is the supplier of the recording, which IPTC calls Source.
 */
export function rightsFromMediaTags(
  tags: { copyright?: string; copyrightUrl?: string; artist?: string; publisher?: string; licenseUrl?: string },
  origin: 'id3' | 'mp4',
): RightsInfo {
  const text = (value: unknown) => (typeof value === 'string' ? cleanValue(value) || undefined : undefined);
  const artist = text(tags?.artist);
  return finishRights({
    copyrightNotice: text(tags?.copyright),
    webStatement: text(tags?.copyrightUrl),
    creator: artist ? [artist] : undefined,
    source: text(tags?.publisher),
    licenseUrl: text(tags?.licenseUrl),
    origins: [origin],
  });
}

/** True when the info names a rights holder or a licence, i.e. enough to answer "may we use this?". */
export function hasRightsInfo(r: RightsInfo): boolean {
  if (!r) return false;
  const present = (value: string | undefined) => typeof value === 'string' && value.trim() !== '';
  return (
    (r.creator ?? []).some((c) => present(c)) ||
    present(r.copyrightNotice) ||
    present(r.licensorName) ||
    present(r.licensorUrl) ||
    present(r.webStatement) ||
    present(r.usageTerms) ||
    present(r.licenseUrl) ||
    present(r.creditLine)
  );
}

/**
 * XMP sidecar candidates for a file: Adobe/Lightroom replace the extension (photo.xmp), darktable and
 * digiKam append to it (photo.jpg.xmp). Directory separators of either kind are kept as given.
 */
export function sidecarPathFor(file: string): string[] {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const base = file.slice(slash + 1);
  if (!base) return [];
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1) : '';
  if (extension.toLowerCase() === 'xmp') return [];
  const appended = `${file}.xmp`;
  if (dot <= 0) return [appended];
  return [file.slice(0, slash + 1 + dot) + '.xmp', appended];
}
