import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { personalItem, settingsItem, teamPackItem } from './storage';

describe('pack storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty: no team pack, nothing turned off, default settings', async () => {
    expect(await teamPackItem.getValue()).toBeNull();
    expect(await personalItem.getValue()).toEqual({ disabledRules: [], tips: [] });
    expect(await settingsItem.getValue()).toEqual({ phoneticAlphabet: '', disabledSites: [], enabledOrigins: [] });
  });

  it('keeps packs in storage.local and settings in storage.sync', async () => {
    await teamPackItem.setValue({ text: 'name: x', format: 'yaml', source: { kind: 'file', name: 'x.yaml' } });
    await settingsItem.setValue({ phoneticAlphabet: 'nato', disabledSites: [], enabledOrigins: [] });
    expect(Object.keys(await fakeBrowser.storage.local.get())).toContain('packs:team');
    expect(Object.keys(await fakeBrowser.storage.sync.get())).toContain('settings');
  });

  it('upgrades a v1 team pack (text and source only) without losing the pack', async () => {
    await fakeBrowser.storage.local.set({
      'packs:team': { text: '{"name": "Legacy"}', source: { kind: 'url', url: 'https://e.com/p.json', etag: '"a"' } },
      'packs:team$': { v: 1 },
    });
    await teamPackItem.migrate();
    expect(await teamPackItem.getValue()).toEqual({
      text: '{"name": "Legacy"}',
      format: 'json',
      source: { kind: 'url', url: 'https://e.com/p.json', etag: '"a"' },
    });
    expect(await storage.getMeta('local:packs:team')).toMatchObject({ v: 2 });
  });

  it('upgrades v1 personal settings (a map of turned-off rules) to a list, keeping own tips', async () => {
    const tip = { id: 't', title: 'VPN', text: 'Reconnect', topics: ['vpn'] };
    await fakeBrowser.storage.local.set({
      'packs:personal': { disabled: { 'no-problem': true, terse: false, greeting: true }, tips: [tip] },
      'packs:personal$': { v: 1 },
    });
    await personalItem.migrate();
    expect(await personalItem.getValue()).toEqual({ disabledRules: ['no-problem', 'greeting'], tips: [tip] });
  });
});
