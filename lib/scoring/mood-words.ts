// Word lists that more than one reading of the customer's message uses, written once. They are regular
// expression alternatives (English), joined with `|`; each reading puts them inside its own word edges (`\b`, or
// no letter or apostrophe around), adds the words only it needs, and says how far apart the words of a phrase
// may be (`gap`). The readings share the lists; they are not the same reading.
// Pure (no DOM).

import { IRREGULAR_VERBS, verbForms } from './inflect';

/** Units of a short span of time, minutes and hours: "in 20 mins", "within 2 hours" (still today). */
export const SHORT_TIME_UNITS = String.raw`minutes?|mins?|hours?|hrs?`;

/** Units of a span of time: "30 minutes", "2 hrs", "three weeks", "a month". */
export const TIME_UNITS = String.raw`${SHORT_TIME_UNITS}|days?|weeks?|wks?|months?`;

/**
 * The first person as a sentence's subject, as tokens.ts splits it (lower case; "I'm" → i + 'm, "Im", "Ive"). mood.ts
 * reads a judgement of oneself after it ("I'm so bad at this"), mood-quality.ts a state of one's own ("I am slow").
 */
export const FIRST_PERSON_SUBJECTS: readonly string[] = ['i', 'we', 'im', 'ive'];

/** Possessive determiners of a person (lower case): "my", "our", "your", "his", "her", "their". */
export const PERSONAL_POSSESSIVES: readonly string[] = ['my', 'our', 'your', 'his', 'her', 'their'];

/**
 * Cardinal numbers spelt out, one to sixty (regular expression alternatives, lower case): the count of a span of time
 * or of events ("three days", "within fifteen minutes", "twelve crashes"). mood-hurry.ts (a fault's count and span),
 * mood-stakes.ts (a sanction's length) and mood-time.ts (a step's length) read them; digits, articles and vague counts
 * ("a few", "several") each reading adds itself, since which of them fit differs by reading. mood-learned.ts keeps its
 * own shorter list: it defines a trained feature (`dur`), and changing it changes what the learned weights were fit to.
 * Session 37 tidy: the three readings had three different subsets of these words.
 */
export const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty';

/**
 * Verbs that link a subject to a word that describes it, in the present tense ("is", "seems", "feels", "looks";
 * lower-case tokens as tokens.ts splits them: "'s", "'re"): "the app is slow", "the menus feel clunky". mood.ts
 * COPULA adds the other tenses and the negated stems; mood-quality.ts adds verbs of running ("runs sluggish").
 */
export const PRESENT_COPULA_WORDS: readonly string[] = ['is', "'s", 'are', "'re", 'seems', 'seem', 'feels', 'feel', 'looks', 'look', 'gets', 'becomes', 'remains'];

/** The days of the week, spelt whole ("Friday"; not "Fri"): mood-stakes.ts reads a date, mood-dated.ts a day something was done. */
export const WEEKDAYS = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;

/**
 * Events a customer must be ready for at a time (singular, plain words: a reading may also split the list on `|`
 * into a word set): "before my call", "the demo starts at 3". mood-deadline.ts (a deadline's event) and
 * mood-sarcasm.ts (an event starting soon) each add their own: a "session", a "board" or a "show" that starts soon
 * presses, but named after a deadline word they read calm customers as hurried (session 28 review), so only
 * mood-sarcasm.ts lists them.
 */
export const EVENT_NOUNS = 'meeting|call|presentation|demo|interview|flight|train|class|lecture|exam|appointment|event|conference|webinar|workshop|audit|inspection|launch|go-live|deadline';

/**
 * Nouns of people and their groups, and the indefinite pronouns of a person (lower case): the head of a noun phrase that
 * names someone ("my landlord", "the support team", "someone"). mood-holder.ts reads a feeling held by one of them as a
 * person's ("my husband got upset"); mood-hurry.ts reads a speed word after one of them as service, not a fault ("the
 * courier came quickly"). Collectives (a company, a bank, support) count: they act and feel through people. Session 33
 * review: the two modules each had their own list; this is the union of both.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    'someone somebody everyone everybody anyone anybody nobody people person ' +
    'user users customer customers client clients staff agent agents rep reps employee employees colleague colleagues coworker coworkers ' +
    'boss manager team family wife husband partner son daughter kid kids child children mum mom dad mother father parent parents ' +
    'brother sister friend friends neighbour neighbor student students teacher guest guests member members patient patients doctor ' +
    'driver drivers technician engineer engineers guy guys folks visitor visitors buyer buyers reader readers player players baby ' +
    'girlfriend boyfriend fiance fiancee landlord landlady tenant tenants grandma grandmother grandpa grandfather granny grandparents ' +
    'aunt uncle cousin man men woman women subscriber subscribers neighbours neighbors flatmate roommate courier ' +
    'office company department business school class group organisation organization firm household crew community support bank'
  ).split(' '),
);

/**
 * Determiners before a noun phrase, lower case: "the parser", "my script", "this tool". mood-holder.ts reads a noun
 * phrase opened by one as a thing that holds a feeling; mood-past-time.ts reads a past form after one as a participle
 * describing a noun ("the updated file"), no past act. Session 35: the two modules each had the same 13 words.
 */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'its', ...PERSONAL_POSSESSIVES, 'a', 'an']);

/**
 * What the customer gets from the company, named as a thing: "worst app", "the service is pathetic",
 * "hopeless customer care". An evaluative word about it is a judgement of the company (RULINGS U1)
 * even when no "you" is in the sentence (mood.ts judgedService); after a word of the cues it makes that word no name
 * ("Faltu App can't…" judges the app; mood-holder.ts opensName). English.
 */
export const SERVICE_NOUNS: ReadonlySet<string> = new Set(
  'app apps application service services support care helpline company product update experience platform bank website site software staff agent agents management airline store shop courier delivery'.split(' '),
);

/**
 * Words of a settled state that, with "now" after them, end the matter: "all good now", "it's fine now", "sorted
 * now", "works now". mood-hurry.ts (a need that is over) reads them after a subject ("it's fine now"); mood-ended.ts (a
 * wait that ended well) reads "now" after them as no time word. Session 30 made them one list (mood-ended.ts had
 * only "works", "working", "fine", so "it arrived yesterday, all good now" kept its wait open).
 */
export const SETTLED_WORDS = 'fine|ok|okay|good|sorted|resolved|fixed|working|works';

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

/** Words after which a clause goes on with an adverb, a preposition or a conjunction, not an object: "through", "today". */
const NOT_OBJECT = String.raw`(?:through|back|in|out|up|down|on|off|over|at|by|for|from|to|into|with|within|after|before|and|but|so|today|yesterday|tonight|again|already|now|successfully|finally|this\s{1,3}(?:morning|afternoon|evening|week)|last\s{1,3}\p{L}+)`;
/**
 * Session 31 review: a finite verb right after the opening word, which makes that word a noun and the sentence a
 * statement ("Refund came through", "Transfer went out yesterday", "Refund was 20 dollars"): a form of be/have/do or a
 * modal; a past tense that differs from its participle (inflect.ts: came, went, got); or a past in -ed, or one the same as
 * its participle (lost, sent, paid), where the clause ends or no object follows (NOT_OBJECT: "arrived today"), since
 * before a noun it is an adjective of the imperative's object ("Refund charged amount", "Return damaged item").
 */
const PAST_ONLY = IRREGULAR_VERBS.flatMap((v) => {
  const [past, participle] = verbForms(v).past;
  return participle && participle !== past ? [past!] : [];
});
const PAST_OR_PARTICIPLE = IRREGULAR_VERBS.flatMap((v) => {
  const [past, participle] = verbForms(v).past;
  return !participle || participle === past ? [past!] : [];
}).filter((p) => !IRREGULAR_VERBS.includes(p));
const FINITE_AFTER_NOUN = String.raw`(?:is|was|are|were|has|had|have|does|did|will|would|can|could|should|shall|may|might|must|isn['’]?t|wasn['’]?t|hasn['’]?t|hadn['’]?t|doesn['’]?t|didn['’]?t|won['’]?t|can['’]?t|couldn['’]?t|${PAST_ONLY.join('|')})(?![\p{L}'’])|(?:\p{L}+ed|${PAST_OR_PARTICIPLE.join('|')})(?:\s*(?:$|[^\p{L}\p{N}\s])|\s{1,3}${NOT_OBJECT}(?![\p{L}'’]))`;

/**
 * An imperative verb opening its clause, after an optional "please"/"pls"/"plz"/"kindly"/"just": "fix it now", "do
 * something now", "answer me quickly", "Please do it now!!!!", "be quick". Group 1 is the verb. mood-hurry.ts reads it
 * as the request of a demand for speed, mood.ts as a demand raised in voice with a pile of "!". The verbs are what a
 * customer orders a service to do (session 24's list).
 */
export const IMPERATIVE_OPENING = new RegExp(
  String.raw`^\s{0,3}(?:(?:please|pls|plz|kindly|just)\s{1,3})?(fix|solve|sort|resolve|help|answer|reply|respond|do|send|refund|return|call|unblock|unlock|restore|release|process|give|transfer|credit|reverse|cancel|stop|activate|reactivate|deliver|hurry|act|get\s{1,3}(?:back|it|this|me|us)|come\s{1,3}on|be)(?![\p{L}'’])(?!\s{1,3}(?:(?:still|never|finally|just|already|also|now)\s{1,3})?(?:${FINITE_AFTER_NOUN}))`,
  'iu',
);

/**
 * Credit the customer gives the product or the company for helping them: "this app helped me", "got me through",
 * "keeps me sane", "made me feel better", "was there for me", "a lifesaver", "thank you", "grateful" (not "thanks for
 * nothing"). Written for the wellbeing reviews of replies-wellness.md (session 28, mood-target.ts); shared since
 * session 29 by the readings that set aside a low state told in a story of help (mood-target.ts, mood-adjacent.ts)
 * and by sarcastic praise, which such credit makes meant (mood.ts). Case-insensitive, Unicode (`iu`).
 */
export const HELPED_WORDS = String.raw`help(?:s|ed|ing)?\s+(?:me|us)|has\s+helped|have\s+helped|(?:it|this|that|which|(?:this|the)\s+[\p{L}-]+)\s+(?:really\s+|truly\s+|actually\s+|genuinely\s+|definitely\s+)?(?:helps|helped)|helps?\s+(?:a\s+lot|so\s+much|loads|tremendously|immensely)|(?:talked|talks|talk|pulled|pulls|brought|brings|walked|walks)\s+me\s+(?:down|through|back|out\s+of)|got\s+me\s+through|(?:saved|saves)\s+(?:me|my|us)|keeps?\s+me\s+(?:sane|going|grounded|calm)|made\s+me\s+feel\s+better|makes\s+me\s+feel\s+better|(?:was|is|were|are)\s+there\s+for\s+me|calm(?:s|ed)?\s+me\s+down|taught\s+me|thank(?:s|\s+you)(?!\s+for\s+(?:nothing|ruining|wasting|breaking|making))|grateful|life[- ]?saver`;

/**
 * Help or a fix denied, lost, still awaited or supposed, right before a word of credit: "never helped me", "didn't help
 * me", "used to help me", "would help", "it still isn't fixed", "it wasn't resolved", "nobody fixed it".
 */
export const UNHELPED_BEFORE =
  /(?:\b(?:none\s+of|never|not|no|nothing|nobody|no\s+one|didn['’]?t|doesn['’]?t|don['’]?t|won['’]?t|hasn['’]?t|haven['’]?t|isn['’]?t|wasn['’]?t|aren['’]?t|weren['’]?t|can['’]?t|cannot|couldn['’]?t|wouldn['’]?t|shouldn['’]?t|still|used\s+to|would|could|should)\s+(?:\p{L}+\s+)?)$/iu;

const HELPED_ALL = new RegExp(String.raw`\b(?:${HELPED_WORDS})\b`, 'giu');

/**
 * Whether `text` (a message, or the part of one after a word) credits help anywhere (HELPED_WORDS) with no denial
 * right before that credit (UNHELPED_BEFORE): "This app helped me so much" yes, "it never helped me" no. With
 * `thanks` false a bare thanks or "grateful" is no credit ("Thanks in advance" closes a complaint as well).
 */
export function creditsHelp(text: string, thanks = true): boolean {
  for (const m of text.matchAll(HELPED_ALL)) {
    if (!thanks && /^(?:thank|grateful)/i.test(m[0])) continue;
    if (!UNHELPED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}
