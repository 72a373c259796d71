/**
 * Hunspell dictionaries from npm (`dictionary-<lang>`, read as .aff/.dic files) checked with nspell.
 * The dictionary packages are ESM whose index.js reads the files through import.meta; reading the
 * two files directly keeps this synchronous and CommonJS-friendly. Loading is slow (French takes
 * seconds), so each language is loaded once per process and only when a page uses it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}
type NspellFactory = (dictionary: { aff: Buffer; dic: Buffer }) => Speller;

const loaded = new Map<string, Speller | undefined>();

function loadNspell(): NspellFactory | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('nspell') as NspellFactory;
  } catch {
    return undefined;
  }
}

/** The dictionary folder of `dictionary-<lang>`, if that package is installed. */
export function dictionaryDir(lang: string): string | undefined {
  if (!/^[a-z]{2,3}(-[a-z]{2})?$/.test(lang)) return undefined;
  try {
    return path.dirname(require.resolve(`dictionary-${lang}`));
  } catch {
    return undefined;
  }
}

/** A speller for a language (primary subtag), or undefined when nspell or its dictionary is missing. */
export function spellerFor(lang: string): Speller | undefined {
  if (loaded.has(lang)) return loaded.get(lang);
  let speller: Speller | undefined;
  const nspell = loadNspell();
  const dir = dictionaryDir(lang);
  if (nspell && dir) {
    try {
      speller = nspell({ aff: fs.readFileSync(path.join(dir, 'index.aff')), dic: fs.readFileSync(path.join(dir, 'index.dic')) });
    } catch {
      speller = undefined;
    }
  }
  loaded.set(lang, speller);
  return speller;
}

/** Whether a word is spelt right: as a whole, or (hyphenated compounds) every part. */
export function isCorrect(speller: Speller, word: string): boolean {
  const w = word.replace(/’/g, "'");
  if (speller.correct(w)) return true;
  // Sentence case: "Fietsen" at the start of a sentence is "fietsen".
  if (/^\p{Lu}\p{Ll}+$/u.test(w) && speller.correct(w.toLowerCase())) return true;
  const parts = w.split(/[-‐]/);
  return parts.length > 1 && parts.every((p) => p === '' || speller.correct(p) || speller.correct(p.toLowerCase()));
}
