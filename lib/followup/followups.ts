// Follow-ups: the promises of sent replies, kept in storage.local until the agent marks them done
// (so they survive browser restarts), each with an alarm at its due time that shows a notification;
// clicking it opens or focuses the ticket.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { i18n } from '#i18n';
import type { Commitment } from '@/lib/scoring/types';
import { PROMISE_CHARS, SNOOZE_MS, type FollowUp, type FollowUpAction } from './types';

export const ALARM_PREFIX = 'rapport:followup:';
export const followUps = storage.defineItem<FollowUp[]>('local:followups', { fallback: [] });

/** The key a reminder toggle is stored under for a promise (its words, case and spacing aside). */
export function promiseKey(c: Pick<Commitment, 'text'>): string {
  return c.text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Follow-ups whose due time has passed, at `now` (epoch ms). */
export function overdue(list: FollowUp[], now: number): FollowUp[] {
  return list.filter((f) => Date.parse(f.due) <= now);
}

/** The follow-ups a sent reply leaves: one per promise with a due time the agent did not turn off. */
export function followUpsOf(
  commitments: Commitment[],
  sent: { ticket: FollowUp['ticket']; site: string; sentAt: number },
  muted: readonly string[],
  newId: () => string = () => crypto.randomUUID(),
): FollowUp[] {
  const out: FollowUp[] = [];
  for (const c of commitments) {
    const at = c.due ? Date.parse(c.due) : NaN;
    if (!c.due || !Number.isFinite(at) || muted.includes(promiseKey(c))) continue;
    out.push({
      id: newId(),
      promise: c.text.slice(0, PROMISE_CHARS),
      ...(c.action ? { action: c.action } : {}),
      due: c.due,
      remindAt: at,
      ticket: sent.ticket,
      site: sent.site,
      createdAt: sent.sentAt,
    });
  }
  return out;
}

export async function addFollowUps(added: FollowUp[]): Promise<void> {
  if (added.length === 0) return;
  await followUps.setValue([...(await followUps.getValue()), ...added]);
  for (const f of added) await schedule(f);
}

/** An alarm at the reminder time; one already past fires at once. */
async function schedule(f: FollowUp): Promise<void> {
  await browser.alarms.create(ALARM_PREFIX + f.id, { when: Math.max(f.remindAt, Date.now() + 500) });
}

/**
 * After a browser restart alarms may be gone: every follow-up not yet reminded of gets its alarm
 * back (one whose time passed while the browser was closed reminds at once).
 */
export async function restoreAlarms(): Promise<void> {
  for (const f of await followUps.getValue()) {
    if (f.remindedAt !== undefined && f.remindedAt >= f.remindAt) continue;
    if (!(await browser.alarms.get(ALARM_PREFIX + f.id))) await schedule(f);
  }
}

/** The alarm of follow-up `id` fired: remind the agent, unless it was done meanwhile. */
export async function remind(id: string): Promise<void> {
  const list = await followUps.getValue();
  const f = list.find((x) => x.id === id);
  if (!f) return;
  await followUps.setValue(list.map((x) => (x.id === id ? { ...x, remindedAt: Date.now() } : x)));
  const what = f.action ?? `“${f.promise}”`;
  await browser.notifications.create(ALARM_PREFIX + f.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: i18n.t('followUps.notifyTitle', [what]),
    message: i18n.t('followUps.notifyBody', [f.ticket.title, timeOf(f.due)]),
    // Chrome only: Firefox refuses these options.
    ...(import.meta.env.FIREFOX
      ? {}
      : { requireInteraction: true, buttons: [{ title: i18n.t('followUps.done') }, { title: i18n.t('followUps.snooze') }] }),
  });
}

/** Done forgets the follow-up, snooze reminds again in 15 minutes, open brings its ticket up. */
export async function act(id: string, action: FollowUpAction): Promise<boolean> {
  const list = await followUps.getValue();
  const f = list.find((x) => x.id === id);
  if (!f) return false;
  if (action === 'open') {
    await openTicket(f.ticket.url);
    return true;
  }
  await browser.notifications.clear(ALARM_PREFIX + id).catch(() => false);
  if (action === 'done') {
    await followUps.setValue(list.filter((x) => x.id !== id));
    await browser.alarms.clear(ALARM_PREFIX + id);
    return true;
  }
  const snoozed = { ...f, remindAt: Date.now() + SNOOZE_MS };
  await followUps.setValue(list.map((x) => (x.id === id ? snoozed : x)));
  await schedule(snoozed);
  return true;
}

/** Focuses the tab showing `url` (and its window), or opens it in a new tab. Returns the tab's id. */
export async function openTicket(url: string): Promise<number | undefined> {
  const tabs = await browser.tabs.query({});
  const bare = (u: string | undefined) => (u ?? '').replace(/#.*$/, '');
  const tab = tabs.find((t) => t.url === url) ?? tabs.find((t) => bare(t.url) === bare(url));
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return tab.id;
  }
  return (await browser.tabs.create({ url, active: true })).id;
}

/** "14:15" today, else "Fri 4 Dec, 14:15", in the browser's language and zone. */
export function timeOf(iso: string, now = Date.now()): string {
  const at = new Date(iso);
  const sameDay = new Date(now).toDateString() === at.toDateString();
  return sameDay
    ? at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
