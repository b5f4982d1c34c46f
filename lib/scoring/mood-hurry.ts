// Hurry readings by structure that keep the other mood readers honest (session 21, issue 14).
//  1. "NOW" in capitals is urgency only when it is the customer's adverb: not a name the customer writes
//     ("my NOW TV box", "NOW TV app keeps buffering", "the NOW Entertainment pass") nor a word they quote
//     ("the 'NOW' button"). A name is told by its neighbours: a determiner or possessive before it, a
//     capitalised word right after it in a sentence that is not shouted, or a product noun after it ("NOW plan").
// English; pure (no DOM); constant work per span.
import { isActionBase } from './actions';
import { CAPS_NOW, OWN_PROMISE } from './mood-sarcasm';
import { aheadTimes } from './mood-time';
import { IMPERATIVE_OPENING, notOwnNeedWords, NUMBER_WORDS, PERSON_NOUNS, SETTLED_WORDS, stillOpenWords, TIME_UNITS } from './mood-words';
import { formsOf } from './inflect';
import { THANKS_WORD } from './word-classes';
import { sentenceAt, type TextView } from './text';

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
/**
 * Session 36: the neighbours of a constant in pasted code — a bracket, a call's parenthesis, a comma or "=" before ("[NOW", "f(NOW",
 * "(device, NOW", "= NOW") and a bracket, a comma, a semicolon or an operator after ("NOW]", "NOW)", "NOW;"). Prose puts "NOW" after a word
 * and before a word or a stop: "fix it NOW!", "I need it NOW, please" has a word before the comma. Source: a patch a
 * replies-linbit customer pasted, read as hurried (RULINGS H1 needs the customer's near time).
 */
const CODE_BEFORE = /(?:[\w\]]\(|[[,=])\s{0,2}$/u;
const CODE_AFTER = /^\s{0,2}[\]),;=]/u;
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
  // Session 36: a constant in pasted code ("disk_state[NOW]", "may_return(device, NOW)") is no adverb
  if (CODE_BEFORE.test(before) && CODE_AFTER.test(text.slice(span.end, span.end + 8))) return true;
  // Session 22: a product noun right after, in any case ("NOW plan", "the NOW pass", "NOW membership renewal")
  if (PRODUCT_NOUN_AFTER.test(text.slice(span.end, span.end + 40))) return true;
  const next = CAPITALISED_AFTER.exec(text.slice(span.end, span.end + 40))?.[1];
  if (!next || CLAUSE_START.has(next.toLowerCase())) return false;
  const prev = WORD_BEFORE.exec(before)?.[1];
  const shouted = prev !== undefined && prev.length > 1 && prev === prev.toUpperCase();
  return !shouted;
}

/** Urgency in capitals, every one of mood-sarcasm.ts's CAPS_NOW (case-sensitive: a lowercase "now" is a time word). */
const ALL_CAPS_NOW = new RegExp(CAPS_NOW.source, 'gu');

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
  for (const m of text.matchAll(ALL_CAPS_NOW)) {
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
/** The sentence is a condition, a made-up case, a habit or a rule told in general: no present need (mood-words.ts). */
const NOT_OWN = new RegExp(String.raw`(?<![\p{L}'’])(?:${notOwnNeedWords(String.raw`\s{1,3}`)})(?![\p{L}])`, 'iu');
/**
 * What chrono-node reads as a time but is no date the customer is bound to: "now" (the pack's cues and the
 * capitals reading judge it), a span counted after an event ("after about 20 minutes"), a bare duration ("2
 * hours estimated"), a number with a letter ("3D", "4K").
 */
const NOT_A_DATE = new RegExp(
  String.raw`^(?:(?:right\s+)?now|after\b.*|for\b.*|(?:about|around|over|almost|nearly\s+)?\d{1,4}\s*(?:secs?|seconds?|${TIME_UNITS}|fortnights?)|\d{1,4}\s?\p{L})$`,
  'iu',
);
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

//  3. A demand for speed that ends its clause (session 24, issue 14; RULINGS H1 "an explicit near time", R-I4 "fix it
//     ASAP"; the brief's imperatives of speed in chat register): a request — "please"/"pls"/"plz"/"kindly", "can you" /
//     "could someone", "I need"/"want"/"must", or an imperative verb opening the clause — whose clause ends in a word of
//     speed: "fix it now", "need help rn", "pls answer quickly", "I want my money back now!", "can someone help me
//     asap", "please be quick". The speed word must close the clause (then punctuation, the end, a tag such as "pls",
//     or a new clause's first word in unpunctuated chat): before a noun it is a size ("a quick question", "need a
//     quick fix"). Not negated ("no need to fix it now"), not a condition or habit, not a question in the first person
//     ("do I need to restart now?", "can I pay now?"), not a state described ("pls help my battery drains fast"), nor
//     a minimiser ("can you look real quick"), nor "for now", "by now", "till now", "just now". "soon" is not speed
//     (R-I4: "Please respond soon" is calm). English; pure; linear in the message.

/** Words of speed that may close a demand's clause ("right now", "rn" = right now in chat). */
const SPEED_WORD = /(?:right\s{1,3}now|right\s{1,3}away|straight\s{1,3}away|at\s{1,3}once|immediately|urgently|quickly|quick|fast|now|rn|asap)$/iu;
/** The last word of every SPEED_WORD: only a clause word among these is read further. */
const SPEED_LAST = new Set(['now', 'away', 'once', 'immediately', 'urgently', 'quickly', 'quick', 'fast', 'rn', 'asap']);
/** What may stand after the speed word in the same clause: tags of chat register and emphasis. */
const TAIL_TAG = new RegExp(String.raw`^(?:\s{0,3}(?:please|pls|plz|plss|plzz|pleaseee?|${THANKS_WORD}|guys|bro|man|sir|mate|ok|okay|[!?.]{1,6}))*\s{0,3}$`, 'iu');
/** A new clause's first word in unpunctuated chat ("need help rn my server is down"). */
const CLAUSE_OPENER = /^\s{1,3}(?:i|i'm|im|i've|ive|my|we|we're|our|the|it|it's|its|this|that's|everything|nothing|nobody|pls|please|plz)(?![\p{L}'’])/iu;
/** The request that makes the clause a demand; group 1 is where it starts. "if you could" is one too ("I'd appreciate it if you
 * could sort this ASAP"): a polite request, no condition (session 33 review). */
const DEMAND =
  /(?<![\p{L}'’])(please|pls|plz|plss|plzz|kindly|(?:can|could|would|will)\s{1,3}(?:you|u|ya|you\s{1,3}guys|u\s{1,3}guys|someone|somebody|anyone|anybody|y'all)|if\s{1,3}(?:you|u)\s{1,3}(?:could|would|can|will)|(?:i|we|i\s{1,3}really|we\s{1,3}really)\s{1,3}(?:need|want|must|have\s{1,3}to|gotta|got\s{1,3}to)|need|needs|want)(?![\p{L}'’])/giu;
/**
 * Words that may not stand between the request and the speed word: a copula or a conjunction starts a described state
 * or a new clause ("pls help my phone is dead now"), a verb of what a system does describes it ("battery drains
 * fast"), a negation or a condition takes the demand back.
 */
const NOT_BETWEEN =
  /(?<![\p{L}'’])(?:is|are|was|were|am|been|has|had|and|but|so|because|cause|cuz|when|whenever|if|once|then|until|till|after|before|every|each|usually|always|not|no|never|don't|dont|doesn't|doesnt|didn't|didnt|won't|wont|can't|cant|cannot|n't|drains?|dies|crash(?:es)?|closes?|quits?|restarts?|reboots?|shuts?|freezes?|loads?|runs?|goes|gets|turns?|happens?|stops|disappears?|works?|charges?|moves?|scrolls?|updates?|downloads?|syncs?|changes?|fills?|loses?|too|so|very|really|pretty|super|real|how)(?![\p{L}'’])/iu;
/** A negation right before the request: "no need to fix it now", "I don't need it right now". */
const NEGATED_BEFORE = /(?<![\p{L}'’])(?:no|not|never|don't|dont|doesn't|doesnt|didn't|didnt|won't|wont|n't)\s{1,3}(?:\p{L}{1,12}\s{1,3})?$/iu;
/** What the speed word may not follow: "for now", "by now", "till now", "just now", "a quick", "real quick". */
const BEFORE_SPEED = /(?<![\p{L}'’])(?:for|by|till|until|as\s{1,3}of|from|just|even|only|up\s{1,3}to|so\s{1,3}far|again|and|but|is|are|'s|was|a|real|too|so|very|really|pretty|super|how)\s{1,3}$/iu;
/** A question in the first person or a question word: the customer asks how or whether, no demand. */
const OWN_QUESTION = /(?<![\p{L}'’])(?:do|does|did|should|shall|can|could|may|will|would|am|is|are)\s{1,3}(?:i|we|it|this|that|there)(?![\p{L}'’])|(?<![\p{L}'’])(?:how|what|why|where|which|whether)(?![\p{L}'’])/iu;
/** Someone other than the customer as the one who needs ("you need to restart now", "users want it fast"). */
const OTHER_NEEDS = /(?<![\p{L}'’])(?:you|u|they|he|she|it|one|users|people|customers|everyone)\s{1,3}(?:\p{L}{1,12}\s{1,3})?$/iu;

/**
 * Spans (in `view.original`) of demands for speed that close their clause (see the note above): in each clause of a
 * sentence (split at , ; : ( ) and line breaks), a speed word (SPEED_WORD) at the clause's end with only tags after it
 * (TAIL_TAG) or a new clause's opener (CLAUSE_OPENER), not after BEFORE_SPEED, and within five words before it a
 * request (DEMAND, or IMPERATIVE_OPENING at the clause's start) with none of NOT_BETWEEN between. A question is read only when
 * the request is put to someone else ("can you fix it today?"), never in the first person (OWN_QUESTION). At most
 * one span. English only.
 */
export function speedDemand(view: TextView): Span[] {
  const scan = view.scan;
  for (const sp of view.sentences) {
    const sentence = scan.slice(sp.start, sp.end);
    const question = /\?/.test(scan.slice(Math.max(sp.start, sp.end - 1), sp.end + 1)) || /\?/.test(sentence);
    if (question && OWN_QUESTION.test(sentence)) continue;
    let from = 0;
    for (const clause of sentence.split(/[,;:()\n]|\s[-–—]\s/u)) {
      const at = sentence.indexOf(clause, from);
      from = at + clause.length;
      const hit = demandIn(clause, question);
      if (hit) return [{ start: sp.start + at + hit.start, end: sp.start + at + hit.end }];
    }
  }
  return [];
}

/** The demand in one clause, as offsets in `clause`, or undefined (speedDemand's test for one clause). */
function demandIn(clause: string, question: boolean): Span | undefined {
  const words = [...clause.matchAll(/[\p{L}\p{N}'’]+/gu)];
  // every read below is of a bounded slice around a speed word, so a long clause without stops stays linear
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!SPEED_LAST.has(w[0].toLowerCase())) continue;
    const end = w.index + w[0].length;
    const tailFrom = Math.max(0, end - 24);
    const found = SPEED_WORD.exec(clause.slice(tailFrom, end));
    if (!found) continue;
    const at = tailFrom + found.index;
    if (at > 0 && /[\p{L}'’]/u.test(clause[at - 1]!)) continue;
    // the clause ends here: only tags up to its end, or a new clause's opener in unpunctuated chat
    const rest = clause.slice(end, end + 60);
    if (!(end + 60 >= clause.length && TAIL_TAG.test(rest)) && !CLAUSE_OPENER.test(rest)) continue;
    if (BEFORE_SPEED.test(clause.slice(Math.max(0, at - 24), at))) continue;
    // the request: an imperative opening the clause (at most six words before), or DEMAND within six words before
    const from = i > 6 ? words[i - 6]!.index : 0;
    const before = clause.slice(from, at);
    let start: number | undefined;
    let after = 0;
    const imp = question || from > 0 ? null : IMPERATIVE_OPENING.exec(before);
    if (imp) {
      start = imp.index + imp[0].length - imp[1]!.length;
      after = start + imp[1]!.length;
    } else {
      for (const d of before.matchAll(DEMAND)) {
        if (question && !/^(?:can|could|would|will)/iu.test(d[1]!)) continue;
        const lookBack = clause.slice(Math.max(0, from + d.index - 30), from + d.index);
        if (/^(?:need|needs|want)$/iu.test(d[1]!) && OTHER_NEEDS.test(lookBack)) continue;
        start = d.index;
        after = d.index + d[0].length;
        break;
      }
    }
    if (start === undefined) continue;
    if (NOT_BETWEEN.test(before.slice(after)) || NEGATED_BEFORE.test(clause.slice(Math.max(0, from + start - 30), from + start))) continue;
    return { start: from + start, end: at + found[0].length };
  }
  return undefined;
}

//  4. Negation scope over a need (session 25, the lead's review; RULINGS H1 "a stated need"): a time or speed word
//     inside a need the customer negates is no time pressure — "I don't need it right now", "there's no need to
//     do it today", "it doesn't have to be fixed immediately", "I won't need it until next week". The negation
//     governs the need word and everything after it in the same clause; a new clause ("…, but I need it today",
//     "I don't have wifi and need it now") is read on its own. The negated need may also sit inside the reading's
//     span ("need it now" in "I don't need it now"). English; pure; constant work per span.

/** A negation, up to two softeners, then a word of need: "don't need", "no real need", "doesn't have to", "not needed". */
const NEGATED_NEED =
  /(?<![\p{L}'’])(?:don['’]?t|do\s{1,3}not|doesn['’]?t|does\s{1,3}not|didn['’]?t|won['’]?t|will\s{1,3}not|wouldn['’]?t|isn['’]?t|is\s{1,3}not|not|no|never)\s{1,3}(?:(?:really|actually|even|necessarily|urgently|immediately|real|any|particular|big|be|it|this|that)\s{1,3}){0,2}(?:need|needs|needed|have\s{1,3}to|has\s{1,3}to|want|wants|require|requires|required|necessary|urgent|rush|hurry|pressing)(?![\p{L}'’])|(?<![\p{L}'’])needn['’]?t(?![\p{L}'’])/iu;
/** Where a clause ends, read backwards from a span: a stop, a break, or a conjunction that starts a new clause. */
const CLAUSE_BREAK = /[.,;:!?()\n]|\s[-–—]\s|(?<![\p{L}'’])(?:but|though|although|however|and|because|while|whereas)(?![\p{L}'’])/giu;
/** Where a clause ends for the fault and wish readers: a stop or a dash break, with or without a comma. */
const STOP_OR_COMMA = /[.,;:!?()\n]|\s[-–—]\s/gu;
const STOP = /[.;:!?()\n]|\s[-–—]\s/gu;

/**
 * Where the clause holding offset `at` of `scan` starts (a UTF-16 offset into `scan`): just after the last match of
 * `breaks` (a global regex) among the `lookBack` characters before `at`, else `at - lookBack` (0 at the least).
 */
function clauseStartBefore(scan: string, at: number, lookBack: number, breaks: RegExp): number {
  const lo = Math.max(0, at - lookBack);
  let start = lo;
  for (const m of scan.slice(lo, at).matchAll(breaks)) start = lo + m.index + m[0].length;
  return start;
}

/**
 * Whether the hurry reading at `span` (offsets in `view.scan`) lies inside a need the customer negates in the
 * same clause (see the note above): the text from the clause's start up to the span's end holds NEGATED_NEED,
 * starting before the span's last word.
 */
export function negatedNeed(view: TextView, span: Span): boolean {
  const text = view.scan.slice(clauseStartBefore(view.scan, span.start, 120, CLAUSE_BREAK), span.end);
  const m = NEGATED_NEED.exec(text);
  return m !== null && m.index < text.length - 1 && !questionedThenNeeded(view, span);
}

/**
 * The customer's own need, said outright: "I need", "we really need", "I have to", "we must", "I want". A negation
 * between the subject and the need ("I don't need") does not match.
 */
const OWN_NEED = /(?<![\p{L}'’])(?:i|we)\s{1,3}(?:(?:really|actually|do|still|definitely|absolutely|seriously|just)\s{1,3})?(?:need|needed|want|must|have\s{1,3}to|got\s{1,3}to)(?![\p{L}'’])/iu;

/**
 * Session 26 (a user read "I don't need it right now? I need it YESTERDAY" as calm): a negated need that the
 * customer questions — its sentence ends in "?" — and answers in the next sentence with a need of their own
 * (OWN_NEED) is quoted back with sarcasm ("Not urgent?? We need it today"), not the customer's own calm: the
 * negation does not silence the time word. `span`: offsets in `view.scan`.
 */
function questionedThenNeeded(view: TextView, span: Span): boolean {
  const i = sentenceAt(view, span.start);
  const sp = view.sentences[i];
  const next = view.sentences[i + 1];
  if (!sp || !next) return false;
  // a sentence's span may end before its mark: read from its last character up to the next sentence
  if (!/\?/.test(view.scan.slice(Math.max(sp.start, sp.end - 1), next.start))) return false;
  return OWN_NEED.test(view.scan.slice(next.start, next.end));
}

//  5. A speed word that tells how a thing fails (session 25, the lead's review; R-I4 reads a demand, not a
//     description): "please help it shuts down immediately", "the app crashes instantly", "it closes right away",
//     "the page reloads immediately", "my phone died straight away". The speed word follows a verb whose subject is
//     a thing in the third person (it, this, the app, my phone, they) in the same clause; not a need or a copula
//     ("it needs fixing immediately", "it has to be done right away", "this is needed at once"), not a thing that
//     is itself the object of a request ("I need it fixed immediately", "get my card unblocked right away"), and not
//     a person ("your team replied quickly" is not a fault, and "can you call me right away" has "you" as subject).

/** The speed words this reads, at the end of a reading's span. */
const FAULT_SPEED = /(?:immediately|instantly|instantaneously|right\s{1,3}away|straight\s{1,3}away|straightaway|at\s{1,3}once|quickly|fast|within\s{1,3}seconds|in\s{1,3}seconds|suddenly)\s{0,3}[!.]{0,3}$/iu;
/** Verbs of what a device, app or page does when it fails (base forms; every inflection is read, inflect.ts). */
const FAULT_VERBS =
  'crash close shut quit exit restart reboot reload refresh freeze die disappear vanish drain disconnect drop log kick sign go turn switch power fail stop hang lag load open flash reset boot overheat glitch bounce decline reject expire delete jump flicker fade redirect minimize minimise hide pop come appear show throw return time revert cut blink beep deduct charge debit cancel lock block stall spin buffer run end break fall skip cancel error'.split(' ');
/**
 * Verbs of what a device, app or server does when it works (session 30): "the servers respond immediately", "the app
 * syncs instantly", "the page updated right away" describe the product's speed, praise or not, as the fault verbs
 * describe its failure; no demand either way (R-I4).
 */
const BEHAVE_VERBS = 'respond reply answer react sync connect process update work'.split(' ');
/**
 * What a device, app or server does, failing or working: every base, third-person and past form of FAULT_VERBS and
 * BEHAVE_VERBS, lower-case ("crashes", "shut", "froze", "responds"). Session 31 renamed it from FAULT_FORMS: it
 * holds the working verbs too.
 */
const DEVICE_VERB_FORMS = new Set(formsOf([...FAULT_VERBS, ...BEHAVE_VERBS], ['s', 'past', 'base']));
/**
 * A thing as subject (a pronoun, or a determiner and one or two words), an optional adverb, a word (the verb), then at
 * most three words (particles, objects: "shuts down", "logs me out", "goes black") up to the speed word. Group 1 the
 * word before the subject, group 2 the subject, group 3 the verb.
 */
const THING_VERB =
  /(?:^|([\p{L}'’]+)\s{1,3})(it|this|that|they|(?:the|my|our|your|his|her|their|its|this|that)\s{1,3}[\p{L}-]{2,20}(?:\s{1,3}[\p{L}-]{2,20})?)\s{1,3}(?:(?:just|then|always|also|still|now|simply|automatically|randomly|often|sometimes|even|literally)\s{1,3})?(\p{L}{2,20})(?:\s{1,3}[\p{L}'’]{1,12}){0,3}\s{1,3}$/iu;
/** Words before the subject that make the thing the object of a request: "need it fixed", "get my card unblocked". */
const REQUEST_BEFORE = new Set('need needs needed want wants wanted get have has had make let like please pls plz'.split(' '));

/**
 * Whether the hurry reading at `span` ends in a speed word that tells how a thing fails (see the note above): in the
 * clause before the speed word, a thing (THING_VERB) as subject of a fault verb (DEVICE_VERB_FORMS), with no
 * request word right before the subject (REQUEST_BEFORE) and no person as the subject's head.
 */
export function faultSpeed(view: TextView, span: Span): boolean {
  const scan = view.scan;
  const tail = scan.slice(Math.max(span.start, span.end - 30), span.end);
  const speed = FAULT_SPEED.exec(tail);
  if (!speed) return false;
  const at = span.end - tail.length + speed.index;
  const m = THING_VERB.exec(scan.slice(clauseStartBefore(scan, at, 100, STOP_OR_COMMA), at));
  if (!m) return false;
  const subject = m[2]!.toLowerCase();
  // the verb is a fault verb in the third person or the past ("crashes", "shut", "froze"), not the base after a pronoun ("they close")
  const verb = m[3]!.toLowerCase();
  if (!DEVICE_VERB_FORMS.has(verb) || REQUEST_BEFORE.has((m[1] ?? '').toLowerCase())) return false;
  // people as the subject's head (PERSON_NOUNS): their speed is service, not a fault
  return !PERSON_NOUNS.has(subject.split(/\s+/).at(-1)!);
}

//  6. A feature wished for (session 25; R-I4 counts "ASAP" "about his own issue"): "please add dark mode asap",
//     "introduce fixed deposits ASAP PLEASE", "bring back the old theme urgently" ask for the product to change, not
//     for this customer's problem by a near time. The clause of the time word holds a verb of adding to the product
//     and, after it, a noun of what a product offers. Not money or an account of the customer's own ("please add my
//     cashback asap", "enable my account asap"): those are the customer's issue.

/** A verb of adding to the product, then within four words a noun of what a product offers. */
const FEATURE_WISH =
  /(?<![\p{L}'’])(?:add|adding|introduce|implement|launch|include|bring(?:\s{1,3}back)?|provide|enable|support)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,4}?(?:feature|features|option|options|mode|scheme|schemes|facility|facilities|setting|settings|button|buttons|filter|filters|integration|integrations|widget|widgets|theme|themes|language|languages|support|functionality|version)(?![\p{L}'’])/iu;
/** The customer's own: a possessive or what the customer is owed right after the verb of adding. */
const OWN_OBJECT = /^(?:\p{L}{1,20}\s{1,3}){0,3}?(?:my|our|me|us)(?![\p{L}'’])|(?:money|amount|cashback|balance|refund|points|credit|salary)(?![\p{L}'’])/iu;

/**
 * Whether the hurry reading at `span` lies in a clause that wishes for a feature (see the note above): the clause up to
 * the span's end holds FEATURE_WISH, and the words the verb takes are not the customer's own (OWN_OBJECT).
 */
export function featureWish(view: TextView, span: Span): boolean {
  const scan = view.scan;
  const start = clauseStartBefore(scan, span.start, 160, STOP);
  const text = scan.slice(start, span.end);
  const m = FEATURE_WISH.exec(text);
  if (!m) return false;
  // a request about the customer's own problem between the wish and the time word is read on its own ("add dark mode
  // asap, also my login is broken, fix it asap")
  const between = text.slice(m.index + m[0].length, span.start - start);
  if (OWN_REQUEST.test(between)) return false;
  // nor a time word in a clause of its own after a comma or "and"/"but" with its own subject ("please add dark mode
  // asap, we need it today"; "add back the export, we need it for payroll today"): that clause says when the customer
  // needs it (session 25, lead, after the tester found the whole sentence read calm)
  if (/(?:,|\b(?:and|but|because|as|since))\s{1,3}(?:we|i|our|my|it|this|that|they|the\s+team)\b/iu.test(between)) return false;
  return !OWN_OBJECT.test(m[0].replace(/^\p{L}+\s{1,3}/u, ''));
}

/** A request about something broken or owed: "fix", "resolve", "refund", "unblock"… */
const OWN_REQUEST = /(?<![\p{L}'’])(?:fix|resolve|solve|sort|refund|return|unblock|unlock|restore|credit|reverse|reactivate|help|broken|not\s{1,3}working)(?![\p{L}'’])/iu;

//  7. A need that is over (session 27; RULINGS H1 counts a near time, an overdue wait or a need blocked RIGHT NOW): a
//     need, an event or a deadline the customer tells in the past — "I needed it yesterday for my meeting", "I needed
//     help urgently last night", "the deadline was on Friday", "I had to present at 9am" — is no time pressure left
//     when the message says the need is over ("but it's fine now", "never mind, a colleague lent me his laptop", "it
//     works again", "I don't need it anymore"), or says nothing that is still open (no "still", "yet", negation of
//     what came, present need, near time or question). Waits are not read here: a wait told in the past stays hurry
//     (R-U2, R-G2: "it took three weeks"). A present need beside it ("…, and I still need it today") is a clause of
//     its own and keeps its reading.

/** The clause tells a need, a duty or an event in the past: "needed", "had to", "was due", "was supposed to". */
const PAST_NEED =
  /(?<![\p{L}'’])(?:needed|wanted|had\s{1,3}to|was\s{1,3}due|were\s{1,3}due|was\s{1,3}(?:supposed|meant|scheduled)\s{1,3}to|were\s{1,3}(?:supposed|meant|scheduled)\s{1,3}to|was\s{1,3}hoping|were\s{1,3}hoping)(?![\p{L}'’])/iu;
/** A point in the past: "yesterday", "last night", "last Friday", "two days ago", "earlier today". */
const PAST_POINT = /(?<![\p{L}'’])(?:yesterday|last\s{1,3}(?:night|week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|ago|earlier\s{1,3}(?:today|this\s{1,3}week))(?![\p{L}'’])/iu;
/** A past copula or auxiliary: with PAST_POINT, a deadline or event told as past ("the deadline was yesterday"). */
const PAST_VERB = /(?<![\p{L}'’])(?:was|were|had|did|went|passed|missed|ended)(?![\p{L}'’])/iu;
/** A present need or a present copula in the clause: "I need", "we must", "it is due": the clause is not past. */
const PRESENT_NEED = /(?<![\p{L}'’])(?:need|needs|must|have\s{1,3}to|has\s{1,3}to|is\s{1,3}due|are\s{1,3}due|is|are|am|will)(?![\p{L}'’])/iu;
/** A wait, read by R-U2/R-G2 as hurry in any tense: the reading's own words name a span of time or a wait. */
const WAIT_WORDS = new RegExp(String.raw`(?<![\p{L}'’])(?:${TIME_UNITS}|wait\w{0,3}|hold|queue|still|since|took|ago|forever|ages)(?![\p{L}'’])`, 'iu');
/** The need is over: it was met, it works again, or the customer says it no longer matters. */
const NEED_OVER = new RegExp(
  String.raw`(?<![\p{L}'’])(?:(?:(?:it|that|this|everything|we|i)(?:'s|’s|'re|’re|'m|’m|\s{1,3}is|\s{1,3}are|\s{1,3}am)|its|thats|all)\s{1,3}(?:all\s{1,3})?(?:${SETTLED_WORDS})\s{1,3}now|(?:works|working|worked)\s{1,3}(?:again|fine\s{1,3}now)|(?:started|is|it's|it’s)\s{1,3}working\s{1,3}again|never\s{0,3}mind|nvm|(?:don't|dont|do\s{1,3}not|doesn't|doesnt|no\s{1,3}longer)\s{1,3}(?:need|matter)\s{0,3}(?:it|this|that|them)?\s{0,3}(?:anymore|any\s{1,3}more|now)|no\s{1,3}longer\s{1,3}(?:need|needed|urgent|matters|an\s{1,3}issue|a\s{1,3}problem)|not\s{1,3}(?:needed|urgent)\s{1,3}(?:anymore|any\s{1,3}more)|(?:got|had)\s{1,3}it\s{1,3}in\s{1,3}the\s{1,3}end|(?:managed|found\s{1,3}a\s{1,3}way)\s{1,3}(?:without|in\s{1,3}the\s{1,3}end|anyway)|too\s{1,3}late\s{1,3}now|lent\s{1,3}me|sorted\s{1,3}(?:it\s{1,3})?(?:out\s{1,3})?(?:myself|ourselves|now))(?![\p{L}'’])`,
  'giu',
);
/** A request right before: "I need it working again", "get it fixed now" wish the need over, they do not say it is. */
const WISHED = /(?<![\p{L}'’])(?:need|needs|want|wants|get|have|has|make|like|until|till|when|once|if)\s{1,3}(?:[\p{L}'’]{1,12}\s{1,3}){0,3}$/iu;

/** Whether `text` says a need is over (NEED_OVER) other than as what the customer asks for (WISHED). */
function saysOver(text: string): boolean {
  for (const m of text.matchAll(NEED_OVER)) if (!WISHED.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  return false;
}
/**
 * Something still open or pressing anywhere in the message: still, yet, a negation of what came or what works, a
 * present need, a near time, a demand for speed, a question (mood-words.ts, as mood-ended.ts's OPEN, for a need
 * instead of a wait), also a negation without its apostrophe ("dont"), any "now", a refund or compensation asked for.
 */
const STILL_OPEN = new RegExp(
  String.raw`(?<![\p{L}'’])(?:${stillOpenWords(String.raw`\s{1,3}`)}|cant|dont|doesnt|didnt|wont|isnt|now|refund\w*|compensat\w*)(?![\p{L}'’])|\?`,
  'iu',
);

/**
 * Whether the hurry reading at `span` (offsets in `view.scan`) tells a need that is over (see the note above): the
 * reading's words are no wait (WAIT_WORDS), and either its clause itself says the need was met (NEED_OVER: "it started
 * working again this morning" is when it ended), or its clause (from the last break before it to the first after
 * it) holds a past need (PAST_NEED) or a past point with a past verb (PAST_POINT, PAST_VERB) and no present need
 * (PRESENT_NEED), and the message says the need is over (NEED_OVER) or, outside that clause, nothing is still open
 * (STILL_OPEN).
 */
export function needOver(view: TextView, span: Span): boolean {
  const scan = view.scan;
  if (WAIT_WORDS.test(scan.slice(span.start, span.end))) return false;
  const start = clauseStartBefore(scan, span.start, 160, CLAUSE_BREAK);
  CLAUSE_BREAK.lastIndex = 0;
  const after = scan.slice(span.end, span.end + 160);
  const next = after.search(/[.,;:!?()\n]|\s[-–—]\s|(?<![\p{L}'’])(?:but|though|although|however|and|because|while|whereas|so)(?![\p{L}'’])/iu);
  const end = next === -1 ? span.end + after.length : span.end + next;
  const clause = scan.slice(start, end);
  // the time tells when the need was met ("…but it started working again this morning")
  if (saysOver(clause)) return true;
  const past = PAST_NEED.test(clause) || (PAST_POINT.test(clause) && PAST_VERB.test(clause));
  if (!past || PRESENT_NEED.test(clause.replace(PAST_NEED, ' '))) return false;
  if (saysOver(scan)) return true;
  return !STILL_OPEN.test(scan.slice(0, start) + ' ' + scan.slice(end));
}

//  8. A need blocked right now (session 33; RULINGS H1 "a stated need that is blocked right now (homework, pipelines,
//     work)"): in one clause, the customer or what is theirs ("I", "we", "my pipeline", "our builds") is blocked, down,
//     offline, locked out or on hold, or cannot do an act ("we can't deploy", "I can not buy any items"), and a word of
//     the present moment says it is so now: "right now", "currently", "presently", "at the moment", "as we speak". A
//     bare "now" is left out: "now I can't use it" most often tells what followed a change (a fault report), not a
//     clock. "Stuck" is left out too: "I'm currently stuck on step 3" asks how. Not a question, a condition, a habit or
//     people in general (NOT_OWN), nor a negated block ("we're not blocked right now"), nor an inability that is no act
//     on the case ("I can't afford it right now", "can't wait", "can't work out how"). A fault report is no blocked
//     need (H1; review of session 33): an inability counts only when it is whole ("can't deploy anything", "can not
//     buy any items", "at all"), not one feature ("I currently cannot edit my profile picture"), and the block is the
//     customer's own, with no other subject between ("I think your site is currently down" reports a fault). "atm" is
//     no moment: "cash at the ATM".
//     Session 34: a block that lasts until the company acts is pressing now as well (H1: blocked by the wait): "We're
//     blocked on the migration until you reply", "I can't log in at all until you unlock it", "we are stuck until we hear
//     back" (UNTIL_ANSWERED stands for the moment; "stuck" counts only with it, so "I'm currently stuck on step 3" stays).

/** The moment of speaking. */
const PRESENT_MOMENT = /(?<![\p{L}'’])(?:right\s{1,3}now|currently|presently|at\s{1,3}(?:the\s{1,3})?(?:moment|present)|as\s{1,3}we\s{1,3}speak)(?![\p{L}'’])/iu;
/**
 * A wait on the company that a block lasts until: "until you reply", "till someone answers", "until your team fixes it",
 * "until we hear back", "until this is resolved"; session 34: or until the thing the fix lies in works again ("Our
 * pipeline is down until the API key works", "till it comes back"), which only the company can bring about.
 */
const UNTIL_ANSWERED =
  /(?<![\p{L}'’])(?:until|till|til)\s{1,3}(?:(?:you|u|someone|somebody|support|your)(?:\s{1,3}\p{L}+)?|(?:we|i)\s{1,3}(?:hear|get\s{1,3}(?:a\s{1,3})?(?:reply|response|answer))|(?:this|it|that)(?:\s{1,3}is|\s{1,3}gets|['’]s)\s{1,3}(?:fixed|resolved|sorted|unblocked|restored)|(?:the|this|that|it)(?:\s{1,3}[\p{L}\p{N}-]+){0,3}?\s{1,3}(?:works|starts\s{1,3}working|comes\s{1,3}back|gets\s{1,3}fixed))(?![\p{L}'’])/iu;
/** The customer or what is theirs, as the clause's subject. */
const OWN_SUBJECT = /(?<![\p{L}'’])(?:i|we|i['’]m|we['’]re|im|my|our)(?![\p{L}'’])/iu;
/** A state of being blocked: "is blocked", "are currently down", "'m locked out", "has been on hold". */
const BLOCKED_STATE =
  /(?:(?<![\p{L}'’])(?:is|are|am|been|got|gets|get)|['’](?:s|re|m))\s{1,3}(?:(?:currently|presently|still|completely|totally|fully|now|right\s{1,3}now)\s{1,3})?(?:blocked|halted|down|offline|locked\s{1,3}out|on\s{1,3}hold|(stuck))(?![\p{L}'’])/iu;
/** An inability, its verb in group 1: "can't deploy", "cannot access", "unable to pay", "not able to log". */
const CANNOT = /(?<![\p{L}'’])(?:can['’]?t|cannot|can\s{1,3}not|unable\s{1,3}to|not\s{1,3}able\s{1,3}to)\s{1,3}(?:(?:even|currently|presently|really|actually)\s{1,3})?(\p{L}+)(\s{1,3}out)?(?![\p{L}'’])/iu;
/** Inabilities that are no act on the case: money, patience, a thought. */
const NOT_AN_ACT = new Set(['afford', 'wait', 'help', 'stress', 'thank', 'figure', 'decide', 'complain']);
/** A whole need blocked, not one feature: "can't deploy anything", "can not buy any items", "can't log in at all". */
const WHOLE = /(?<![\p{L}'’])(?:any|anything|anyone|at\s{1,3}all)(?![\p{L}'’])/iu;
/** Another owner or subject between the customer's word and the block: "I think your site is down". */
const OTHER_SUBJECT = /(?<![\p{L}'’])(?:your|you|the|this|that|it|its|his|her|their|they|he|she)(?![\p{L}'’])/iu;
/** A negation right before the state: "we're not blocked", "no longer down". */
const NOT_STATE = /(?<![\p{L}'’])(?:not|no\s{1,3}longer|never|n['’]t)\s{1,3}(?:\p{L}+\s{1,3})?(?:blocked|halted|down|offline|locked|on\s{1,3}hold|stuck)/iu;

/**
 * Spans (in `view.original`; the scan keeps offsets) of a need blocked right now (reading 8 above): in a clause (split at
 * CLAUSE_BREAK) of a sentence that is no question and holds none of NOT_OWN, an OWN_SUBJECT before a BLOCKED_STATE (not
 * NOT_STATE) or a CANNOT whose verb is an action (actions.ts isActionBase, none of NOT_AN_ACT, not "work out") with a
 * WHOLE object after it, no OTHER_SUBJECT between the two, and a PRESENT_MOMENT or UNTIL_ANSWERED in the same clause
 * (a BLOCKED_STATE of "stuck" with UNTIL_ANSWERED only). The span runs
 * over the block and the moment. At most one span. English only.
 */
export function blockedNow(view: TextView): Span[] {
  for (const sp of view.sentences) {
    const sentence = view.scan.slice(sp.start, sp.end);
    const question = /\?/.test(view.scan.slice(Math.max(sp.start, sp.end - 1), sp.end + 1));
    if (question || !(PRESENT_MOMENT.test(sentence) || UNTIL_ANSWERED.test(sentence)) || NOT_OWN.test(sentence)) continue;
    let from = 0;
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      const at = sentence.indexOf(clause, from);
      from = at + clause.length;
      const until = UNTIL_ANSWERED.exec(clause);
      const moment = PRESENT_MOMENT.exec(clause) ?? until;
      const subject = OWN_SUBJECT.exec(clause);
      if (!moment || !subject) continue;
      const found = BLOCKED_STATE.exec(clause);
      const state = found && (!found[1] || until) ? found : null;
      const cannot = CANNOT.exec(clause);
      const block =
        state && !NOT_STATE.test(clause)
          ? state
          : cannot &&
              !cannot[2] &&
              !NOT_AN_ACT.has(cannot[1]!.toLowerCase()) &&
              isActionBase(cannot[1]!.toLowerCase()) &&
              WHOLE.test(clause.slice(cannot.index + cannot[0].length))
            ? cannot
            : null;
      if (!block || block.index < subject.index) continue;
      if (OTHER_SUBJECT.test(clause.slice(subject.index + subject[0].length, block.index))) continue;
      const start = Math.min(block.index, moment.index);
      const end = Math.max(block.index + block[0].length, moment.index + moment[0].length);
      return [{ start: sp.start + at + start, end: sp.start + at + end }];
    }
  }
  return [];
}

//  9. A hurry word inside a condition that is put as a question or a supposition (session 33; R-U1 "hypothetical or
//     general time pressure is not hurry"): "is there a fee if I need it today?", "if this happens during our launch
//     tomorrow we'd be stuck" (the pack's repeat situation reads "if no one answers the door" the same way). The
//     reading lies inside an "if"/"unless"/"in case"/"whenever" clause (no comma or stop between the opening word and
//     the reading: "if I open the app it crashes, can you fix this urgently?" asks in its main clause, and the hurry
//     there stays), and the sentence asks ("?") or supposes (would, could, might, 'd) outside that opening word's own
//     words. An "if" that opens a polite request ("I'd appreciate it if you could sort this ASAP", "it would be great if
//     you could fix this today") supposes nothing: its hurry stays. An ultimatum keeps its hurry: "if it isn't fixed by
//     tomorrow I'll cancel" states what will follow, neither asks nor supposes. An "if" that means "whether" ("I'm
//     wondering if the station will be open tomorrow") is no condition.

/** The word that opens a condition, not after a verb of asking or knowing ("wondering if" = whether). */
const CONDITION = /(?<![\p{L}'’])(?<!(?:wonder\w*|ask\w*|know|sure|see|check\w*|tell\s{1,3}me|curious|unsure)\s{1,3})(?:if|unless|in\s{1,3}case|whenever|what\s{1,3}if)(?![\p{L}'’])/giu;
/** A condition that opens a polite request: "if you could", "if you would please", "if you can". */
const POLITE_IF = /^\s{0,3}you\s{1,3}(?:could|would|can|will|['’]d|please|kindly)(?![\p{L}'’])/iu;
/** A supposed consequence: would, could, might, 'd. */
const SUPPOSED = /(?<![\p{L}'’])(?:would|could|might)(?![\p{L}'’])|[\p{L}]['’]d(?![\p{L}'’])/iu;

/**
 * Whether the hurry reading at `span` (offsets in `view.scan`) lies in a condition put as a question or a supposition
 * (reading 9 above): the last CONDITION after the start of its clause (the last STOP before the span) has no comma
 * between it and the span and opens no polite request (POLITE_IF), and the sentence ends in "?" or holds SUPPOSED.
 */
export function supposedCondition(view: TextView, span: Span): boolean {
  const i = sentenceAt(view, span.start);
  const sp = i === -1 ? undefined : view.sentences[i];
  if (!sp) return false;
  const start = Math.max(sp.start, clauseStartBefore(view.scan, span.start, 160, STOP));
  const before = view.scan.slice(start, span.start);
  const opening = [...before.matchAll(CONDITION)].pop();
  if (!opening) return false;
  const inside = before.slice(opening.index + opening[0].length);
  if (/,/.test(inside) || POLITE_IF.test(inside)) return false;
  const sentence = view.scan.slice(sp.start, Math.max(sp.end, span.end));
  const question = /\?/.test(view.scan.slice(Math.max(sp.start, sp.end - 1), sp.end + 1)) || /\?/.test(sentence);
  return question || SUPPOSED.test(sentence);
}

//  9. A span of time that measures a fault, not a wait (session 36; RULINGS H1 counts "a long or overdue wait", R-U2
//     "a date or duration that is part of a fact" is not hurry): a rate — a count of events before "in"/"within" and a
//     span ("crashed 4 times in 2 hours", "three disconnects within an hour") — or an onset — the span, then a subject
//     that starts to see or suffer the fault ("within a minute or so we start seeing errors", "in 10 minutes it begins
//     to lag"). Neither is time the customer has waited or has left. And "at once" that means together ("buy all of the
//     classes at once", "both ports fail at once") is no demand for speed (H1 "an explicit near time").

/**
 * A count of events right before the span's "in"/"within": "4 times", "twice", "three crashes", "dozens of errors".
 * Not a count of contact attempts ("5 messages in 2 weeks", "three calls within a day"): those are the wait itself
 * (RULINGS H1 "a long or overdue wait"), so CONTACT_ATTEMPTS are no fault events.
 */
const CONTACT_ATTEMPTS = String.raw`(?:messages|emails|e-mails|mails|calls|requests|tickets|replies|chats|texts|complaints|reminders|follow-ups)`;
const EVENT_COUNT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}'’])(?:once|twice|thrice|(?:\d{1,4}|${NUMBER_WORDS}|several|many|multiple|a\s{1,3}few|a\s{1,3}couple(?:\s{1,3}of)?|dozens\s{1,3}of|a\s{1,3}dozen)\s{1,3}(?:more\s{1,3})?(?:times|(?!${CONTACT_ATTEMPTS}(?![\p{L}'’-]))\p{L}{3,}s))\s{1,3}$`,
  'iu',
);
/** The span's own words: "in"/"within", then a count or an article and a unit of time. */
const IN_SPAN = new RegExp(String.raw`^(?:in|within)\s{1,3}(?:a|an|one|half\s{1,3}an?|about|around|under|less\s{1,3}than|\d{1,4}|${NUMBER_WORDS}|a\s{1,3}few|a\s{1,3}couple\s{1,3}of)(?:\s{1,3}(?:more|\d{1,4}))?\s{0,3}(?:secs?|seconds?|${TIME_UNITS})$`, 'iu');
/**
 * After the span: an optional "or so", a subject, then a verb of beginning with a verb of seeing or suffering the fault
 * ("we start seeing errors", "it begins to lag", "I start getting timeouts").
 */
const ONSET_AFTER =
  /^(?:\s{1,3}or\s{1,3}so)?[\s,]{1,4}(?:(?:we|i|it|they|you|the\s{1,3}[\p{L}-]{2,20})\s{1,3})(?:start|starts|started|begin|begins|began)\s{1,3}(?:to\s{1,3})?(?:see|seeing|get|getting|notice|noticing|hit|hitting|lag|lagging|crash|crashing|fail|failing|drop|dropping|freeze|freezing|hang|hanging|throw|throwing|show|showing|stutter|stuttering|lose|losing|error|erroring)(?![\p{L}'’])/iu;

/**
 * Whether the hurry reading at `span` (offsets in `view.scan`) is a span of time that measures a fault (see the note
 * above): "in"/"within" and a span (IN_SPAN) after a count of events (EVENT_COUNT_BEFORE, same clause) or before the
 * onset of a fault (ONSET_AFTER). Source of the cases: replies-roguedev and replies-rdmavendor reports read as hurried.
 */
export function faultMeasure(view: TextView, span: Span): boolean {
  const scan = view.scan;
  if (!IN_SPAN.test(scan.slice(span.start, span.end).trim())) return false;
  const before = scan.slice(clauseStartBefore(scan, span.start, 80, STOP), span.start);
  return EVENT_COUNT_BEFORE.test(before) || ONSET_AFTER.test(scan.slice(span.end, span.end + 80));
}

/** Words that make "at once" mean together: every one of a set, or a number of things ("all", "both", "multiple"). */
const TOGETHER_BEFORE = /(?<![\p{L}'’])(?:all|both|every|everything|everyone|each|multiple|several|many|two|three|together)(?![\p{L}'’])/iu;

/**
 * Whether the hurry reading at `span` ends in "at once" that means together (see the note above): its clause, up to the
 * span, holds TOGETHER_BEFORE. "Refund me at once" keeps its demand; "buy all of the classes at once" is about how many.
 */
export function togetherAtOnce(view: TextView, span: Span): boolean {
  const scan = view.scan;
  if (!/at\s{1,3}once$/iu.test(scan.slice(span.start, span.end))) return false;
  return TOGETHER_BEFORE.test(scan.slice(clauseStartBefore(scan, span.end, 100, STOP_OR_COMMA), span.end));
}
