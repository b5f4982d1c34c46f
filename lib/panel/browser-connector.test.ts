import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserConnector } from './browser-connector';

describe('the panel’s connector reads what the hub publishes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes a tab’s state and the pack’s alphabet from what the background publishes, the agent’s choice first', async () => {
    const state = { url: 'https://acme.zendesk.com/agent/tickets/7', site: 'zendesk', boxKind: 'public', text: 'Hi', report: null, updatedAt: 1 };
    await fakeBrowser.storage.session.set({ 'coach:tab:7': state });
    await fakeBrowser.storage.local.set({ 'packs:in-force': { phonetic: { alphabet: 'din5009', digits: 'icao' } } });
    expect(await browserConnector.getState(7)).toEqual(state);
    expect(await browserConnector.phoneticPrefs()).toEqual({ alphabet: 'din5009', digits: 'icao' });
    await browserConnector.setAlphabet('italian');
    expect(await browserConnector.phoneticPrefs()).toEqual({ alphabet: 'italian', digits: 'icao' });
  });

  it('falls back to ICAO before the background has published the pack', async () => {
    expect(await browserConnector.phoneticPrefs()).toEqual({ alphabet: 'icao', digits: 'plain' });
  });

  it('does not compose pack layers or read hub internals itself', () => {
    const source = readFileSync('lib/panel/browser-connector.ts', 'utf8');
    expect(source).not.toMatch(/lib\/packs\/(active|effective|layers)|lib\/hub\/(tab-state|scorer|hub)/);
  });
});
