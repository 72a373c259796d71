import { CONVENTIONAL_PREFIXES, NS, RdfProperties, collectRdfProperties, firstText, key, structsOf, textsOf } from './rdf';
import { cleanValue } from './text';
import { MAX_LIST_ENTRIES, RightsInfo, RightsOrigin } from './types';
import { readXml } from './xml';

/**
 * Reads rights fields from an XMP packet (or any RDF/XML). Properties are matched by namespace URI, so
 * unusual prefixes work; attribute and element forms, rdf:Alt/Seq/Bag, parseType="Resource" and nested
 * rdf:Description structs are all understood. Never throws: broken XML yields whatever was readable.
 */
export function parseXmp(xml: string): RightsInfo {
  return parseRdfRights(xml, 'xmp');
}

/** An XMP sidecar (photo.xmp / photo.jpg.xmp) holds a plain packet; only the origin differs. */
export function parseXmpSidecar(xml: string): RightsInfo {
  return parseRdfRights(xml, 'sidecar');
}

function parseRdfRights(xml: string, origin: RightsOrigin): RightsInfo {
  try {
    const document = readXml(typeof xml === 'string' ? xml : '', { fallbackPrefixes: CONVENTIONAL_PREFIXES });
    return rightsFromRdf(collectRdfProperties(document.root), origin);
  } catch {
    // The reader is written not to throw; this guards the contract against a bug on hostile input.
    return { origins: [] };
  }
}

const PLUS_VOCAB = 'http://ns.useplus.org/ldf/vocab/';

export function rightsFromRdf(props: RdfProperties, origin: RightsOrigin): RightsInfo {
  const text = (ns: string, local: string) => clean(firstText(props, key(ns, local)));
  const texts = (ns: string, local: string) => cleanList(props.get(key(ns, local))?.flatMap(textsOf) ?? []);

  const licensors = structsOf(props, key(NS.plus, 'Licensor'));
  const fromLicensor = (local: string) => {
    for (const licensor of licensors) {
      const value = clean(firstText(licensor, key(NS.plus, local)));
      if (value) return value;
    }
    return undefined;
  };

  const info: RightsInfo = {
    creator: texts(NS.dc, 'creator'),
    copyrightNotice: text(NS.dc, 'rights'),
    creditLine: text(NS.photoshop, 'Credit') ?? text(NS.cc, 'attributionName'),
    webStatement: text(NS.xmpRights, 'WebStatement'),
    licensorName: fromLicensor('LicensorName'),
    licensorUrl: fromLicensor('LicensorURL'),
    usageTerms: text(NS.xmpRights, 'UsageTerms'),
    copyrightStatus: copyrightStatus(text(NS.xmpRights, 'Marked'), text(NS.plus, 'CopyrightStatus')),
    dataMining: text(NS.plus, 'DataMining'),
    licenseUrl: text(NS.cc, 'license') ?? text(NS.xmpRights, 'Certificate'),
    // Iptc4xmpCore has no Source property; some writers invent one, so it is read as a fallback.
    source: text(NS.photoshop, 'Source') ?? text(NS.Iptc4xmpCore, 'Source'),
    expires: earliestDate([
      text(NS.plus, 'LicenseEndDate'),
      text(NS.plus, 'LicenseExpirationDate'),
      text(NS.plus, 'ImageExpirationDate'),
    ]),
    modelReleaseStatus: text(NS.plus, 'ModelReleaseStatus'),
    keywords: texts(NS.dc, 'subject'),
    origins: [origin],
  };
  return finishRights(info);
}

function copyrightStatus(marked: string | undefined, plusStatus: string | undefined): RightsInfo['copyrightStatus'] {
  if (marked !== undefined) {
    const m = marked.toLowerCase();
    if (m === 'true') return 'copyrighted';
    if (m === 'false') return 'public-domain';
  }
  if (plusStatus !== undefined) {
    const code = plusStatus.startsWith(PLUS_VOCAB) ? plusStatus.slice(PLUS_VOCAB.length) : plusStatus;
    const normalized = code.toLowerCase().replace(/[\s_]+/g, '-');
    if (normalized === 'cs-pro' || normalized === 'protected') return 'copyrighted';
    if (normalized === 'cs-pub' || normalized === 'public-domain') return 'public-domain';
    return 'unknown';
  }
  return marked !== undefined ? 'unknown' : undefined;
}

/** Drops empty fields; sets `origins` to [] when nothing was found so merging does not over-report carriers. */
export function finishRights(info: RightsInfo): RightsInfo {
  const out: RightsInfo = { origins: [] };
  let found = false;
  for (const [name, value] of Object.entries(info) as [keyof RightsInfo, unknown][]) {
    if (name === 'origins') continue;
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    (out as unknown as Record<string, unknown>)[name] = value;
    found = true;
  }
  if (found) out.origins = [...new Set(info.origins)];
  return out;
}

function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return cleanValue(value) || undefined;
}

function cleanList(values: string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    const cleaned = clean(value);
    if (cleaned && !out.includes(cleaned)) out.push(cleaned);
    if (out.length >= MAX_LIST_ENTRIES) break;
  }
  return out;
}

/** Of several candidate end dates the earliest one governs; unparsable text is kept only if nothing parses. */
function earliestDate(candidates: (string | undefined)[]): string | undefined {
  let best: { iso: string; time: number } | undefined;
  let raw: string | undefined;
  for (const candidate of candidates) {
    if (!candidate) continue;
    raw ??= candidate;
    const parsed = parseDateParts(candidate);
    if (parsed && (!best || parsed.date.getTime() < best.time)) best = { iso: parsed.iso, time: parsed.date.getTime() };
  }
  return best?.iso ?? raw;
}

/**
 * Parses XMP dates (ISO 8601 subsets: YYYY, YYYY-MM, YYYY-MM-DD, with optional Thh:mm[:ss[.s]] and zone)
 * and the EXIF form "YYYY:MM:DD hh:mm:ss". A time without a zone is taken as UTC so results do not
 * depend on the machine running the linter. Returns undefined for anything else or impossible dates.
 */
export function parseXmpDate(s: string): Date | undefined {
  return parseDateParts(s)?.date;
}

const DATE_PATTERN =
  /^(\d{4})(?:[-:](\d{2})(?:[-:](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;

function parseDateParts(s: string): { date: Date; iso: string } | undefined {
  if (typeof s !== 'string' || s.length > 64) return undefined;
  const m = DATE_PATTERN.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  const hour = m[4] ? Number(m[4]) : 0;
  const minute = m[5] ? Number(m[5]) : 0;
  const second = m[6] ? Number(m[6]) : 0;
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 60) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const zoneHours = Number(digits.slice(1, 3));
    const zoneMinutes = Number(digits.slice(3, 5));
    if (zoneHours > 23 || zoneMinutes > 59) return undefined;
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis) - offsetMinutes * 60_000;
  const date = new Date(utc);
  if (year < 100) date.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  if (Number.isNaN(date.getTime())) return undefined;

  const pad = (n: number) => String(n).padStart(2, '0');
  let iso = m[1];
  if (m[2]) iso += `-${m[2]}`;
  if (m[3]) iso += `-${m[3]}`;
  if (m[4]) {
    iso += `T${m[4]}:${m[5]}`;
    if (m[6]) iso += `:${m[6]}${m[7] ? `.${m[7]}` : ''}`;
    if (zone) iso += zone.toUpperCase() === 'Z' ? 'Z' : `${zone[0]}${pad(Number(zone.replace(':', '').slice(1, 3)))}:${zone.replace(':', '').slice(3, 5)}`;
  }
  return { date, iso };
}
