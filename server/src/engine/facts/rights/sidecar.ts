import { sidecarPathFor } from './merge';
import { RightsInfo } from './types';
import { parseXmpSidecar } from './xmp';

/** Largest sidecar worth reading; real ones are a few KiB. */
export const MAX_SIDECAR_BYTES = 4 * 1024 * 1024;

/**
 * Looks for an XMP sidecar next to `file` and parses the first one found. File access is injected so the
 * engine stays host-agnostic; `readText` resolves to undefined when a candidate does not exist.
 */
export async function readSidecarRights(
  file: string,
  readText: (path: string) => Promise<string | undefined>,
): Promise<{ path: string; rights: RightsInfo } | undefined> {
  for (const candidate of sidecarPathFor(file)) {
    let text: string | undefined;
    try {
      text = await readText(candidate);
    } catch {
      text = undefined;
    }
    if (typeof text !== 'string') continue;
    return { path: candidate, rights: parseXmpSidecar(text.length > MAX_SIDECAR_BYTES ? text.slice(0, MAX_SIDECAR_BYTES) : text) };
  }
  return undefined;
}
