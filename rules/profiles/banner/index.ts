// Banner platform profiles: what each ad platform accepts in an HTML5 package. The values are data
// (one JSON file per platform, validated by schemas/banner-profile.schema.json) so that users can
// override any of them; sources and conflicts are recorded in each file and in docs/banner-profiles.md.
import iab from './iab.json';
import iab2015 from './iab-2015.json';
import googleAds from './google-ads.json';
import gam from './gam.json';
import cm360 from './cm360.json';
import dv360 from './dv360.json';
import adform from './adform.json';
import flashtalking from './flashtalking.json';
import sizmek from './sizmek.json';
import xandr from './xandr.json';
import ttd from './ttd.json';

/** How a platform treats a failed check: error = upload rejected, warn = accepted with a warning, info = guideline. */
export type PlatformSeverity = 'error' | 'warn' | 'info';

export interface SdkPattern {
  name: string;
  /** JavaScript regular-expression source, matched case-insensitively against script URLs and inline code. */
  pattern: string;
  notes?: string;
}

export interface LoadWeight {
  initialKB: number;
  subloadKB?: number;
}

export interface BannerProfile {
  $schema?: string;
  id: string;
  name: string;
  /** The profile this one took its defaults from; files are stored fully resolved. */
  extends?: string;
  status: 'current' | 'legacy' | 'sunset';
  sources: string[];
  notes: string[];
  sizes: {
    allowed: string[] | 'any';
    recommended?: string[];
    tolerance?: number;
    fixedOnly?: boolean;
  };
  weight: {
    /** Bytes in one KB for every *KB value of this profile (spec section 0: IAB 1000, Google 1024). */
    bytesPerKB: 1000 | 1024;
    zippedMaxKB?: number;
    unzippedMaxKB?: number;
    initialLoadMaxKB?: number;
    subloadMaxKB?: number;
    totalDownloadMaxKB?: number;
    userInitiatedMaxKB?: number;
    primaryHtmlMaxKB?: number;
    adChoicesMaxKB?: number;
    initialRequestsMax?: number;
    subloadRequestsMax?: number;
    httpCallsMax?: number;
    polite?: boolean;
    bySize?: Record<string, LoadWeight>;
    byAspectRatio?: Record<string, LoadWeight>;
  };
  files: {
    maxCount?: number;
    /** Lower-case extensions without the dot; empty means no allow-list. */
    allowedExtensions: string[];
    forbiddenExtensions: string[];
    nestedZip: 'forbidden' | 'allowed';
    maxFileNameLength?: number;
    /** Every path in the package must match this regular expression. */
    fileNamePattern?: string;
    maxZipNameLength?: number;
    maxHtmlFiles?: number;
  };
  html: {
    requireDoctype: boolean;
    requireAdSizeMeta: boolean;
    primaryHtmlNames?: string[];
    primaryHtmlAtRoot: boolean;
    allowIframes: boolean;
    allowVideo: boolean;
    allowAudio: boolean;
    allowAutoplayAudio: boolean;
    autoplayVideoMuted: boolean;
    allowExpandable?: boolean;
    gwdEnvironments?: string[];
  };
  network: {
    /** allowlist: only allowedHosts; report: every external host is reported; any: external references are fine. */
    external: 'allowlist' | 'report' | 'any';
    /** `host` or `host/path-prefix` entries: CDN and SDK locations the platform permits. */
    allowedHosts: string[];
    requireHttps: boolean;
    allowExternalFonts?: boolean;
    fontHosts?: string[];
  };
  clickTag: {
    mechanism: 'global-variable' | 'url-parameter' | 'sdk-call' | 'platform';
    /** Case-sensitive; never auto-fixed. */
    variableNames: string[];
    namePattern?: string;
    namesFromManifest?: boolean;
    exitCallPatterns?: string[];
    required: boolean;
    maxExits?: number;
    mustUseWindowOpen?: boolean;
    target?: string;
    location?: 'head' | 'any';
    mustNotBeObfuscated?: boolean;
    forbidHardcodedUrl?: boolean;
    /** Snippet a quick fix may insert. */
    boilerplate: string;
  };
  sdk: { required: SdkPattern[]; forbidden: SdkPattern[]; optional?: SdkPattern[] };
  manifest: {
    kind: 'adform-json' | 'flashtalking-js' | null;
    required: boolean;
    file?: string;
    /** Schema file name in schemas/. */
    schema?: string;
    maxClickTags?: number;
    maxVideos?: number;
  };
  animation: { maxSeconds: number | null; maxLoops: number | null; allowInfinite: boolean };
  backupImage: {
    required: boolean;
    sameSize: boolean;
    maxKB?: number;
    formats?: string[];
    inZip?: 'required' | 'forbidden' | 'allowed';
  };
  storage: { allowLocalStorage: boolean; allowCookies: boolean; maxCookies?: number };
  documentWrite: 'forbidden' | 'allowed';
  /** Check id to how the platform treats a failure. */
  severity?: Record<string, PlatformSeverity>;
}

// JSON imports widen string unions to string; the schema test guarantees the shape.
const asProfile = (data: unknown): BannerProfile => data as BannerProfile;

export const bannerProfiles: Record<string, BannerProfile> = {
  iab: asProfile(iab),
  'iab-2015': asProfile(iab2015),
  'google-ads': asProfile(googleAds),
  gam: asProfile(gam),
  cm360: asProfile(cm360),
  dv360: asProfile(dv360),
  adform: asProfile(adform),
  flashtalking: asProfile(flashtalking),
  sizmek: asProfile(sizmek),
  xandr: asProfile(xandr),
  ttd: asProfile(ttd),
};

export function getBannerProfile(id: string): BannerProfile | undefined {
  return Object.prototype.hasOwnProperty.call(bannerProfiles, id) ? bannerProfiles[id] : undefined;
}

/** A profile limit in bytes, or undefined when the profile sets none. */
export function limitBytes(profile: BannerProfile, kb: number | undefined): number | undefined {
  return kb === undefined ? undefined : kb * profile.weight.bytesPerKB;
}

const SEVERITY_RANK: Record<PlatformSeverity, number> = { info: 0, warn: 1, error: 2 };
const STATUS_RANK: Record<BannerProfile['status'], number> = { current: 0, legacy: 1, sunset: 2 };
const EXTERNAL_RANK: Record<BannerProfile['network']['external'], number> = { any: 0, report: 1, allowlist: 2 };

/**
 * One profile a package must satisfy to pass on every listed platform: the strictest value of
 * each limit, the union of requirements and prohibitions, the intersection of allow-lists.
 * Where two platforms cannot both be satisfied (no common size, different click mechanisms,
 * two manifest kinds) the merged profile keeps the first platform's choice and says so in `notes`.
 * `documentWrite` is 'allowed' when any platform allows it: only a platform whose own loader
 * needs it (Adform) does so, and forbidding it would fail every package built for that platform.
 */
export function mergeProfiles(ids: string[]): BannerProfile {
  if (ids.length === 0) throw new RangeError('mergeProfiles needs at least one profile id.');
  const profiles = ids.map((id) => {
    const profile = getBannerProfile(id);
    if (!profile) throw new RangeError(`Unknown banner profile "${id}".`);
    return profile;
  });
  if (profiles.length === 1) return structuredClone(profiles[0]);

  const notes: string[] = [];
  const sameUnit = profiles.every((profile) => profile.weight.bytesPerKB === profiles[0].weight.bytesPerKB);
  const bytesPerKB: 1000 | 1024 = sameUnit ? profiles[0].weight.bytesPerKB : 1000;
  // Strictest limit compared in bytes, re-expressed in the merged unit.
  const minKB = (pick: (profile: BannerProfile) => number | undefined): number | undefined => {
    const bytes = profiles.map((profile) => limitBytes(profile, pick(profile))).filter(isNumber);
    return bytes.length ? Math.min(...bytes) / bytesPerKB : undefined;
  };
  const minOf = (values: (number | undefined | null)[]): number | undefined => {
    const numbers = values.filter(isNumber);
    return numbers.length ? Math.min(...numbers) : undefined;
  };
  const all = (pick: (profile: BannerProfile) => boolean | undefined): boolean | undefined => {
    const values = profiles.map(pick).filter((value): value is boolean => value !== undefined);
    return values.length ? values.every(Boolean) : undefined;
  };
  const any = (pick: (profile: BannerProfile) => boolean | undefined): boolean | undefined => {
    const values = profiles.map(pick).filter((value): value is boolean => value !== undefined);
    return values.length ? values.some(Boolean) : undefined;
  };

  const allowedSizeLists = profiles.map((profile) => profile.sizes.allowed).filter((allowed): allowed is string[] => allowed !== 'any');
  const allowedSizes = allowedSizeLists.length ? intersect(allowedSizeLists) : 'any';
  if (Array.isArray(allowedSizes) && allowedSizes.length === 0) notes.push('No ad size is allowed by every merged profile.');

  const clickProfiles = profiles.filter((profile) => profile.clickTag.required);
  const clickLead = clickProfiles[0] ?? profiles[0];
  const mechanisms = new Set(clickProfiles.map((profile) => profile.clickTag.mechanism));
  if (mechanisms.size > 1) {
    notes.push(`The merged profiles click through differently (${[...mechanisms].join(', ')}); the click-tag mechanism of ${clickLead.id} is kept.`);
  }
  const namedLists = clickProfiles.map((profile) => profile.clickTag.variableNames).filter((names) => names.length > 0);
  const variableNames = namedLists.length ? intersect(namedLists) : [];
  if (namedLists.length > 1 && variableNames.length === 0) notes.push('No click-tag name is accepted by every merged profile.');

  const manifestProfiles = profiles.filter((profile) => profile.manifest.kind !== null);
  if (new Set(manifestProfiles.map((profile) => profile.manifest.kind)).size > 1) {
    notes.push(`Several manifest kinds are required (${manifestProfiles.map((profile) => profile.id).join(', ')}); the first is kept.`);
  }
  const inZipValues = new Set(profiles.map((profile) => profile.backupImage.inZip).filter((value) => value && value !== 'allowed'));
  if (inZipValues.size > 1) notes.push('One merged profile wants the backup image inside the ZIP and another outside it; inside is kept.');

  const allowlists = profiles.filter((profile) => profile.network.external === 'allowlist');
  const external = profiles.map((profile) => profile.network.external)
    .reduce((strictest, value) => (EXTERNAL_RANK[value] > EXTERNAL_RANK[strictest] ? value : strictest));

  const severity: Record<string, PlatformSeverity> = {};
  for (const profile of profiles) {
    for (const [check, level] of Object.entries(profile.severity ?? {})) {
      if (!severity[check] || SEVERITY_RANK[level] > SEVERITY_RANK[severity[check]]) severity[check] = level;
    }
  }

  const forbiddenSdks = uniqueBy(profiles.flatMap((profile) => profile.sdk.forbidden), (sdk) => sdk.name);
  const forbiddenNames = new Set(forbiddenSdks.map((sdk) => sdk.name));
  const fileNamePatterns = unique(profiles.map((profile) => profile.files.fileNamePattern).filter(isString));
  const clickNamePatterns = unique(profiles.map((profile) => profile.clickTag.namePattern).filter(isString));

  const merged: BannerProfile = {
    id: ids.join('+'),
    name: profiles.map((profile) => profile.name).join(' + '),
    status: profiles.map((profile) => profile.status).reduce((worst, value) => (STATUS_RANK[value] > STATUS_RANK[worst] ? value : worst)),
    sources: unique(profiles.flatMap((profile) => profile.sources)),
    notes: [
      `Merged from ${ids.join(', ')}: strictest limits, union of requirements.`,
      ...(sameUnit ? [] : ['KB here are kB (1000 bytes); limits were compared in bytes.']),
      ...notes,
    ],
    sizes: defined({
      allowed: allowedSizes,
      recommended: intersectDefined(profiles.map((profile) => profile.sizes.recommended)),
      tolerance: minOf(profiles.map((profile) => profile.sizes.tolerance)),
      fixedOnly: any((profile) => profile.sizes.fixedOnly),
    }),
    weight: defined({
      bytesPerKB,
      zippedMaxKB: minKB((profile) => profile.weight.zippedMaxKB),
      unzippedMaxKB: minKB((profile) => profile.weight.unzippedMaxKB),
      initialLoadMaxKB: minKB((profile) => profile.weight.initialLoadMaxKB),
      subloadMaxKB: minKB((profile) => profile.weight.subloadMaxKB),
      totalDownloadMaxKB: minKB((profile) => profile.weight.totalDownloadMaxKB),
      userInitiatedMaxKB: minKB((profile) => profile.weight.userInitiatedMaxKB),
      primaryHtmlMaxKB: minKB((profile) => profile.weight.primaryHtmlMaxKB),
      adChoicesMaxKB: minKB((profile) => profile.weight.adChoicesMaxKB),
      initialRequestsMax: minOf(profiles.map((profile) => profile.weight.initialRequestsMax)),
      subloadRequestsMax: minOf(profiles.map((profile) => profile.weight.subloadRequestsMax)),
      httpCallsMax: minOf(profiles.map((profile) => profile.weight.httpCallsMax)),
      polite: all((profile) => profile.weight.polite),
      bySize: mergeLoadTables(profiles, (profile) => profile.weight.bySize, bytesPerKB),
      byAspectRatio: mergeLoadTables(profiles, (profile) => profile.weight.byAspectRatio, bytesPerKB),
    }),
    files: defined({
      maxCount: minOf(profiles.map((profile) => profile.files.maxCount)),
      allowedExtensions: intersectDefined(profiles.map((profile) => profile.files.allowedExtensions).map((list) => (list.length ? list : undefined))) ?? [],
      forbiddenExtensions: unique(profiles.flatMap((profile) => profile.files.forbiddenExtensions)),
      nestedZip: profiles.some((profile) => profile.files.nestedZip === 'forbidden') ? 'forbidden' : 'allowed',
      maxFileNameLength: minOf(profiles.map((profile) => profile.files.maxFileNameLength)),
      fileNamePattern: combinePatterns(fileNamePatterns),
      maxZipNameLength: minOf(profiles.map((profile) => profile.files.maxZipNameLength)),
      maxHtmlFiles: minOf(profiles.map((profile) => profile.files.maxHtmlFiles)),
    }),
    html: defined({
      requireDoctype: profiles.some((profile) => profile.html.requireDoctype),
      requireAdSizeMeta: profiles.some((profile) => profile.html.requireAdSizeMeta),
      primaryHtmlNames: intersectDefined(profiles.map((profile) => profile.html.primaryHtmlNames)),
      primaryHtmlAtRoot: profiles.some((profile) => profile.html.primaryHtmlAtRoot),
      allowIframes: profiles.every((profile) => profile.html.allowIframes),
      allowVideo: profiles.every((profile) => profile.html.allowVideo),
      allowAudio: profiles.every((profile) => profile.html.allowAudio),
      allowAutoplayAudio: profiles.every((profile) => profile.html.allowAutoplayAudio),
      autoplayVideoMuted: profiles.some((profile) => profile.html.autoplayVideoMuted),
      allowExpandable: all((profile) => profile.html.allowExpandable),
      gwdEnvironments: intersectDefined(profiles.map((profile) => profile.html.gwdEnvironments)),
    }),
    network: defined({
      external,
      // An allow-list admits only hosts every allow-list names; otherwise the known hosts add up.
      allowedHosts: allowlists.length
        ? intersect(allowlists.map((profile) => profile.network.allowedHosts))
        : unique(profiles.flatMap((profile) => profile.network.allowedHosts)),
      requireHttps: profiles.some((profile) => profile.network.requireHttps),
      allowExternalFonts: all((profile) => profile.network.allowExternalFonts),
      fontHosts: intersectDefined(profiles.map((profile) => profile.network.fontHosts)),
    }),
    clickTag: defined({
      mechanism: clickLead.clickTag.mechanism,
      variableNames,
      namePattern: combinePatterns(clickNamePatterns),
      namesFromManifest: any((profile) => profile.clickTag.namesFromManifest),
      exitCallPatterns: emptyToUndefined(unique(profiles.flatMap((profile) => profile.clickTag.exitCallPatterns ?? []))),
      required: clickProfiles.length > 0,
      maxExits: minOf(profiles.map((profile) => profile.clickTag.maxExits)),
      mustUseWindowOpen: any((profile) => profile.clickTag.mustUseWindowOpen),
      target: profiles.map((profile) => profile.clickTag.target).find(isString),
      location: profiles.some((profile) => profile.clickTag.location === 'head') ? 'head'
        : profiles.some((profile) => profile.clickTag.location === 'any') ? 'any' : undefined,
      mustNotBeObfuscated: any((profile) => profile.clickTag.mustNotBeObfuscated),
      forbidHardcodedUrl: any((profile) => profile.clickTag.forbidHardcodedUrl),
      boilerplate: unique(profiles.map((profile) => profile.clickTag.boilerplate).filter((text) => text.length > 0)).join('\n'),
    }),
    sdk: defined({
      required: uniqueBy(profiles.flatMap((profile) => profile.sdk.required), (sdk) => sdk.name),
      forbidden: forbiddenSdks,
      optional: emptyToUndefined(uniqueBy(profiles.flatMap((profile) => profile.sdk.optional ?? []), (sdk) => sdk.name)
        .filter((sdk) => !forbiddenNames.has(sdk.name))),
    }),
    manifest: manifestProfiles.length
      ? { ...structuredClone(manifestProfiles[0].manifest), required: manifestProfiles.some((profile) => profile.manifest.required) }
      : { kind: null, required: false },
    animation: {
      maxSeconds: minOf(profiles.map((profile) => profile.animation.maxSeconds)) ?? null,
      maxLoops: minOf(profiles.map((profile) => profile.animation.maxLoops)) ?? null,
      allowInfinite: profiles.every((profile) => profile.animation.allowInfinite),
    },
    backupImage: defined({
      required: profiles.some((profile) => profile.backupImage.required),
      sameSize: profiles.some((profile) => profile.backupImage.sameSize),
      maxKB: minKB((profile) => profile.backupImage.maxKB),
      formats: intersectDefined(profiles.map((profile) => profile.backupImage.formats)),
      inZip: inZipValues.has('required') ? 'required' : inZipValues.has('forbidden') ? 'forbidden'
        : profiles.some((profile) => profile.backupImage.inZip === 'allowed') ? 'allowed' : undefined,
    }),
    storage: defined({
      allowLocalStorage: profiles.every((profile) => profile.storage.allowLocalStorage),
      allowCookies: profiles.every((profile) => profile.storage.allowCookies),
      maxCookies: minOf(profiles.map((profile) => profile.storage.maxCookies)),
    }),
    documentWrite: profiles.some((profile) => profile.documentWrite === 'allowed') ? 'allowed' : 'forbidden',
    severity,
  };
  return merged;
}

function mergeLoadTables(
  profiles: BannerProfile[],
  pick: (profile: BannerProfile) => Record<string, LoadWeight> | undefined,
  bytesPerKB: number,
): Record<string, LoadWeight> | undefined {
  const merged: Record<string, { initial?: number; subload?: number }> = {};
  for (const profile of profiles) {
    for (const [key, weight] of Object.entries(pick(profile) ?? {})) {
      const slot = (merged[key] ??= {});
      const initial = weight.initialKB * profile.weight.bytesPerKB;
      slot.initial = slot.initial === undefined ? initial : Math.min(slot.initial, initial);
      if (weight.subloadKB !== undefined) {
        const subload = weight.subloadKB * profile.weight.bytesPerKB;
        slot.subload = slot.subload === undefined ? subload : Math.min(slot.subload, subload);
      }
    }
  }
  const entries = Object.entries(merged);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([key, { initial, subload }]) => [
    key,
    subload === undefined ? { initialKB: (initial ?? 0) / bytesPerKB } : { initialKB: (initial ?? 0) / bytesPerKB, subloadKB: subload / bytesPerKB },
  ]));
}

/** A pattern every given pattern must match, built from look-aheads at the start of the string. */
function combinePatterns(patterns: string[]): string | undefined {
  if (patterns.length <= 1) return patterns[0];
  return patterns.map((pattern) => `(?=${pattern})`).join('');
}

function intersect(lists: string[][]): string[] {
  return lists.slice(1).reduce((common, list) => common.filter((item) => list.includes(item)), [...lists[0]]);
}

function intersectDefined(lists: (string[] | undefined)[]): string[] | undefined {
  const present = lists.filter((list): list is string[] => list !== undefined);
  return present.length ? intersect(present) : undefined;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const item of items) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    result.push(item);
  }
  return result;
}

function emptyToUndefined<T>(items: T[]): T[] | undefined {
  return items.length ? items : undefined;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number';
}

function isString(value: string | undefined): value is string {
  return typeof value === 'string';
}

/** Drops undefined members so merged profiles validate against the schema like the files do. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}
