import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import {
  bannerProfiles, getBannerProfile, limitBytes, mergeProfiles, type BannerProfile,
} from '../../rules/profiles/banner/index';

/** The folder holding package.json, found from the compiled test (or, for out-of-tree builds, the working directory). */
function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'schemas'))) return dir;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error('repository root not found');
}

const root = repoRoot();
const readJson = (relative: string): unknown => JSON.parse(fs.readFileSync(path.join(root, relative), 'utf8'));
const profileDir = path.join(root, 'rules', 'profiles', 'banner');
const EXPECTED_IDS = ['iab', 'iab-2015', 'google-ads', 'gam', 'cm360', 'dv360', 'adform', 'flashtalking', 'sizmek', 'xandr', 'ttd'];
const SIZE = /^\d+x\d+$/;

function compile(schemaFile: string) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(readJson(path.join('schemas', schemaFile)) as object);
}

function kbFields(profile: BannerProfile): [string, number][] {
  const fields = Object.entries(profile.weight).filter(([key, value]) => key.endsWith('KB') && typeof value === 'number') as [string, number][];
  if (profile.backupImage.maxKB !== undefined) fields.push(['backupImage.maxKB', profile.backupImage.maxKB]);
  return fields;
}

describe('banner profiles', () => {
  const validate = compile('banner-profile.schema.json');

  it('has one JSON file per expected id, each loaded', () => {
    const files = fs.readdirSync(profileDir).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).sort();
    assert.deepEqual(files, [...EXPECTED_IDS].sort());
    assert.deepEqual(Object.keys(bannerProfiles).sort(), [...EXPECTED_IDS].sort());
  });

  for (const id of EXPECTED_IDS) {
    describe(id, () => {
      const profile = bannerProfiles[id];
      const fileData = readJson(path.join('rules', 'profiles', 'banner', `${id}.json`));

      it('validates against schemas/banner-profile.schema.json', () => {
        assert.ok(validate(fileData), JSON.stringify(validate.errors, null, 2));
        assert.ok(validate(profile), JSON.stringify(validate.errors, null, 2));
      });

      it('has an id equal to its file name and a known parent', () => {
        assert.equal(profile.id, id);
        assert.equal(getBannerProfile(id), profile);
        if (profile.extends !== undefined) {
          assert.notEqual(profile.extends, id);
          assert.ok(getBannerProfile(profile.extends), `unknown parent ${profile.extends}`);
        }
      });

      it('has sane values', () => {
        assert.ok(profile.sources.length > 0);
        assert.ok(profile.notes.some((note) => note.includes(`1 KB = ${profile.weight.bytesPerKB} bytes`)), 'states its KB convention');
        for (const [field, value] of kbFields(profile)) assert.ok(Number.isFinite(value) && value > 0, field);
        for (const [size, weight] of Object.entries(profile.weight.bySize ?? {})) {
          assert.match(size, SIZE);
          assert.ok(weight.initialKB > 0);
          if (weight.subloadKB !== undefined) assert.ok(weight.subloadKB >= weight.initialKB, `${size} subload below initial`);
        }
        if (profile.sizes.allowed !== 'any') {
          assert.ok(profile.sizes.allowed.length > 0);
          for (const size of profile.sizes.allowed) assert.match(size, SIZE);
          assert.equal(new Set(profile.sizes.allowed).size, profile.sizes.allowed.length);
        }
        for (const size of profile.sizes.recommended ?? []) assert.match(size, SIZE);
        for (const count of [profile.files.maxCount, profile.clickTag.maxExits, profile.animation.maxSeconds, profile.animation.maxLoops]) {
          if (count !== undefined && count !== null) assert.ok(Number.isInteger(count) && count > 0);
        }
        const overlap = profile.files.allowedExtensions.filter((ext) => profile.files.forbiddenExtensions.includes(ext));
        assert.deepEqual(overlap, []);
      });

      it('has regular expressions that compile', () => {
        const patterns = [
          profile.files.fileNamePattern, profile.clickTag.namePattern, ...(profile.clickTag.exitCallPatterns ?? []),
          ...[...profile.sdk.required, ...profile.sdk.forbidden, ...(profile.sdk.optional ?? [])].map((sdk) => sdk.pattern),
        ].filter((pattern): pattern is string => pattern !== undefined);
        for (const pattern of patterns) assert.doesNotThrow(() => new RegExp(pattern, 'i'), pattern);
      });

      it('is consistent about click tags, manifests and the network', () => {
        if (profile.clickTag.required) assert.ok(profile.clickTag.boilerplate.length > 0, 'a required click tag comes with a snippet');
        if (profile.clickTag.mechanism === 'global-variable' || profile.clickTag.mechanism === 'url-parameter') {
          assert.ok(profile.clickTag.variableNames.length > 0);
        }
        if (profile.clickTag.namePattern) {
          const pattern = new RegExp(profile.clickTag.namePattern);
          for (const name of profile.clickTag.variableNames) assert.match(name, pattern);
        }
        if (profile.manifest.kind !== null) assert.ok(profile.manifest.file);
        if (profile.network.external === 'allowlist') assert.ok(profile.network.allowedHosts.length > 0);
        if (profile.documentWrite === 'allowed') assert.equal(profile.severity?.['api-no-document-write'], undefined);
      });
    });
  }

  describe('documented values', () => {
    it('uses 150 KiB for Google Ads (conflict 1)', () => {
      const profile = bannerProfiles['google-ads'];
      assert.equal(limitBytes(profile, profile.weight.zippedMaxKB), 153_600);
      assert.equal(profile.severity?.['package-size-zipped'], 'error');
    });

    it('checks GAM click-tag names case-sensitively against clickTag\\d*', () => {
      const pattern = new RegExp(bannerProfiles.gam.clickTag.namePattern ?? '');
      assert.match('clickTag2', pattern);
      assert.doesNotMatch('clickTAG', pattern);
    });

    it('switches document.write off only for Adform', () => {
      const allowed = EXPECTED_IDS.filter((id) => bannerProfiles[id].documentWrite === 'allowed');
      assert.deepEqual(allowed, ['adform']);
    });

    it('points the Adform profile at the manifest schema', () => {
      const file = bannerProfiles.adform.manifest.schema;
      assert.ok(file && fs.existsSync(path.join(root, 'schemas', file)));
    });

    it('copies the IAB weights into Flashtalking', () => {
      assert.deepEqual(bannerProfiles.flashtalking.weight.bySize, bannerProfiles.iab.weight.bySize);
    });
  });

  describe('mergeProfiles', () => {
    const validateMerged = (profile: BannerProfile): void => {
      assert.ok(validate(profile), JSON.stringify(validate.errors, null, 2));
    };

    it('returns a copy for a single id and throws for unknown ids', () => {
      const single = mergeProfiles(['gam']);
      assert.deepEqual(single, bannerProfiles.gam);
      assert.notEqual(single, bannerProfiles.gam);
      assert.throws(() => mergeProfiles(['nope']), /Unknown banner profile/);
      assert.throws(() => mergeProfiles([]), RangeError);
    });

    it('takes the strictest limit, compared in bytes', () => {
      const merged = mergeProfiles(['gam', 'ttd']);
      validateMerged(merged);
      assert.equal(merged.weight.bytesPerKB, 1000);
      assert.equal(limitBytes(merged, merged.weight.zippedMaxKB), 1000 * 1024);
      assert.equal(merged.files.maxCount, 50);
      assert.equal(merged.weight.initialLoadMaxKB, 300);
      assert.equal(merged.id, 'gam+ttd');
    });

    it('keeps the unit when all profiles share it', () => {
      const merged = mergeProfiles(['google-ads', 'cm360', 'dv360']);
      validateMerged(merged);
      assert.equal(merged.weight.bytesPerKB, 1024);
      assert.equal(merged.weight.zippedMaxKB, 150);
      assert.equal(merged.files.maxCount, 40);
      assert.equal(merged.animation.maxSeconds, 30);
      assert.equal(merged.backupImage.maxKB, 50);
    });

    it('intersects allow-lists and unions prohibitions', () => {
      const merged = mergeProfiles(['google-ads', 'cm360']);
      assert.deepEqual(merged.files.allowedExtensions, ['html', 'css', 'js', 'gif', 'png', 'jpg', 'jpeg', 'svg']);
      assert.deepEqual(merged.sdk.forbidden.map((sdk) => sdk.name).sort(), ['AdMob', 'DoubleClick Studio Enabler', 'MRAID', 'Swiffy runtime']);
      assert.ok(merged.sdk.optional?.every((sdk) => sdk.name !== 'DoubleClick Studio Enabler'));
      assert.equal(merged.network.external, 'allowlist');
      assert.deepEqual(merged.network.allowedHosts, bannerProfiles['google-ads'].network.allowedHosts, 'only allow-lists narrow the hosts');
      assert.equal(merged.storage.allowLocalStorage, false);
      assert.equal(merged.html.allowIframes, false);
      const pattern = new RegExp(merged.files.fileNamePattern ?? '');
      assert.match('img/logo.png', pattern);
      assert.doesNotMatch('img/50%.png', pattern);
      assert.doesNotMatch('img/logo copy.png', pattern);
    });

    it('intersects sizes and reports when none is left', () => {
      const common = mergeProfiles(['iab', 'google-ads']);
      assert.deepEqual(common.sizes.allowed, ['970x250', '300x50', '320x50', '728x90', '970x90', '300x1050', '160x600', '300x250']);
      assert.equal(common.animation.maxSeconds, 15);
      assert.equal(common.animation.maxLoops, 3);
      const withAny = mergeProfiles(['gam', 'cm360']);
      assert.equal(withAny.sizes.allowed, 'any');
      assert.equal(withAny.sizes.fixedOnly, true);
    });

    it('takes the stricter per-size weights', () => {
      const merged = mergeProfiles(['iab', 'flashtalking']);
      validateMerged(merged);
      assert.deepEqual(merged.weight.bySize?.['300x250'], { initialKB: 150, subloadKB: 300 });
    });

    it('unions requirements and raises severities', () => {
      const merged = mergeProfiles(['adform', 'cm360']);
      validateMerged(merged);
      assert.equal(merged.manifest.kind, 'adform-json');
      assert.equal(merged.clickTag.required, true);
      assert.equal(merged.clickTag.location, 'head');
      assert.equal(merged.clickTag.maxExits, 1);
      assert.deepEqual(merged.sdk.required.map((sdk) => sdk.name), ['Adform DHTML library']);
      assert.equal(merged.severity?.['ref-missing-asset'], 'error');
      assert.equal(merged.severity?.['api-no-web-storage'], 'error');
      assert.equal(merged.documentWrite, 'allowed');
      assert.ok(merged.notes.some((note) => note.includes('click through differently')));
      assert.ok(merged.notes.some((note) => note.includes('No click-tag name')));
    });

    it('notes incompatible manifests', () => {
      const merged = mergeProfiles(['adform', 'flashtalking', 'sizmek']);
      validateMerged(merged);
      assert.equal(merged.status, 'sunset');
      assert.ok(merged.notes.some((note) => note.includes('manifest kinds')));
      assert.equal(merged.clickTag.maxExits, 20);
      assert.equal(merged.backupImage.required, true);
    });

    it('merges every profile into one valid profile', () => {
      const merged = mergeProfiles(EXPECTED_IDS);
      validateMerged(merged);
      assert.equal(limitBytes(merged, merged.weight.zippedMaxKB), 150 * 1024);
      assert.equal(merged.files.maxCount, 40);
      assert.equal(merged.storage.maxCookies, 25);
    });
  });
});

describe('Adform manifest schema', () => {
  const validate = compile('adform-manifest.schema.json');
  const manifest = {
    version: '1.0', title: 'Spring sale 300x250', description: 'Standard banner', width: '300', height: '250',
    events: { enabled: 1, list: { '1': 'video-start' } },
    clicktags: { clickTAG: 'https://www.example.com/', clickTAG2: '' },
    source: 'index.html',
  };

  it('accepts the documented shape, with numeric strings or numbers', () => {
    assert.ok(validate(manifest), JSON.stringify(validate.errors));
    assert.ok(validate({ ...manifest, width: 300, height: 250 }), JSON.stringify(validate.errors));
    assert.ok(validate({ version: '1.0', title: 'x', width: 1, height: 1, source: 'banner.html' }));
  });

  it('rejects missing keys, bad sizes, nested sources and long descriptions', () => {
    const { source: _source, ...noSource } = manifest;
    assert.equal(validate(noSource), false);
    assert.equal(validate({ ...manifest, width: '0' }), false);
    assert.equal(validate({ ...manifest, height: -5 }), false);
    assert.equal(validate({ ...manifest, width: '300px' }), false);
    assert.equal(validate({ ...manifest, source: 'html/index.html' }), false);
    assert.equal(validate({ ...manifest, description: 'x'.repeat(501) }), false);
    assert.equal(validate({ ...manifest, clicktags: { clickTAG: 42 } }), false);
    assert.equal(validate({ ...manifest, events: { enabled: 2 } }), false);
  });
});
