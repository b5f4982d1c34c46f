// Whose clock is it? (session 31, issue 14; RULINGS H1 needs the customer's own near time, overdue wait or blocked
// need). Two readings that set aside a time the other hurry readers found but that puts no clock on the customer:
//  1. A sanction's length: "my account was suspended for 15 days", "banned for 3 days", "locked for 24 hours", "a
//     15-day suspension" tell how long a penalty lasts, not how long the customer has waited nor by when they need
//     anything. A time told as elapsed ("it has been suspended for 15 days now") stays a wait (R-U3), and a need said
//     beside it ("… and I need it for work today") is read by the other readers on its own words.
//  2. A date the customer is not bound to: a public event's date ("the contest deadline is Friday", "the tournament
//     starts tomorrow") in a sentence where the customer states no stake of their own (no I, we, my, our with a
//     block or a need: "… and my entry won't upload" keeps it; nor any fault that blocks the customer, "the promo ends
//     tonight and the code doesn't work"), and a deadline that is over or asked about as a rule
//     ("I missed the deadline", "the deadline passed", "What is the deadline for …?"), or moved, told as news with no
//     stake ("The deadline was moved to Friday. Where do I upload?", session 32). Someone else's clock that the
//     customer acts on ("my friend's flight is tomorrow and her booking shows cancelled", "my son's exam is tomorrow
//     and he can't log in") is not set aside: the customer acts for a third party with a clock (session 31 brief).
// English; pure (no DOM); constant work per span.
import { NUMBER_WORDS, SHORT_TIME_UNITS, WEEKDAYS } from './mood-words';
import { sentenceAt, type TextView } from './text';

type Span = { start: number; end: number };

/**
 * Words of a penalty on an account or a player: the verbs and their nouns ("suspended", "a ban", "timed out"). Not
 * "blocked", "frozen" or "disabled": a card or wallet held in that state for days is the customer's money held (R-L2,
 * R-U3), which a wait reads.
 */
export const SANCTION = String.raw`suspended|suspension|banned|ban|locked|lock|restricted|restriction|muted|mute|silenced|barred|timed\s{1,3}out|timeout|penali[sz]ed|penalty`;
/** A count of a span of time: "15 days", "24 hours", "a week", "three-day". */
const COUNTED = String.raw`(?:\d{1,4}|an?|${NUMBER_WORDS}|several|few)[\s-]{0,3}(?:${SHORT_TIME_UNITS}|days?|weeks?|wks?|months?)`;
/**
 * The penalty, then its length ("suspended for 15 days", "banned for another 3 days", "locked for 24 hours"), or the
 * length as the penalty's modifier ("a 15 day suspension", "24-hour ban"). Not "locked out" (a fault the customer is
 * in, R-U3).
 */
const SANCTION_TERM = new RegExp(
  String.raw`(?<![\p{L}'’])(?:(?:${SANCTION})\s{1,3}(?:for\s{1,3})?(?:(?:another|a\s{1,3}further|over|about|around|up\s{1,3}to|only|just)\s{1,3})?${COUNTED}|${COUNTED}\s{1,3}(?:${SANCTION}))(?![\p{L}'’])`,
  'giu',
);
/**
 * A time told as elapsed: "has been suspended for …", "for 15 days now", "… and still", and a point in the past
 * ("suspended 2 weeks ago": the wait since then is the customer's, R-U3).
 */
const ELAPSED_BEFORE = /(?<![\p{L}'’])(?:been|since)\s{1,3}(?:\p{L}+\s{1,3})?$/iu;
const ELAPSED_AFTER = /^\s{0,3}(?:now|already|ago|so\s{1,3}far|and\s{1,3}(?:still|counting))(?![\p{L}'’])/iu;

/**
 * Whether the hurry reading at `span` (offsets in `view.scan`) is the length of a penalty (reading 1 above): a
 * SANCTION_TERM overlaps the span, no "been"/"since" stands right before it and no "now", "already", "so far" or "and
 * still" right after it.
 */
export function sanctionTerm(view: TextView, span: Span): boolean {
  const scan = view.scan;
  const lo = Math.max(0, span.start - 40);
  const text = scan.slice(lo, Math.min(scan.length, span.end + 40));
  for (const m of text.matchAll(SANCTION_TERM)) {
    const start = lo + m.index;
    const end = start + m[0].length;
    if (end <= span.start || start >= span.end) continue;
    if (ELAPSED_BEFORE.test(scan.slice(Math.max(0, start - 30), start)) || ELAPSED_AFTER.test(scan.slice(end, end + 24))) continue;
    return true;
  }
  return false;
}

/**
 * Public events a customer may join or watch but is not held to: a contest, a sale, a tournament. Their date is the
 * event's, not the customer's, until the customer says what of theirs hangs on it (FIRST_PERSON and STAKE). One list
 * for PUBLIC_EVENT and OWN_EVENT. "Sale" is not "sales team" or "sales rep" (people to talk to, not an event).
 */
const PUBLIC_EVENT_NOUNS = String.raw`contests?|competitions?|giveaways?|raffles?|sweepstakes|lottery|lotteries|prize\s{1,3}draws?|promotions?|promos?|sales?(?!\s{1,3}(?:team|reps?|department|dept|staff|agents?|person|people|manager|office|desk|line)(?![\p{L}'’]))|flash\s{1,3}sale|tournaments?|leagues?|season|festival|early[\s-]bird|voting|polls?|beta`;
const PUBLIC_EVENT = new RegExp(String.raw`(?<![\p{L}'’])(?:${PUBLIC_EVENT_NOUNS})(?![\p{L}'’])`, 'iu');
/** A possessive of the customer's right before the event: "our sale starts tomorrow" is their own launch. */
const OWN_EVENT = new RegExp(String.raw`(?<![\p{L}'’])(?:my|our)\s{1,3}(?:\p{L}+\s{1,3})?(?:${PUBLIC_EVENT_NOUNS})(?![\p{L}'’])`, 'iu');
/**
 * A fault that blocks what the customer came to do, whoever's event the date is: "the code doesn't work", "checkout is
 * down", "the portal won't load" (session 31 review: a clock plus a block is hurry, H1).
 */
const BLOCK_WORDS = String.raw`can['’]?t|cannot|can\s{1,3}not|won['’]?t|unable|not\s{1,3}able|fail\w*|stuck|locked|blocked|doesn['’]?t\s{1,3}(?:work|load|open|apply|go\s{1,3}through)|does\s{1,3}not\s{1,3}(?:work|load|open|apply)|isn['’]?t\s{1,3}(?:working|loading|opening)|not\s{1,3}(?:working|loading|opening)|(?:is|are|was|went)\s{1,3}down|broken|crash\w*|error\w*`;
const BLOCK = new RegExp(String.raw`(?<![\p{L}'’])(?:${BLOCK_WORDS})(?![\p{L}'’])`, 'iu');
/**
 * The customer's own stake in the sentence: a first-person word with a BLOCK, a need, a negated state or a request to
 * act ("my entry won't upload", "we need it", "my code doesn't apply", "can you fix my upload").
 */
const FIRST_PERSON = /(?<![\p{L}'’])(?:i|i'm|i’m|im|i've|i’ve|we|we're|we’re|my|our|me|us)(?![\p{L}'’])/iu;
const STAKE = new RegExp(
  String.raw`(?<![\p{L}'’])(?:${BLOCK_WORDS}|need\w*|must|ha(?:ve|s)\s{1,3}to|doesn['’]?t|does\s{1,3}not|isn['’]?t|(?:can|could|would|will)\s{1,3}(?:you|u|someone|somebody))(?![\p{L}'’])`,
  'iu',
);
/** A reading that names a date or a deadline ("tomorrow", "by Friday", "at 5pm", "deadline")... */
const DATE = new RegExp(
  String.raw`(?<![\p{L}'’])(?:deadlines?|today|tonight|tomorrow|${WEEKDAYS}|weekend|noon|midday|midnight|morning|afternoon|evening|week|month|end\s{1,3}of)(?![\p{L}'’])|\d`,
  'iu',
);
/** ...and not a wait, whose "still" or "waiting" is the customer's own however public the event ("the sale ended and I still have no refund"). */
const WAITED = /(?<![\p{L}'’])(?:still|wait\w*|yet|since|ago|n['’]?t|not|no|never)(?![\p{L}'’])/iu;
/** The word "deadline" in a hurry reading (unboundDate reads the sentence around it). */
const DEADLINE_WORD = /deadline/i;
/** A deadline that is over: "missed the deadline", "the deadline passed", "past the deadline", "deadline was extended". */
const DEADLINE_OVER =
  /(?<![\p{L}'’])(?:(?:missed|past|after|passed|extended)\s{1,3}(?:\p{L}+\s{1,3}){0,2}deadlines?|deadlines?\s{1,3}(?:has\s{1,3}|had\s{1,3}|have\s{1,3}|was\s{1,3}|is\s{1,3})?(?:passed|expired|gone|over|extended|missed))(?![\p{L}'’])/iu;
/**
 * A deadline told as news of a change: "the deadline was moved to Friday", "they pushed the deadline back", "the
 * deadline has been rescheduled". The rule changed; whether its clock binds the customer is for a stake to say.
 */
const CHANGED = String.raw`moved|changed|shifted|pushed|postponed|rescheduled|delayed|put\s{1,3}back`;
/**
 * A deadline moved earlier is a tighter clock, not news of a rule that eases: "brought forward", "moved up", "pulled
 * in", "earlier", "sooner" in the sentence keep the reading (R8, session 32).
 */
const DEADLINE_EARLIER =
  /(?<![\p{L}'’])(?:(?:brought|moved|pulled|pushed|bumped)\s{1,3}(?:\p{L}+\s{1,3})?(?:forward|up|in)|earlier|sooner)(?![\p{L}'’])/iu;
const DEADLINE_MOVED = new RegExp(
  String.raw`(?<![\p{L}'’])(?:(?:${CHANGED})\s{1,3}(?:\p{L}+\s{1,3}){0,2}deadlines?|deadlines?\s{1,3}(?:(?:has|had|have|was|were|is|got|been)\s{1,3}){0,2}(?:${CHANGED}))(?![\p{L}'’])`,
  'iu',
);
/**
 * A question about the rule: "What is the deadline for …?", "When's the deadline?" (H1: a polite when). The form asks,
 * with or without its "?".
 */
const DEADLINE_ASKED = /^\s*(?:\p{L}+[,\s]{1,3}){0,3}?(?:when|what)(?:['’]s|\s{1,3}(?:is|was|are|will\s{1,3}be|would\s{1,3}be))\s{1,3}(?:the|your)\s{1,3}(?:\p{L}+\s{1,3}){0,2}deadlines?(?![\p{L}'’])/iu;

/**
 * Whether the hurry reading at `span` (offsets in `view.scan`) is a date the customer is not bound to (reading 2
 * above): the reading is the word "deadline" in a sentence that tells the deadline as over (DEADLINE_OVER); or, with
 * no stake of the customer's in the sentence (FIRST_PERSON and STAKE) and no BLOCK, the reading is a DATE and no wait (WAITED) in a
 * sentence that names a PUBLIC_EVENT not the customer's own (OWN_EVENT), or the reading is "deadline" in a question of what or when it is
 * (DEADLINE_ASKED) or in news that it was moved (DEADLINE_MOVED: "The deadline was moved to Friday. Where do I upload?"), unless
 * moved earlier (DEADLINE_EARLIER: "Our deadline was brought forward to Monday.").
 */
export function unboundDate(view: TextView, span: Span): boolean {
  const i = sentenceAt(view, span.start);
  const sp = i === -1 ? span : view.sentences[i]!;
  const sentence = view.scan.slice(sp.start, Math.max(sp.end, span.end));
  const reading = view.scan.slice(span.start, span.end);
  const deadline = DEADLINE_WORD.test(reading);
  // a deadline gone by is no clock, whatever else the sentence says; the other readers read a block beside it
  if (deadline && DEADLINE_OVER.test(sentence)) return true;
  if ((FIRST_PERSON.test(sentence) && STAKE.test(sentence)) || BLOCK.test(sentence)) return false;
  if (PUBLIC_EVENT.test(sentence) && !OWN_EVENT.test(sentence) && DATE.test(reading) && !WAITED.test(reading)) return true;
  return deadline && (DEADLINE_ASKED.test(sentence) || (DEADLINE_MOVED.test(sentence) && !DEADLINE_EARLIER.test(sentence)));
}

/**
 * A verb whose "for <span>" measures a visit or a price, not a wait: "we slept there for two nights", "we were there
 * for a week", "I paid 500 for a month", "booked the room for 3 nights", "rented it for a week". Up to three words
 * (a place, an amount) may stand between the verb and "for"; group 1 holds them.
 */
const VISIT_OR_RATE_BEFORE = /(?<![\p{L}'’])(?:stay(?:ed|ing)?|slept|lodged|visited|booked|rented|hired|pa(?:y|id|ying)|charged?|costs?)((?:\s{1,3}[\p{L}\p{N}$£€₹.,'’-]+){0,3}?)\s{1,3}$/iu;
/** Where one stays to wait, not to lodge: "stayed on the line", "stayed on hold", "stayed in the queue", "in the lobby". */
const WAIT_PLACE = /(?<![\p{L}'’])(?:line|hold|queue|phone|call|chat|lobby|waiting)(?![\p{L}'’])/iu;
/** After "for <time>" in the same clause, a wait told: "…for 3 hours waiting for our room", "…and nobody picked up". */
const WAIT_AFTER = /^[^.!?;]*?(?<![\p{L}'’])(?:wait(?:ing|ed)?|nobody|no\s{1,3}one|still|picked\s{1,3}up)(?![\p{L}'’])/iu;
/** A reading that opens with "for": "for 3 days". */
const FOR_OPENING = /^\s*for\b/i;
/** "been <verb> … " right before "for": a wait told with a verb of paying ("I've been charged for 3 months"). */
const BEEN_BEFORE = /(?<![\p{L}'’])been\s{1,3}\p{L}+\s{1,3}(?:\S+\s{1,3}){0,3}$/iu;

/**
 * Session 45 (RULINGS H1: hurry is the customer's own clock — an overdue wait or a deadline): whether the hurry reading at
 * `span` (offsets in `view.scan`) is "for <time>" after a verb of staying or paying (VISIT_OR_RATE_BEFORE): the length
 * of a hotel stay or the period a price buys ("we slept there for two nights", "I paid 500 for a month"). Not a wait
 * told with such a verb and "been"/"since"/"now" ("I've been charged for 3 months and still no refund" keeps "been"),
 * not "stayed" meaning waited — a place of waiting between the verb and "for" (WAIT_PLACE: "stayed on the line for 2
 * hours") or a wait told after it in the clause (WAIT_AFTER: "stayed in the hall for 3 hours waiting") — and not
 * "waiting for 3 days" (no such verb). English.
 */
export function visitOrRate(view: TextView, span: Span): boolean {
  const scan = view.scan;
  if (!FOR_OPENING.test(scan.slice(span.start, span.end))) return false;
  const after = scan.slice(span.end, span.end + 80);
  if (ELAPSED_AFTER.test(after) || WAIT_AFTER.test(after)) return false;
  const before = scan.slice(Math.max(0, span.start - 48), span.start);
  const m = VISIT_OR_RATE_BEFORE.exec(before);
  return m !== null && !WAIT_PLACE.test(m[1] ?? '') && !BEEN_BEFORE.test(before);
}
