// What the licence rules share: the assets a file uses and the licence that applies to each.
import * as path from 'node:path';
import type { RuleContext, RelatedLocation, OffsetRange } from '../_kit/types';
import { usedAssetsFrom, assetLicence, type AssetUse, type AssetLicence } from '../../server/src/engine/model/licence-usage';
import type { EntryKey, LicenceEntry } from '../../server/src/engine/model/licences';

export { usedAssetsFrom, assetLicence, deliverableChannel, addEntryEdit, channelAllowed } from '../../server/src/engine/model/licence-usage';
export type { AssetUse, AssetLicence };

/** Languages whose files reference assets (pages, stylesheets, SVG, manifests). */
export const REFERRING_LANGUAGES = ['html', 'css', 'svg', 'json'] as const;

/** Every licensable asset the linted file uses, with its licence facts. */
export function usesWithLicence(ctx: RuleContext, expiringDays = 30): { use: AssetUse; licence: AssetLicence }[] {
  return usedAssetsFrom(ctx.project, ctx.file).map((use) => ({
    use,
    licence: assetLicence(ctx.project, use.asset, ctx.settings, ctx.now(), expiringDays),
  }));
}

/** The asset's path as the user knows it (relative to the deliverable root). */
export function assetName(ctx: RuleContext, use: AssetUse): string {
  return use.asset.relPath || path.basename(use.asset.path);
}

/** A related location pointing at a key of the licence entry. */
export function entryRelated(entry: LicenceEntry | undefined, key: EntryKey, message: string): RelatedLocation[] | undefined {
  if (!entry) return undefined;
  const range: OffsetRange = entry.ranges[key] ?? entry.range;
  return [{ file: entry.file, range, message }];
}

/** "crossmedia-licences.yaml, entry 2" or "the file's own metadata". */
export function whereFrom(l: AssetLicence, field: 'end' | 'start' | 'channels' = 'end'): string {
  if (field === 'end' && l.endFrom === 'embedded') return "the file's own metadata";
  return l.entry?.label ?? "the file's own metadata";
}

/** Words that usage terms use for editorial-only licences. */
export const EDITORIAL_ONLY_TERMS = /\beditorial[\s-]+(use[\s-]+)?only\b|\bfor editorial use\b|\bnur (zur )?redaktionell/i;
