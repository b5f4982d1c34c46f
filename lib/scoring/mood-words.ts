// Word lists that more than one reading of the customer's message uses, written once. They are regular
// expression alternatives (English), joined with `|`; each reading puts them inside its own word edges (`\b`, or
// no letter or apostrophe around), adds the words only it needs, and says how far apart the words of a phrase
// may be (`gap`). The readings share the lists; they are not the same reading.
// Pure (no DOM).

/** Units of a short span of time, minutes and hours: "in 20 mins", "within 2 hours" (still today). */
export const SHORT_TIME_UNITS = String.raw`minutes?|mins?|hours?|hrs?`;

/** Units of a span of time: "30 minutes", "2 hrs", "three weeks", "a month". */
export const TIME_UNITS = String.raw`${SHORT_TIME_UNITS}|days?|weeks?|wks?|months?`;

/**
 * Events a customer must be ready for at a time (singular, plain words: a reading may also split the list on `|`
 * into a word set): "before my call", "the demo starts at 3". mood-deadline.ts (a deadline's event) and
 * mood-sarcasm.ts (an event starting soon) each add their own: a "session", a "board" or a "show" that starts soon
 * presses, but named after a deadline word they read calm customers as hurried (session 28 review), so only
 * mood-sarcasm.ts lists them.
 */
export const EVENT_NOUNS = 'meeting|call|presentation|demo|interview|flight|train|class|lecture|exam|appointment|event|conference|webinar|workshop|audit|inspection|launch|go-live|deadline';

/** What keeps a matter open or pressing, its phrases' words `gap` apart ("have to"); see `stillOpenWords`. */
const STILL_OPEN = ['still', 'yet', 'not', 'no', 'never', "n['’]t", 'nothing', 'nobody', 'need', 'needs', 'must', 'have to', 'has to', String.raw`urgent\w*`, 'asap', 'today', 'tonight', 'tomorrow', 'when will', 'how long', 'again and again', 'broken', 'missing'];

/**
 * Something still open or pressing in a customer's message: still, yet, a negation, a need, a near time, a
 * question of when, a fault. The alternatives, with `gap` (a regular expression source: " ", `\s{1,3}`) between
 * the words of a phrase. mood-ended.ts (a wait that ended well) and mood-hurry.ts (a need that is over) read
 * these as "not over yet", each with words of its own.
 */
export function stillOpenWords(gap: string): string {
  return STILL_OPEN.map((w) => w.replaceAll(' ', gap)).join('|');
}

/**
 * What makes a sentence no present need of the customer's own (RULINGS H1 needs the customer's near time; R-U1): a
 * condition, a made-up case, a habit, or a rule told of people in general. Its phrases' words `gap` apart; an
 * apostrophe matches straight or curly ("let's say", "let’s say"). mood-hurry.ts (a time-bound need) and
 * mood-deadline.ts (a deadline need) read a sentence with any of these as no hurry.
 */
const NOT_OWN_NEED = [
  'if', 'what if', 'in case', 'unless', 'whether', "let['’]s say", 'let us say', 'say we', 'for example', 'for instance', String.raw`e\.g\.`,
  'imagine', 'suppose', 'supposing', 'assuming', 'hypothetically', 'every', 'each', 'usually', 'normally', 'always', 'generally', 'typically',
  'customers', 'users', 'people', 'anyone (?:who|that)', 'someone (?:who|that)',
];

/** The alternatives of NOT_OWN_NEED, with `gap` (a regular expression source) between the words of a phrase. */
export function notOwnNeedWords(gap: string): string {
  return NOT_OWN_NEED.map((w) => w.replaceAll(' ', gap)).join('|');
}
