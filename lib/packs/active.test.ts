import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEffectivePack, watchEffectivePack, type ActivePack } from './active';
import { personalItem, teamPackItem } from './storage';

beforeEach(() => fakeBrowser.reset());

describe('the effective pack', () => {
  it('is the method when nothing is stored', async () => {
    const active = await getEffectivePack();
    expect(active.pack.id).toBe('rapport-default');
    expect(active.errors).toEqual([]);
  });

  it('is recomputed and handed to the watcher when a layer changes, until unwatched', async () => {
    const seen: ActivePack[] = [];
    const stop = watchEffectivePack((p) => seen.push(p));
    await personalItem.setValue({ disabledRules: ['terse'], tips: [] });
    await vi.waitFor(() => expect(seen.at(-1)?.disabled).toEqual(['terse']));
    await teamPackItem.setValue({ text: 'schema_version: 1\nid: t\nname: Only team\nversion: "1"\nrules: []\n', format: 'yaml', source: { kind: 'file' } });
    await vi.waitFor(() => expect(seen.at(-1)?.pack.name).toBe('Only team'));
    stop();
    const count = seen.length;
    await personalItem.setValue({ disabledRules: [], tips: [] });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(count);
  });

  it('keeps coaching with the method, and says why, when a stored pack can no longer be read', async () => {
    await teamPackItem.setValue({ text: 'schema_version: 99\nid: t\nname: Future\nversion: "1"\nrules: []\n', format: 'yaml', source: { kind: 'file' } });
    const active = await getEffectivePack();
    expect(active.pack.id).toBe('rapport-default');
    expect(active.errors[0]).toMatchObject({ layer: 'team', path: 'schema_version', message: expect.stringContaining('update Rapport') });
  });
});
