// Hurry readings by structure that keep the other mood readers honest (session 21, issue 14).
//  1. "NOW" in capitals is urgency only when it is the customer's adverb: not a name the customer writes
//     ("my NOW TV box", "NOW TV app keeps buffering", "the NOW Entertainment pass") nor a word they quote
//     ("the 'NOW' button"). A name is told by its neighbours: a determiner or possessive before it, or a
//     capitalised word right after it in a sentence that is not shouted.
// English; pure (no DOM); constant work per span.
import { casual } from 'chrono-node/en';
import type { TextView } from './text';

type Span = { start: number; end: number };

/** Words that make the next word a noun phrase's head or modifier: "my NOW TV", "the NOW app". */
const DETERMINER = /(?:^|[^\p{L}'’])(?:my|our|your|the|a|an|their|his|her|this|that|its)\s+$/iu;
/** A capitalised word right after, on the same line and with no punctuation between: "NOW TV", "NOW Broadband". */
const CAPITALISED_AFTER = /^[ \t]+(\p{Lu}[\p{L}\p{N}+&'’-]*)/u;
/** Words that start a new clause after an unpunctuated "NOW" ("we need it NOW Please help"): not part of a name. */
const CLAUSE_START = new Set('i i\'m im we it please pls plz thanks thank thx asap or and but so this is are'.split(' '));
/** The word before, in the same sentence (no punctuation between). */
const WORD_BEFORE = /(\p{L}[\p{L}'’]*)[ \t]+$/u;

/**
 * Whether the capitals at `span` (a "NOW" / "RIGHT NOW" found in `view.original`) are a name or a quote
 * rather than the customer's urgency: the span is blanked in `view.scan` (inside quotation marks or code,
 * quotes.ts), or a determiner or possessive stands right before it ("my NOW TV"), or a capitalised word
 * follows it on the same line with no punctuation between ("NOW TV", "NOW Entertainment") while the word
 * before it is not in capitals too ("FIX IT NOW PLEASE" is shouted, every word a capital). Source of the
 * cases: session 20's review (a NOW TV customer read as hurried).
 */
export function capsNameNow(view: TextView, span: Span): boolean {
  const text = view.original;
  if (view.scan.slice(span.start, span.end) !== text.slice(span.start, span.end)) return true;
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  if (DETERMINER.test(before)) return true;
  const next = CAPITALISED_AFTER.exec(text.slice(span.end, span.end + 40))?.[1];
  if (!next || CLAUSE_START.has(next.toLowerCase())) return false;
  const prev = WORD_BEFORE.exec(before)?.[1];
  const shouted = prev !== undefined && prev.length > 1 && prev === prev.toUpperCase();
  return !shouted;
}

/** Urgency in capitals, as mood-sarcasm.ts's nearEvent reads it (case-sensitive: a lowercase "now" is a time word). */
const CAPS_NOW = /(?<![\p{L}\p{N}])(?:RIGHT NOW|NOW|SOFORT)(?![\p{L}\p{N}])/gu;
/** A promise of the customer's own right before the capitals: "I will reboot it NOW", "we'll restart NOW". */
const OWN_PROMISE = /(?:\bwill|'ll|\bshall|\bgoing to|\bgonna)\s+(?:[\p{L}']+\s+){0,6}$/iu;

/** Whether `span` is one of the capitals reading's spans ("NOW", "RIGHT NOW", "SOFORT"), not a near event. */
export function isCapsNow(view: TextView, span: Span): boolean {
  return /^(?:RIGHT NOW|NOW|SOFORT)$/.test(view.original.slice(span.start, span.end));
}

/**
 * Every "NOW" / "RIGHT NOW" / "SOFORT" in capitals that is the customer's urgency: not a name or a quote
 * (capsNameNow) and not the customer's own promise ("I'll reinstall it NOW"). mood-sarcasm.ts's nearEvent
 * reads the first such capitals only, so "My NOW TV box is dead and I need it NOW" would lose the second
 * once the first is set aside as a name; this reads them all. Spans in `view.original`; at most one.
 */
export function capsNow(view: TextView): Span[] {
  const text = view.original;
  for (const m of text.matchAll(CAPS_NOW)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (capsNameNow(view, span)) continue;
    if (OWN_PROMISE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    return [span];
  }
  return [];
}

/** The stand-in for the message's "now" (as mood-time.ts): only how far ahead a time lies is used. */
const REFERENCE = new Date(Date.UTC(2026, 0, 7, 12));
const DAY_MS = 24 * 60 * 60 * 1000;
/** How far ahead (days) a time still counts as near without a deadline word (mood-time.ts NEAR_DAYS). */
const NEAR_AHEAD_DAYS = 3;
/** Words right before a time that make it a deadline: "by Thursday", "before 5pm", "no later than the 15th". */
const DEADLINE_WORD = /\b(?:by|before|until|till|no later than|latest by|due|due on|due by)\s+(?:the\s+)?$/i;
/** The customer's own need in the sentence: "I need", "we must", "has to be", "is due", "required". */
const NEED =
  /\b(?:need|needs|needed|must|have to|has to|got to|gotta|require[sd]?|required|due|deadline|submit|hand in|file|deliver|present|ship|launch|go live|going live|fly|flying|leave|leaving|travel(?:l?ing)?|exam|exams|interview|flight|meeting|appointment|presentation|demo|launch|wedding|surgery|workshop|webinar|conference|class|lecture|shift|trip|event|audit|inspection)\b/i;
/** The customer's own person: the need is theirs ("I need", "our launch", "my exam"), not a rule in general. */
const OWN = /\b(?:i|i'm|im|i've|we|we're|we've|me|my|us|our)\b/i;
/** A made-up case, a condition or a question about the company's plans: no time pressure of the customer's. */
const NOT_OWN_TIME =
  /\b(?:if|what if|in case|whether|let's say|let’s say|say we|for example|for instance|e\.g\.|imagine|suppose|supposing|hypothetically|assuming|usually|normally|every|each|will (?:it|this|the|you|they)|is (?:it|there)|are (?:you|they))\b/i;
/** Words of the past in the sentence: the time is when something happened ("I needed it by Monday, got it Tuesday"). */
const PAST = /\b(?:needed|had to|was|were|did|didn't|got|received|arrived|came|happened|went|ago|yesterday|last)\b/i;

/**
 * A deadline or a near time of the customer's own need, read by chrono-node (the dates and times of
 * commitments.ts and mood-time.ts in all their spellings: "by 5pm", "before the 15th", "by tomorrow
 * morning", "in two hours", "this afternoon"): a time after a deadline word (by, before, until, no later
 * than; any date) or a time at most NEAR_AHEAD_DAYS ahead, in a sentence that states the customer's need
 * (NEED, in the first person), is not a question, a condition, an example or a habit, and tells nothing
 * past (RULINGS H1: "an explicit near time"; R-U1: time pressure argued in general is none). The message's
 * date is not known: only how far ahead of a stand-in "now" a time lies is used, never the calendar date.
 * English. Spans of the time expressions in the message; at most one.
 */
export function ownDeadline(view: TextView): Span[] {
  const text = view.scan;
  for (const sp of view.sentences) {
    const s = text.slice(sp.start, sp.end);
    if (/\?/.test(s) || !NEED.test(s) || !OWN.test(s) || NOT_OWN_TIME.test(s) || PAST.test(s)) continue;
    for (const r of casual.parse(s.slice(0, MAX_SENTENCE), REFERENCE, { forwardDate: true })) {
      // a bare number, "now" (the pack's cues read it with their own exceptions) or a unit like "3D" is no time here
      if (!/\p{L}/u.test(r.text) || /^(?:right\s+)?now$/i.test(r.text) || /^\d+\s?\p{L}$/u.test(r.text)) continue;
      const before = s.slice(Math.max(0, r.index - 20), r.index);
      // a length of time is ahead only "in"/"within" it ("in two hours"), not "takes more than 30 seconds"
      if (/\b(?:sec|secs|seconds?|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?)$/i.test(r.text) && !/^(?:in|within)\b/i.test(r.text) && !/\b(?:in|within)\s+(?:the\s+next\s+)?$/i.test(before)) continue;
      const deadline = DEADLINE_WORD.test(before) || /^(?:by|before|until|till)\b/i.test(r.text);
      const ahead = (r.start.date().getTime() - REFERENCE.getTime()) / DAY_MS;
      if (ahead <= -0.5 || /\b(?:ago|last|since|from|past)\b/i.test(r.text) || /\b(?:since|from)\s+$/i.test(before)) continue;
      if (deadline || ahead <= NEAR_AHEAD_DAYS) return [{ start: sp.start + r.index, end: sp.start + r.index + r.text.length }];
    }
  }
  return [];
}
/** Longest sentence (characters) handed to chrono: a pasted log line says nothing about a deadline. */
const MAX_SENTENCE = 600;
