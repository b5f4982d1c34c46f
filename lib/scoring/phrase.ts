// Team leads write phrases, not regexes. A phrase compiles to a small pattern over tokens (see
// tokens.ts); matching one costs a handful of comparisons, and there is no way to write one that
// backtracks out of control.
//
//   words        case-insensitive; ' matches straight and curly apostrophes; "I'll" also matches
//                "I will" only if you say so: (I'll|I will) or (I|we) ('ll|will)
//   (a|b c)      alternatives          [a b] or (a b)?   optional words
//   frustrat*    any word that starts so (a trailing * on a word)
//   #            any number           \#  the character "#" itself (a #channel)
//   ...          a gap of up to three words, never across a punctuation token (tokens.ts: . , ; : ! ?
//                ( ) / & and the like; "&" between letters, as in Q&A, is part of the word); dashes, quotes and emoji separate words and do not stop it;
//                a "/" or "." inside a word ("BIOS/FW", "setup.exe", "the .msp file") does not stop it either, and the joined word counts once
//   {name}       the customer's name: the page's, or a capitalised word that looks like a name
//   {customer}   only the name the page gave (context.customerName)
//   {given}      the page's name, or a capitalised word that is a common given name
//   {quote}      a quoted text, inline code or code block (quotes.ts), whatever it says
//   {email}      an e-mail address, {url} a web address, {phone} a phone number, each taken whole
//                however many tokens it has (addresses.ts says what counts)
//   <act>        any word of the pack's word class "act" (word-classes.ts); <act:past> only the
//                past forms of its verbs (forms: base, s, past, ing)
//   <action>     a built-in class decided by a test, not a list: a verb of action in the slot's
//                form (actions.ts; <action>, <action:past>, <action:ing>)
//   a|b          alternatives at the top level, too
import { QUOTE_NORM, tokenize } from './tokens';
import { ADDR_EMAIL, ADDR_PHONE, ADDR_URL } from './addresses';
import type { ClassLookup } from './word-classes';
import type { VerbForm } from './inflect';
import type { ProblemCode, ProblemParams } from '../rule-pack/problems';

type Node =
  | { kind: 'lit'; text: string }
  | { kind: 'stem'; text: string }
  | { kind: 'num' }
  | { kind: 'alt'; options: Seq[]; optional: boolean }
  | { kind: 'name'; slot: number }
  | { kind: 'quote' }
  /** {email}, {url}, {phone}: an address of that kind (addresses.ts AddressKind). */
  | { kind: 'addr'; addr: number }
  /** A word class slot, compiled once per class and form (see classStep). */
  | { kind: 'class'; step: Step }
  | { kind: 'test'; f: (word: string) => boolean }
  | { kind: 'gap' };
interface Item {
  node: Node;
  /** Whitespace before this item in the phrase source: becomes a whitespace run in the text. */
  spaced: boolean;
}
type Seq = Item[];

export class PhraseError extends Error {
  /**
   * `path`: where in the rule the phrase sits, e.g. `phrases[2]`, once known. `code` and `params`: the
   * problem's code (PROBLEM_PARAMS in lib/rule-pack/problems.ts) for a UI in another language.
   */
  constructor(
    message: string,
    readonly path = '',
    readonly code?: ProblemCode,
    readonly params?: ProblemParams,
  ) {
    super(message);
  }
}

/** A PhraseError with its problem code, its path still to be joined by `underPath`. */
const coded = (message: string, code: ProblemCode, params: ProblemParams = {}) => new PhraseError(message, '', code, params);

/**
 * Runs `compile`; an error thrown inside comes out as a PhraseError whose path starts with `path`
 * (`rules[3]` + the inner `phrases[2]` → `rules[3].phrases[2]`). The one place paths are joined.
 */
export function underPath<T>(path: string, compile: () => T): T {
  try {
    return compile();
  } catch (e) {
    const inner = e instanceof PhraseError ? e : undefined;
    throw new PhraseError((e as Error).message, [path, inner?.path].filter(Boolean).join('.'), inner?.code, inner?.params);
  }
}

/** A compiled phrase item: what one step of the match accepts. */
export type Step =
  | { t: 'word'; w: string }
  | { t: 'stem'; p: string }
  | { t: 'num' }
  /** slot: 0 {name}, 1 {customer}, 2 {given} (names.ts NameSlot). */
  | { t: 'name'; slot: number }
  /** Skips up to `reach` words, never across punctuation; `a ... ... b` is one gap of reach 6. */
  | { t: 'gap'; reach: number }
  /** One token out of several words or stems: the common "(can't|cannot|unable)" case, in O(1). */
  | { t: 'set'; words: Set<string>; stems: string[]; optional: boolean }
  /** One word token that passes a built-in class's test (word-classes.ts ClassLookup.test). */
  | { t: 'test'; f: (word: string) => boolean }
  /** A whole e-mail address, web address or phone number (addr: addresses.ts AddressKind). */
  | { t: 'addr'; addr: number }
  | { t: 'alt'; options: Step[][]; optional: boolean };

export interface CompiledPhrase {
  steps: UStep[];
  /** Token keys a match can start with: words, 'stem:xyz' (first three letters), '#'; '*' for any. */
  first: Set<string>;
  /**
   * For each first-token key, the keys the second token can have (null: any, or unknown). The
   * matcher tries a phrase only where both fit, so "I" does not mean trying every "I …" phrase.
   */
  pairs: Map<string, Set<string> | null>;
  /**
   * Keys (as in `first`) a draft must hold for the phrase to match anywhere in it: one set per step
   * every match passes through (a word, a set of words or stems, a number, an alternation none of
   * whose options is empty); a match holds a token with a key of each set. Steps that can match any
   * token (gaps, names, short stems) or nothing (optional ones) give none.
   */
  anchors: Set<string>[];
  usesName: boolean;
  /** Uses {customer}: only the name the page gave counts, never a guess from the text. */
  strictName: boolean;
}

/** Compiles one phrase; `classes` resolves <class> slots. Throws a PhraseError on a bad phrase. */
export function compilePhrase(phrase: string, classes?: ClassLookup): CompiledPhrase {
  if (phrase.trim() === '') throw coded('empty phrase', 'emptyPhrase');
  const top = new Parser(phrase.trim(), classes).parseAlternatives(null);
  const steps: Step[] = top.length === 1 ? toSteps(top[0]!) : [altStep(top.map(toSteps), false)];
  const flags = { usesName: false, strictName: false };
  const walk = (list: Step[]): void => {
    for (const st of list) {
      if (st.t === 'name') {
        flags.usesName = true;
        flags.strictName ||= st.slot === 1;
      }
      if (st.t === 'alt') st.options.forEach(walk);
    }
  };
  walk(steps);
  const first = new Set<string>();
  if (firstOf(steps, 0, first)) throw coded(`"${phrase}" can match nothing at all`, 'phraseMatchesNothing', { phrase });
  const pairs = new Map<string, Set<string> | null>();
  firstPairs(steps, pairs);
  return { steps: steps.map(uniform), first, pairs, anchors: anchorsOf(steps), ...flags };
}

/** The key sets of the steps every match of `steps` passes through (see CompiledPhrase.anchors). */
function anchorsOf(steps: Step[]): Set<string>[] {
  const out: Set<string>[] = [];
  const seen = new Set<string>();
  const add = (keys: Set<string>) => {
    const name = [...keys].sort().join('\u0000');
    if (seen.has(name)) return;
    seen.add(name);
    out.push(keys);
  };
  for (const st of steps) {
    const keys = new Set<string>();
    // firstOf of the step alone: the keys its first token can have, or true when it can be empty.
    if (firstOf([st], 0, keys) || keys.has('*') || keys.has('{name}')) continue;
    add(keys);
    if (st.t === 'alt') for (const inner of innerAnchors(st.options)) add(inner);
  }
  // The smallest sets first: they are the likeliest to be missing from a draft.
  return out.sort((a, b) => a.size - b.size);
}

/** innerAnchors reads alternations of at most this many options, and keeps unions of at most this many keys. */
const INNER_OPTIONS = 32;
const INNER_KEYS = 64;

/**
 * Anchors from inside an alternation none of whose options can be empty (anchorsOf asks only then):
 * every match passes through one whole option, so the union of one anchor of each option is an anchor
 * too. "(the ... <fault> | because the ... <fault>)" is then looked for by its <fault> words, not only
 * by "the" and "because", which every draft holds. The r-th union takes each option's r-th smallest
 * anchor (its last when it has fewer); none when an option has no anchor. Bounded (INNER_OPTIONS,
 * INNER_KEYS) so that large classes cost no compile time for anchors too common to rule anything out.
 */
function innerAnchors(options: Step[][]): Set<string>[] {
  if (options.length > INNER_OPTIONS) return [];
  const known = innerAnchorsOf.get(options);
  if (known) return known;
  const per = options.map(anchorsOf);
  const out: Set<string>[] = [];
  if (per.every((a) => a.length > 0)) {
    const depth = Math.max(...per.map((a) => a.length));
    for (let r = 0; r < depth; r++) {
      const union = new Set<string>();
      for (const a of per) for (const k of a[Math.min(r, a.length - 1)]!) union.add(k);
      if (union.size <= INNER_KEYS) out.push(union);
    }
  }
  innerAnchorsOf.set(options, out);
  return out;
}

/** innerAnchors by alternation: a word class's alternation is one object shared by every phrase that names the class (classStep). */
const innerAnchorsOf = new WeakMap<Step[][], Set<string>[]>();

/**
 * Step kinds as small integers (UStep.k), for the matcher's hot loop: plain module constants, the
 * one definition matchers.ts reads. A bundle inlines them; tsx and vitest read a module binding
 * (a `const enum` became an object behind an ES-module getter there, a call on every read).
 */
export const STEP_WORD = 0;
export const STEP_STEM = 1;
export const STEP_NUM = 2;
export const STEP_NAME = 3;
export const STEP_GAP = 4;
export const STEP_SET = 5;
export const STEP_ALT = 6;
export const STEP_TEST = 7;
/** An address slot ({email}, {url}, {phone}): matches the run of tokens of one address (UStep.slot = its kind). */
export const STEP_ADDR = 8;

/**
 * Every word (a token's norm) some compiled step or index names, numbered from 0 in the order first
 * met, for every table and pack alike (uniform steps are shared between tables). The matcher looks
 * a draft's word up here once per scan (knownWordId) and compares numbers from then on, instead of
 * hashing and comparing strings at every step (2026-12-03: string Set and Map lookups were about a
 * sixth of a scan).
 */
const WORD_IDS = new Map<string, number>();

/**
 * The number of `word` (a token norm, or a table key such as `#` or `stem:xyz`), made the first time
 * it is asked for. Numbers are never reused or taken back.
 */
export function wordId(word: string): number {
  let id = WORD_IDS.get(word);
  if (id === undefined) WORD_IDS.set(word, (id = WORD_IDS.size));
  return id;
}

/** The number of `word` if some step or index named it already (wordId), else -1: no step can match it by its word. */
export function knownWordId(word: string): number {
  return WORD_IDS.get(word) ?? -1;
}

/** Whether `id` is in `ids` (ascending word ids, hasId's own sets): a binary search, false for -1. */
export function hasId(ids: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * A set of words as ascending word ids (wordId), for hasId. A plain array of small integers: about a
 * tenth of the heap an Int32Array takes at the size of most sets (a handful of words; 5,044 sets in
 * the default pack's tables, 2026-12-03).
 */
export function idsOf(words: Iterable<string>): number[] {
  return [...new Set([...words].map(wordId))].sort((a, b) => a - b);
}

/**
 * A step as the matcher reads it: every step has the same fields in the same order, so property
 * reads in the hot loop stay monomorphic in V8, and the kind is a number, not a string.
 */
export interface UStep {
  k: number;
  w: string;
  /** STEP_WORD: the word's number (wordId), compared with the token's; -1 otherwise. */
  wid: number;
  p: string;
  /** Name slot kind (names.ts NameSlot) for STEP_NAME steps; address kind (addresses.ts) for STEP_ADDR. */
  slot: number;
  words: Set<string> | null;
  /** STEP_SET: `words` as ascending word ids (idsOf), what the matcher tests; null otherwise. */
  ids: number[] | null;
  stems: string[] | null;
  optional: boolean;
  options: UStep[][] | null;
  /**
   * STEP_ALT with many options: for a token's norm, the options that can start with it, in their
   * order (options led by a word or a plain word set are filed under those words; the others are in
   * every list), keyed by the word's number (wordId). Null when the options are few.
   */
  byFirst: Map<number, UStep[][]> | null;
  /** With byFirst: the options for a token none of them is filed under. */
  other: UStep[][] | null;
  /** STEP_TEST: whether a word token (its norm) fills the slot. */
  f: ((word: string) => boolean) | null;
  /** STEP_GAP: how many words it skips at most (GAP_REACH per `...` merged into it); 0 otherwise. */
  reach: number;
  /**
   * The words (ascending word ids, idsOf) a match of this step that takes at least one token must
   * start with, or null when that is not known from words alone (a stem, a number, a name, a test, an
   * address, a gap, or an option that can be empty or starts so). For a set of words without stems,
   * its ids (the same array); for an alternation, the union of its options' first words (an option led
   * by a word: that word's id; null if any option's is unknown). Null for a single word, whose `wid`
   * says it without an array a step (the default pack has thousands of word steps).
   * The matcher skips an alternation whose `first` does not hold the token's word without trying its
   * options: they would each fail on that token (Matcher.seq, Matcher.could).
   */
  first: number[] | null;
}

/** How many words one `...` skips at most. */
export const GAP_REACH = 3;

const KIND_OF = { word: STEP_WORD, stem: STEP_STEM, num: STEP_NUM, name: STEP_NAME, gap: STEP_GAP, set: STEP_SET, alt: STEP_ALT, test: STEP_TEST, addr: STEP_ADDR } as const;

// A class is used by many phrases: its members are parsed, merged into one step and made uniform
// once per lookup (a compiled pack), not once per phrase.
const classSteps = new WeakMap<ClassLookup, Map<string, Step>>();
const uniformSteps = new WeakMap<Step, UStep>();

function classStep(classes: ClassLookup, key: string, members: string[]): Step {
  let byKey = classSteps.get(classes);
  if (!byKey) classSteps.set(classes, (byKey = new Map()));
  let step = byKey.get(key);
  if (!step) {
    const options = members.flatMap((m) => new Parser(m).parseAlternatives(null)).map(toSteps);
    byKey.set(key, (step = altStep(options, false)));
  }
  return step;
}

function uniform(st: Step): UStep {
  const known = uniformSteps.get(st);
  if (known) return known;
  const u = makeUniform(st);
  if (st.t === 'alt' || st.t === 'set') uniformSteps.set(st, u);
  return u;
}

function makeUniform(st: Step): UStep {
  const options = st.t === 'alt' ? st.options.map((o) => o.map(uniform)) : null;
  const index = options ? optionIndex(options) : null;
  const ids = st.t === 'set' ? idsOf(st.words) : null;
  return {
    k: KIND_OF[st.t],
    w: st.t === 'word' ? st.w : '',
    wid: st.t === 'word' ? wordId(st.w) : -1,
    p: st.t === 'stem' ? st.p : '',
    slot: st.t === 'name' ? st.slot : st.t === 'addr' ? st.addr : 0,
    words: st.t === 'set' ? st.words : null,
    ids,
    stems: st.t === 'set' ? st.stems : null,
    optional: st.t === 'set' || st.t === 'alt' ? st.optional : false,
    options,
    byFirst: index?.byFirst ?? null,
    other: index?.other ?? null,
    f: st.t === 'test' ? st.f : null,
    reach: st.t === 'gap' ? st.reach : 0,
    first: st.t === 'set' ? (st.stems.length === 0 ? ids : null) : options ? firstOfOptions(options) : null,
  };
}

/**
 * UStep.first of an alternation of `options`: the union of the words each option's first step must
 * start with, or null when some option's first step can be empty (an optional set or alternation, a
 * gap) or can start with a token that is not known by its word.
 */
function firstOfOptions(options: UStep[][]): number[] | null {
  const out = new Set<number>();
  for (const o of options) {
    const head = o[0];
    if (head?.k === STEP_WORD) {
      out.add(head.wid);
      continue;
    }
    if (head === undefined || head.first === null || head.optional) return null;
    for (const id of head.first) out.add(id);
  }
  return [...out].sort((a, b) => a - b);
}

/** The words a token must be for `first` to match it, or null when it can match other tokens too. */
function firstWords(first: UStep): Iterable<string> | null {
  if (first.k === STEP_WORD) return [first.w];
  if (first.k === STEP_SET && !first.optional && first.stems!.length === 0) return first.words!;
  return null;
}

/**
 * Files an alternation's options by the words they can start with (see UStep.byFirst), keeping
 * their order, so the matcher tries only the options a token can start. Null for a few options.
 */
function optionIndex(options: UStep[][]): { byFirst: Map<number, UStep[][]>; other: UStep[][] } | null {
  if (options.length < 4) return null;
  const byFirst = new Map<number, UStep[][]>();
  const firsts = options.map((o) => {
    const words = firstWords(o[0]!);
    return words && new Set([...words].map(wordId));
  });
  for (const words of firsts) if (words) for (const w of words) byFirst.set(w, []);
  if (byFirst.size === 0) return null;
  const other: UStep[][] = [];
  options.forEach((o, i) => {
    const words = firsts[i];
    if (words) for (const w of words) byFirst.get(w)!.push(o);
    else {
      other.push(o);
      for (const list of byFirst.values()) list.push(o);
    }
  });
  return { byFirst, other };
}

function toSteps(seq: Seq): Step[] {
  const out: Step[] = [];
  for (const { node } of seq) {
    switch (node.kind) {
      case 'lit':
        for (const tok of tokenize(node.text, 0, node.text.length, true)) out.push({ t: 'word', w: tok.norm });
        break;
      case 'stem': {
        const toks = tokenize(node.text, 0, node.text.length, true);
        const last = toks.pop();
        for (const tok of toks) out.push({ t: 'word', w: tok.norm });
        if (last) out.push({ t: 'stem', p: last.norm });
        break;
      }
      case 'num':
        out.push({ t: 'num' });
        break;
      case 'name':
        out.push({ t: 'name', slot: node.slot });
        break;
      case 'gap': {
        // Adjacent gaps are one longer gap: "a ... ... b" skips up to six words, and the matcher
        // tries one gap of six lengths instead of two nested gaps of four.
        const last = out[out.length - 1];
        if (last?.t === 'gap') last.reach += GAP_REACH;
        else out.push({ t: 'gap', reach: GAP_REACH });
        break;
      }
      case 'quote':
        out.push({ t: 'word', w: QUOTE_NORM });
        break;
      case 'addr':
        out.push({ t: 'addr', addr: node.addr });
        break;
      case 'class':
        out.push(node.step);
        break;
      case 'test':
        out.push({ t: 'test', f: node.f });
        break;
      case 'alt':
        out.push(altStep(node.options.map(toSteps), node.optional));
        break;
    }
  }
  return out;
}

function altStep(options: Step[][], optional: boolean): Step {
  const nonEmpty = options.filter((o) => o.length > 0);
  const opt = optional || nonEmpty.length < options.length;
  const single = (o: Step[]) => o.length === 1 && (o[0]!.t === 'word' || o[0]!.t === 'stem');
  const singles = nonEmpty.filter(single);
  const words = new Set<string>();
  const stems: string[] = [];
  for (const [st] of singles) {
    if (st!.t === 'word') words.add(st!.w);
    else if (st!.t === 'stem') stems.push(st!.p);
  }
  if (singles.length === nonEmpty.length) return { t: 'set', words, stems, optional: opt };
  // Single words of a mixed alternation become one set option, tried in one step.
  const multi = nonEmpty.filter((o) => !single(o));
  const merged: Step[][] = singles.length > 1 ? [[{ t: 'set', words, stems, optional: false }], ...multi] : nonEmpty;
  return { t: 'alt', options: merged, optional: opt };
}

function keyOf(st: Step): string {
  if (st.t === 'word') return st.w;
  if (st.t === 'stem') return st.p.length >= 3 ? `stem:${st.p.slice(0, 3)}` : '*';
  if (st.t === 'num') return '#';
  return '*';
}

/** Records, for each way the first token can match, which keys the second token can have. */
function firstPairs(steps: Step[], into: Map<string, Set<string> | null>): void {
  const add = (first: string, rest: Step[]) => {
    const second = new Set<string>();
    const open = firstOf(rest, 0, second) || second.has('*') || second.has('{name}');
    const known = into.get(first);
    if (open || known === null) return void into.set(first, null);
    if (known) for (const k of second) known.add(k);
    else into.set(first, second);
  };
  const head = steps[0];
  if (!head) return;
  const rest = steps.slice(1);
  if (head.t === 'word' || head.t === 'stem' || head.t === 'num') add(keyOf(head), rest);
  else if (head.t === 'set') {
    for (const w of head.words) add(w, rest);
    for (const p of head.stems) add(p.length >= 3 ? `stem:${p.slice(0, 3)}` : '*', rest);
    if (head.optional) firstPairs(rest, into);
  } else if (head.t === 'alt') {
    for (const o of head.options) firstPairs(o.concat(rest), into);
    if (head.optional) firstPairs(rest, into);
  } else if (head.t === 'name') add('{name}', rest);
  else into.set('*', null);
}

/** Adds the keys steps[k..] can start with; returns true when they can match no token at all. */
function firstOf(steps: Step[], k: number, into: Set<string>): boolean {
  for (let i = k; i < steps.length; i++) {
    const st = steps[i]!;
    if (st.t === 'word') return void into.add(st.w), false;
    if (st.t === 'stem') return void into.add(st.p.length >= 3 ? `stem:${st.p.slice(0, 3)}` : '*'), false;
    if (st.t === 'num') return void into.add('#'), false;
    if (st.t === 'name') return void into.add('{name}'), false;
    if (st.t === 'gap' || st.t === 'test' || st.t === 'addr') {
      into.add('*');
      return false;
    }
    if (st.t === 'set') {
      for (const w of st.words) into.add(w);
      for (const p of st.stems) into.add(p.length >= 3 ? `stem:${p.slice(0, 3)}` : '*');
      if (!st.optional) return false;
      continue;
    }
    let nullable = st.optional;
    for (const o of st.options) if (firstOf(o, 0, into)) nullable = true;
    if (!nullable) return false;
  }
  return true;
}

const FORMS = new Set<string>(['base', 's', 'past', 'ing']);
const ADDRESS_SLOTS: [string, number][] = [
  ['{email}', ADDR_EMAIL],
  ['{url}', ADDR_URL],
  ['{phone}', ADDR_PHONE],
];

class Parser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly classes?: ClassLookup,
  ) {}

  parseAlternatives(close: string | null): Seq[] {
    const seqs: Seq[] = [this.parseSeq(close)];
    while (this.s[this.i] === '|') {
      this.i++;
      seqs.push(this.parseSeq(close));
    }
    if (close !== null) {
      if (this.s[this.i] !== close) throw coded(`missing "${close}" in "${this.s}"`, 'phraseMissing', { char: close, phrase: this.s });
      this.i++;
    } else if (this.i < this.s.length) throw coded(`unexpected "${this.s[this.i]}" in "${this.s}"`, 'phraseUnexpected', { char: this.s[this.i]!, phrase: this.s });
    return seqs;
  }

  private parseSeq(close: string | null): Seq {
    const seq: Seq = [];
    let spaced = false;
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (c === '|' || c === close) break;
      if (/\s/.test(c)) {
        spaced = seq.length > 0;
        this.i++;
        continue;
      }
      seq.push({ node: this.parseItem(), spaced });
      spaced = false;
    }
    return seq;
  }

  private parseItem(): Node {
    const c = this.s[this.i]!;
    if (c === '(' || c === '[') {
      this.i++;
      const options = this.parseAlternatives(c === '(' ? ')' : ']');
      // "(a|b)?" reads as optional too, the way people who know a little regex write it.
      const questionMark = c === '(' && this.s[this.i] === '?';
      if (questionMark) this.i++;
      return { kind: 'alt', options, optional: c === '[' || questionMark || options.some((o) => o.length === 0) };
    }
    if (c === ')' || c === ']') throw coded(`unbalanced "${c}" in "${this.s}"`, 'phraseUnbalanced', { char: c, phrase: this.s });
    if (this.s.startsWith('{name}', this.i)) {
      this.i += 6;
      return { kind: 'name', slot: 0 };
    }
    if (this.s.startsWith('{given}', this.i)) {
      this.i += 7;
      return { kind: 'name', slot: 2 };
    }
    if (this.s.startsWith('{quote}', this.i)) {
      this.i += 7;
      return { kind: 'quote' };
    }
    if (this.s.startsWith('{customer}', this.i)) {
      this.i += 10;
      return { kind: 'name', slot: 1 };
    }
    for (const [slot, addr] of ADDRESS_SLOTS)
      if (this.s.startsWith(slot, this.i)) {
        this.i += slot.length;
        return { kind: 'addr', addr };
      }
    if (c === '<') return this.parseClass();
    if (this.s.startsWith('...', this.i) || c === '…') {
      this.i += c === '…' ? 1 : 3;
      return { kind: 'gap' };
    }
    let text = '';
    while (this.i < this.s.length && !/[\s()[\]|{<]/.test(this.s[this.i]!)) {
      if (this.s.startsWith('...', this.i)) break;
      text += this.s[this.i++];
    }
    if (text === '#') return { kind: 'num' };
    if (text === '\\#') return { kind: 'lit', text: '#' };
    if (text.endsWith('*') && text.length > 1) return { kind: 'stem', text: text.slice(0, -1) };
    if (text.includes('*')) throw coded(`"*" only ends a word, in "${this.s}"`, 'phraseStarEndsWord', { phrase: this.s });
    if (text === '') throw coded(`unexpected "${c}" in "${this.s}"`, 'phraseUnexpected', { char: c, phrase: this.s });
    if (tokenize(text).length === 0) throw coded(`"${text}" has no words or punctuation to match`, 'phraseNoWords', { text });
    return { kind: 'lit', text };
  }

  /** `<name>` or `<name:form>`: one of the class's members, each a plain phrase. */
  private parseClass(): Node {
    const close = this.s.indexOf('>', this.i);
    if (close === -1) throw coded(`missing ">" in "${this.s}"`, 'phraseMissing', { char: '>', phrase: this.s });
    const [name = '', form] = this.s.slice(this.i + 1, close).split(':');
    if (form !== undefined && !FORMS.has(form)) throw coded(`unknown verb form "${form}" in "${this.s}" (base, s, past, ing)`, 'unknownVerbForm', { form, phrase: this.s });
    const test = this.classes?.test?.(name, form as VerbForm | undefined);
    if (test) {
      this.i = close + 1;
      return { kind: 'test', f: test };
    }
    const members = this.classes?.(name, form as VerbForm | undefined);
    if (!members) throw coded(`unknown word class <${name}> in "${this.s}"`, 'unknownWordClass', { name, phrase: this.s });
    if (!members.length)
      throw form !== undefined && form !== 'base'
        ? coded(
            `word class <${name}> has no verbs, so <${name}:${form}> matches nothing: list verbs under word_classes.${name}.verbs, or write <${name}>`,
            'emptyWordClassVerbs',
            { name, form },
          )
        : coded(`word class <${name}> has no words or verbs, so it matches nothing`, 'emptyWordClass', { name });
    this.i = close + 1;
    return { kind: 'class', step: classStep(this.classes!, `${name}:${form ?? ''}`, members) };
  }
}

