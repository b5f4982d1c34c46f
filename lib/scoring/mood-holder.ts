// Who holds a word of feeling or judgement in the customer's message (session 33, issue 14; RULINGS U1 asks for
// the customer's affect). The mood cues read the word alone, so they also fired where its holder is a thing:
//  - a feeling said of a program: "the parser gets confused by tabs", "it got confused with itself" — the
//    program misreads its input; the customer reports a fault, calmly;
//  - a word of nonsense as what a program puts out: "it prints nonsense", "the tools give an error or garbage";
//  - a word of the cues inside a title dated by its year: "Thief (2014) won't start" names a game, not a crook;
//  - (session 34) a word of the cues that opens a name in running text: "Angry Birds crashes on start", "Furious 7 won't
//    play" name a game and a film.
// The word still counts when its holder is a person ("I'm confused", "my husband got upset", "it really upset me"), when the customer
// or the company says it ("this is nonsense", "you gave me nonsense") and outside a title ("what a thief!").
// English; pure, linear in the tokens around each hit.
import { lastTokenIn } from './cues';
import { verbForms } from './inflect';
import { DETERMINERS, PERSON_NOUNS, SERVICE_NOUNS } from './mood-words';
import type { TextView } from './text';
import { TOKEN_WORD, type Token } from './tokens';

type Span = { start: number; end: number };

/** Verbs of confusion, which the pack's psych class (verbs of upset) does not hold: "got confused", "is baffled". */
const CONFUSION_VERBS = ['confuse', 'puzzle', 'baffle', 'bewilder', 'perplex'];
const CONFUSED = new Set(CONFUSION_VERBS.flatMap((v) => verbForms(v).past));

/** The verb group between a holder and its feeling: "gets", "got", "is", "has been", "keeps getting", "then". */
const LINK = new Set(
  (
    "is was are were 's 're been be being am 'm get gets got getting gotten become becomes became seems seem seemed " +
    'appears appear appeared keeps keep kept then also always sometimes often easily still just now completely totally ' +
    "really very so quite a bit little too n't 't not never do does did doesn don didn isn wasn aren weren will would " +
    "can could might may has have had 've"
  ).split(' '),
);
/** Pronouns of people and the nouns of PERSON_NOUNS (what a person-noun phrase can end in): a feeling held by one of them is a person's. */
const PEOPLE = new Set(['i', 'me', 'we', 'us', 'you', 'u', 'he', 'him', 'she', 'her', 'they', 'them', 'im', 'ive', 'one', ...PERSON_NOUNS]);
/** The tokens a holder phrase may reach back over from its head: "the new parser", "my old script". */
const HOLDER_REACH = 3;
/** Words of PEOPLE that are only ever a subject: after the feeling they start a new clause ("it got confused, I think"). */
const SUBJECT_ONLY = new Set('i we he she they im ive'.split(' '));

/**
 * Whether a person is the object of the feeling at token `k`, i.e. the feeling is a verb whose object feels it: "it
 * really upset me", "this delay has upset my mum", "the new layout confused all our users". The word right after it is a
 * word of people (PEOPLE) that can be an object (not SUBJECT_ONLY), or a determiner or "all" that opens a noun phrase
 * whose head, within HOLDER_REACH words, is one. A preposition first ("confused by tabs") is no object.
 */
function personObject(t: readonly Token[], k: number): boolean {
  const next = t[k + 1];
  if (!next || next.kind !== TOKEN_WORD) return false;
  if (PEOPLE.has(next.norm)) return !SUBJECT_ONLY.has(next.norm);
  if (!DETERMINERS.has(next.norm) && next.norm !== 'all') return false;
  for (let j = k + 2; j <= k + 1 + HOLDER_REACH && j < t.length && t[j]!.kind === TOKEN_WORD; j++) {
    if (PEOPLE.has(t[j]!.norm)) return true;
    if (PREPOSITION.has(t[j]!.norm)) return false;
  }
  return false;
}

/**
 * Whether the feeling at token `k` (a past participle of the pack's psych class or of a verb of confusion) is
 * held by a thing: its subject — found back over the verb group (LINK) — is "it", or a noun phrase that opens with
 * a determiner (DETERMINERS) and ends in no word of people (PEOPLE), with no preposition before it (PREPOSITION):
 * "the parser gets confused", "it got confused", "the import was baffled". Or "itself" follows the feeling ("got confused with itself"). An unknown subject (a
 * name, a dropped subject, the sentence's start) is no thing: the customer's feeling is the safer reading. A person
 * as the feeling's object (personObject: "it really upset me", "your app has disappointed me") makes it a person's.
 */
function feelingOfThing(t: readonly Token[], k: number): boolean {
  if (personObject(t, k)) return false;
  for (let j = k + 1; j <= k + 3 && j < t.length && t[j]!.kind === TOKEN_WORD; j++) if (t[j]!.norm === 'itself') return true;
  let i = k - 1;
  let links = 0;
  while (i >= 0 && LINK.has(t[i]!.norm)) {
    i--;
    links++;
  }
  if (links === 0 || i < 0 || t[i]!.kind !== TOKEN_WORD) return false;
  // the phrase must open the clause, not close a prepositional phrase after the real subject ("nobody at your store
  // could be bothered", "people who rely on it get confused")
  const opensClause = (j: number) => !PREPOSITION.has(t[j - 1]?.norm ?? '');
  if (t[i]!.norm === 'it') return opensClause(i);
  if (PEOPLE.has(t[i]!.norm)) return false;
  for (let j = i - 1; j >= 0 && i - j <= HOLDER_REACH && t[j]!.kind === TOKEN_WORD; j--) {
    if (DETERMINERS.has(t[j]!.norm)) return opensClause(j);
    if (PEOPLE.has(t[j]!.norm)) return false;
  }
  return false;
}

/** Prepositions that make the noun after them an object, not the feeling's subject: "nobody at your store". */
const PREPOSITION = new Set('at in on of from for with by to into onto about around near behind inside under over through'.split(' '));

/** Words of nonsense a program can put out ("prints gibberish", "returns garbage"). */
const NONSENSE = new Set(['nonsense', 'gibberish', 'garbage', 'rubbish', 'junk']);
/** Verbs of output: what a program, a printer or a screen does with text or data. Source: session 33's own cases. */
const OUTPUT_VERBS = ['print', 'output', 'return', 'give', 'show', 'display', 'produce', 'generate', 'spit', 'emit', 'render', 'dump', 'yield'];
const OUTPUT = new Set(OUTPUT_VERBS.flatMap((v) => Object.values(verbForms(v)).flat()));
/** What may stand between the verb of output and the nonsense: "prints out complete nonsense", "give error, or nonsense". */
const OUTPUT_GAP = new Set('out back me us just only some random complete total utter pure either error errors an a , or and'.split(' '));

/**
 * Whether the nonsense word at token `k` is what a program puts out: a verb of output (OUTPUT) stands before it,
 * with only OUTPUT_GAP words between ("it prints nonsense", "either give error, or nonsense"), and that verb's
 * subject is no person (PEOPLE right before it: "you gave me nonsense" stays the customer's judgement).
 */
function outputOfThing(t: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= 5; i--) {
    const n = t[i]!.norm;
    if (OUTPUT.has(n)) return !PEOPLE.has(t[i - 1]?.norm ?? '');
    if (!OUTPUT_GAP.has(n)) return false;
  }
  return false;
}

/**
 * Whether the cue hit `h` (offsets in view.scan) is a feeling or a judgement whose holder is a thing (see the head of
 * this file): its last word is a feeling (`feelings`: the past participles of the pack's psych class, with the verbs
 * of confusion added here) said of a thing (feelingOfThing), or a word of nonsense a program puts out (outputOfThing).
 */
export function heldByThing(view: TextView, h: Span, feelings: ReadonlySet<string>): boolean {
  const t = view.tokens;
  const k = lastTokenIn(t, h);
  if (k < 0) return false;
  const w = t[k]!.norm;
  if (NONSENSE.has(w)) return outputOfThing(t, k);
  return (feelings.has(w) || CONFUSED.has(w)) && feelingOfThing(t, k);
}

/** A year in brackets right after a title: "(2014)", "( 1999 )". */
const TITLE_YEAR = /^\s*(?:\s+\p{Lu}[\p{L}\p{N}'’:-]*){0,4}\s*\(\s*(?:19|20)\d\d\s*\)/u;

/**
 * Whether the cue hit `h` is a word of a title dated by its year — a film, a game or a book as a shop or a player
 * names it: the hit starts with a capital, and up to four more capitalised words then a year in brackets follow it
 * ("Thief (2014)", "Rude Awakening (1989)", "Mad Max (1979)"). `h`: offsets in view.scan.
 */
export function inDatedTitle(view: TextView, h: Span): boolean {
  return /^\p{Lu}/u.test(view.scan.slice(h.start, h.end)) && TITLE_YEAR.test(view.scan.slice(h.end, h.end + 80));
}

/** A word of a name after the first: capitalised then lower case ("Birds"), or a number ("7"); not "I" or capitals. */
const NAME_WORD = String.raw`(?:\p{Lu}\p{Ll}[\p{L}\p{N}'’&+-]*|\p{N}+)`;
/** The rest of a name (up to four words) and the lower-case word that goes on after it in the same sentence. */
const NAME_GOES_ON = new RegExp(String.raw`^(?:[ \t]+${NAME_WORD}){1,4}[ \t]+(\p{Ll}[\p{L}'’]*)`, 'u');
/**
 * Up to four words of a would-be name after its first, each capitalised (any case after: "Customer", "NBA2K") or a
 * number, then the lower-case word that follows, captured: what opensName checks against JUDGED_THING.
 */
const NAMED_WORDS = /^(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}'’&+-]*|\p{N}+)){1,4}(?:[ \t]+(\p{Ll}\p{L}*))?/u;
/** The rest of a name right after its first word: "Birds", "7". */
const NAME_REST = new RegExp(String.raw`^[ \t]+${NAME_WORD}(?![\p{L}\p{N}])`, 'u');
/** A word in lower case right before, on the same line: the capital after it is mid-sentence. */
const LOWER_WORD_BEFORE = /(?<![\p{L}'’])\p{Ll}[\p{L}'’]*[ \t]+$/u;
/**
 * Words that go on a heading in sentence case rather than a sentence about a name ("Terrible Service from Grab",
 * "Horrible Experience with support"): prepositions, articles and conjunctions.
 */
const HEADING_GOES_ON = new Set([...PREPOSITION, 'a', 'an', 'the', 'and', 'or', 'but', 'so', 'as', 'since', 'because']);

/**
 * Whether the cue hit `h` opens a name in running text: it is one word in title case ("Angry", not "ANGRY"), more
 * capitalised words or a number follow it (NAME_WORD: "Angry Birds", "Furious 7", "Mad Max Fury"), and either a word
 * in lower case stands right before it ("I love Angry Birds but…") or the sentence
 * goes on in lower case after them with a word that is no preposition, article or conjunction (HEADING_GOES_ON):
 * "Angry Birds crashes on start", "Furious 7 won't play". A heading in title case ("Terrible Customer Service") has
 * nothing after it, and one in sentence case goes on with a preposition ("Terrible Service from Grab"): both keep their
 * word, and so does a word before a noun of the company's service (mood-words.ts SERVICE_NOUNS: "Faltu App can't
 * transfer my money"). `h`: offsets in view.scan.
 */
export function opensName(view: TextView, h: Span): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(view.scan.slice(h.start, h.end))) return false;
  const rest = view.scan.slice(h.end, h.end + 80);
  // S34: the word right after it opens no name when it is a preposition or other function word in title case ("very
  // Angry With your service")
  if (HEADING_GOES_ON.has(/^[ \t]+(\p{L}+)/u.exec(rest)?.[1]?.toLowerCase() ?? '')) return false;
  // a word of the company's service after it is what the word judges ("Faltu App can't transfer", "Terrible Service");
  // S34: any capitalised word of the would-be name ("Horrible Customer Support team never replies"), or the word in lower
  // case after the name, a thing the customer has ("Terrible Samsung phone keeps dying")
  const words = NAMED_WORDS.exec(rest);
  const named = (words?.[0] ?? '').split(/[ \t]+/).map((w) => w.toLowerCase());
  if ([...named, words?.[1]?.toLowerCase() ?? ''].some((w) => JUDGED_THING.has(w))) return false;
  // mid-sentence, after a word in lower case, a capital is the name's own ("I love Angry Birds but it crashes")
  if (LOWER_WORD_BEFORE.test(view.scan.slice(Math.max(0, h.start - 40), h.start))) return NAME_REST.test(rest);
  const next = NAME_GOES_ON.exec(rest)?.[1];
  return next !== undefined && !HEADING_GOES_ON.has(next.toLowerCase());
}

/**
 * What a feeling word before a name may judge instead of naming a title (S34): a word of the company's service
 * (SERVICE_NOUNS), "customer" ("Customer Support"), and a thing the customer owns that a brand names ("Samsung phone").
 */
const JUDGED_THING: ReadonlySet<string> = new Set([
  ...SERVICE_NOUNS,
  ...'customer customers phone phones laptop laptops tablet computer pc tv device devices watch console printer router camera account card order'.split(' '),
]);
