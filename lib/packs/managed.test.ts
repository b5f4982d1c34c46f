import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkPackUrl, parseManagedPolicy, readManagedPolicy } from './managed';

describe('parseManagedPolicy', () => {
  it('reads the four settings an admin can set', () => {
    const out = parseManagedPolicy({ pack: 'name: Corp', pack_url: 'https://packs.example.com/p.yaml', lock_rules: true, allow_team_packs: false });
    expect(out.errors).toEqual([]);
    expect(out.policy).toEqual({ pack: 'name: Corp', packUrl: 'https://packs.example.com/p.yaml', lockRules: true, allowTeamPacks: false });
  });

  it('accepts booleans written as strings (common in Windows registry and plist policy)', () => {
    expect(parseManagedPolicy({ lock_rules: 'true', allow_team_packs: '0' }).policy).toMatchObject({ lockRules: true, allowTeamPacks: false });
  });

  it('names every bad setting and falls back to the safe default for it', () => {
    const out = parseManagedPolicy({ pack: 42, pack_url: 'http://intranet/p.yaml', lock_rules: 'yes', colour: 'red' });
    expect(out.policy).toEqual({ lockRules: false, allowTeamPacks: true });
    expect(out.errors).toEqual([
      'policy.pack: expected the pack as YAML or JSON text',
      'policy.pack_url: must start with https:// (plain http only for 127.0.0.1 or localhost)',
      'policy.lock_rules: expected true or false',
      'policy.colour: unknown setting, ignored',
    ]);
  });

  it('checks each setting against the policy schema: a bad one is named, the good ones still apply', () => {
    const out = parseManagedPolicy({ pack_url: '   ', lock_rules: 1, allow_team_packs: 2, pack: '  ' });
    expect(out.policy).toEqual({ lockRules: true, allowTeamPacks: true });
    expect(out.errors).toEqual([
      'policy.pack_url: expected an https:// address',
      'policy.allow_team_packs: expected true or false',
      'policy.pack: expected the pack as YAML or JSON text',
    ]);
    expect(parseManagedPolicy({ pack_url: ' https://packs.example.com/p.yaml ' }).policy.packUrl).toBe('https://packs.example.com/p.yaml');
    expect(parseManagedPolicy({ pack_url: 'https://user:pw@packs.example.com/p.yaml' }).errors).toEqual(['policy.pack_url: addresses with a user name or password are not allowed']);
  });

  it('treats a missing or malformed policy as no policy', () => {
    expect(parseManagedPolicy(undefined).policy).toEqual({ lockRules: false, allowTeamPacks: true });
    expect(parseManagedPolicy(['x']).errors).toEqual([]);
  });
});

describe('checkPackUrl', () => {
  it.each([
    ['https://example.com/pack.yaml', null],
    ['http://127.0.0.1:8123/pack.yaml', null],
    ['http://localhost/pack.json', null],
    ['http://example.com/pack.yaml', 'must start with https:// (plain http only for 127.0.0.1 or localhost)'],
    ['http://127.0.0.1.evil.com/p', 'must start with https:// (plain http only for 127.0.0.1 or localhost)'],
    ['file:///etc/passwd', 'must start with https:// (plain http only for 127.0.0.1 or localhost)'],
    ['https://user:pw@example.com/p', 'addresses with a user name or password are not allowed'],
    ['not a url', 'not a valid address'],
  ])('%s → %s', (url, expected) => {
    expect(checkPackUrl(url)).toBe(expected);
  });
});

describe('readManagedPolicy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the browser put in storage.managed', async () => {
    await fakeBrowser.storage.managed.set({ lock_rules: true, pack: 'rules: []' });
    expect((await readManagedPolicy()).policy).toMatchObject({ lockRules: true, pack: 'rules: []' });
  });

  it('means no policy when the browser has none', async () => {
    expect((await readManagedPolicy()).policy).toEqual({ lockRules: false, allowTeamPacks: true });
  });

  it('does not wait forever when the browser never answers (Chromium without policy can hang)', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => {}) as never);
    expect((await readManagedPolicy(20)).policy).toEqual({ lockRules: false, allowTeamPacks: true });
    spy.mockRestore();
  });
});
