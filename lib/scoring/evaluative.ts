// An evaluative word on what happened to the customer ("awful", "stressful", "unacceptable"): the
// pack's built-in word class <unpleasant>, decided by the VADER lexicon (Hutto & Gilbert, ICWSM 2014;
// `vader-sentiment`, already read for the customer's mood) rather than by a list of phrases. The empathy
// rule uses it as the predicate that closes a clause ("losing that much money is awful", "that must
// be really stressful"); words that describe a technical state ("broken", "wrong", "deprecated",
// "dangerous") are left out, since "the path is wrong" or "running as root is dangerous" judge the
// product or the customer's method, not their experience.
import { wordValence } from './mood-sentiment';
import { holdsDraftText } from './draft-memory';

/** VADER compound of one word at or below which it is unpleasant: a valence of about −1.4 (−4…4 scale). */
const THRESHOLD = -0.33;

/** Negative in VADER, but a state of the product, data or method rather than of the customer's experience. */
const TECHNICAL = new Set(
  (
    'broken wrong error errors fail failure invalid unsupported missing lost stuck dead fatal critical ' +
    'deprecated outdated obsolete corrupt unavailable offline down slow unstable buggy crash empty null ' +
    'illegal forbidden unauthorized unknown dangerous risky unsafe insecure vulnerable toxic harmful ' +
    'problem problems issue issues bug bugs trouble mistake mistakes fault faulty defective damaged ' +
    'limited restricted no not none nothing never'
  ).split(' '),
);

const cache = holdsDraftText(new Map<string, boolean>());

/**
 * Whether `word` (lower case, one token) judges an experience as unpleasant: rated at most about −1.4 by
 * VADER, not a technical state (TECHNICAL), not a past participle ("blocked", "denied") nor an
 * adverb ("badly"). Answers are kept per word.
 */
export function isUnpleasant(word: string): boolean {
  let yes = cache.get(word);
  if (yes === undefined) {
    yes = /^[a-z]{3,}$/.test(word) && !TECHNICAL.has(word) && !/(?:ed|ly)$/.test(word) && wordValence(word) <= THRESHOLD;
    if (cache.size < 4096) cache.set(word, yes);
  }
  return yes;
}
