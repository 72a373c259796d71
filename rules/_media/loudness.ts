// Which files get a loudness measurement and against which target: the order line's `loudness`, else its
// profile's, else settings.media.loudness, else rules/profiles/media/defaults.json.
import type { Project, SourceFile } from '../../server/src/engine/model/project';
import { mediaFactsOf } from '../../server/src/engine/facts/media-cache';
import { deliverablesOf, orderFor } from '../../server/src/engine/model/order';
import mediaDefaults from '../profiles/media/defaults.json';

export interface LoudnessTarget { integratedLufs: number; toleranceLu: number; truePeakDbtp: number; source: string }

/** Audio and video files with an audio stream, outside archives, in path order. */
export function filesWithAudio(project: Project): SourceFile[] {
  return [...project.files.values()]
    .filter((f) => f.language === 'media' && !f.inArchive)
    .filter((f) => { const r = mediaFactsOf(f); return r.ok && !!r.facts.audio; })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function loudnessTarget(project: Project, file: SourceFile, settings: Record<string, unknown>): LoudnessTarget {
  const fromSettings = (settings.media as { loudness?: Partial<LoudnessTarget> } | undefined)?.loudness ?? {};
  const base = { ...mediaDefaults.loudness, ...fromSettings };
  const target: LoudnessTarget = { integratedLufs: base.integratedLufs, toleranceLu: base.toleranceLu, truePeakDbtp: base.truePeakDbtp, source: 'default' };
  const order = orderFor(project, file.path);
  const d = order ? deliverablesOf(project, order, file.path)[0] : undefined;
  if (d?.spec?.loudness) {
    const l = d.spec.loudness;
    Object.assign(target, { integratedLufs: l.integratedLufs ?? target.integratedLufs, toleranceLu: l.toleranceLu ?? target.toleranceLu, truePeakDbtp: l.truePeakDbtp ?? target.truePeakDbtp, source: `profile ${d.profile}` });
  }
  if (d?.loudness) {
    const l = d.loudness;
    Object.assign(target, { integratedLufs: l.integrated ?? target.integratedLufs, toleranceLu: l.tolerance ?? target.toleranceLu, truePeakDbtp: l.truePeak ?? target.truePeakDbtp, source: `order line "${d.name}"` });
  }
  return target;
}

export function loudnessTimeoutMs(settings: Record<string, unknown>): number {
  const t = (settings.media as { loudness?: { timeoutMs?: unknown } } | undefined)?.loudness?.timeoutMs;
  return typeof t === 'number' && t > 0 ? Math.min(t, 120000) : mediaDefaults.loudness.timeoutMs;
}
