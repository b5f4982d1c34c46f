// Shapes of what happens after a reply is sent: the send itself (content → background), the
// follow-ups a promise leaves behind, and the progress record kept of each reply.
import type { BoxKind, DraftSnapshot } from '@/lib/coach-state';
import type { MoodKind } from '@/lib/scoring/types';

/** content → background: the agent sent the reply they were writing. */
export interface SentReply {
  /** The draft as it was when the agent sent it. */
  snapshot: DraftSnapshot;
  /** The ticket, so a follow-up can name it and open it again. */
  ticket: { title: string; url: string };
  /**
   * How long (ms) after the send gesture the page showed the reply went. The background dates the
   * send by its own clock minus this, so the page's clock (possibly off) never decides a due time.
   */
  confirmedAfterMs: number;
  via: 'control' | 'shortcut' | 'form';
}

/**
 * A promise the agent made in a sent reply, kept until they mark it done. It holds what a reminder
 * must say (the promise, the ticket's title and address) and nothing else of the ticket.
 */
export interface FollowUp {
  id: string;
  /** The promise as written, at most PROMISE_CHARS characters. */
  promise: string;
  /** "call them back", when the scorer could name the action. */
  action?: string;
  /** ISO 8601 with offset, as the scorer gave it. */
  due: string;
  /** Epoch ms the reminder fires: `due`, or later once snoozed. */
  remindAt: number;
  /** Epoch ms the reminder for `remindAt` was shown, so a restarted worker does not show it again. */
  remindedAt?: number;
  ticket: { title: string; url: string };
  site: string;
  /** Epoch ms the reply was sent. */
  createdAt: number;
}

export const PROMISE_CHARS = 200;

/**
 * One sent reply, as the agent's own progress keeps it: no text and no customer data, only when,
 * where, which kind of box, the score and which signals, closing questions and mood were present.
 */
export interface ProgressRecord {
  /** Epoch ms the reply was sent. */
  at: number;
  /** Adapter id (`zendesk`, …, `generic`). */
  site: string;
  boxKind: Exclude<BoxKind, 'internal'>;
  /** 0–100. */
  score: number;
  /** Ids of the signals present (built-in and pack-declared). */
  signals: string[];
  /** Ids of the closing questions asked, and how many the pack has. */
  closing: { asked: string[]; total: number };
  mood: MoodKind;
  /** How many promises with a time the reply made. */
  promises: number;
}

export interface ProgressSettings {
  /** Records older than this many days are dropped. */
  retentionDays: number;
}

export const RETENTION_CHOICES = [30, 90, 180, 365] as const;
export const DEFAULT_RETENTION_DAYS = 90;

/** panel / progress page → background: what to do with a follow-up. */
export type FollowUpAction = 'done' | 'snooze' | 'open';

/** How long "Snooze" puts a reminder off. */
export const SNOOZE_MS = 15 * 60_000;
