import { defineRule } from '../_kit';
import * as fs from 'node:fs';
import { findFfmpeg, measureLoudness, measureLoudnessOfBytes } from '../_media/ffmpeg';
import { filesWithAudio, loudnessTarget, loudnessTimeoutMs } from '../_media/loudness';

export default defineRule({
  meta: {
    id: 'media-loudness',
    domain: 'media',
    type: 'problem',
    scope: 'project',
    languages: ['media'],
    cost: 'expensive',
    docs: {
      description: 'Integrated loudness (EBU R128 / ITU-R BS.1770, in LUFS) and true peak of every audio and video file with sound, measured with a local ffmpeg; the target comes from the order line, its profile, settings.media.loudness or the default (-14 LUFS ±2 LU, true peak at most -1 dBTP). Without ffmpeg nothing is measured (see media-loudness-skipped).',
      recommended: true,
    },
    messages: {
      integrated: 'Integrated loudness {{actual}} LUFS is outside {{target}} ±{{tolerance}} LU ({{source}}); platforms will turn it {{direction}}.',
      truePeak: 'True peak {{actual}} dBTP is above {{limit}} dBTP ({{source}}): it will clip after encoding.',
      failed: 'Loudness could not be measured: {{detail}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  async create(ctx) {
    const files = filesWithAudio(ctx.project);
    if (!files.length) return;
    const ffmpeg = findFfmpeg((ctx.settings.media as { ffmpeg?: unknown } | undefined)?.ffmpeg, ctx.project.roots);
    if (!ffmpeg.path) return;
    const timeout = loudnessTimeoutMs(ctx.settings);
    const range = { start: 0, end: 0 };
    for (const file of files) {
      if (ctx.cancelled) return;
      const target = loudnessTarget(ctx.project, file, ctx.settings);
      const onDisk = !file.inArchive && fs.existsSync(file.path) && fs.statSync(file.path).size === file.bytes.length;
      const m = onDisk ? await measureLoudness(ffmpeg.path, file.path, timeout) : await measureLoudnessOfBytes(ffmpeg.path, file.bytes, file.path, timeout);
      if (m.error !== undefined || m.integratedLufs === undefined) {
        ctx.report({ file, messageId: 'failed', data: { detail: m.error ?? 'no result' }, range });
        continue;
      }
      const lufs = m.integratedLufs;
      if (!Number.isFinite(lufs) || Math.abs(lufs - target.integratedLufs) > target.toleranceLu) {
        ctx.report({ file, messageId: 'integrated', range, data: {
          actual: Number.isFinite(lufs) ? lufs.toFixed(1) : '-inf', target: target.integratedLufs, tolerance: target.toleranceLu,
          source: target.source, direction: lufs > target.integratedLufs ? 'down' : 'up',
        } });
      }
      if (m.truePeakDbtp !== undefined && m.truePeakDbtp > target.truePeakDbtp) {
        ctx.report({ file, messageId: 'truePeak', range, data: { actual: m.truePeakDbtp.toFixed(1), limit: target.truePeakDbtp, source: target.source } });
      }
    }
  },
});
