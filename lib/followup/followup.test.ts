// A sent reply, in the background: the real scorer reads its promise, the progress record keeps no
// words of it, the follow-up gets an alarm at its due time, and done / snooze / the overdue count
// behave as an agent relies on them to.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createScorer } from '@/lib/scoring';
import { handleSent } from './background';
import { showBadge } from '@/lib/hub/badge';
import { refreshOverdue } from './badge';
import { act, ALARM_PREFIX, followUps, followUpsOf, overdue, promiseKey, remind, restoreAlarms } from './followups';
import { mutedKey, lastSentKey } from './keys';
import { progressRecords, recordOf, setRetention, withinRetention } from './progress';
import type { FollowUp } from './types';

const scorer = createScorer();
vi.mock('@/lib/hub/scorer', () => ({
  scoreSnapshot: (s: { text: string; boxKind: 'public' | 'internal'; customerName?: string }, writtenAt: number) =>
    scorer.score(s.text, { boxKind: s.boxKind, customerName: s.customerName, writtenAt, timeZone: 'Europe/Berlin' }),
}));

const TEXT = "Hi Priya, thanks for your patience. I'll call you back within 15 minutes. Have I solved your problem?";
const URL_101 = 'https://acme.zendesk.com/agent/tickets/101';
const sender = { id: fakeBrowser.runtime.id, tab: { id: 7, url: URL_101 } as never, frameId: 0, url: URL_101 };
const sent = (text = TEXT, boxKind = 'public') => ({
  snapshot: { boxId: 'b1', site: 'zendesk', boxKind, text, customerName: 'Priya Raman' },
  ticket: { title: 'VPN drops every ten minutes', url: URL_101 },
  confirmedAfterMs: 300,
  via: 'control',
});

describe('a sent reply', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useRealTimers();
  });

  it('becomes a progress record with ids and numbers only, none of the reply’s or the customer’s words', async () => {
    await handleSent(sent(), sender);
    const [record] = await progressRecords.getValue();
    expect(Object.keys(record!).sort()).toEqual(['at', 'boxKind', 'closing', 'mood', 'promises', 'score', 'signals', 'site']);
    expect(record).toMatchObject({ site: 'zendesk', boxKind: 'public', mood: 'calm', promises: 1, closing: { asked: ['solved'], total: 3 } });
    expect(record!.signals).toEqual(expect.arrayContaining(['personalization', 'gratitude', 'closing-question']));
    const stored = JSON.stringify(await fakeBrowser.storage.local.get('progress:records'));
    for (const word of ['Priya', 'patience', 'call you back', 'VPN', 'acme']) expect(stored).not.toContain(word);
  });

  it('leaves a follow-up with an alarm at the promise’s due time, and says so to the panel', async () => {
    const before = Date.now();
    await handleSent(sent(), sender);
    const [f] = await followUps.getValue();
    expect(f).toMatchObject({ action: 'call them back', ticket: { title: 'VPN drops every ten minutes', url: URL_101 }, site: 'zendesk' });
    const due = Date.parse(f!.due);
    expect(due - before).toBeGreaterThan(14 * 60_000);
    expect(due - before).toBeLessThanOrEqual(15 * 60_000 + 1000);
    const alarm = await fakeBrowser.alarms.get(ALARM_PREFIX + f!.id);
    expect(alarm?.scheduledTime).toBe(due);
    expect(await fakeBrowser.storage.session.get(lastSentKey(7).replace('session:', ''))).toMatchObject({
      'followup:sent:7': { reminders: 1 },
    });
  });

  it('sets no reminder for a promise the agent turned off, nor for an internal note', async () => {
    const [c] = scorer.score(TEXT, { writtenAt: Date.now() }).commitments!;
    await fakeBrowser.storage.session.set({ [mutedKey(7).replace('session:', '')]: [promiseKey(c!)] });
    await handleSent(sent(), sender);
    expect(await followUps.getValue()).toEqual([]);
    await handleSent(sent("I'll call him back within 15 minutes.", 'internal'), sender);
    expect(await followUps.getValue()).toEqual([]);
    expect(await progressRecords.getValue()).toHaveLength(1);
  });

  it('is ignored when it does not come from a content script in a tab', async () => {
    await handleSent(sent(), { ...sender, tab: undefined } as never);
    expect(await progressRecords.getValue()).toEqual([]);
  });

  it('names the ticket by the tab’s own address when the page gives another site', async () => {
    await handleSent({ ...sent(), ticket: { title: 'x', url: 'https://evil.example/phish' } }, sender);
    expect((await followUps.getValue())[0]?.ticket.url).toBe(URL_101);
  });
});

describe('follow-ups', () => {
  const f = (id: string, due: string): FollowUp => ({ id, promise: 'p', due, remindAt: Date.parse(due), ticket: { title: 't', url: URL_101 }, site: 'zendesk', createdAt: 0 });
  beforeEach(() => fakeBrowser.reset());

  it('done forgets the follow-up and its alarm; snooze moves the reminder 15 minutes on', async () => {
    await followUps.setValue([f('a', '2026-11-30T14:15:00+01:00'), f('b', '2026-11-30T15:00:00+01:00')]);
    await fakeBrowser.alarms.create(ALARM_PREFIX + 'a', { when: Date.now() + 60_000 });
    expect(await act('a', 'done')).toBe(true);
    expect((await followUps.getValue()).map((x) => x.id)).toEqual(['b']);
    expect(await fakeBrowser.alarms.get(ALARM_PREFIX + 'a')).toBeUndefined();
    const t0 = Date.now();
    await act('b', 'snooze');
    const b = (await followUps.getValue())[0]!;
    expect(b.remindAt - t0).toBeGreaterThanOrEqual(15 * 60_000);
    expect(b.due).toBe('2026-11-30T15:00:00+01:00');
    expect((await fakeBrowser.alarms.get(ALARM_PREFIX + 'b'))?.scheduledTime).toBe(b.remindAt);
    expect(await act('gone', 'done')).toBe(false);
  });

  it('reminds with the promised action and the ticket, and not after it was done', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await followUps.setValue([{ ...f('a', '2026-11-30T14:15:00+01:00'), action: 'call them back' }]);
    await remind('a');
    expect(create).toHaveBeenCalledWith(ALARM_PREFIX + 'a', expect.objectContaining({ title: 'Follow up: call them back', type: 'basic' }));
    create.mockClear();
    await remind('missing');
    expect(create).not.toHaveBeenCalled();
  });

  it('gets its alarm back after a browser restart dropped it, and keeps one still there', async () => {
    const later = new Date(Date.now() + 3_600_000).toISOString();
    await followUps.setValue([f('a', later), f('b', later)]);
    await fakeBrowser.alarms.create(ALARM_PREFIX + 'b', { when: Date.now() + 5_000 });
    await restoreAlarms();
    expect((await fakeBrowser.alarms.get(ALARM_PREFIX + 'a'))?.scheduledTime).toBe(Date.parse(later));
    expect((await fakeBrowser.alarms.get(ALARM_PREFIX + 'b'))?.scheduledTime).toBeLessThan(Date.parse(later));
  });

  it('does not remind again of a follow-up it already reminded of when the worker restarts', async () => {
    await followUps.setValue([f('a', new Date(Date.now() - 60_000).toISOString())]);
    await remind('a');
    await restoreAlarms();
    expect(await fakeBrowser.alarms.get(ALARM_PREFIX + 'a')).toBeUndefined();
    await act('a', 'snooze');
    expect(await fakeBrowser.alarms.get(ALARM_PREFIX + 'a')).toBeDefined();
  });

  it('counts as overdue once the due time has passed', () => {
    const list = [f('a', '2026-11-30T14:15:00+01:00'), f('b', '2026-11-30T15:00:00+01:00')];
    expect(overdue(list, Date.parse('2026-11-30T14:30:00+01:00')).map((x) => x.id)).toEqual(['a']);
  });

  it('skip promises without a due time and cut long ones', () => {
    const out = followUpsOf(
      [{ text: 'x'.repeat(500), span: { start: 0, end: 500 }, due: '2026-11-30T14:15:00+01:00' }, { text: 'no time', span: { start: 0, end: 7 } }],
      { ticket: { title: 't', url: URL_101 }, site: 'zendesk', sentAt: 0 },
      [],
      () => 'id',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.promise).toHaveLength(200);
  });
});

describe('the toolbar button', () => {
  beforeEach(() => fakeBrowser.reset());
  const f = (id: string, due: string): FollowUp => ({ id, promise: 'p', due, remindAt: Date.parse(due), ticket: { title: 't', url: URL_101 }, site: 'zendesk', createdAt: 0 });

  it('shows overdue follow-ups ahead of the draft’s score on every tab, and the score again once done', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_101 });
    const draft = { report: scorer.score('Hi Priya, thanks for your patience.') } as Parameters<typeof showBadge>[1];
    const paint = (tabId: number) => showBadge(tabId, draft);
    const score = String(Math.round(draft!.report!.score));
    await followUps.setValue([f('late', new Date(Date.now() - 60_000).toISOString()), f('later', new Date(Date.now() + 3_600_000).toISOString())]);
    expect(await refreshOverdue(paint)).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('!1');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Rapport: 1 follow-up overdue');
    await act('late', 'done');
    expect(await refreshOverdue(paint)).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe(score);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Rapport coach');
  });
});

describe('progress retention', () => {
  beforeEach(() => fakeBrowser.reset());
  const at = (daysAgo: number, now: number) => ({ ...recordOf(scorer.score('Thanks!'), { sentAt: now - daysAgo * 86_400_000, snapshot: { site: 'zendesk', boxKind: 'public' } })! });

  it('keeps only the chosen number of days, and a shorter retention drops older records at once', async () => {
    const now = Date.now();
    expect(withinRetention([at(100, now), at(10, now)], 90, now).map((r) => r.at)).toEqual([now - 10 * 86_400_000]);
    await progressRecords.setValue([at(40, now), at(5, now)]);
    await setRetention(30, now);
    expect(await progressRecords.getValue()).toHaveLength(1);
  });
});
