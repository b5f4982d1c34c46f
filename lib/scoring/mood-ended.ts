// A wait that ended well (session 20, issue 14, from the review of session 19's tree): "I waited 3 days for
// the package and it arrived, it's great", "We waited two weeks for the engineer but he fixed it in ten
// minutes, brilliant service." tell a stated waiting time (RULINGS H1's "long or overdue wait"), but the
// wait is over and the customer is pleased: no time pressure is left, so the coach should not open with
// "I know your time is short". R-U2 and R-G2 (corpus-extra/README.md) keep a past wait as hurry when it is
// told as a complaint ("It took me 30 minutes to get a cold sub!!!"); this reading leaves those alone: it
// needs the outcome reported as arrived, fixed or working, a message that reads as praise or relief, and
// nothing still open (no "still", "yet", no near time or need).
// English (the lexicon is English); pure (no DOM). Linear in the message.
import { valencesOf } from './mood-sentiment';
import { SETTLED_WORDS, stillOpenWords } from './mood-words';
import type { TextView } from './text';

/** What the wait was for turned up or was done: "it arrived", "finally came", "he fixed it", "works now". */
const OUTCOME =
  /\b(?:arrived|came|showed up|turned up|got here|(?:was|were|got) (?:delivered|fixed|sorted|resolved|refunded|credited|installed|connected|replaced)|delivered|fixed (?:it|them|everything|the \w+)|sorted (?:it|them|everything) out|resolved (?:it|them|everything)|got (?:it|them|my \w+|the \w+|a (?:reply|response|refund|replacement))|received (?:it|them|my \w+|the \w+)|(?:works|working) (?:now|again|fine|perfectly|great)|(?:worked|works) (?:perfectly|great|fine|like a charm))\b/i;
/** A wait the customer told: a past "waited", a wait that "took", "after … days/hours". */
const WAIT = /\b(?:waited|waiting|took|after|it(?:'|’)?s been|had been|been)\b/i;
/**
 * Something still open, owed or pressing: the customer still waits or needs something now (mood-words.ts), asks
 * why, or the thing that came is damaged, wrong, cold or late; "now" unless it says the matter is settled ("works
 * now", "all good now": SETTLED_WORDS).
 */
const OPEN = new RegExp(String.raw`\b(?:${stillOpenWords(' ')}|(?<!\b(?:${SETTLED_WORDS}) )now|why|damaged|wrong|cold|late)\b|\?`, 'i');
/** VADER compound of the whole message at or above which it reads as praise or relief ("it's great" 0.62). */
export const ENDED_WAIT_VALENCE = 0.4;

/**
 * Whether the customer's message tells a wait that is over and ended well: a wait (WAIT), its outcome
 * reported as arrived, fixed or working (OUTCOME), nothing still open or pressing (OPEN: "still", a
 * negation, a need, a near time, a question, a fault of the thing that came), and the whole message
 * reading as praise or relief (VADER compound, mood-sentiment.ts, ≥ ENDED_WAIT_VALENCE). When true, the
 * hurry a stated waiting time suggests is not there (mood.ts drops it).
 */
export function waitEndedWell(view: TextView): boolean {
  const t = view.scan;
  if (!WAIT.test(t) || !OUTCOME.test(t) || OPEN.test(t)) return false;
  return valencesOf(view).raw(t) >= ENDED_WAIT_VALENCE;
}
