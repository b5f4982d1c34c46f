// Overdue follow-ups show on the toolbar button of every tab, ahead of the draft's score: a promise
// past its time matters more than the reply being written. The count is recomputed from storage when
// the worker starts, when a reminder fires and when a follow-up is done or snoozed.
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { followUps, overdue } from './followups';

const OVERDUE_COLOUR = '#b91c1c';
let count = 0;

/** What the badge shows while follow-ups are overdue, or null when none is. */
export function overdueBadge(): { text: string; color: string } | null {
  return count > 0 ? { text: `!${count > 99 ? '99' : count}`, color: OVERDUE_COLOUR } : null;
}

function action() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/**
 * Recounts overdue follow-ups and repaints the badge: globally (tabs with nothing of their own) and
 * on every tab, through `repaintTab` (the hub's per-tab badge, which consults overdueBadge()).
 */
export async function refreshOverdue(repaintTab: (tabId: number) => Promise<void>, now = Date.now()): Promise<number> {
  count = overdue(await followUps.getValue(), now).length;
  const a = action();
  const badge = overdueBadge();
  const title = count > 0 ? i18n.t('followUps.badgeTitle', count, [String(count)]) : i18n.t('actionTitle');
  try {
    await a.setBadgeText({ text: badge?.text ?? '' });
    if (badge) await a.setBadgeBackgroundColor({ color: badge.color });
    await a.setTitle({ title });
  } catch {
    // The action API is briefly unavailable while the browser shuts down.
  }
  for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) await repaintTab(tab.id);
  return count;
}
