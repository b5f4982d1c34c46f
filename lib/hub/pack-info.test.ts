import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPack } from '@/lib/rule-pack';
import { publishPack, usePack } from './scorer';

describe('the hub publishes the pack in force for the pages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says which pack coaches, its language and alphabet, under coach:pack in session storage', async () => {
    await publishPack({ ...defaultPack(), id: 'de-team', name: 'Team DE', locale: 'de', phonetic: { alphabet: 'din5009' } });
    const got = await fakeBrowser.storage.session.get('coach:pack');
    expect(got['coach:pack']).toEqual({ id: 'de-team', name: 'Team DE', locale: 'de', phonetic: { alphabet: 'din5009' } });
  });

  it('publishes the method pack when no pack is loaded', async () => {
    usePack(undefined);
    await new Promise((r) => setTimeout(r, 0));
    const got = await fakeBrowser.storage.session.get('coach:pack');
    expect(got['coach:pack']).toMatchObject({ id: defaultPack().id, locale: 'en' });
  });
});
