// Image facts memoised per file for one run and across runs by content hash: the editor re-lints
// the same pictures on every change, and a site's images rarely change between runs.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { SourceFile } from '../model/project';
import { readImageFacts, readSvgFacts, ImageReadError, type ImageFacts, type SvgFacts } from './image';

const MAX_ENTRIES = 4096;

/** Insertion-ordered Map used as an LRU: a hit moves the entry to the end. */
const byHash = new Map<string, ImageFacts | ImageReadError>();

let hits = 0;
let misses = 0;

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** Facts of an image file; an ImageReadError (truncated, corrupt, not an image) instead of a throw. */
export function imageFactsOf(file: SourceFile): ImageFacts | ImageReadError {
  return file.cached('image-facts', () => factsForBytes(file.bytes, path.basename(file.path)));
}

/** Facts for bytes, shared across runs through the content-hash cache. */
export function factsForBytes(bytes: Uint8Array, fileName?: string): ImageFacts | ImageReadError {
  const key = contentHash(bytes);
  const known = byHash.get(key);
  if (known) {
    hits++;
    byHash.delete(key);
    byHash.set(key, known);
    return known;
  }
  misses++;
  let facts: ImageFacts | ImageReadError;
  try {
    facts = readImageFacts(bytes, fileName);
  } catch (e) {
    facts = e instanceof ImageReadError ? e : new ImageReadError(String((e as Error).message ?? e), 'corrupt');
  }
  byHash.set(key, facts);
  if (byHash.size > MAX_ENTRIES) byHash.delete(byHash.keys().next().value as string);
  return facts;
}

/** Script, handler and reference facts of an SVG file (text), memoised per file. */
export function svgFactsOf(file: SourceFile): SvgFacts {
  return file.cached('svg-facts', () => readSvgFacts(file.text));
}

export function imageCacheStats(): { entries: number; hits: number; misses: number } {
  return { entries: byHash.size, hits, misses };
}

/** For tests and benchmarks: forget everything. */
export function clearImageCache(): void {
  byHash.clear();
  hits = 0;
  misses = 0;
}
