// Storage keys of follow-through shared by the background, the panel and the progress page.
import type { Report } from '@/lib/scoring/types';

/** What the panel shows after a send: the report as sent and the reminders it set. */
export interface LastSent {
  /** Epoch ms. */
  at: number;
  report: Report;
  reminders: number;
}

/** Promise keys (followups.promiseKey) the agent turned the reminder off for, per tab (session storage). */
export const mutedKey = (tabId: number) => `session:followup:muted:${tabId}` as const;
/** The tab's last sent reply (session storage). */
export const lastSentKey = (tabId: number) => `session:followup:sent:${tabId}` as const;
