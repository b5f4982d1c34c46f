import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getTabState, tabsWithState } from './tab-state';
import { handleBoxGone, handleDraft, handleTabClosed, handleTabUrl } from './hub';
import { badgeFor } from './badge';

import { contentSender as senderAt, reportWithScore as report } from './hub-test-helpers';

vi.mock('./scorer', async () => {
  const { reportWithScore } = await import('./hub-test-helpers');
  return { scoreSnapshot: (s: { text: string }) => reportWithScore(s.text.length % 101) };
});

const contentSender = (tabId: number, frameId = 0) => senderAt(tabId, 'https://acme.zendesk.com/agent/tickets/7', frameId);

const snapshot = { boxId: 'b1', site: 'zendesk', boxKind: 'public', text: 'Hi Ana, thanks for waiting.' };

describe('hub', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a typed draft under coach:tab:<id> with site, box kind, text and report', async () => {
    const answer = await handleDraft(snapshot, contentSender(7));
    const state = await getTabState(7);
    expect(state).toMatchObject({ url: 'https://acme.zendesk.com/agent/tickets/7', site: 'zendesk', boxKind: 'public', text: snapshot.text, frameId: 0 });
    expect(state?.report?.score).toBe(snapshot.text.length);
    expect(answer?.score).toBe(snapshot.text.length);
    const raw = await fakeBrowser.storage.session.get('coach:tab:7');
    expect(raw['coach:tab:7']).toBeDefined();
  });

  it('keeps tabs apart', async () => {
    await handleDraft(snapshot, contentSender(1));
    await handleDraft({ ...snapshot, text: 'Other tab' }, contentSender(2));
    expect((await getTabState(1))?.text).toBe(snapshot.text);
    expect((await getTabState(2))?.text).toBe('Other tab');
    expect((await tabsWithState()).sort()).toEqual([1, 2]);
  });

  it('ignores drafts from senders that are not our content scripts, and malformed data', async () => {
    await handleDraft(snapshot, { ...contentSender(3), id: 'some-other-extension' });
    await handleDraft(snapshot, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });
    await handleDraft({ text: 42 }, contentSender(3));
    expect(await getTabState(3)).toBeNull();
  });

  it('an unknown box kind from a page is stored as unknown, never trusted', async () => {
    await handleDraft({ ...snapshot, boxKind: 'admin' }, contentSender(4));
    expect((await getTabState(4))?.boxKind).toBe('unknown');
  });

  it('clears the draft when the reported box is gone, but not when another box spoke since', async () => {
    await handleDraft(snapshot, contentSender(5));
    await handleBoxGone({ boxId: 'other' }, contentSender(5));
    expect((await getTabState(5))?.text).toBe(snapshot.text);
    await handleBoxGone({ boxId: 'b1' }, contentSender(5, 3));
    expect((await getTabState(5))?.text).toBe(snapshot.text);
    await handleBoxGone({ boxId: 'b1' }, contentSender(5));
    expect(await getTabState(5)).toMatchObject({ text: '', report: null, boxKind: 'unknown', site: 'zendesk' });
  });

  it('forgets a tab that navigates to another site, keeps it across in-app navigation', async () => {
    await handleDraft(snapshot, contentSender(6));
    await handleTabUrl(6, 'https://acme.zendesk.com/agent/tickets/8');
    expect(await getTabState(6)).not.toBeNull();
    await handleTabUrl(6, 'https://news.example.org/');
    expect(await getTabState(6)).toBeNull();
  });

  it('a closed tab loses its state, also to a message its unloading page sends afterwards', async () => {
    await handleDraft(snapshot, contentSender(9));
    // The page's last "box gone" is already under way when the tab closes.
    const late = handleBoxGone({ boxId: 'b1' }, contentSender(9));
    await handleTabClosed(9);
    await late;
    expect(await getTabState(9)).toBeNull();
    expect(await handleDraft(snapshot, contentSender(9))).toBeNull();
    expect(await getTabState(9)).toBeNull();
    expect(await tabsWithState()).toEqual([]);
  });
});

describe('badge', () => {
  it('shows the score with a colour by band, and nothing for internal notes or no report', () => {
    const base = { url: '', site: 'zendesk', boxKind: 'public' as const, text: 'x', updatedAt: 0 };
    expect(badgeFor({ ...base, report: report(91) })).toEqual({ text: '91', color: '#15803d' });
    expect(badgeFor({ ...base, report: report(55) }).color).toBe('#b45309');
    expect(badgeFor({ ...base, report: report(12) }).color).toBe('#b91c1c');
    expect(badgeFor({ ...base, report: { ...report(0), skipped: 'internal-note' } }).text).toBe('');
    expect(badgeFor(null).text).toBe('');
  });
});
