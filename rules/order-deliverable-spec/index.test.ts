import { ruleTester } from '../_kit/tester';
import { mediaFixture } from '../_media/fixtures';
import rule from '.';

// h264-aac-mono.mp4: 64x36, 1 s, H.264 + AAC, no captions. captioned.mp4: 128x72, 1.9 s, mov_text track.
// rotated-90.mp4: coded 64x36, shown 36x64. vp9-opus.webm: 64x36 VP9.
const mono = mediaFixture('h264-aac-mono.mp4');
const captioned = mediaFixture('captioned.mp4');
const rotated = mediaFixture('rotated-90.mp4');
const webm = mediaFixture('vp9-opus.webm');
const tone = mediaFixture('tone.m4a');
const order = (body: string) => ({ 'crossmedia-order.yaml': `deliverables:\n${body}` });

ruleTester(rule, {
  valid: [
    { filename: 'clip.mp4', code: mono, files: order('  - name: Clip\n    path: clip.mp4\n    type: video\n    size: 64x36\n    duration: 1\n    codec: h264\n    maxWeight: 10 KB\n') },
    { name: 'embedded captions satisfy captions: required', filename: 'c.mp4', code: captioned, files: order('  - name: C\n    path: c.mp4\n    type: video\n    size: 128x72\n    captions: required\n') },
    { name: 'a sidecar .vtt satisfies captions: required', filename: 'clip.mp4', code: mono, files: { ...order('  - name: Clip\n    path: clip.mp4\n    type: video\n    captions: required\n'), 'clip.en.vtt': 'WEBVTT\n' } },
    { name: 'rotation is applied: a portrait phone clip is portrait', filename: 'r.mp4', code: rotated, files: order('  - name: R\n    path: r.mp4\n    type: video\n    size: 36x64\n    aspect: "9:16"\n') },
    { name: 'files the order does not name are not checked', filename: 'other.mp4', code: mono, files: order('  - name: Clip\n    path: clip.mp4\n    type: video\n    size: 1080x1920\n') },
    { name: 'no order file', filename: 'clip.mp4', code: mono },
    { name: 'audio to spec', filename: 'a.m4a', code: tone, files: order('  - name: A\n    path: a.m4a\n    type: audio\n    codec: aac\n    duration: { min: 1, max: 3 }\n') },
  ],
  invalid: [
    {
      name: 'each differing fact is one problem',
      filename: 'social/story.mp4',
      code: mono,
      files: order('  - name: Story\n    path: social/story.mp4\n    type: video\n    size: 1080x1920\n    duration: 15\n    maxWeight: 2 KB\n    captions: required\n    codec: hevc\n'),
      errors: [
        { messageId: 'dimensions', line: 1, column: 1, message: '"Story" must be 1080x1920 px; this file is 64x36 px.' },
        { messageId: 'captions', line: 1, column: 1, message: '"Story" needs captions (order): deliver an embedded caption track or a .vtt file with the same name or a .srt file with the same name.' },
        { messageId: 'weight', line: 1, column: 1, message: '"Story": 6.4 KB is over the 2.0 KB limit (order).' },
        { messageId: 'aspect', line: 1, column: 1, message: '"Story": aspect ratio 16:9 is not 9:16 (order).' },
        { messageId: 'duration', line: 1, column: 1, message: '"Story": duration 1 s; the order asks for 15 s.' },
        { messageId: 'codec', line: 1, column: 1, message: '"Story": video codec h264; the order accepts hevc.' },
      ],
    },
    {
      name: 'profile limits apply when the order gives none (LinkedIn ad: SRT only, min 360 px, 3 s, 75 KB)',
      filename: 'ad.mp4',
      code: captioned,
      files: order('  - name: Ad\n    path: ad.mp4\n    type: video\n    profile: linkedin/ad\n'),
      errors: [
        { messageId: 'captions', line: 1, column: 1, message: '"Ad" needs captions (profile linkedin/ad): deliver a .srt file with the same name.' },
        { messageId: 'weightMin', line: 1, column: 1, message: '"Ad": 12 KB is under the 73 KB minimum (profile linkedin/ad).' },
        { messageId: 'resolution', line: 1, column: 1, message: '"Ad": 128x72 px; the profile linkedin/ad needs at least 360 px wide and at least 360 px high.' },
        { messageId: 'duration', line: 1, column: 1, message: '"Ad": duration 1.9 s; the profile linkedin/ad asks for 3 s–1800 s.' },
      ],
    },
    {
      name: 'container and aspect from the profile',
      filename: 'reel.webm',
      code: webm,
      files: order('  - name: Reel\n    path: reel.webm\n    type: video\n    profile: instagram/reel\n'),
      errors: [
        { messageId: 'resolution', line: 1, column: 1 },
        { messageId: 'aspect', line: 1, column: 1, message: '"Reel": aspect ratio 16:9 is not 9:16 (profile instagram/reel).' },
        { messageId: 'duration', line: 1, column: 1 },
        { messageId: 'codec', line: 1, column: 1, message: '"Reel": video codec vp9; the profile instagram/reel accepts h264, hevc.' },
        { messageId: 'container', line: 1, column: 1, message: '"Reel": WEBM container; the profile instagram/reel accepts MP4, MOV.' },
      ],
    },
    {
      name: 'an audio file where a video is ordered',
      filename: 'v.m4a',
      code: tone,
      files: order('  - name: V\n    path: "*.m4a"\n    type: video\n'),
      errors: [{ messageId: 'kind', line: 1, column: 1, message: '"V" asks for a video, but this is an audio-only file.' }],
    },
  ],
});
