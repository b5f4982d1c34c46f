// Time expressions in the customer's message as features of the learned hurry model (session 19, issue
// 14): chrono-node (already a dependency, commitments.ts) reads dates and times in any of their forms
// ("by Friday", "tomorrow morning", "in 2 hours", "3 days ago", "since last week", "before the 15th"),
// which the word features of mood-learned.ts list only in a few spellings. RULINGS H1 names the kinds:
// a near time (ahead of the message), a deadline ("by", "before", "until"), and an elapsed time (a wait
// since a past point). The message's own date is not known, so a fixed reference stands in for "now":
// only how far ahead or behind an expression lies counts, never the calendar date.
// English; pure (no DOM).
import { casual } from 'chrono-node/en';
import { NUMBER_WORDS } from './mood-words';

/** The stand-in for the message's "now" (a Wednesday noon, UTC): only differences from it are used. */
const REFERENCE = new Date(Date.UTC(2026, 0, 7, 12));
const DAY_MS = 24 * 60 * 60 * 1000;
/** How far ahead (days) a time still counts as near: "tomorrow", "Friday", "in 2 days" (H1 "tomorrow"). */
export const NEAR_DAYS = 3;
/** Words right before an expression that make it a deadline. */
const DEADLINE_BEFORE = /\b(?:by|before|until|till|no later than|latest by|due)\s+(?:the\s+)?$/i;
/** Words in or right before an expression that make it a point in the past the customer counts from. */
const ELAPSED = /\b(?:ago|last|yesterday|since|from|past)\b/i;

/**
 * A length of time in seconds or minutes, not a point: "for 10 minutes", "for about 30 seconds". chrono-node
 * reads it as that long from now, but "unplugged it for 10 minutes" tells how long a step took, not when anything
 * is needed (session 26: a tester's calm troubleshooting list read as hurried; H1 counts a wait, not a step).
 * Hours and days stay as chrono reads them: told by a customer they are mostly a wait, misspelt or not ("you have
 * to whait for 24hr"); the pack's hurry cues set a step of hours aside themselves ("left it charging for 3 hours").
 */
const DURATION_FOR = new RegExp(
  String.raw`^for\s+(?:(?:about|around|roughly|over|almost|nearly|another|a further|at least)\s+)?(?:\d{1,4}|a|an|${NUMBER_WORDS}|a few|few|several|a couple of|couple of)\s?(?:more\s+)?(?:secs?|seconds?|mins?|minutes?)$`,
  'i',
);
/** Words before a length of time that make it a wait the customer sat through ("been waiting for 2 hours", "on hold for 40 min", "down for 3 days"). */
const WAITED_BEFORE = /\b(?:wait\w{0,3}|been|on hold|hold|stuck|down|offline|without|no \w{1,12}|queue|line|chasing|trying|pending)\s+$/i;

/**
 * How a time expression chrono-node read counts: 'elapsed' (a past point or a wait sat through), 'length' (a
 * length of time that is no wait: DURATION_FOR without WAITED_BEFORE, counted as nothing), or 'point' (any other:
 * near or a deadline by its date and the words before it). `before`: up to 16 characters before it.
 */
function timeKind(text: string, before: string): 'elapsed' | 'length' | 'point' {
  if (ELAPSED.test(text) || /\b(?:since|from)\s+$/i.test(before)) return 'elapsed';
  if (DURATION_FOR.test(text)) return WAITED_BEFORE.test(before) ? 'elapsed' : 'length';
  return 'point';
}

/** Whether a time expression is a deadline: a deadline word right before it (`before`) or at its start ("by Friday"). */
function isDeadline(text: string, before: string): boolean {
  return DEADLINE_BEFORE.test(before) || /^(?:by|before|until|till)\b/i.test(text);
}

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
  for (const r of parseTimes(head)) {
    const { start, end } = r;
    const before = head.slice(Math.max(0, start - 16), start);
    // a bare number or a clock time alone ("2", "10") is too often a version or a count
    if (!/\p{L}/u.test(r.text)) continue;
    const kind = timeKind(r.text, before);
    if (kind === 'elapsed') {
      set('t_elapsed', start, end);
      continue;
    }
    if (kind === 'length') continue;
    if (isDeadline(r.text, before)) set('t_deadline', start, end);
    const ahead = (r.date.getTime() - REFERENCE.getTime()) / DAY_MS;
    if (ahead > -0.5 && ahead <= NEAR_DAYS) set('t_near', start, end);
  }
  return { values, spans };
}

/**
 * Spellings of a week that chrono-node does not read (session 26: a user's "waited 2wks" and "a fortnight" read
 * as no time at all): "wk"/"wks" (chrono reads "hr", "hrs", "min", "mins" but not these) and "fortnight", with
 * its article, as two weeks. Group 1 an article or "one" before "fortnight", group 2 the word.
 */
const UNSPELLED_WEEK = /(?<![\p{L}])(?:(a|an|one)\s{1,3})?(wks?|fortnight)(?![\p{L}])/giu;

/** One time expression chrono-node read: offsets and words in the text given, and its start as a date. */
interface ReadTime {
  start: number;
  end: number;
  text: string;
  date: Date;
}

/**
 * chrono-node's casual English reading of `text` (forward dates from REFERENCE), with the week's spellings of
 * UNSPELLED_WEEK written out first ("2wks" as "2weeks", "a fortnight" as "2 weeks"); offsets and words are
 * those of `text` itself. Source: https://github.com/wanasit/chrono.
 */
function parseTimes(text: string): ReadTime[] {
  // the written-out copy, and for each of its offsets the offset in `text` (one past the end included)
  let out = '';
  const at: number[] = [];
  let from = 0;
  for (const m of text.matchAll(UNSPELLED_WEEK)) {
    for (let i = from; i < m.index; i++) at.push(i);
    out += text.slice(from, m.index);
    const word = m[2]!.toLowerCase();
    const spelled = word === 'fortnight' ? '2 weeks' : word === 'wk' ? 'week' : 'weeks';
    const keep = word === 'fortnight' ? '' : text.slice(m.index, m.index + m[0].length - m[2]!.length);
    for (let i = 0; i < keep.length; i++) at.push(m.index + i);
    for (let i = 0; i < spelled.length; i++) at.push(m.index + keep.length);
    out += keep + spelled;
    from = m.index + m[0].length;
  }
  if (from === 0) return casual.parse(text, REFERENCE, { forwardDate: true }).map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.text, date: r.start.date() }));
  for (let i = from; i <= text.length; i++) at.push(i);
  out += text.slice(from);
  return casual.parse(out, REFERENCE, { forwardDate: true }).map((r) => {
    const start = at[r.index]!;
    // the end maps through the last character read, so a written-out word ends where the text's own word ends
    const last = r.index + r.text.length - 1;
    const end = last + 1 < at.length && at[last + 1]! > at[last]! ? at[last + 1]! : endOfWord(text, at[last]!);
    return { start, end, text: text.slice(start, end), date: r.start.date() };
  });
}

/** The offset just past the word that starts at or covers `i` in `text` (for a written-out spelling's end). */
function endOfWord(text: string, i: number): number {
  const m = /^[\p{L}\p{N}]*(?:\s{1,3}[\p{L}]+)?/u.exec(text.slice(i));
  return i + (m ? m[0].length : 1);
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
  for (const r of parseTimes(head)) {
    const { start, end } = r;
    const before = head.slice(Math.max(0, start - 16), start);
    if (!/\p{L}/u.test(r.text) || timeKind(r.text, before) !== 'point') continue;
    const ahead = (r.date.getTime() - REFERENCE.getTime()) / DAY_MS;
    if (ahead <= -0.5) continue;
    out.push({ start, end, ahead, deadline: isDeadline(r.text, before) });
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
