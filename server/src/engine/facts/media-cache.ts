/**
 * Media facts for project files, read once per file and shared between files with the same bytes (the same clip
 * copied into several deliverable folders, or re-linted unchanged in the editor). Images: see image-cache.ts.
 */
import { createHash } from 'node:crypto';
import type { SourceFile } from '../model/project';
import { MediaReadError, readMediaFacts, type MediaFacts } from './media';

export type MediaFactsResult =
  | { ok: true; facts: MediaFacts }
  | { ok: false; error: MediaReadError };

/** Bounded so an editor session over many clips does not keep every header forever. */
const MAX_ENTRIES = 512;
const byHash = new Map<string, MediaFactsResult>();

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

function remember<T extends MediaFactsResult>(key: string, compute: () => T): T {
  const hit = byHash.get(key);
  if (hit) {
    // Re-insert so the Map's order is least-recently-used first.
    byHash.delete(key);
    byHash.set(key, hit);
    return hit as T;
  }
  const value = compute();
  byHash.set(key, value);
  if (byHash.size > MAX_ENTRIES) byHash.delete(byHash.keys().next().value as string);
  return value;
}

/** The facts of an audio or video file, or the reason they could not be read. Never throws for bad input. */
export function mediaFactsOf(file: SourceFile): MediaFactsResult {
  return file.cached('media-facts', () => remember(`media:${contentHash(file.bytes)}`, () => readMedia(file.bytes)));
}

export function readMedia(bytes: Uint8Array): MediaFactsResult {
  try {
    return { ok: true, facts: readMediaFacts(bytes) };
  } catch (error) {
    if (error instanceof MediaReadError) return { ok: false, error };
    return { ok: false, error: new MediaReadError('corrupt', (error as Error).message) };
  }
}

/** Width and height as the viewer sees them (rotation and pixel aspect applied). */
export function displaySize(facts: MediaFacts): { width: number; height: number } | undefined {
  const v = facts.video;
  if (!v) return undefined;
  if (v.displayWidth && v.displayHeight) return { width: v.displayWidth, height: v.displayHeight };
  const turned = v.rotation === 90 || v.rotation === 270;
  return turned ? { width: v.height, height: v.width } : { width: v.width, height: v.height };
}

/** For tests: forget what was read. */
export function clearMediaCache(): void {
  byHash.clear();
}
