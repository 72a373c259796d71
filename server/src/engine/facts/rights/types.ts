/** Where a piece of rights information was read from. */
export type RightsOrigin = 'xmp' | 'iptc' | 'exif' | 'svg' | 'id3' | 'mp4' | 'sidecar' | 'font';

/**
 * Rights and licence facts about one asset, normalised across carriers (XMP, IPTC-IIM, EXIF, SVG RDF,
 * audio/video tags, XMP sidecars). Every field is optional because real files rarely carry all of them.
 */
export interface RightsInfo {
  creator?: string[];
  copyrightNotice?: string;
  creditLine?: string;
  /** xmpRights:WebStatement: the URL that earns Google's "Licensable" badge. */
  webStatement?: string;
  licensorName?: string;
  /** plus:Licensor/plus:LicensorURL. */
  licensorUrl?: string;
  /** xmpRights:UsageTerms (x-default or first language), or IIM 2:40 Special Instructions. */
  usageTerms?: string;
  /** From xmpRights:Marked (True/False) or plus:CopyrightStatus; undefined when neither is present. */
  copyrightStatus?: 'copyrighted' | 'public-domain' | 'unknown';
  /** plus:DataMining as written: a PLUS vocabulary URI or a label. */
  dataMining?: string;
  /** cc:license, else xmpRights:Certificate. */
  licenseUrl?: string;
  source?: string;
  /** ISO 8601 date (or date-time) after which the licence ends. */
  expires?: string;
  modelReleaseStatus?: string;
  keywords?: string[];
  /** Carriers that contributed at least one field. */
  origins: RightsOrigin[];
}

/**
 * Linted files are untrusted, so a single metadata value must not balloon memory or diagnostics:
 * values longer than this are cut. IIM caps its fields at 32-128 bytes; real XMP notices stay far below.
 */
export const MAX_VALUE_LENGTH = 4096;
/** Upper bound on list fields (creators, keywords). */
export const MAX_LIST_ENTRIES = 256;
