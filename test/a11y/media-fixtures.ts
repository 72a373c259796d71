// ffmpeg-made media for the accessibility media rules' tests (lavfi sine/anullsrc/color sources):
// speech-5s.mp3 (5 s tone), tone-5s.mp4 (5 s video with an audible track), silent-5s.mp4 (5 s video
// whose AAC track is digital silence).
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(__dirname, '../../../test/a11y/fixtures');

export function mediaFixture(name: 'speech-5s.mp3' | 'tone-5s.mp4' | 'silent-5s.mp4'): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(DIR, name)));
}
