// Session 44 (judge-a): an apology or regret word typed with a slip — "appologies", "apolgize", "regreeted",
// "sorrry", "inconvience" — and the feeling words of an empathy sentence ("undrstand", "frustating") read as the word
// meant, so the pack's apology rule and the readers of sorry-sentences
// (empathy's "sorry you feel …", the regret-then-limit readings) see it. Rule: care desks answering reviews and
// tickets in a hurry misspell their regret ("Inconvience highely regreeted", "Appologies for the delay"); LABELING's
// apology (sorry / apologize / apologies; R-X2 "we regret the inconvenience") is the word meant, not its spelling.
// The same reading as the customer's affect words (mood-spelling.ts): a word's skeleton (each run of one letter made
// one) is compared with the skeletons of the apology class's forms; words long enough to be read past one slip
// (MIN_SLIP_LETTERS) may also differ from one of them by one letter added, dropped, changed or two swapped (two
// such slips from LONG_WORD_LETTERS: "inconvience"). Edges:
// short words ("sorry", 5 letters) are read only through their skeleton ("sorrry", "soory", "sory") or a listed
// shorthand ("sry"), never by an edit; the regret family only through its skeleton ("regreted", "regreeted"), since
// one edit turns it into "regress"/"regressed"; a correctly spelt English word (REAL_WORDS, and every form the class
// lists) is never read as another. What counts as an apology once the word is read stays the pack's (a "sorry
// state", "regret nothing" are excepted there). English; pure (no DOM).
import { holdsDraftText } from './draft-memory';
import { firstFormBySkeleton, respeltBy, skeleton } from './mood-spelling';
import { formsOf } from './inflect';
import type { Token } from './tokens';

/**
 * The apology class's forms that an edit may reach (long words): the apology noun and verb in both spellings, and
 * "inconvenience", the noun an apology names most ("apologies for the inconvenience").
 */
const EDITABLE_FORMS = [
  'apology',
  'apologies',
  'apologise',
  'apologize',
  'apologised',
  'apologized',
  'apologising',
  'apologizing',
  'apologetic',
  'inconvenience',
  'inconveniences',
  'inconvenienced',
  'inconvenient',
  // The feeling words an empathy sentence names or grants ("I understand how frustrating this is"), read the same way
  // so a misspelt validation ("I undrstand how frustating this is") is one too (E1).
  'understand',
  'understands',
  'understandable',
  'understandably',
  'frustrating',
  'frustrated',
  'frustration',
  'frustrations',
  'disappointing',
  'disappointed',
  'disappointment',
];

/** Forms read through their skeleton only: "sorry" is short, and the regret family is one edit from "regress". */
const SKELETON_ONLY_FORMS = ['sorry', 'regret', 'regrets', 'regretted', 'regretting', 'regrettable', 'regrettably'];

/** Chat shorthands of "sorry" read as it (listed: too short for any other reading). */
const SHORTHANDS: ReadonlyMap<string, string> = new Map([
  ['sry', 'sorry'],
  ['srry', 'sorry'],
  ['sorri', 'sorry'],
]);

/**
 * The fewest letters a typed word needs before one edit may be read past: "apology" (7) and longer. Shorter words
 * are read through their skeleton or SHORTHANDS only.
 */
export const MIN_SLIP_LETTERS = 7;

/** From this many letters a word may be read past two dropped letters ("inconvience" for "inconvenience"). */
export const LONG_WORD_LETTERS = 11;

/**
 * Correctly spelt English words one slip from an apology form, typed as written: "apologue" (a fable), and the
 * class's related words ("inconveniently", "convenience", "convenient"). Found by folding the words of the
 * tuning rows' replies (session 44); no word list ships with the repo.
 */
const REAL_WORDS = new Set(['apologue', 'apologues', 'inconveniently', 'convenience', 'convenient']);

/** Every form of the class's words, spelt right: typed as written ("frustrates" is not "frustrated"). */
const FORMS = new Set([
  ...EDITABLE_FORMS,
  ...SKELETON_ONLY_FORMS,
  ...formsOf(['apologise', 'apologize', 'regret', 'inconvenience', 'understand', 'frustrate', 'disappoint']),
  'understood',
]);
/** Skeleton → the first apology form (editable, then skeleton-only) that has it. */
const BY_SKELETON = firstFormBySkeleton([...EDITABLE_FORMS, ...SKELETON_ONLY_FORMS]);
/** The letters a–z of `word` (lower case, a–z only) as bits: bit 0 "a" … bit 25 "z". */
function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) m |= 1 << (word.charCodeAt(i) - 97);
  return m;
}
/** Each editable form's skeleton, the form, and the skeleton's letters (letterMask). */
const EDITABLE_SKELETONS = EDITABLE_FORMS.map((w) => [skeleton(w), w, letterMask(skeleton(w))] as const);

/**
 * Whether `k` holds more letters than `allowed` that `mask` (a form's letters) lacks: each such letter must have been
 * added or changed, one slip each, so `k` cannot be `allowed` slips from the form. A necessary condition checked before
 * slipsApart's table: most words fail it at once ("regular" has two letters "inconvenience" lacks).
 */
function tooForeign(k: string, mask: number, allowed: number): boolean {
  let foreign = 0;
  for (let i = 0; i < k.length; i++) if (((mask >>> (k.charCodeAt(i) - 97)) & 1) === 0 && ++foreign > allowed) return true;
  return false;
}

/**
 * The fewest letters added, dropped or changed, or neighbours swapped, that turn `a` into `b` (optimal string
 * alignment distance), or `limit` + 1 once it is known to exceed `limit`.
 */
export function slipsApart(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[b.length]!, limit + 1);
}

/**
 * Slips read past for a typed word of `letters` letters: none below MIN_SLIP_LETTERS, two from LONG_WORD_LETTERS (and
 * then only two letters dropped, meantApologyWord).
 */
function slipsAllowed(letters: number): number {
  return letters < MIN_SLIP_LETTERS ? 0 : letters < LONG_WORD_LETTERS ? 1 : 2;
}

/**
 * The apology-class word a reply's typed word stands for, or undefined when it is spelt right, is a listed real
 * word, or is no slip of one. `norm` is the token's lower-case form (tokens.ts). A word with anything outside a–z is
 * left as written; a word starting "apolog" is left too (the pack's "apolog*" reads it already).
 */
export function meantApologyWord(norm: string): string | undefined {
  const short = SHORTHANDS.get(norm);
  if (short !== undefined) return short;
  if (norm.length < 4 || !/^[a-z]+$/.test(norm) || FORMS.has(norm) || REAL_WORDS.has(norm) || norm.startsWith('apolog')) return undefined;
  const k = skeleton(norm);
  const bySkeleton = BY_SKELETON.get(k);
  if (bySkeleton !== undefined) return bySkeleton;
  const allowed = slipsAllowed(norm.length);
  // No slip allowed: only a skeleton equal to a form's, which BY_SKELETON answered.
  if (allowed === 0) return undefined;
  let meant: string | undefined;
  let fewest = allowed + 1;
  for (const [sk, w, mask] of EDITABLE_SKELETONS) {
    if (Math.abs(k.length - sk.length) > allowed || tooForeign(k, mask, allowed)) continue;
    const d = slipsApart(k, sk, allowed);
    // Two slips only as two letters dropped ("inconvience"): a word two changes away is another word ("understated").
    if (d < fewest && (d < 2 || sk.length - k.length === 2)) [meant, fewest] = [w, d];
  }
  return meant;
}

/**
 * A reply's `tokens` with each misspelt apology-class word (meantApologyWord) given the word meant as its `norm`;
 * offsets unchanged, so a span still shows what the agent typed. Capitalised words are read too ("Appologies" inside
 * a Title-Case line): no name is spelt like an apology. Returns `tokens` itself when nothing changes.
 */
export function apologyRespelt(tokens: readonly Token[], text: string): Token[] {
  return respeltBy(tokens, text, meantCached, false);
}

/**
 * meantApologyWord's answers by word (null: none), so a keystroke does not measure every long word of the draft against
 * every apology form again (session 44 review: a 50 KB draft's keystroke went from 21 to 127 ms without it). Its keys
 * are words of drafts, so it is registered with draft-memory.ts (`forgetDrafts` empties it); emptied at MEANT_WORDS too.
 */
const MEANT = holdsDraftText(new Map<string, string | null>());
/** The most words MEANT keeps before it starts again (a draft of 50 KB has about 2,000 distinct words). */
const MEANT_WORDS = 8192;

/** meantApologyWord(norm), remembered in MEANT. */
function meantCached(norm: string): string | undefined {
  let meant = MEANT.get(norm);
  if (meant === undefined) {
    meant = meantApologyWord(norm) ?? null;
    if (MEANT.size >= MEANT_WORDS) MEANT.clear();
    MEANT.set(norm, meant);
  }
  return meant ?? undefined;
}
