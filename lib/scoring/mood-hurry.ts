// Hurry readings by structure that keep the other mood readers honest (session 21, issue 14).
//  1. "NOW" in capitals is urgency only when it is the customer's adverb: not a name the customer writes
//     ("my NOW TV box", "NOW TV app keeps buffering", "the NOW Entertainment pass") nor a word they quote
//     ("the 'NOW' button"). A name is told by its neighbours: a determiner or possessive before it, a
//     capitalised word right after it in a sentence that is not shouted, or a product noun after it ("NOW plan").
// English; pure (no DOM); constant work per span.
import { aheadTimes } from './mood-time';
import type { TextView } from './text';

type Span = { start: number; end: number };

/** Words that make the next word a noun phrase's head or modifier: "my NOW TV", "the NOW app". */
const DETERMINER = /(?:^|[^\p{L}'’])(?:my|our|your|the|a|an|their|his|her|this|that|its)\s+$/iu;
/** A capitalised word right after, on the same line and with no punctuation between: "NOW TV", "NOW Broadband". */
const CAPITALISED_AFTER = /^[ \t]+(\p{Lu}[\p{L}\p{N}+&'’-]*)/u;
/**
 * A noun of what a service sells right after, on the same line: "NOW plan", "NOW pass", "NOW membership" name a
 * product (session 22, a subject "NOW plan upgrade not applied" read as hurried); "I need it NOW. Plan B failed"
 * has a stop between.
 */
const PRODUCT_NOUN_AFTER = /^[ \t]+(?:plan|plans|pass|passes|membership|memberships|subscription|subscriptions|package|packages|bundle|bundles|tier|box|boxes|app|tv|account|card|player|stick|service|broadband|boost|voucher|vouchers|offer|deal)\b/iu;
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
  // Session 22: a product noun right after, in any case ("NOW plan", "the NOW pass", "NOW membership renewal")
  if (PRODUCT_NOUN_AFTER.test(text.slice(span.end, span.end + 40))) return true;
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


//  2. A time-bound need (session 22, issue 14; RULINGS H1 "an explicit near time", the brief's "I need this by
//     …"): a sentence where the customer needs, must or is due to do something and chrono-node (mood-time.ts)
//     reads a deadline ("before the end of the month", "no later than Friday", "due on Thursday"). The pack's
//     cues list the common spellings (tomorrow, by Monday, in 2 hours); this reads the dates they do not. Not a
//     question ("Do I need to renew by the 15th?" asks how it works), not a made-up case or a condition, not a
//     habit ("we have to file by the 5th every month"). A near time without a deadline word ("on Thursday") is
//     left to the cues: read here it cost a kept-aside false alarm and no hit, and chrono reads "sat" or "sun"
//     in "sat around 4 hours" as a weekday.

/** A need of the customer's own in the sentence: "I need", "we have to", "must", "it is due". */
const NEED =
  /(?<![\p{L}'’])(?:need|needs|needed|have to|has to|must|got to|gotta|required|require|due|deadline)(?![\p{L}])/iu;
/** The sentence is a condition, a made-up case, a habit or a rule told in general: no present need. */
const NOT_OWN =
  /(?<![\p{L}'’])(?:if|what if|in case|unless|whether|let's say|for example|for instance|e\.g\.|imagine|suppose|hypothetically|every|each|usually|normally|always|generally|typically|customers|users|people|anyone|someone)(?![\p{L}])/iu;
/**
 * What chrono-node reads as a time but is no date the customer is bound to: "now" (the pack's cues and the
 * capitals reading judge it), a span counted after an event ("after about 20 minutes"), a bare duration ("2
 * hours estimated"), a number with a letter ("3D", "4K").
 */
const NOT_A_DATE = /^(?:(?:right\s+)?now|after\b.*|for\b.*|(?:about|around|over|almost|nearly\s+)?\d{1,4}\s*(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?)|\d{1,4}\s?\p{L})$/iu;
/** How far ahead (days) a deadline still presses: a month ("by the end of the month"), not "by next year". */
export const DEADLINE_DAYS = 31;

/**
 * Spans (in `view.original`; the scan keeps offsets) of time-bound needs: in a sentence with a need word (NEED)
 * and none of NOT_OWN, not ending in "?", the first time expression chrono-node reads as a deadline (a
 * deadline word before it) at most DEADLINE_DAYS ahead. At most one span. English only.
 */
export function timeBoundNeed(view: TextView): Span[] {
  for (const sp of view.sentences) {
    const sentence = view.scan.slice(sp.start, sp.end);
    // a sentence's span may end before its mark: look one character past it for the "?"
    const question = /\?/.test(view.scan.slice(Math.max(sp.start, sp.end - 1), sp.end + 1));
    if (!NEED.test(sentence) || NOT_OWN.test(sentence) || question) continue;
    const time = aheadTimes(sentence).find((t) => t.deadline && t.ahead <= DEADLINE_DAYS && !NOT_A_DATE.test(sentence.slice(t.start, t.end)));
    if (time) return [{ start: sp.start + time.start, end: sp.start + time.end }];
  }
  return [];
}
