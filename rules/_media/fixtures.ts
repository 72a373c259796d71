// For rule tests: the small real media files under test/fixtures/media (made by scripts/make-media-fixtures.sh).
import * as fs from 'node:fs';
import * as path from 'node:path';

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

export function mediaFixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'media', name)));
}
