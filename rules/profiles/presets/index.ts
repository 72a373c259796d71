import recommended from './recommended.json';
import staticSite from './static-site.json';
import a11y from './a11y.json';
import strict from './strict.json';
import { a11yPresets } from '../../_domains/a11y';
import { bannerPresets } from '../../_domains/banner';
import { assetPresets } from '../../_domains/asset';
import { licencePresets } from '../../_domains/licence';
import { houseStylePresets } from '../../_domains/house-style';
import { mediaPresets } from '../../_domains/media';

export interface Preset { description: string; extends?: string[]; rules: Record<string, unknown>; settings?: Record<string, unknown> }

function withDomains(name: string, preset: Preset): Preset {
  const rules = { ...preset.rules };
  for (const d of [a11yPresets, bannerPresets, assetPresets, licencePresets, houseStylePresets, mediaPresets]) Object.assign(rules, d[name] ?? {});
  return { ...preset, rules };
}

let table: Record<string, Preset> | undefined;

/**
 * Built-in presets for `extends`: JSON data beside this file plus each domain's additions. Built on
 * first use, because the domain lists import rules that import the engine that imports this file.
 */
export function builtinPresets(): Record<string, Preset> {
  return (table ??= {
    recommended: withDomains('recommended', recommended as Preset),
    'static-site': withDomains('static-site', staticSite as Preset),
    a11y: withDomains('a11y', a11y as Preset),
    strict: withDomains('strict', strict as Preset),
  });
}
