// Follow-through on the demo desk, as an agent lives it: a promise typed into a reply shows in the
// panel, sending the reply turns it into a follow-up with an alarm, the alarm fires at the due time
// and its notification brings the ticket back; the progress page shows the reply, and what it
// stored holds none of the reply's words.
//
// Time: the service worker gets a fake clock (Date replaced, as Playwright's own clock does in pages)
// set 15 minutes back while the reply is written and sent, then moved forward to the wall clock:
// "I'll call you back within 15 minutes" falls due seconds after the send, and Chrome's real alarm
// (unpacked extensions have no minimum delay) fires on the wall clock, as it would 15 minutes later.
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './harness';
import type { FollowUp, ProgressRecord } from '../../lib/followup/types';

declare const chrome: {
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  notifications: { getAll(): Promise<Record<string, boolean>>; onClicked: { dispatch(id: string): void } };
  action: { getBadgeText(d: { tabId?: number }): Promise<string> };
  tabs: { get(id: number): Promise<{ active: boolean; windowId: number }>; query(q: object): Promise<{ id?: number }[]> };
};

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';
const SUBMIT = '[data-test-id="submit_button-button"]:visible';
const PROMISE = "Hi Priya, thanks for your patience. I'll call you back within 15 minutes.";
/** Headroom between the send and the due time, for the checks made before the clock moves on. */
const HEADROOM_MS = 25_000;

/** Replaces the worker's Date with one `shift` ms off the wall clock (called again: changes the shift). */
async function shiftClock(sw: Worker, shift: number): Promise<void> {
  await sw.evaluate((ms) => {
    const g = globalThis as unknown as { Date: DateConstructor; __realDate?: DateConstructor; __shift: number };
    if (!g.__realDate) {
      const Real = Date;
      g.__realDate = Real;
      class Shifted extends Real {
        constructor(...args: unknown[]) {
          if (args.length === 0) super(Real.now() + g.__shift);
          else super(...(args as [number]));
        }
        static override now(): number {
          return Real.now() + g.__shift;
        }
      }
      g.Date = Shifted as DateConstructor;
    }
    g.__shift = ms;
  }, shift);
}

const followUps = (sw: Worker) => sw.evaluate(async () => ((await chrome.storage.local.get('followups')).followups ?? []) as FollowUp[]);
const records = (sw: Worker) => sw.evaluate(async () => ((await chrome.storage.local.get('progress:records'))['progress:records'] ?? []) as ProgressRecord[]);

async function writePromise(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/agent/tickets/101`);
  await page.locator(EDITOR).click();
  await page.keyboard.type(PROMISE);
}

test('a promise becomes a follow-up; its alarm reminds at the due time and the notification brings the ticket back', async ({ context, desk, harness }) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  await page.goto(`${desk.origin}/agent/tickets/101`);
  const tabId = await harness.tabIdOf(page);
  const sw = await harness.worker();
  await shiftClock(sw, -(15 * 60_000) + HEADROOM_MS);

  await page.locator(EDITOR).click();
  await page.keyboard.type(PROMISE);
  await harness.waitForTabState(tabId, (s) => (s?.report?.commitments?.length ?? 0) > 0);
  const panel = await harness.openPanel(tabId);
  const promises = panel.getByTestId('promises');
  await expect(promises).toContainText('You promise: call them back by');
  await expect(promises.getByRole('checkbox', { name: 'Remind me' })).toBeChecked();

  await page.bringToFront();
  const sentAt = Date.now();
  await page.locator(SUBMIT).click();
  await expect(page.locator('[data-test-id="omni-log-comment-item"]').last()).toContainText('call you back within 15 minutes');

  // The follow-up: stored, scheduled at its due time, listed in the panel with its ticket.
  await expect.poll(async () => (await followUps(sw)).length).toBe(1);
  await shiftClock(sw, 0);
  const [f] = await followUps(sw);
  expect(f).toMatchObject({ action: 'call them back', ticket: { title: 'VPN drops every ten minutes — presenting at 3pm' } });
  // Due 15 minutes after the send by the worker's clock, which was 15 minutes minus the headroom behind.
  const due = f!.due;
  expect(Math.abs(Date.parse(due) - (sentAt + HEADROOM_MS))).toBeLessThan(8000);
  expect(f!.ticket.url).toBe(`${desk.origin}/agent/tickets/101`);
  const alarm = (await sw.evaluate(() => chrome.alarms.getAll())).find((a) => a.name === `rapport:followup:${f!.id}`);
  expect(alarm?.scheduledTime).toBe(Date.parse(due));
  const item = panel.locator(`[data-followup="${f!.id}"]`);
  await expect(item).toContainText('VPN drops every ten minutes');
  await expect(item).toHaveAttribute('data-overdue', 'false');

  // The agent moves on to another tab; at the due time the reminder shows and the badge says overdue.
  const elsewhere = await context.newPage();
  await elsewhere.goto(`${desk.origin}/agent/dashboard`);
  await elsewhere.bringToFront();
  const notification = `rapport:followup:${f!.id}`;
  await expect.poll(async () => Object.keys(await sw.evaluate(() => chrome.notifications.getAll())), { timeout: HEADROOM_MS + 30_000 }).toContain(notification);
  await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('!1');
  await expect.poll(() => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('!1');
  await expect(item).toHaveAttribute('data-overdue', 'true');
  expect((await sw.evaluate((id) => chrome.tabs.get(id), tabId)).active).toBe(false);

  // Chrome delivers a click on the notification to the extension's onClicked listeners.
  await sw.evaluate((id) => chrome.notifications.onClicked.dispatch(id), notification);
  await expect.poll(async () => (await sw.evaluate((id) => chrome.tabs.get(id), tabId)).active).toBe(true);
  await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('visible');
  await expect.poll(async () => Object.keys(await sw.evaluate(() => chrome.notifications.getAll()))).not.toContain(notification);

  // Done: the follow-up, its alarm and the overdue badge go.
  await item.getByRole('button', { name: /^Mark done: call them back/ }).click();
  await expect(item).toHaveCount(0);
  expect(await followUps(sw)).toEqual([]);
  await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  expect((await sw.evaluate(() => chrome.alarms.getAll())).map((a) => a.name)).not.toContain(notification);
});

test('the progress page shows the sent reply, and the stored record holds none of its words', async ({ context, desk, harness, extensionId }) => {
  const page = await context.newPage();
  await writePromise(page, desk.origin);
  const tabId = await harness.tabIdOf(page);
  await harness.waitForTabState(tabId, (s) => s?.text.endsWith('15 minutes.') ?? false);
  await page.locator(SUBMIT).click();
  const sw = await harness.worker();
  await expect.poll(async () => (await records(sw)).length).toBe(1);
  const panel = await harness.openPanel(tabId);
  await expect(panel.getByTestId('followups').getByRole('status')).toHaveText('Sent. 1 reminder set.');

  const [record] = await records(sw);
  expect(Object.keys(record!).sort()).toEqual(['at', 'boxKind', 'closing', 'mood', 'promises', 'score', 'signals', 'site']);
  expect(record).toMatchObject({ site: 'zendesk', boxKind: 'public', promises: 1 });
  expect(record!.signals).toContain('personalization');
  const stored = JSON.stringify(await sw.evaluate(() => chrome.storage.local.get('progress:records')));
  for (const words of ['Priya', 'call you back', 'patience', 'VPN', 'minutes']) expect(stored).not.toContain(words);

  const progress = await context.newPage();
  await progress.goto(`chrome-extension://${extensionId}/progress.html`);
  await expect(progress.getByRole('heading', { level: 1 })).toHaveText('My progress');
  await expect(progress.getByTestId('progress-summary')).toHaveText(`1 reply sent in the last 90 days, mean score ${record!.score}.`);
  const row = progress.getByTestId('recent-replies').locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Zendesk');
  await expect(row).toContainText(String(record!.score));
  await expect(progress.locator('[data-chart] canvas')).toHaveCount(3);
  await expect(progress.getByRole('img', { name: /mean score per day/ })).toBeVisible();
});
