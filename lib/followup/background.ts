// Background side of follow-through: a sent reply becomes a progress record and follow-ups with
// alarms; an alarm becomes a notification; the notification, the panel and the progress page act on
// follow-ups through here. Called once from entrypoints/background.ts.
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { storage } from 'wxt/utils/storage';
import { onMessage, type EditResult } from '@/lib/messaging';
import { showBadge } from '@/lib/hub/badge';
import { scoreSnapshot } from '@/lib/hub/scorer';
import { getTabState } from '@/lib/hub/tab-state';
import { cleanSnapshot, isContentScript, isExtensionPage } from '@/lib/hub/validate';
import { refreshOverdue } from './badge';
import { act, addFollowUps, ALARM_PREFIX, followUpsOf, remind, restoreAlarms } from './followups';
import { lastSentKey, mutedKey, type LastSent } from './keys';
import { addRecord, recordOf } from './progress';
import type { FollowUpAction, SentReply } from './types';


const ACTIONS: readonly FollowUpAction[] = ['done', 'snooze', 'open'];
/** The page confirms a send within seconds (lib/content/sent.ts); anything longer is not believed. */
const MAX_CONFIRM_MS = 10_000;

const repaint = async (tabId: number) => showBadge(tabId, await getTabState(tabId));
const refresh = () => refreshOverdue(repaint);

export async function handleSent(data: unknown, sender: Parameters<typeof isContentScript>[0]): Promise<void> {
  if (!isContentScript(sender) || typeof data !== 'object' || data === null) return;
  const d = data as Partial<SentReply>;
  const snapshot = cleanSnapshot(d.snapshot);
  if (!snapshot) return;
  const after = typeof d.confirmedAfterMs === 'number' && Number.isFinite(d.confirmedAfterMs) ? d.confirmedAfterMs : 0;
  const sentAt = Date.now() - Math.min(Math.max(after, 0), MAX_CONFIRM_MS);
  const tabUrl = sender.tab.url ?? sender.url ?? '';
  const ticket = cleanTicket(d.ticket, tabUrl);
  const report = await scoreSnapshot(snapshot, sentAt);
  const tabId = sender.tab.id;
  const record = recordOf(report, { sentAt, snapshot });
  if (record) await addRecord(record);
  const muted = (await storage.getItem<string[]>(mutedKey(tabId))) ?? [];
  const added = report.skipped ? [] : followUpsOf(report.commitments ?? [], { ticket, site: snapshot.site, sentAt }, muted);
  await addFollowUps(added);
  await storage.setItem<LastSent>(lastSentKey(tabId), { at: sentAt, report, reminders: added.length });
  await storage.removeItem(mutedKey(tabId));
}

/** The ticket as the page named it; its address must be the tab's own site, else the tab's address. */
function cleanTicket(t: unknown, tabUrl: string): SentReply['ticket'] {
  const o = (typeof t === 'object' && t !== null ? t : {}) as Record<string, unknown>;
  const title = typeof o.title === 'string' && o.title.trim() ? o.title.trim().slice(0, 200) : tabUrl;
  let url = tabUrl;
  try {
    const given = new URL(typeof o.url === 'string' ? o.url : '');
    if (/^https?:$/.test(given.protocol) && given.origin === new URL(tabUrl).origin) url = given.href;
  } catch {
    // Not a URL: the tab's own address names the ticket.
  }
  return { title, url };
}

export function registerFollowUps(): void {
  onMessage('replySent', async ({ data, sender }) => {
    await handleSent(data, sender);
  });
  onMessage('followUp', async ({ data, sender }): Promise<EditResult> => {
    if (!isExtensionPage(sender) || typeof data?.id !== 'string' || !ACTIONS.includes(data.action)) return { ok: false, reason: i18n.t('edit.notAllowed') };
    const ok = await act(data.id, data.action);
    await refresh();
    return ok ? { ok } : { ok, reason: i18n.t('followUps.notDone') };
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (!alarm.name.startsWith(ALARM_PREFIX)) return;
    void remind(alarm.name.slice(ALARM_PREFIX.length)).then(refresh);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(ALARM_PREFIX)) return;
    void act(id.slice(ALARM_PREFIX.length), 'open').then(() => browser.notifications.clear(id));
  });
  // Chrome's notification buttons: Done, Snooze (Firefox shows none).
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    if (!id.startsWith(ALARM_PREFIX)) return;
    void act(id.slice(ALARM_PREFIX.length), index === 0 ? 'done' : 'snooze').then(refresh);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void storage.removeItems([mutedKey(tabId), lastSentKey(tabId)]);
  });
  void restoreAlarms().then(refresh);
}
