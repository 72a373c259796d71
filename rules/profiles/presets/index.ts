import recommended from './recommended.json';
import staticSite from './static-site.json';
import a11y from './a11y.json';
import strict from './strict.json';

export interface Preset { description: string; extends?: string[]; rules: Record<string, unknown>; settings?: Record<string, unknown> }

/** Built-in presets for `extends`. Data, not code: each is a JSON file beside this one. */
export const presets: Record<string, Preset> = {
  recommended: recommended as Preset,
  'static-site': staticSite as Preset,
  a11y: a11y as Preset,
  strict: strict as Preset,
};
