// Time expressions in the customer's message as features of the learned hurry model (session 19, issue
// 14): chrono-node (already a dependency, commitments.ts) reads dates and times in any of their forms
// ("by Friday", "tomorrow morning", "in 2 hours", "3 days ago", "since last week", "before the 15th"),
// which the word features of mood-learned.ts list only in a few spellings. RULINGS H1 names the kinds:
// a near time (ahead of the message), a deadline ("by", "before", "until"), and an elapsed time (a wait
// since a past point). The message's own date is not known, so a fixed reference stands in for "now":
// only how far ahead or behind an expression lies counts, never the calendar date.
// English; pure (no DOM).
import { casual } from 'chrono-node/en';

/** The stand-in for the message's "now" (a Wednesday noon, UTC): only differences from it are used. */
const REFERENCE = new Date(Date.UTC(2026, 0, 7, 12));
const DAY_MS = 24 * 60 * 60 * 1000;
/** How far ahead (days) a time still counts as near: "tomorrow", "Friday", "in 2 days" (H1 "tomorrow"). */
export const NEAR_DAYS = 3;
/** Words right before an expression that make it a deadline. */
const DEADLINE_BEFORE = /\b(?:by|before|until|till|no later than|latest by|due)\s+(?:the\s+)?$/i;
/** Words in or right before an expression that make it a point in the past the customer counts from. */
const ELAPSED = /\b(?:ago|last|yesterday|since|from|past)\b/i;

/** Time features (0 or 1) of a message's scan text and the first span that set each. */
export interface TimeFeatures {
  values: { t_near: number; t_deadline: number; t_elapsed: number };
  spans: Partial<Record<'t_near' | 't_deadline' | 't_elapsed', { start: number; end: number }>>;
}

/** Longest text (characters) handed to chrono: a pasted log beyond it says nothing about time pressure. */
export const MAX_TIME_TEXT = 4000;

/**
 * The time expressions of `text` (the customer's words, mood-voice.ts) by kind: t_near — one that lies
 * ahead of the reference by at most NEAR_DAYS days (with forward dates: "Friday" is the coming one);
 * t_deadline — one after "by", "before", "until"…; t_elapsed — one in the past or counted from ("3 days
 * ago", "since Monday", "last week"). Reads at most MAX_TIME_TEXT characters. Source: chrono-node's
 * casual English parser (https://github.com/wanasit/chrono).
 */
export function timeFeatures(text: string): TimeFeatures {
  const values = { t_near: 0, t_deadline: 0, t_elapsed: 0 };
  const spans: TimeFeatures['spans'] = {};
  const set = (k: keyof typeof values, start: number, end: number) => {
    if (values[k]) return;
    values[k] = 1;
    spans[k] = { start, end };
  };
  const head = text.slice(0, MAX_TIME_TEXT);
  for (const r of casual.parse(head, REFERENCE, { forwardDate: true })) {
    const start = r.index;
    const end = r.index + r.text.length;
    const before = head.slice(Math.max(0, start - 16), start);
    // a bare number or a clock time alone ("2", "10") is too often a version or a count
    if (!/\p{L}/u.test(r.text)) continue;
    if (ELAPSED.test(r.text) || /\b(?:since|from)\s+$/i.test(before)) {
      set('t_elapsed', start, end);
      continue;
    }
    if (DEADLINE_BEFORE.test(before) || /^(?:by|before|until|till)\b/i.test(r.text)) set('t_deadline', start, end);
    const ahead = (r.start.date().getTime() - REFERENCE.getTime()) / DAY_MS;
    if (ahead > -0.5 && ahead <= NEAR_DAYS) set('t_near', start, end);
  }
  return { values, spans };
}

/** A time expression ahead of the reference: where it stands in the text, how many days ahead, and whether a deadline word leads it. */
export interface AheadTime {
  start: number;
  end: number;
  /** Days from the stand-in "now" (REFERENCE) to the expression's start; may be fractional. */
  ahead: number;
  /** "by", "before", "until", "no later than"… right before it or at its start. */
  deadline: boolean;
}

/**
 * The time expressions of `text` (at most MAX_TIME_TEXT characters) that lie ahead of the stand-in "now" and
 * are not counted from a past point, in text order (session 22: mood-hurry.ts's time-bound need). Same reading
 * as timeFeatures: chrono-node's casual English parser, forward dates, words required.
 */
export function aheadTimes(text: string): AheadTime[] {
  const head = text.slice(0, MAX_TIME_TEXT);
  const out: AheadTime[] = [];
  for (const r of casual.parse(head, REFERENCE, { forwardDate: true })) {
    const start = r.index;
    const end = r.index + r.text.length;
    const before = head.slice(Math.max(0, start - 16), start);
    if (!/\p{L}/u.test(r.text) || ELAPSED.test(r.text) || /\b(?:since|from)\s+$/i.test(before)) continue;
    const ahead = (r.start.date().getTime() - REFERENCE.getTime()) / DAY_MS;
    if (ahead <= -0.5) continue;
    out.push({ start, end, ahead, deadline: DEADLINE_BEFORE.test(before) || /^(?:by|before|until|till)\b/i.test(r.text) });
  }
  // S22 review: a bare day of the month after a deadline word ("by the 15th", "before the 31st for my tax
  // return"), which chrono-node does not read: the next such day, so never more than a month ahead.
  for (const m of head.matchAll(DAY_OF_MONTH)) {
    const ordinal = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - ordinal.length;
    const end = start + ordinal.length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    const day = Number(m[2] ?? 0);
    const today = REFERENCE.getUTCDate();
    out.push({ start, end, ahead: day >= today ? day - today : day + 31 - today, deadline: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A day of the month alone after a deadline word, ending the clause or followed by a reason ("by the 15th.",
 * "before the 31st for my tax return"); "before the 3rd attempt" is no date. Group 1 the ordinal, 2 its number.
 */
const DAY_OF_MONTH =
  /\b(?:by|before|until|till|no later than|latest by|due)\s(?:the\s)?((0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b(?=\s?(?:[.,;!?]|$)|\s(?:for|so|because|as|at the latest|latest|of this month|of the month|this month|please|if|or|and)\b)/gi;
