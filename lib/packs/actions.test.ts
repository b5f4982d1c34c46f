import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addPersonalTip, saveTeamPack, setRuleOff, subscribe } from './actions';
import { personalItem, teamPackItem } from './storage';

const good = 'schema_version: 1\nid: team\nname: Team\nversion: "1"\nrules: []\n';

beforeEach(() => fakeBrowser.reset());

describe('pack actions', () => {
  it('stores a valid pack with its file name, and refuses a broken one without touching the stored pack', async () => {
    expect(await saveTeamPack(good, 'team.yaml')).toMatchObject({ ok: true });
    const r = await saveTeamPack('schema_version: 1\nid: Team X\n', 'bad.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['id', 'name', 'version']));
    expect(await teamPackItem.getValue()).toMatchObject({ text: good, source: { kind: 'file', name: 'team.yaml' } });
  });

  it("refuses team packs, by file or URL, when the organisation's policy forbids them", async () => {
    await fakeBrowser.storage.managed.set({ allow_team_packs: false });
    const message = "Your organisation's policy does not allow team packs.";
    expect(await saveTeamPack(good, 'team.yaml')).toEqual({ ok: false, errors: [{ path: '', message, code: 'teamPacksNotAllowed', params: {} }] });
    expect(await subscribe('https://example.com/p.yaml')).toEqual({ ok: false, errors: [{ path: '', message, code: 'teamPacksNotAllowed', params: {} }] });
    expect(await teamPackItem.getValue()).toBeNull();
  });

  it('keeps personal rule switches as a set', async () => {
    await setRuleOff('terse', true);
    await setRuleOff('terse', true);
    await setRuleOff('empathy', true);
    await setRuleOff('terse', false);
    expect((await personalItem.getValue()).disabledRules).toEqual(['empathy']);
  });

  it('refuses own tips the pack schema would reject', async () => {
    expect(await addPersonalTip({ title: '', text: 'x', topics: [] })).toMatchObject({ ok: false });
    expect(await addPersonalTip({ title: 'VPN', text: 'Reconnect', topics: ['x'.repeat(61)] })).toMatchObject({ ok: false });
    expect(await addPersonalTip({ title: 'VPN', text: 'Reconnect first', topics: ['vpn'] })).toEqual({ ok: true });
    expect((await personalItem.getValue()).tips).toMatchObject([{ title: 'VPN', topics: ['vpn'] }]);
  });
});
