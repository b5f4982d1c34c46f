import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEffectivePack } from './active';
import { REFRESH_ALARM, REFRESH_MINUTES, registerPackBackground } from './background';
import { refreshManagedPack, refreshTeamSubscription } from './refresh';
import { managedCacheItem, teamPackItem } from './storage';

const URL_ = 'https://packs.example.com/team.yaml';
const packText = (name: string) => `extends: default\nschema_version: 1\nid: team\nname: ${name}\nversion: "1"\nrules: []\n`;
const answer = (body: string, etag: string) => vi.fn(async () => new Response(body, { headers: { etag } })) as unknown as typeof fetch;

beforeEach(() => fakeBrowser.reset());

describe('refreshTeamSubscription', () => {
  it('stores a new version, and the coach uses it', async () => {
    await teamPackItem.setValue({ text: packText('Old'), format: 'yaml', source: { kind: 'url', url: URL_, etag: '"1"' } });
    const r = await refreshTeamSubscription(answer(packText('New'), '"2"'));
    expect(r?.changed).toBe(true);
    expect((await getEffectivePack()).pack.name).toBe('New');
  });

  it('does not overwrite a file the user imported while the request was in flight', async () => {
    await teamPackItem.setValue({ text: packText('Sub'), format: 'yaml', source: { kind: 'url', url: URL_ } });
    const slow = vi.fn(async () => {
      await teamPackItem.setValue({ text: packText('Imported'), format: 'yaml', source: { kind: 'file', name: 'mine.yaml' } });
      return new Response(packText('From server'));
    }) as unknown as typeof fetch;
    await refreshTeamSubscription(slow);
    expect((await teamPackItem.getValue())?.source.kind).toBe('file');
    expect((await getEffectivePack()).pack.name).toBe('Imported');
  });

  it('makes no request when there is no subscription', async () => {
    const f = answer('', '');
    expect(await refreshTeamSubscription(f)).toBeNull();
    expect(f).not.toHaveBeenCalled();
  });
});

describe('refreshManagedPack', () => {
  it('downloads the pack named by policy and layers it as the organisation pack', async () => {
    await fakeBrowser.storage.managed.set({ pack_url: 'https://corp.example.com/pack.yaml', lock_rules: true });
    await refreshManagedPack(answer(packText('Corp'), '"c"'));
    expect((await managedCacheItem.getValue())?.source.url).toBe('https://corp.example.com/pack.yaml');
    const active = await getEffectivePack();
    expect(active.pack.name).toBe('Corp');
    expect(active.provenance.pack?.name).toBe('managed');
  });
});

describe('registerPackBackground', () => {
  it('schedules one refresh alarm every six hours and keeps an existing one', async () => {
    registerPackBackground();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeTruthy());
    const first = await fakeBrowser.alarms.get(REFRESH_ALARM);
    expect(first?.periodInMinutes).toBe(REFRESH_MINUTES);
    registerPackBackground();
    await new Promise((r) => setTimeout(r, 0));
    expect((await fakeBrowser.alarms.getAll()).filter((a) => a.name === REFRESH_ALARM)).toHaveLength(1);
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });
});
