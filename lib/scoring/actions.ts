// What counts as an action the agent does or promises for the customer, as opposed to a state, a
// thought, a perception or a word about the conversation itself. One notion shared by the ownership
// rules (the pack's <action> class: "I've lifted the cap", "I'll ring you", "we're reverting 2.8.0")
// and the commitments finder ("I will ring you at 10 tomorrow" is a promise; "I'll know more by
// Friday" is not).
//
// English grammar does most of the work: the word right after a modal ("I'll ___", "we can ___") is
// a verb in its base form, the word after a perfect "have" ("I've ___") is a past participle, the word
// after a progressive "am/are" ("we're ___") an -ing form. So a slot after those needs no list of
// action verbs, only the closed classes that can also stand there: adverbs and negation ("I'll
// probably", "we've never"), and the verbs that are no action on a case — states and possession (be,
// have, need, own), mental acts and perception (think, know, see, hope, understand, notice, find),
// and words about the exchange itself (say, reply, explain, recommend). Quirk et al. §4.28–4.36
// (stative verbs: perception, cognition, emotion, relation) is the source of the kinds.
import { isPastForm, verbForms } from './inflect';

/** Cognition, perception and wishes: no promise after "I'll" ("I'll know more by Friday", "we'll see"). */
const THOUGHT =
  'think know believe understand see notice hear find realise realize recognise recognize remember recall recollect forget ' +
  'guess suppose assume imagine doubt wonder mean hope expect agree disagree trust suspect fear worry care ' +
  'mind learn watch observe experience want wish need like love hate prefer';

/** Base forms of verbs that state, think, perceive or talk rather than act on the customer's case. */
export const NOT_ACTION_VERBS: readonly string[] = (
  // being and having (states and possession)
  'be have own possess belong contain consist include involve lack ' +
  'deserve matter cost weigh equal resemble depend seem appear sound look feel ' +
  // cognition, perception and wishes
  THOUGHT +
  ' ' +
  // reading: no action in the verb slot alone ("I read your message" is a perception), but a promise to read the
  // customer's logs or files is one ("I'll read them tonight"): the pack's <peruse> class names those phrases, and
  // the commitments finder takes "I'll read …" with a time as a promise (so it is not in THOUGHT)
  'read ' +
  // words about the exchange, advice and opinion (what the agent says, not does)
  'say tell mention state note reply respond answer write comment explain clarify specify describe quote echo second ' +
  'recommend suggest advise propose thank apologise apologize appreciate welcome confirm post publish announce ' +
  // light verbs, which take their meaning from what follows ("make sure", "take a look", "keep you
  // posted"): the pack's <act> lists the phrases they form
  'make keep take give put let do manage ' +
  // receiving and happening to the agent; moving and leaving; ending the thread
  'get receive go come leave miss close lock mark use try'
).split(' ');

/** Adverbs, negation and other words that can fill a verb's slot without being one. */
const NOT_VERBS = new Set(
  (
    'not never no also just still already now then soon always often usually sometimes ever even only ' +
    'really actually certainly definitely absolutely surely probably possibly perhaps maybe likely ' +
    'happily gladly personally quickly immediately right all both either each the a an this that these ' +
    'those it you your we i me us our my them they their he she him her his its there here to too so ' +
    'very quite rather pretty as well again further more less much some any what which who how why when ' +
    'where if whether and or but because gonna wanna gotta in on at by for from with of up out off over ' +
    'back down away about into onto upon yet let lets please kindly'
  ).split(' '),
);

const BASE = new Set<string>();
const PAST = new Set<string>();
const ING = new Set<string>();
for (const v of NOT_ACTION_VERBS) {
  const f = verbForms(v);
  f.base.forEach((w) => BASE.add(w));
  f.past.forEach((w) => PAST.add(w));
  f.ing.forEach((w) => ING.add(w));
}
const isWord = (w: string) => /^[a-z][a-z-]*[a-z]$/.test(w) && !NOT_VERBS.has(w) && !w.endsWith('ly');
/** "repost", "re-read": the prefix does not make talk or thought into action. */
const unprefixed = (w: string) => w.replace(/^re-?(?=[a-z]{3})/, '');
/**
 * A strong participle under a verb prefix ("unfrozen"; "mistaken" is listed whole): the prefix keeps it a past form
 * of the same kind of verb (session 30 review: the -en regex that took these went with "open"/"listen"). A prefixed
 * participle of a talk or thought verb ("rewritten", "overwritten" of "write") is no action by `unprefixed` or by
 * PAST, so inflect.ts lists the action ones among them whole ("overwritten").
 */
const strongStem = (w: string) => w.replace(/^(?:re-?|un|over|under|mis)(?=[a-z]{4})/, '');

/** `word` (lower case) after a modal ("I'll ___") as an action: a verb in its base form that is no state, thought or talk. */
export function isActionBase(word: string): boolean {
  return isWord(word) && !BASE.has(word) && !BASE.has(unprefixed(word));
}

/** `word` after a perfect "have" ("I've ___") as an action: a past participle of an action verb. */
export function isActionPast(word: string): boolean {
  if (!isWord(word) || PAST.has(word) || PAST.has(unprefixed(word))) return false;
  // "rebuilt", "resent": a re- prefix on an irregular past is the same action done again.
  const stem = strongStem(word);
  return isPastForm(word) || (!PAST.has(stem) && isPastForm(stem));
}

/** `word` after a progressive "am/are" ("we're ___") as an action: an -ing form of an action verb. */
export function isActionIng(word: string): boolean {
  return isWord(word) && word.length > 4 && word.endsWith('ing') && !ING.has(word) && !ING.has(unprefixed(word));
}

/** The three slots by verb form, for a pack's <action>, <action:past>, <action:ing>. */
export const ACTION_TESTS: Record<'base' | 'past' | 'ing', (word: string) => boolean> = {
  base: isActionBase,
  past: isActionPast,
  ing: isActionIng,
};

const THOUGHT_SET = new Set(THOUGHT.split(' '));

/**
 * Whether the words after a first-person "will" (`after`, as written: " probably know more by Friday")
 * open with a verb of thought, perception or wish rather than an action: "I'll know more by Friday" and
 * "we'll see tomorrow" promise nothing. The commitments finder asks this; ownership's <action> excludes
 * the same verbs.
 */
export function opensWithThought(after: string): boolean {
  for (const w of after.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? []) {
    if (NOT_VERBS.has(w) || (w.endsWith('ly') && w.length > 4)) continue;
    return THOUGHT_SET.has(w);
  }
  return false;
}
