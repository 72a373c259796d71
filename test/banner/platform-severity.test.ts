// A banner report is never more severe than the platform makes its check: CM360 only warns about
// click tags, so a clickTAG there is a warning even though the preset says error; the configuration
// can raise a check (settings.banner.severity) or lower a rule below the platform.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEngine, lintPaths } from '../../server/src/engine';
import { NodeHost } from '../../server/src/engine/host';
import { CM360_OK } from './fixtures';
import checks from '../../rules/profiles/banner-checks.json';
import { bannerRules } from '../../rules/_domains/banner';
import { bannerProfiles } from '../../rules/profiles/banner';

async function clickTagSeverities(config: Record<string, unknown>): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cml-platform-'));
  try {
    fs.writeFileSync(path.join(dir, 'crossmedia-lint.config.json'), JSON.stringify({ root: true, extends: 'recommended', ...config }));
    fs.mkdirSync(path.join(dir, '300x250'));
    fs.writeFileSync(path.join(dir, '300x250', 'index.html'), CM360_OK.replace(/clickTag/g, 'clickTAG'));
    const host = new NodeHost();
    const { engine } = createEngine({ host });
    const run = await lintPaths(engine, host, [dir]);
    return run.results.flatMap((r) => r.problems.filter((p) => p.ruleId === 'banner-clicktag' && p.messageId === 'name').map((p) => p.severity));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('banner platform severities', () => {
  it('caps a report at the severity the platform gives its check', async () => {
    assert.deepEqual(await clickTagSeverities({ banner: { profile: 'cm360' } }), ['warn']);
  });

  it('lets the configuration raise a check with settings.banner.severity', async () => {
    assert.deepEqual(await clickTagSeverities({ banner: { profile: 'cm360', severity: { 'click-tag-name': 'error' } } }), ['error']);
  });

  it('keeps a rule severity configured below the platform', async () => {
    assert.deepEqual(await clickTagSeverities({ banner: { profile: 'cm360' }, rules: { 'banner-clicktag': 'info' } }), ['info']);
  });

  it('refuses a severity override that is not a severity, naming the key', async () => {
    await assert.rejects(clickTagSeverities({ banner: { profile: 'cm360', severity: { 'click-tag-name': 'fatal' } } }), /"banner\.severity\.click-tag-name" must be one of "error", "warn", "info"/);
  });

  it('maps rule messages to checks that exist in the profiles', () => {
    const known = new Set(Object.values(bannerProfiles).flatMap((p) => Object.keys(p.severity ?? {})));
    const byId = new Map(bannerRules.map((r) => [r.meta.id, r]));
    for (const [key, check] of Object.entries(checks as Record<string, string>)) {
      if (key === '$comment') continue;
      const [ruleId, messageId] = key.split('/');
      assert.ok(byId.has(ruleId), `${key}: no such banner rule`);
      if (messageId) assert.ok(byId.get(ruleId)!.meta.messages[messageId], `${key}: no such message`);
      assert.ok(known.has(check), `${key}: no profile has the check ${check}`);
    }
    for (const rule of bannerRules) assert.ok(Object.keys(checks).some((k) => k.split('/')[0] === rule.meta.id), `${rule.meta.id} maps to no check`);
  });
});
