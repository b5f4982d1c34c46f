// The toolbar action's badge shows the active reply's score, per tab.
import { scoreBand, type CoachTabState } from '@/lib/coach-state';
import { overdueBadge } from '@/lib/followup/badge';

const BAND_COLOURS = { good: '#15803d', mid: '#b45309', low: '#b91c1c' } as const;

export function badgeFor(state: CoachTabState | null): { text: string; color: string } {
  if (!state || !state.report || state.report.skipped) return { text: '', color: '#6b7280' };
  const score = Math.round(state.report.score);
  const color = BAND_COLOURS[scoreBand(score)];
  return { text: String(score), color };
}

export async function showBadge(tabId: number, state: CoachTabState | null): Promise<void> {
  // Overdue follow-ups take the badge on every tab (lib/followup/badge.ts).
  const { text, color } = overdueBadge() ?? badgeFor(state);
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color });
  } catch {
    // The tab closed between the report and the badge: nothing to show.
  }
}
