import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ruleTester, lintCase } from '../_kit/tester';
import { mediaFixture } from '../_media/fixtures';
import { findFfmpeg, parseEbur128Summary } from '../_media/ffmpeg';
import rule from '.';

// The rule tests never need a real ffmpeg: a stand-in script named ffmpeg prints a fixed ebur128 summary.
const fakeFfmpegDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cml-fake-ffmpeg-'));
function fakeFfmpeg(name: string, summary: string, exitCode = 0): string {
  fs.mkdirSync(path.join(fakeFfmpegDir, name));
  const file = path.join(fakeFfmpegDir, name, 'ffmpeg');
  fs.writeFileSync(file, `#!/bin/sh\ncat >&2 <<'END'\n${summary}END\nexit ${exitCode}\n`, { mode: 0o755 });
  return file;
}
after(() => fs.rmSync(fakeFfmpegDir, { recursive: true, force: true }));

const SUMMARY = `[Parsed_ebur128_0 @ 0x55] Summary:

  Integrated loudness:
    I:         -22.0 LUFS
    Threshold: -32.0 LUFS

  Loudness range:
    LRA:         0.0 LU

  True peak:
    Peak:      -18.0 dBFS
`;
const quiet = fakeFfmpeg('quiet', SUMMARY);
const hot = fakeFfmpeg('hot', SUMMARY.replace('-22.0 LUFS', '-9.0 LUFS').replace('-18.0 dBFS', '0.4 dBFS'));
const onTarget = fakeFfmpeg('target', SUMMARY.replace('-22.0 LUFS', '-14.6 LUFS').replace('-18.0 dBFS', '-1.5 dBFS'));
const broken = fakeFfmpeg('broken', 'moov atom not found\n', 1);
const tone = mediaFixture('tone.m4a');

ruleTester(rule, {
  valid: [
    { name: 'no usable ffmpeg: nothing measured', filename: 'a.m4a', code: tone, settings: { media: { ffmpeg: '/nonexistent/ffmpeg' } } },
    { filename: 'a.m4a', code: tone, settings: { media: { ffmpeg: false } } },
    { name: 'within -14 ±2 LU, peak below -1 dBTP', filename: 'a.m4a', code: tone, settings: { media: { ffmpeg: onTarget } } },
    { name: 'files without sound are not measured', filename: 'v.mp4', code: mediaFixture('rotated-90.mp4'), settings: { media: { ffmpeg: quiet } } },
  ],
  invalid: [
    {
      name: 'too quiet for the default target',
      filename: 'a.m4a', code: tone, settings: { media: { ffmpeg: quiet } },
      errors: [{ messageId: 'integrated', line: 1, column: 1, message: 'Integrated loudness -22.0 LUFS is outside -14 ±2 LU (default); platforms will turn it up.' }],
    },
    {
      name: 'too loud and clipping',
      filename: 'a.m4a', code: tone, settings: { media: { ffmpeg: hot } },
      errors: [
        { messageId: 'integrated', line: 1, column: 1, message: /-9\.0 LUFS is outside -14 ±2 LU \(default\); platforms will turn it down/ },
        { messageId: 'truePeak', line: 1, column: 1, message: 'True peak 0.4 dBTP is above -1 dBTP (default): it will clip after encoding.' },
      ],
    },
    {
      name: 'the order line sets the target',
      filename: 'audio/a.m4a', code: tone, settings: { media: { ffmpeg: onTarget } },
      files: { 'crossmedia-order.yaml': 'deliverables:\n  - name: Podcast\n    path: audio/a.m4a\n    type: audio\n    loudness: { integrated: -16, tolerance: 1, truePeak: -2 }\n' },
      errors: [
        { messageId: 'integrated', line: 1, column: 1, message: 'Integrated loudness -14.6 LUFS is outside -16 ±1 LU (order line "Podcast"); platforms will turn it down.' },
        { messageId: 'truePeak', line: 1, column: 1, message: 'True peak -1.5 dBTP is above -2 dBTP (order line "Podcast"): it will clip after encoding.' },
      ],
    },
    {
      name: 'ffmpeg fails',
      filename: 'a.m4a', code: tone, settings: { media: { ffmpeg: broken } },
      errors: [{ messageId: 'failed', line: 1, column: 1, message: 'Loudness could not be measured: moov atom not found.' }],
    },
  ],
});


describe('media-loudness: ffmpeg helpers', () => {
  it('reads integrated loudness and true peak from the ebur128 summary', () => {
    assert.deepEqual(parseEbur128Summary(`frame stats...\n${SUMMARY}`), { integratedLufs: -22, truePeakDbtp: -18 });
    assert.deepEqual(parseEbur128Summary('no summary'), {});
    assert.deepEqual(parseEbur128Summary(SUMMARY.replace('-22.0', '-inf')).integratedLufs, -Infinity);
  });
  it('never runs a binary from inside the linted folders, or one not named ffmpeg', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cml-ffmpeg-'));
    const fake = path.join(dir, 'ffmpeg');
    fs.writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
    try {
      assert.match(findFfmpeg(fake, [dir]).reason ?? '', /inside the linted files/);
      assert.equal(findFfmpeg(undefined, [dir], dir).path, undefined, 'PATH entries inside the project are skipped');
      assert.equal(findFfmpeg(undefined, [], dir).path, fake);
      assert.match(findFfmpeg('/bin/sh', []).reason ?? '', /not named ffmpeg/);
      assert.match(findFfmpeg(undefined, [], '').reason ?? '', /not found on the PATH/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  const real = findFfmpeg(undefined, []);
  (real.path ? it : it.skip)('measures a real file when ffmpeg is installed (skipped otherwise)', async function () {
    this.timeout(30000);
    const { problems } = await lintCase(rule, { filename: 'a.m4a', code: mediaFixture('tone.m4a') });
    // The 440 Hz fixture tone sits far below -14 LUFS.
    assert.deepEqual(problems.map((p) => p.messageId), ['integrated']);
    assert.match(problems[0].message, /^Integrated loudness -\d+\.\d LUFS is outside -14 ±2 LU \(default\); platforms will turn it up\.$/);
  });
});
