// The meta-test: every adapter is registered, has a fixture page, and every fixture says what the
// content script must report on it. Adding an adapter without a fixture fails here.
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../tests/fixtures/manifest';
import { EXPECTATIONS } from '../../tests/e2e/contracts/expectations';
import { SITES, generic } from './index';
import { KNOWN_TOOL_MATCHES } from './matches';
import { SITE_IDS } from './ids';

describe('site registry', () => {
  it('has generic last and unique ids', () => {
    expect(SITES[SITES.length - 1]).toBe(generic);
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
  });

  it('lists every adapter id where the pack schema can check sites.disable', () => {
    expect([...SITE_IDS].sort()).toEqual(SITES.map((s) => s.id).sort());
  });

  it('has a fixture page with expectations for every adapter', () => {
    const covered = new Set(FIXTURES.map((f) => EXPECTATIONS[f.name]?.site));
    for (const site of SITES) expect(covered, `no fixture expects site "${site.id}"`).toContain(site.id);
  });

  it('has expectations for every fixture page', () => {
    for (const f of FIXTURES) expect(EXPECTATIONS[f.name], `fixture "${f.name}"`).toBeDefined();
  });

  it('declares every hosted tool pattern in the manifest list', () => {
    for (const site of SITES) for (const p of site.matches) expect(KNOWN_TOOL_MATCHES).toContain(p);
  });
});
