// Every phrase of every rule becomes one entry in a shared table. Scoring tokenizes the draft once
// and, at each token, tries only the entries that can start with that token (found by the word
// itself, its first three letters, or "a number"); phrases are a few tokens long, so the scan is
// linear in the draft. Raw `pattern:` entries (checked by regex-guard) run as their own regexes.
import type { PhraseEntry } from '../rule-pack/schema';
import { findAddresses } from './addresses';
import * as phraseKinds from './phrase';
import { compilePhrase, knownWordId, PhraseError, underPath, wordId, type UStep } from './phrase';
import { checkPattern, requiredChars } from './regex-guard';
import * as tokenKinds from './tokens';
import type { Token } from './tokens';
import type { ClassLookup } from './word-classes';
import { holdsDraftText } from './draft-memory';

// The step and token kinds, read once into this module's own constants (their one definition stays
// in phrase.ts and tokens.ts): where the modules are loaded as CommonJS (tsx, which the CLI, the tests
// and the bench run under), an imported binding is a getter called on every read, and the matcher's
// loop reads kinds at every step (the getters were ~5% of a scan's profile, 2026-12-03).
const STEP_WORD = phraseKinds.STEP_WORD;
const STEP_STEM = phraseKinds.STEP_STEM;
const STEP_NUM = phraseKinds.STEP_NUM;
const STEP_NAME = phraseKinds.STEP_NAME;
const STEP_GAP = phraseKinds.STEP_GAP;
const STEP_SET = phraseKinds.STEP_SET;
const STEP_ALT = phraseKinds.STEP_ALT;
const STEP_TEST = phraseKinds.STEP_TEST;
const STEP_ADDR = phraseKinds.STEP_ADDR;
const WORD = tokenKinds.TOKEN_WORD;
const NUM = tokenKinds.TOKEN_NUM;
// The same for the one imported function the matcher calls at every set step (inSet).
const hasId = phraseKinds.hasId;
const PUNCT = tokenKinds.TOKEN_PUNCT;
/** The word number (phrase.ts wordId) of the key '#', "a number", under which buckets file numbers. */
const NUMBER_KEY = wordId('#');

/** Whether `word` (at UTF-16 offset `at` of `text`) fills a name slot of kind `slot` (names.ts NameSlot). */
export type NameCheck = (word: string, slot: number, text: string, at: number) => boolean;

export interface Hit {
  start: number;
  end: number;
  entry: number;
  /** The words that filled {name} slots, when the phrase has them. */
  names?: string[];
}

interface Entry {
  steps: UStep[] | null;
  /**
   * The draft must hold a key of each of these lists for the phrase to match (CompiledPhrase.anchors),
   * each list as an anchor group (MatcherTable.groupOf); empty for patterns.
   */
  anchors: number[];
  /**
   * The most tokens a match can cover (spanOf); Infinity when an address step makes it unbounded.
   * A match starting at token i holds a token of each anchor group in [i, i + span).
   */
  span: number;
  regex: RegExp | null;
  /** For a pattern: characters every match holds (regex-guard requiredChars); a draft without one of them is not searched. */
  needs: string | null;
  rewrites: string[] | undefined;
  /**
   * One step that reads one token and cannot branch: a word, a plain set of words (no stems, not
   * optional) or a built-in class test. A match is then that token alone, so tryAt checks the token
   * (direct) instead of starting an attempt: a fifth of a reply's attempts are such entries (the
   * learned layer's <action>, <we>, …).
   */
  direct: boolean;
}

/**
 * Entries that can start with one key, split again by the key of the token after it, so a
 * common first word ("I", "we") does not mean trying every phrase that starts with it.
 */
class Bucket {
  readonly any: number[] = [];
  /** By the second token's key as a word number (phrase.ts wordId: its word, '#' for a number, 'stem:xyz'). */
  readonly bySecond = new Map<number, number[]>();
  /** How many entries were filed (each once, whatever its second keys). */
  size = 0;

  add(id: number, second: Set<string> | null): void {
    this.size++;
    if (!second) return void this.any.push(id);
    for (const key of second) {
      const k = wordId(key);
      const list = this.bySecond.get(k);
      if (list) list.push(id);
      else this.bySecond.set(k, [id]);
    }
  }
}

/** What a table knows about one word of a draft (MatcherTable.wordOf). */
interface WordInfo {
  /** Entries that can start with the word ('#' for any number). */
  bucket: Bucket | undefined;
  /** Its three-letter stem key ('stem:xyz'), when some stem in the table starts with its letter. */
  stem: string | undefined;
  /** The word's number (phrase.ts knownWordId): -1 when no step or index names it. */
  id: number;
  /** The stem key's number (knownWordId of `stem`), -1 when there is none or no index names it. */
  stemId: number;
  /** Entries that can start with a word of that stem. */
  stemBucket: Bucket | undefined;
  /** Anchor key ids (MatcherTable.keyIds) the word has: itself, '#' for a number, its stem key. */
  keys: number[];
  /** Entries led by a built-in class test (<action>) that the word passes (MatcherTable.testStart). */
  tested: number[];
  /** The anchor groups (MatcherTable.groupOf) holding one of its keys, each once, ascending. */
  groups: number[];
  /** The last scan (MatcherTable.scans) that marked its groups as held: once a draft, however often the word occurs. */
  seen: number;
  /** How often the word occurs in the draft being scanned (counted by denseGroups only, for drafts of WINDOW_FROM tokens or more). */
  count: number;
  /** The last scan (MatcherTable.scans) in which the word was frequent enough that its groups are dense (denseGroups). */
  dense: number;
}

/** A list of phrases as a rule sees it: indexes into the table. */
export type PhraseList = number[];

const NO_OPTIONS: UStep[][] = [];
const NO_IDS: number[] = [];
/**
 * Branch points an attempt may visit before the matcher starts memoising failed states. Plain
 * phrases never get there (a few branches an attempt); a phrase with many gaps or optional words
 * over a draft that fits it many ways does, and from then on in that attempt each state fails at
 * most once. Each attempt starts plain again: memoising every later attempt of a long draft once
 * one attempt needed it made a 50 KB text 2–3× slower (15:37 UTC).
 */
const MEMO_AFTER = 64;
/** Shared empty hit list: most phrases are absent from a draft, so most lists stay this one. */
const NONE: Hit[] = [];

export class MatcherTable {
  private readonly entries: Entry[] = [];
  /**
   * Each entry's steps (null for a `pattern`) and regular expression (null for a phrase), by entry id: what the
   * typing memo (incremental.ts) reads to bound how far an attempt reads. Read-only; grows as entries are added.
   */
  get shapes(): readonly Pick<Entry, 'steps' | 'regex'>[] {
    return this.entries;
  }
  private readonly byKey = new Map<string, number>();
  private readonly index = new Map<string, Bucket>();
  private readonly anyStart: number[] = [];
  /**
   * Entries with a {name} slot anywhere, ascending: the only ones whose hits can carry `names`
   * (engine.ts guessName reads their hits instead of every entry's).
   */
  readonly nameEntries: number[] = [];
  /**
   * Phrases that open with {name}: tried only at capitalised words, and filed by the key of the token
   * after the name as any bucket is ("{name} ," only before a comma), so a capitalised word that no such
   * phrase can go on from is never put to the name check (the acceptor in names.ts, the costliest step).
   */
  private readonly nameStart = new Bucket();
  /**
   * Phrases that open with a built-in class test (<action>), by test: each word is put to each test
   * once (wordOf), and a phrase is tried only at the words that pass, not at every word.
   */
  private readonly testStart = new Map<(word: string) => boolean, number[]>();
  private readonly patterns: number[] = [];
  /** First letters of indexed stems: most tokens need no stem key at all. */
  private readonly stemHeads = new Set<number>();

  /** Scans made (scanAll): WordInfo.seen stamps a word's groups as marked in the current one. */
  private scans = 0;
  /** Each word seen in a draft, with its buckets and keys (wordOf). */
  private readonly words = holdsDraftText(new Map<string, WordInfo>());
  /** Every key some anchor names, numbered: a draft's keys are marked in an array of this size. */
  private readonly keyIds = new Map<string, number>();

  /** Step sequences numbered for the matcher's state keys: a sequence's first number (seqBase). */
  private readonly seqBases = new Map<UStep[], number>();
  private nextBase = 0;
  /**
   * The first state number of a step sequence: its places 0..length are base..base+length, apart
   * from every other sequence's. Made when the matcher first memoises in that sequence.
   */
  private readonly seqBase = (steps: UStep[]): number => {
    let base = this.seqBases.get(steps);
    if (base === undefined) {
      this.seqBases.set(steps, (base = this.nextBase));
      this.nextBase += steps.length + 1;
    }
    return base;
  };

  /**
   * Branch points (gaps, optional words that are there, alternations) the last scanAll visited:
   * what a phrase costs, for tests and the bench (a count, not a time).
   */
  lastVisits = 0;
  /** Attempts (an entry tried at a token) the last scanAll made, for tests and the bench. */
  lastAttempts = 0;

  /**
   * `classes` resolves the <class> slots of the phrases added to this table. `memoAfter` (tests
   * only) is how many branch points an attempt visits before failed states are kept (MEMO_AFTER);
   * results are the same for any value.
   */
  constructor(
    private readonly classes?: ClassLookup,
    private readonly memoAfter = MEMO_AFTER,
  ) {}

  /**
   * Compiles a list of phrase entries; throws a PhraseError naming the entry on a bad phrase.
   * `classes` resolves their <class> slots instead of the table's own lookup (a layer that scans
   * with the table but knows more classes, learned.ts); such entries are shared only with entries
   * compiled with the same lookup.
   */
  addList(list: readonly PhraseEntry[] | undefined, field = 'phrases', classes?: ClassLookup): PhraseList {
    if (!list) return [];
    return list.map((e, i) => underPath(`${field}[${i}]`, () => this.add(e, classes)));
  }

  /** Lookups other than the table's own that entries were compiled with, numbered for their keys (add). */
  private readonly lookups = new Map<ClassLookup, number>();

  /** Anchor groups (an anchor's list of key ids) by their sorted ids: phrases that share a class share its group. */
  private readonly groups = new Map<string, number>();
  /** By key id: the anchor groups that hold the key (a draft holding the key holds a key of each). */
  private readonly keyGroups: number[][] = [];

  /** The number of an anchor group, made the first time its keys are seen. */
  private groupOf(keys: number[]): number {
    const name = [...new Set(keys)].sort((a, b) => a - b).join(',');
    let g = this.groups.get(name);
    if (g === undefined) {
      this.groups.set(name, (g = this.groups.size));
      for (const k of new Set(keys)) (this.keyGroups[k] ??= []).push(g);
    }
    return g;
  }

  /** The number of an anchor key, made the first time it is seen. */
  private keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      this.keyIds.set(key, (id = this.keyIds.size));
      // A draft's stem keys are only made for letters some stem starts with (wordOf).
      if (key.startsWith('stem:')) this.stemHeads.add(key.charCodeAt(5));
    }
    return id;
  }

  rewritesOf(entry: number): string[] | undefined {
    return this.entries[entry]?.rewrites;
  }

  private add(e: PhraseEntry, lookup?: ClassLookup): number {
    const obj = typeof e === 'string' ? { phrase: e } : e;
    const rewrites = 'rewrites' in obj ? obj.rewrites : undefined;
    const isPattern = 'pattern' in obj && obj.pattern !== undefined;
    const text = isPattern ? obj.pattern : 'phrase' in obj ? obj.phrase : '';
    const classes = lookup ?? this.classes;
    let other = '';
    if (classes !== this.classes && classes !== undefined && !isPattern) {
      let n = this.lookups.get(classes);
      if (n === undefined) this.lookups.set(classes, (n = this.lookups.size + 1));
      other = `\u0000${n}`;
    }
    const key = `${isPattern ? 'p' : 'w'}\u0000${text}\u0000${rewrites?.join('\u0001') ?? ''}${other}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.entries.length;
    this.words.clear();
    if (isPattern) {
      const why = checkPattern(text);
      if (why) throw new PhraseError(why);
      this.entries.push({ steps: null, anchors: [], span: Infinity, regex: new RegExp(text, 'giu'), needs: requiredChars(text), rewrites, direct: false });
      this.patterns.push(id);
    } else {
      const c = compilePhrase(text, classes);
      this.entries.push({
        steps: c.steps,
        anchors: c.anchors.map((keys) => this.groupOf([...keys].map((k) => this.keyId(k)))),
        span: spanOf(c.steps),
        regex: null,
        needs: null,
        rewrites,
        direct: isDirect(c.steps),
      });
      if (hasNameSlot(c.steps)) this.nameEntries.push(id);
      const lead = c.steps[0]!;
      if (lead.k === STEP_TEST) {
        const list = this.testStart.get(lead.f!);
        if (list) list.push(id);
        else this.testStart.set(lead.f!, [id]);
      } else if (c.first.has('*') || (c.first.has('{name}') && c.first.size > 1)) this.anyStart.push(id);
      else if (c.first.has('{name}')) {
        const second = c.pairs.get('{name}') ?? null;
        this.markStems(second ?? []);
        this.nameStart.add(id, second);
      } else
        for (const [k, second] of c.pairs) {
          this.markStems([k, ...(second ?? [])]);
          let b = this.index.get(k);
          if (!b) this.index.set(k, (b = new Bucket()));
          b.add(id, second);
        }
    }
    this.byKey.set(key, id);
    return id;
  }

  /** Notes the first letter of each stem key among `keys` ('stem:xyz'): a draft's words get stem keys only for those (wordOf). */
  private markStems(keys: Iterable<string>): void {
    for (const key of keys) if (key.startsWith('stem:')) this.stemHeads.add(key.charCodeAt(5));
  }

  /**
   * All hits of all entries, indexed by entry. `text` is the string the tokens point into;
   * `acceptName` decides whether a word that filled a {name} slot is the customer's name. `addresses`, when given,
   * must be `findAddresses(text, tokens)` (token indices into `tokens`); otherwise it is found when first needed.
   */
  scanAll(text: string, tokens: Token[], acceptName: NameCheck, addresses?: Map<number, number>[]): Hit[][] {
    // A copy of a kept list of NONEs: one block copy instead of a store per entry (1,257 entries).
    if (this.noHits.length !== this.entries.length) {
      this.noHits = new Array<Hit[]>(this.entries.length).fill(NONE);
      this.packAnchors();
    }
    const hits = this.noHits.slice();
    const m = new Matcher(text, tokens, acceptName, this.marks(), this.seqBase, this.memoAfter);
    if (addresses) m.addresses = addresses;
    const words = m.words;
    const held = m.held;
    const scan = ++this.scans;
    const ids = m.wordIds;
    for (let i = 0; i < tokens.length; i++) {
      const w = this.wordOf(tokens[i]!);
      words.push(w);
      ids[i] = w.id;
      if (w.seen === scan) continue;
      w.seen = scan;
      const gs = w.groups;
      for (let j = 0; j < gs.length; j++) held[gs[j]!] = 1;
    }
    if (tokens.length >= WINDOW_FROM) this.placeGroups(m);
    for (let i = 0; i < tokens.length; i++) {
      const w = words[i]!;
      if (w.bucket) this.tryBucket(m, i, w.bucket, hits);
      if (w.stemBucket) this.tryBucket(m, i, w.stemBucket, hits);
      if (this.anyStart.length) this.tryAt(m, i, this.anyStart, hits);
      if (w.tested.length && tokens[i]!.kind === WORD) this.tryAt(m, i, w.tested, hits, true);
      if (this.nameStart.size && tokens[i]!.kind === WORD) {
        const c = text.charCodeAt(tokens[i]!.start);
        if (c >= 65 && c <= 90) this.tryBucket(m, i, this.nameStart, hits);
      }
    }
    for (const id of this.patterns) {
      const entry = this.entries[id]!;
      // Four of the default pack's patterns are code calls: none can match a draft without a '('.
      if (entry.needs !== null && !holdsAll(text, entry.needs)) continue;
      const re = entry.regex!;
      re.lastIndex = 0;
      for (let mm = re.exec(text); mm !== null; mm = re.exec(text)) {
        if (mm[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        if (hits[id] === NONE) hits[id] = [];
        hits[id]!.push({ start: mm.index, end: mm.index + mm[0].length, entry: id });
      }
    }
    this.lastVisits = m.visits;
    this.lastAttempts = m.attempts;
    return hits;
  }

  /**
   * Where each anchor group occurs in the draft, as token indexes (Marks.groupAt), and a cursor per
   * group at the first occurrence not behind the scan (Marks.cursor): canMatch then asks whether an
   * entry's anchors lie within its span of the token tried, not only somewhere in the draft. Two passes
   * over the tokens' keys (count, then place), so no array is made per group.
   */
  private placeGroups(m: Matcher): void {
    const k = this.scratch!;
    const groups = this.groups.size;
    const first = k.groupFirst.length === groups + 1 ? k.groupFirst : (k.groupFirst = new Int32Array(groups + 1));
    first.fill(0);
    const dense = this.denseGroups(m, k);
    const words = m.words;
    let total = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.dense === this.scans) continue;
      const gs = w.groups;
      for (let q = 0; q < gs.length; q++) {
        const g = gs[q]!;
        if (dense[g] === 0) {
          first[g + 1]!++;
          total++;
        }
      }
    }
    for (let g = 0; g < groups; g++) first[g + 1]! += first[g]!;
    if (k.groupAt.length < total) k.groupAt = new Int32Array(Math.max(total, 2 * k.groupAt.length));
    const cursor = k.cursor.length === groups ? k.cursor : (k.cursor = new Int32Array(groups));
    cursor.set(first.subarray(0, groups));
    const at = k.groupAt;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.dense === this.scans) continue;
      const gs = w.groups;
      for (let q = 0; q < gs.length; q++) {
        const g = gs[q]!;
        if (dense[g] === 0) at[cursor[g]!++] = i;
      }
    }
    cursor.set(first.subarray(0, groups));
    m.windows = true;
  }

  /**
   * Marks (Marks.dense, by anchor group) the groups a frequent word of the draft holds: one of every
   * DENSE_SHARE tokens or more ("the", "to", "you", "."). Such a group lies within almost any entry's
   * span, so canMatch does not ask where it lies, and placeGroups does not place it: those words hold
   * hundreds of groups each ("the" ~540), most of the ~115 places a token of a 50 KB draft had to be
   * filed under. Only a filter is left out: the entry is still tried and matches or fails as before.
   */
  private denseGroups(m: Matcher, k: Marks): Uint8Array {
    const groups = this.groups.size;
    const dense = k.dense.length === groups ? k.dense : (k.dense = new Uint8Array(groups));
    dense.fill(0);
    const words = m.words;
    for (let i = 0; i < words.length; i++) words[i]!.count = 0;
    for (let i = 0; i < words.length; i++) words[i]!.count++;
    const from = Math.max(DENSE_MIN, Math.ceil(words.length / DENSE_SHARE));
    const scan = this.scans;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.count < from || w.dense === scan) continue;
      w.dense = scan;
      const gs = w.groups;
      for (let q = 0; q < gs.length; q++) dense[gs[q]!] = 1;
    }
    return dense;
  }

  /**
   * Every entry's anchor groups (Entry.anchors) in one array: entry id's are anchorPool[anchorFirst[id]
   * .. anchorFirst[id + 1]); and every entry's span (Entry.span) by id. canMatch reads these for each
   * entry a token could start (seven a reply's token), so they are kept side by side instead of behind
   * each entry's object. Remade when entries were added since (packAnchors).
   */
  private anchorFirst = new Int32Array(1);
  private anchorPool = new Int32Array(0);
  private spans = new Float64Array(0);

  /** Packs Entry.anchors and Entry.span of every entry into anchorFirst, anchorPool and spans. */
  private packAnchors(): void {
    const n = this.entries.length;
    const first = new Int32Array(n + 1);
    for (let id = 0; id < n; id++) first[id + 1] = first[id]! + this.entries[id]!.anchors.length;
    const pool = new Int32Array(first[n]!);
    const spans = new Float64Array(n);
    for (let id = 0; id < n; id++) {
      const e = this.entries[id]!;
      pool.set(e.anchors, first[id]!);
      spans[id] = e.span;
    }
    this.anchorFirst = first;
    this.anchorPool = pool;
    this.spans = spans;
  }

  /** NONE for every entry: each scan's hit lists start as a copy of it (scanAll). */
  private noHits: Hit[][] = [];

  /** The scan's marks (Matcher.held, state), kept between scans: see marks(). */
  private scratch: Marks | undefined;

  /**
   * Zeroed marks for one scan, sized for the table as it is now. Typed arrays of this size live
   * outside V8's heap, and making three of them cost more than a short reply's whole token loop
   * (2026-12-02); scans never nest, so one set per table serves every scan.
   */
  private marks(): Marks {
    const sizes = [this.groups.size, this.entries.length] as const;
    let s = this.scratch;
    if (s === undefined || s.held.length !== sizes[0] || s.state.length !== sizes[1]) {
      s = this.scratch = {
        held: new Uint8Array(sizes[0]),
        state: new Uint8Array(sizes[1]),
        groupFirst: new Int32Array(0),
        groupAt: new Int32Array(0),
        cursor: new Int32Array(0),
        dense: new Uint8Array(0),
        named: s?.named ?? new Uint8Array(0),
        wordIds: s?.wordIds ?? new Int32Array(0),
      };
    } else {
      s.held.fill(0);
      s.state.fill(0);
    }
    return s;
  }

  /**
   * What the table knows about a token's word, looked up once per word and kept (one map lookup a
   * token, instead of one for each of its keys); forgotten when an entry is added.
   */
  private wordOf(tok: Token): WordInfo {
    let w = this.words.get(tok.norm);
    if (w !== undefined) return w;
    if (this.words.size > 20_000) this.words.clear();
    const norm = tok.norm;
    // The three-letter stem key, only when some stem in the table starts with the word's letter.
    const stem = tok.kind === WORD && norm.length >= 3 && this.stemHeads.has(norm.charCodeAt(0)) ? `stem:${norm.slice(0, 3)}` : undefined;
    const keys: number[] = [];
    for (const k of [norm, tok.kind === NUM ? '#' : undefined, stem]) {
      const id = k === undefined ? undefined : this.keyIds.get(k);
      if (id !== undefined) keys.push(id);
    }
    let tested = NO_IDS;
    for (const [f, ids] of this.testStart) if (f(norm)) tested = tested === NO_IDS ? [...ids] : [...tested, ...ids].sort((a, b) => a - b);
    let groups = NO_IDS;
    for (const k of keys) {
      const gs = this.keyGroups[k];
      if (gs !== undefined) groups = groups === NO_IDS ? [...gs] : [...groups, ...gs];
    }
    if (keys.length > 1 && groups.length) groups = [...new Set(groups)].sort((a, b) => a - b);
    w = {
      bucket: this.index.get(tok.kind === NUM ? '#' : norm),
      stem,
      stemBucket: stem === undefined ? undefined : this.index.get(stem),
      id: knownWordId(norm),
      stemId: stem === undefined ? -1 : knownWordId(stem),
      keys,
      tested,
      groups,
      seen: 0,
      count: 0,
      dense: 0,
    };
    this.words.set(norm, w);
    return w;
  }

  private tryBucket(m: Matcher, i: number, b: Bucket, hits: Hit[][]): void {
    if (b.any.length) this.tryAt(m, i, b.any, hits);
    const next = m.tokens[i + 1];
    if (next === undefined || b.bySecond.size === 0) return;
    const byWord = b.bySecond.get(next.kind === NUM ? NUMBER_KEY : m.wordIds[i + 1]!);
    if (byWord) this.tryAt(m, i, byWord, hits);
    const sk = m.words[i + 1]!.stemId;
    const byStem = sk === -1 ? undefined : b.bySecond.get(sk);
    if (byStem) this.tryAt(m, i, byStem, hits);
  }

  /**
   * Whether the draft holds a key of each of the entry's anchors, i.e. whether the entry can match
   * anywhere in it; decided once per entry and draft. Most phrases tried at a common word ("the",
   * "I", a capitalised word) need words the draft does not have, and are not tried at all.
   */
  private canMatch(m: Matcher, id: number, i: number): boolean {
    const known = m.state[id];
    if (known === 2) return false;
    // The entry's anchor groups, from the packed copy (packAnchors): no entry object is read here.
    const pool = this.anchorPool;
    const from = this.anchorFirst[id]!;
    const to = this.anchorFirst[id + 1]!;
    if (known === 0) {
      let ok = true;
      for (let j = from; j < to && ok; j++) ok = m.held[pool[j]!] === 1;
      m.state[id] = ok ? 1 : 2;
      if (!ok) return false;
    }
    const span = this.spans[id]!;
    if (!m.windows || span === Infinity) return true;
    // Within its span of token i: the first place of each anchor group at or after i must come
    // before i + span. The scan only moves forward, so each group's cursor only moves forward too.
    const k = this.scratch!;
    const { groupFirst, groupAt, cursor, dense } = k;
    const limit = i + span;
    for (let j = from; j < to; j++) {
      const g = pool[j]!;
      // A frequent word's group is not placed (denseGroups): taken as within reach.
      if (dense[g] === 1) continue;
      const end = groupFirst[g + 1]!;
      let c = cursor[g]!;
      while (c < end && groupAt[c]! < i) c++;
      cursor[g] = c;
      if (c === end || groupAt[c]! >= limit) return false;
    }
    return true;
  }

  /**
   * Tries entries `ids` at token i, adding their matches to `hits`. `tested`: the ids are the token's
   * word's WordInfo.tested, whose leading class test the word passed (wordOf), so a direct entry (that
   * test alone) matches without being put to the test again.
   */
  private tryAt(m: Matcher, i: number, ids: number[], hits: Hit[][], tested = false): void {
    for (const id of ids) {
      if (!this.canMatch(m, id, i)) continue;
      const entry = this.entries[id]!;
      if (m.names.length) m.names.length = 0;
      let end: number;
      if (entry.direct) {
        // The same answer as an attempt (seq's first step), without starting one.
        m.attempts++;
        end = tested || m.one(entry.steps![0]!, m.tokens[i]!, i) ? i + 1 : -1;
      } else end = m.attempt(entry.steps!, i);
      if (end <= i) continue;
      const start = m.tokens[i]!.start;
      let list = hits[id]!;
      // "[please] send" also matches at "send" inside "please send": one hit per place.
      if (list.length && list[list.length - 1]!.end > start) continue;
      if (list === NONE) hits[id] = list = [];
      const hit: Hit = { start, end: m.tokens[end - 1]!.end, entry: id };
      if (m.names.length) hit.names = [...m.names];
      list.push(hit);
    }
  }
}

/** Whether an entry's steps are one step that reads one token and cannot branch (Entry.direct). */
function isDirect(steps: UStep[]): boolean {
  if (steps.length !== 1) return false;
  const st = steps[0]!;
  return st.k === STEP_WORD || st.k === STEP_TEST || (st.k === STEP_SET && !st.optional && st.stems!.length === 0);
}

/** Whether a {name} slot is among `steps`, at any depth (Hit.names is filled only by one). */
function hasNameSlot(steps: UStep[]): boolean {
  for (const st of steps) {
    if (st.k === STEP_NAME) return true;
    if (st.k === STEP_ALT && st.options!.some(hasNameSlot)) return true;
  }
  return false;
}

/** Whether `text` contains every character of `chars`. */
function holdsAll(text: string, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (!text.includes(chars[i]!)) return false;
  return true;
}

/** Whether `tok`, whose word number (Marks.wordIds) is `id`, is one of a set step's words, or a word starting with one of its stems. */
function inSet(st: UStep, id: number, tok: Token): boolean {
  if (hasId(st.ids!, id)) return true;
  const stems = st.stems!;
  if (stems.length === 0 || tok.kind !== WORD) return false;
  for (let i = 0; i < stems.length; i++) if (tok.norm.startsWith(stems[i]!)) return true;
  return false;
}

/** Per scan, by anchor group and entry (Matcher.held, state), and the anchor groups' places (placeGroups). */
interface Marks {
  held: Uint8Array;
  state: Uint8Array;
  /** By anchor group g: its places are groupAt[groupFirst[g] .. groupFirst[g + 1]), token indexes in order. */
  groupFirst: Int32Array;
  groupAt: Int32Array;
  /** By anchor group: the index in groupAt of its first place not before the token being tried. */
  cursor: Int32Array;
  /** By anchor group: 1 when a frequent word of the draft holds it, and it is not placed (denseGroups). */
  dense: Uint8Array;
  /** Matcher.named's array, kept between scans (typed arrays are costly to make). */
  named: Uint8Array;
  /** By token index: the token's word number (WordInfo.id) for this scan; grown, never shrunk. */
  wordIds: Int32Array;
}

/** Name slot kinds (names.ts NameSlot: {name}, {customer}, {given}), for Matcher.named. */
const NAME_SLOTS = 3;

/**
 * Drafts of at least this many tokens get the anchor check within an entry's span (placeGroups); in
 * a shorter one, the draft-wide check leaves little to rule out.
 */
const WINDOW_FROM = 64;

/**
 * A word that occurs once in this many tokens of a draft, or more often, is frequent (denseGroups): its
 * anchor groups lie within almost any entry's span, and are not placed. At least DENSE_MIN times.
 */
const DENSE_SHARE = 128;
const DENSE_MIN = 4;

/**
 * The most tokens a match of `steps` can cover: one a word, number, name, test or set; a gap its reach; each address
 * step `address` tokens (Infinity by default: an address may be any length, so the span is unbounded). The typing memo
 * (incremental.ts) asks with `address` 0 and adds the longest address of the draft itself.
 */
export function spanOf(steps: UStep[], address = Infinity): number {
  let n = 0;
  for (const st of steps) {
    if (st.k === STEP_GAP) n += st.reach;
    else if (st.k === STEP_ADDR) n += address;
    else if (st.k === STEP_ALT) {
      let most = 0;
      for (const o of st.options!) most = Math.max(most, spanOf(o, address));
      n += most;
    } else n += 1;
  }
  return n;
}

/**
 * Tokens an attempt may read before the token it starts at (a gap's `inWord(p - 1)` reads p - 2), and one more:
 * a hit of the previous draft is reused only when these are unchanged too (incremental.ts).
 */
export const READ_BEHIND = 3;
/** Tokens an attempt may read past its span (the gap's next word, `inWord`'s look-ahead, a bucket's second token). */
export const READ_PAST = 4;

/**
 * What is left to match after the current sequence: the rest of the enclosing sequences. Once the
 * matcher memoises (Matcher.memo), a frame also holds the states that failed under it and the
 * frames made under it, so the same continuation is one frame however it was reached.
 */
interface Frame {
  steps: UStep[];
  k: number;
  next: Frame | null;
  /** State keys (Matcher.stateKey) that failed with this frame as their continuation. */
  failed: Set<number> | null;
  /** Frames whose `next` is this one, by the state they resume (Matcher.stateId of steps, k). */
  kids: Map<number, Frame> | null;
}

/**
 * Depth-first match of steps against tokens; returns the end token index, or -1. The order of
 * trying is the phrase's: shorter gaps first, an optional word taken before skipped, options in
 * their order; the first way that matches wins. A state (a place in the steps, what is left after
 * them, a token) that failed once fails again, so once an attempt branches a lot (MEMO_AFTER) the
 * rest of that attempt keeps and reads its failures, and they stay for the attempts after it (a
 * failure does not depend on where the attempt began): matching is then bounded by states ×
 * tokens, plus MEMO_AFTER branches an attempt, not by the number of ways through the phrase (a
 * phrase of 30 `...` gaps is 4^30 ways).
 */
class Matcher {
  readonly names: string[] = [];
  /** Per token, its word as the table knows it (MatcherTable.wordOf). */
  readonly words: WordInfo[] = [];
  /** By token index: its word's number (WordInfo.id), filled by scanAll: steps compare these, not strings. */
  readonly wordIds: Int32Array;
  /** By anchor group (MatcherTable.groupOf): 1 when a token of the draft has a key of the group. */
  readonly held: Uint8Array;
  /** Per entry: 0 not decided yet, 1 can match this draft, 2 cannot (MatcherTable.canMatch). */
  readonly state: Uint8Array;
  /** Whether the anchor groups' places are known (MatcherTable.placeGroups): entries are then tried only where their anchors lie within reach. */
  windows = false;
  /** Branch points visited by the attempts before the current one (visits). */
  private pastBranches = 0;
  /** Branch points visited while memoising (they are not counted in `branches`). */
  private memoVisits = 0;
  /** Attempts made in this scan (MatcherTable.lastAttempts). */
  attempts = 0;
  /** Branch points visited since the current attempt began (MEMO_AFTER). */
  private branches = 0;
  /** Whether failed states are being kept (see the class comment). */
  memo = false;
  /**
   * By token index × NAME_SLOTS + slot: 0 not asked yet, 1 the word fills the name slot, 2 it does
   * not (one). The table's kept array (Marks.named), zeroed for this draft the first time a name is asked.
   */
  private named: Uint8Array | null = null;
  private readonly marks: Marks;

  /** Matcher.named for this scan: the kept array, grown when the draft is longer than any before, its first tokens × NAME_SLOTS zeroed. */
  private nameMarks(): Uint8Array {
    const size = this.tokens.length * NAME_SLOTS;
    const k = this.marks;
    if (k.named.length < size) k.named = new Uint8Array(Math.max(size, 2 * k.named.length));
    else k.named.fill(0, 0, size);
    return (this.named = k.named);
  }
  /**
   * The draft's addresses by kind (addresses.ts findAddresses over `text` and `tokens`), found the first time an
   * {email}/{url}/{phone} step is tried, or given by scanAll's caller who has them already.
   */
  addresses: Map<number, number>[] | null = null;
  /** Failed states whose continuation is the end of the phrase (next === null); made when the scan first memoises (most never do). */
  private failedTop: Set<number> | null = null;
  /** Frames resuming a top-level sequence, by state (Frame.kids for the top); made when first needed, as failedTop. */
  private topKids: Map<number, Frame> | null = null;
  constructor(
    readonly text: string,
    readonly tokens: Token[],
    private readonly acceptName: NameCheck,
    /** Zeroed, sized for the table (MatcherTable.marks). */
    marks: Marks,
    /** Numbers step sequences for state keys (MatcherTable.seqBase). */
    private readonly seqBase: (steps: UStep[]) => number,
    private readonly memoAfter: number,
  ) {
    this.state = marks.state;
    if (marks.wordIds.length < tokens.length) marks.wordIds = new Int32Array(Math.max(tokens.length, 2 * marks.wordIds.length));
    this.wordIds = marks.wordIds;
    this.held = marks.held;
    this.marks = marks;
  }

  /** Branch points visited in this scan (gaps, optional words that are there, alternations): for tests and the bench. */
  get visits(): number {
    return this.pastBranches + this.branches + this.memoVisits;
  }

  /** Starts one attempt of one entry at one token. */
  attempt(steps: UStep[], pos: number): number {
    this.pastBranches += this.branches;
    this.branches = 0;
    // Each attempt starts plain: keeping failures costs a set lookup a branch, worth it only in an
    // attempt that branches a lot. The failures kept so far stay valid for every later attempt.
    this.memo = false;
    this.attempts++;
    return this.seq(steps, 0, pos, null);
  }

  /** A number for the place `k` in `steps`, the same in every attempt of this scan. */
  private stateId(steps: UStep[], k: number): number {
    return this.seqBase(steps) + k;
  }

  private stateKey(steps: UStep[], k: number, pos: number): number {
    return this.stateId(steps, k) * (this.tokens.length + 1) + pos;
  }

  /** The frame resuming steps[k] with `next` after it, made once per continuation in memo mode. */
  private frame(steps: UStep[], k: number, next: Frame | null): Frame {
    if (!this.memo) return { steps, k, next, failed: null, kids: null };
    const id = this.stateId(steps, k);
    const kids = next ? (next.kids ??= new Map()) : (this.topKids ??= new Map());
    let f = kids.get(id);
    if (!f) kids.set(id, (f = { steps, k, next, failed: null, kids: null }));
    return f;
  }

  seq(steps: UStep[], k: number, pos: number, next: Frame | null): number {
    for (;;) {
      if (k === steps.length) {
        if (!next) return pos;
        ({ steps, k } = next);
        next = next.next;
        continue;
      }
      const st = steps[k]!;
      const kind = st.k;
      if (kind === STEP_SET) {
        const tok = this.tokens[pos];
        const hit = tok !== undefined && inSet(st, this.wordIds[pos]!, tok);
        if (!st.optional) {
          if (!hit) return -1;
          k++;
          pos++;
          continue;
        }
        if (hit) {
          // A branch point: the word taken first, then skipped.
          if (this.memo || ++this.branches > this.memoAfter) return this.memoised(st, steps, k, pos, next);
          const mark = this.names.length;
          const end = this.seq(steps, k + 1, pos + 1, next);
          if (end !== -1) return end;
          if (this.names.length !== mark) this.names.length = mark;
        }
        k++;
        continue;
      }
      if (kind === STEP_ALT) {
        // No option can start with this token's word (UStep.first): the alternation takes nothing here,
        // as trying each option would find, and is no branch point.
        const first = st.first;
        if (first !== null && (pos >= this.tokens.length || !hasId(first, this.wordIds[pos]!))) {
          if (!st.optional) return -1;
          k++;
          continue;
        }
        if (this.memo || ++this.branches > this.memoAfter) return this.memoised(st, steps, k, pos, next);
        const end = this.options(st, steps, k, pos, next);
        if (end !== -1 || !st.optional) return end;
        k++;
        continue;
      }
      if (kind === STEP_GAP) {
        // A gap at the very end adds nothing to the match.
        if (k + 1 === steps.length && !next) return pos;
        if (this.memo || ++this.branches > this.memoAfter) return this.memoised(st, steps, k, pos, next);
        return this.gap(st, steps, k, pos, next);
      }
      if (kind === STEP_ADDR) {
        // A whole address at once, however many tokens it has; the draft is searched once per scan.
        const end = (this.addresses ??= findAddresses(this.text, this.tokens))[st.slot]!.get(pos);
        if (end === undefined) return -1;
        k++;
        pos = end;
        continue;
      }
      const tok = this.tokens[pos];
      if (!tok || !this.one(st, tok, pos)) return -1;
      k++;
      pos++;
    }
  }

  /**
   * A branch point once failures are kept: the state's answer if it failed before, else the match
   * from it on (branch), remembered when it fails.
   */
  private memoised(st: UStep, steps: UStep[], k: number, pos: number, next: Frame | null): number {
    if (!this.memo) {
      this.memo = true;
      this.branches--;
    }
    this.memoVisits++;
    const failed = next ? (next.failed ??= new Set()) : (this.failedTop ??= new Set());
    const key = this.stateKey(steps, k, pos);
    if (failed.has(key)) return -1;
    const end = this.branch(st, steps, k, pos, next);
    if (end === -1) failed.add(key);
    return end;
  }

  /**
   * Skips up to st.reach words, the shortest first, never across punctuation; names of failed ways are taken back.
   * A word joined to the one before by a slash or a point inside it ("BIOS/FW", "setup.exe") is part of that word:
   * the gap reads through the join and counts the whole as one word.
   */
  private gap(st: UStep, steps: UStep[], k: number, pos: number, next: Frame | null): number {
    const mark = this.names.length;
    for (let p = pos, words = 0; ; p++) {
      const end = this.seq(steps, k + 1, p, next);
      if (end !== -1) return end;
      if (this.names.length !== mark) this.names.length = mark;
      const tok = this.tokens[p];
      if (!tok) return -1;
      if (tok.kind === PUNCT && this.inWord(p)) continue;
      if (tok.kind === PUNCT && !this.inNumber(p)) return -1;
      if (this.inWord(p - 1)) continue;
      if (++words > st.reach) return -1;
    }
  }

  /**
   * Whether the token at `i` is a slash or a point inside a word rather than a break: letters or digits touch it on
   * both sides, at least one of them letters ("BIOS/FW", "and/or", "setup.exe", "node.js"), or it opens a file
   * ending after a space (".msp", ".NET"). A point's word after it is four letters at most (an ending, not the next
   * sentence run on: "thanks.please"). Numbers on both sides are `inNumber`'s ("24/7" stays a break).
   */
  private inWord(i: number): boolean {
    const tok = this.tokens[i];
    if (tok === undefined || tok.kind !== PUNCT || (tok.norm !== '/' && tok.norm !== '.')) return false;
    const before = this.tokens[i - 1];
    const after = this.tokens[i + 1];
    if (after === undefined || after.kind === PUNCT || after.start !== tok.end) return false;
    if (tok.norm === '.' && (after.kind !== WORD || after.norm.length > 4)) return false;
    const joined = before !== undefined && before.kind !== PUNCT && before.end === tok.start;
    // Session 32 (judge-b, R10): a capital after a joined point starts the next sentence run on ("it.Can", "sorry.We").
    if (joined && tok.norm === '.' && isUpper(this.text.charCodeAt(after.start))) return false;
    if (joined) return before.kind === WORD || after.kind === WORD;
    return tok.norm === '.' && (before === undefined || before.kind !== PUNCT);
  }

  /**
   * Whether the punctuation token at `i` is a point, comma or colon inside a number ("6.17", "2.3.1", "1,000",
   * "3:30"): digits touch it on both sides, so it ends no clause and a gap reads through it as through a word
   * ("please try 6.17-rc to see if it improves"). A sentence's full stop has a space or an end after it.
   */
  private inNumber(i: number): boolean {
    const tok = this.tokens[i]!;
    const c = tok.norm;
    if (c !== '.' && c !== ',' && c !== ':') return false;
    const before = this.tokens[i - 1];
    const after = this.tokens[i + 1];
    return before !== undefined && after !== undefined && before.kind === NUM && after.kind === NUM && before.end === tok.start && after.start === tok.end;
  }

  /**
   * Tries an alternation's options at `pos`, in order: the end of the first that matches with the
   * rest of the phrase, else -1 (an optional alternation's skipping is the caller's).
   */
  private options(st: UStep, steps: UStep[], k: number, pos: number, next: Frame | null): number {
    // The frame is made only when an option can start here: most alternatives fail at once.
    let after: Frame | undefined;
    const tok = this.tokens[pos];
    // Many options: only those filed under this token's word, or led by something else.
    const options = tok === undefined ? NO_OPTIONS : st.byFirst === null ? st.options! : (st.byFirst.get(this.wordIds[pos]!) ?? st.other!);
    const mark = this.names.length;
    for (const o of options) {
      if (!this.could(o[0]!, tok!, pos)) continue;
      after ??= this.frame(steps, k + 1, next);
      const end = this.seq(o, 0, pos, after);
      if (end !== -1) return end;
      if (this.names.length !== mark) this.names.length = mark;
    }
    return -1;
  }

  /** The match from a branch point on (see seq), the same ways in the same order as seq's. */
  private branch(st: UStep, steps: UStep[], k: number, pos: number, next: Frame | null): number {
    const kind = st.k;
    if (kind === STEP_GAP) return this.gap(st, steps, k, pos, next);
    if (kind === STEP_SET) {
      // An optional word that is there: taken first, then skipped.
      const mark = this.names.length;
      const end = this.seq(steps, k + 1, pos + 1, next);
      if (end !== -1) return end;
      if (this.names.length !== mark) this.names.length = mark;
      return this.seq(steps, k + 1, pos, next);
    }
    const end = this.options(st, steps, k, pos, next);
    if (end !== -1 || !st.optional) return end;
    return this.seq(steps, k + 1, pos, next);
  }

  /** A cheap first check before recursing into an option. */
  private could(st: UStep, tok: Token, pos: number): boolean {
    if (st.k === STEP_WORD) return this.wordIds[pos] === st.wid;
    if (st.k === STEP_SET && !st.optional) return inSet(st, this.wordIds[pos]!, tok);
    if (st.k === STEP_ALT && !st.optional && st.first !== null) return hasId(st.first, this.wordIds[pos]!);
    return true;
  }

  /**
   * Whether `tok`, the token at index `pos`, fills the one-token step `st` (a word, stem, number,
   * test, name, or a set of words: for Entry.direct).
   */
  one(st: UStep, tok: Token, pos: number): boolean {
    const kind = st.k;
    if (kind === STEP_WORD) return this.wordIds[pos] === st.wid;
    if (kind === STEP_SET) return inSet(st, this.wordIds[pos]!, tok);
    if (kind === STEP_STEM) return tok.kind === WORD && tok.norm.startsWith(st.p);
    if (kind === STEP_NUM) return tok.kind === NUM;
    if (kind === STEP_TEST) return tok.kind === WORD && st.f!(tok.norm);
    if (kind !== STEP_NAME || tok.kind !== WORD) return false;
    // Several phrases put the same capitalised word to the same slot ("{given} (!|?)", "to {given} ,"):
    // the answer is the same each time (acceptName reads only the word and its place), so it is asked once.
    const at = pos * NAME_SLOTS + st.slot;
    const seen = this.named ?? this.nameMarks();
    let known = seen[at]!;
    if (known === 0) seen[at] = known = this.acceptName(this.text.slice(tok.start, tok.end), st.slot, this.text, tok.start) ? 1 : 2;
    if (known === 2) return false;
    this.names.push(this.text.slice(tok.start, tok.end));
    return true;
  }
}

/** Whether the UTF-16 code unit `c` is an ASCII capital letter. */
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
