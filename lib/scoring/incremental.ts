// Rescoring while the agent types: the phrase matcher's hits of the previous draft are kept where the edit cannot
// reach them, and only the tokens around the edit are scanned again. Pure: no DOM, no extension API.
//
// What is reused and what stays whole (docs/bench.md, session 43):
// - The unit is the matcher's token: a hit is the work of one attempt at one token, and an attempt reads only the
//   tokens within its entry's span (spanOf in matchers.ts), two tokens before it (a gap's `inWord` look-back), the
//   name check's answers and the draft's addresses. So a hit of the old draft is kept when every token its attempt
//   can read is unchanged, every name answer it could have asked for is the same for the new draft (asked again:
//   the name check reads the whole draft, e.g. the businesses the reply names) and the addresses there are the same.
//   The matcher keeps one hit per place (a hit overlapping the entry's previous one is dropped), so the kept parts
//   are cut only where no hit crosses the cut.
// - Whole on every draft: the text's reading (`analyse`: quotes, signature, sentences, tokens), the `pattern`
//   entries' regular expressions (their reach is not bounded), every rule (scopes read the first and last
//   sentences, readings look across clauses), the learned layer, commitments and the report. Their inputs are
//   exactly those of a full score, so the report is the same object, field for field (incremental.test.ts).
// - The memo holds the previous draft's scan only (one draft: its scan text, tokens, hits and name answers),
//   belongs to one typing scorer (one reply box), and is emptied by `forgetDrafts` (draft-memory.ts) and `forget`.
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import type { RulePack } from '../rule-pack/schema';
import { findAddresses } from './addresses';
import { holdsDraftText } from './draft-memory';
import type { ScanHook } from './engine';
import { createScorer } from './index';
import { READ_BEHIND as BACK, READ_PAST as AHEAD, spanOf, type Hit, type MatcherTable, type NameCheck } from './matchers';
import { STEP_ADDR, STEP_ALT, type UStep } from './phrase';
import { lastTokenFrom, type Token } from './tokens';
import type { Report, ScoreContext } from './types';

/** How far the table's attempts read, worked out once per table size (entries are added by the learned layer). */
interface Reach {
  entries: number;
  /** The most tokens any entry's match can cover with its addresses counted as none. */
  base: number;
  /** The most address steps any one entry has: each can cover an address of any length. */
  addressSteps: number;
  /** Which entries are `pattern`s (regular expressions over the whole text): always taken from the new scan. */
  pattern: Uint8Array;
}

/** How many address steps `steps` holds at any depth (an upper bound of those one match takes). */
function addressSteps(steps: UStep[]): number {
  let n = 0;
  for (const st of steps) {
    if (st.k === STEP_ADDR) n++;
    else if (st.k === STEP_ALT) for (const o of st.options!) n += addressSteps(o);
  }
  return n;
}

const reaches = new WeakMap<MatcherTable, Reach>();

function reachOf(table: MatcherTable): Reach {
  const entries = table.shapes;
  const known = reaches.get(table);
  if (known && known.entries === entries.length) return known;
  const pattern = new Uint8Array(entries.length);
  let base = 0;
  let addr = 0;
  entries.forEach((e, id) => {
    if (e.regex !== null || e.steps === null) {
      pattern[id] = 1;
      return;
    }
    base = Math.max(base, spanOf(e.steps, 0));
    addr = Math.max(addr, addressSteps(e.steps));
  });
  const reach = { entries: entries.length, base, addressSteps: addr, pattern };
  reaches.set(table, reach);
  return reach;
}

/** One question the scan put to the name check, and its answer (NameCheck's arguments; `at` an offset in the scan text). */
interface NameCall {
  word: string;
  slot: number;
  at: number;
  answer: boolean;
}

/** The previous draft's scan: what the next one may reuse. */
interface Scanned {
  table: MatcherTable;
  entries: number;
  scan: string;
  tokens: Token[];
  hits: Hit[][];
  /** Every name question a whole scan of `scan` asks (and maybe more), by `${at}:${slot}:${word}`. */
  calls: Map<string, NameCall>;
  /** findAddresses(scan, tokens), when the table has address steps. */
  addresses: Map<number, number>[] | undefined;
}

/** What the last scans did, for tests and the bench: whole scans, and windows scanned with the tokens they covered. */
export interface ScanStats {
  whole: number;
  windows: number;
  windowTokens: number;
  tokens: number;
}

/**
 * The memo of one reply box: a ScanHook (engine.ts) that rescans only the tokens around an edit, and keeps the
 * previous draft's scan for the next call. Holds one draft at most; `clear` drops it (registered with
 * draft-memory.ts, so `forgetDrafts` drops it too).
 */
export class ScanMemo {
  private last: Scanned | undefined;
  readonly stats: ScanStats = { whole: 0, windows: 0, windowTokens: 0, tokens: 0 };

  constructor() {
    holdsDraftText(this);
  }

  /** Drafts held: 0 or 1 (DraftCache). */
  get size(): number {
    return this.last ? 1 : 0;
  }

  /** Forgets the previous draft (DraftCache). */
  clear(): void {
    this.last = undefined;
  }

  /** The hook to give the engine: the same hits as `table.scanAll(view.scan, view.tokens, accept)`. */
  readonly scan: ScanHook = (view, accept, table) => {
    const reach = reachOf(table);
    const text = view.scan;
    const tokens = view.tokens;
    this.stats.tokens += tokens.length;
    const calls = new Map<string, NameCall>();
    const logged = logging(accept, calls);
    const addresses = reach.addressSteps > 0 ? findAddresses(text, tokens) : undefined;
    const reused = this.last ? this.window(this.last, table, reach, text, tokens, accept, logged, calls, addresses) : undefined;
    let hits = reused;
    if (hits === undefined) {
      calls.clear();
      hits = table.scanAll(text, tokens, logged, addresses);
      this.stats.whole++;
    }
    this.last = { table, entries: reach.entries, scan: text, tokens, hits, calls, addresses };
    return hits;
  };

  /**
   * The new draft's hits from the old draft's outside the edit's reach and a scan of the tokens around it; undefined
   * when nothing can be reused or a condition for reuse fails (the caller then scans the whole draft).
   */
  private window(
    old: Scanned,
    table: MatcherTable,
    reach: Reach,
    text: string,
    tokens: Token[],
    accept: NameCheck,
    logged: NameCheck,
    calls: Map<string, NameCall>,
    addresses: Map<number, number>[] | undefined,
  ): Hit[][] | undefined {
    // Another name check (the customer's message or name changed) is no reason to scan whole: the kept attempts read
    // it only through the answers below, each asked again of this one.
    if (old.table !== table || old.entries !== reach.entries) return undefined;
    const before = old.scan;
    const was = old.tokens;
    const n1 = tokens.length;
    const n0 = was.length;
    const shift = text.length - before.length;
    const dn = n1 - n0;
    // The characters the edit left alone at either end (not overlapping).
    const least = Math.min(before.length, text.length);
    let pc = 0;
    while (pc < least && before.charCodeAt(pc) === text.charCodeAt(pc)) pc++;
    let sc = 0;
    while (sc < least - pc && before.charCodeAt(before.length - 1 - sc) === text.charCodeAt(text.length - 1 - sc)) sc++;
    // Tokens the same on both sides, the character after (before) each one unchanged as well.
    let kp = 0;
    while (kp < n1 && kp < n0 && tokens[kp]!.end < pc && sameToken(was[kp]!, tokens[kp]!, 0)) kp++;
    let s1 = n1;
    while (s1 > kp && s1 - 1 - dn >= kp && tokens[s1 - 1]!.start > text.length - sc && sameToken(was[s1 - 1 - dn]!, tokens[s1 - 1]!, shift)) s1--;
    // Addresses (a step reads a whole one, however long): the same ones on both sides, or the side stops before.
    let longest = 0;
    if (addresses !== undefined && old.addresses !== undefined) {
      for (let kind = 0; kind < addresses.length; kind++) {
        const now = addresses[kind]!;
        const then = old.addresses[kind]!;
        for (const [i, j] of now) {
          longest = Math.max(longest, j - i);
          if (i < kp && (then.get(i) !== j || j > kp)) kp = i;
          if (i >= s1 && then.get(i - dn) !== j - dn) s1 = Math.max(s1, i + 1);
        }
        for (const [i, j] of then) {
          longest = Math.max(longest, j - i);
          if (i < kp && now.get(i) !== j) kp = i;
          if (i + dn >= s1 && now.get(i + dn) !== j + dn) s1 = Math.max(s1, i + dn + 1);
        }
      }
      if (s1 < kp) s1 = kp;
    }
    // A window of half the draft or more saves less than asking every kept name question again costs (a short
    // draft: the span bound alone is ~100 tokens each side): scan it whole. The questions below only widen it.
    if (2 * (Math.min(n1, s1 + BACK + reach.base + reach.addressSteps * longest + AHEAD) - Math.max(0, kp - reach.base - reach.addressSteps * longest - AHEAD - BACK)) >= n1) return undefined;
    // The name answers the kept attempts got must be what the new draft gets (the check reads the whole draft: the
    // businesses the reply names, the greeting before the word): each is asked again, and where one changed ("Hi
    // David" typed into "Hie David") the side stops before it, so the attempts that asked are made again.
    const scOldFrom = before.length - sc;
    for (const c of old.calls.values()) {
      let at: number;
      if (c.at + c.word.length <= pc) at = c.at;
      else if (c.at >= scOldFrom) at = c.at + shift;
      else continue;
      const answer = accept(c.word, c.slot, text, at);
      if (answer !== c.answer) {
        const i = Math.max(0, lastTokenFrom(tokens, at));
        if (i < kp) kp = i;
        if (i >= s1) s1 = i + 1;
        continue;
      }
      calls.set(`${at}:${c.slot}:${c.word}`, { word: c.word, slot: c.slot, at, answer });
    }
    const ahead = reach.base + reach.addressSteps * longest + AHEAD;
    // Attempts at tokens before `lo` and from `hi` on read only unchanged tokens; cut where no old hit crosses.
    const cover = crossed(old.hits, reach.pattern, before.length);
    let lo = Math.max(0, kp - ahead);
    while (lo > 0 && cover[was[lo]!.start]! > 0) lo--;
    let hi = Math.min(n1, s1 + BACK);
    while (hi < n1 && cover[was[hi - dn]!.start]! > 0) hi++;
    const w0 = Math.max(0, lo - BACK);
    const w1 = Math.min(n1, hi + ahead);
    if (w0 === 0 && w1 === n1) return undefined;
    const fresh = table.scanAll(text, tokens.slice(w0, w1), logged, addresses && addressesIn(addresses, w0, w1));
    this.stats.windows++;
    this.stats.windowTokens += w1 - w0;
    const loChar = lo < n1 ? tokens[lo]!.start : text.length;
    const hiChar = hi < n1 ? tokens[hi]!.start : Infinity;
    const oldLoChar = lo < n0 ? was[lo]!.start : before.length;
    const oldHiChar = hi < n1 ? was[hi - dn]!.start : Infinity;
    const out = fresh.slice();
    for (let id = 0; id < out.length; id++) {
      if (reach.pattern[id] === 1) continue;
      const now = fresh[id]!;
      const then = old.hits[id] ?? [];
      if (now.length === 0 && then.length === 0) continue;
      const list: Hit[] = [];
      for (const h of then) if (h.start < oldLoChar) list.push(copyHit(h, 0));
      for (const h of now) {
        // A hit of the window's margin that reaches past the cut would have hidden one after it (one hit per place).
        if (h.start < loChar) {
          if (h.end > loChar) return undefined;
          continue;
        }
        if (h.start >= hiChar) break;
        if (h.end > hiChar) return undefined;
        list.push(h);
      }
      for (const h of then) if (h.start >= oldHiChar) list.push(copyHit(h, shift));
      out[id] = list.length === 0 && now.length === 0 ? now : list;
    }
    return out;
  }
}

/**
 * The draft's addresses (findAddresses over all its tokens) as findAddresses over the run of tokens [w0, w1) would
 * give them: indices from w0, only those starting in the run, each cut at the run's end.
 */
function addressesIn(addresses: Map<number, number>[], w0: number, w1: number): Map<number, number>[] {
  return addresses.map((kind) => {
    const out = new Map<number, number>();
    for (const [i, j] of kind) if (i >= w0 && i < w1) out.set(i - w0, Math.min(j, w1) - w0);
    return out;
  });
}

/** `accept`, with each question and answer kept in `calls`. */
function logging(accept: NameCheck, calls: Map<string, NameCall>): NameCheck {
  return (word, slot, text, at) => {
    const answer = accept(word, slot, text, at);
    calls.set(`${at}:${slot}:${word}`, { word, slot, at, answer });
    return answer;
  };
}

/** Whether two tokens read alike, `b` `shift` characters after `a`. */
function sameToken(a: Token, b: Token, shift: number): boolean {
  return a.start + shift === b.start && a.end + shift === b.end && a.kind === b.kind && a.norm === b.norm;
}

/** A kept hit, `shift` characters on, as a new object (a run's hits are its own). */
function copyHit(h: Hit, shift: number): Hit {
  const out: Hit = { start: h.start + shift, end: h.end + shift, entry: h.entry };
  if (h.names) out.names = h.names.slice();
  return out;
}

/** By character offset: how many hits of phrase entries (not patterns) start before it and end after it. */
function crossed(hits: Hit[][], pattern: Uint8Array, length: number): Int32Array {
  const diff = new Int32Array(length + 2);
  for (let id = 0; id < hits.length; id++) {
    if (pattern[id] === 1) continue;
    for (const h of hits[id]!) {
      if (h.end - h.start < 2) continue;
      diff[h.start + 1]!++;
      diff[h.end]!--;
    }
  }
  for (let c = 1; c < diff.length; c++) diff[c]! += diff[c - 1]!;
  return diff;
}

/** A scorer for one reply box while the agent types: `score` as createScorer's, reusing the previous draft's scan. */
export interface TypingScorer {
  /** The report a fresh `createScorer(pack).score(text, context)` gives, byte for byte. */
  score(text: string, context?: ScoreContext): Report;
  /** Drops the previous draft (when the reply box goes away); the next score scans the whole draft. */
  forget(): void;
  /** What the memo did so far (whole scans, windows), for tests and the bench. */
  readonly stats: ScanStats;
}

/**
 * Typing scorers for `pack` (the built-in pack when omitted) that share one compiled scorer: call the result once per
 * reply box for that box's own TypingScorer (its own memo). A team pack is compiled once here, not once per box.
 */
export function typingScorers(pack: RulePack = DEFAULT_PACK): () => TypingScorer {
  // Scoring is synchronous: the box being scored lends its memo to the shared scorer for that one call.
  let active: ScanMemo | undefined;
  const scorer = createScorer(pack, (view, accept, table) => (active ? active.scan(view, accept, table) : table.scanAll(view.scan, view.tokens, accept)));
  return () => {
    const memo = new ScanMemo();
    return {
      score(text, context) {
        active = memo;
        try {
          return scorer.score(text, context);
        } finally {
          active = undefined;
        }
      },
      forget: () => memo.clear(),
      stats: memo.stats,
    };
  };
}

/** One typing scorer for `pack` (see typingScorers): for one reply box, dropped with it. */
export function createTypingScorer(pack: RulePack = DEFAULT_PACK): TypingScorer {
  return typingScorers(pack)();
}

/** The reach bounds of `table` (for tests and the bench): the most tokens a match covers, address steps aside. */
export function reachFacts(table: MatcherTable): { base: number; addressSteps: number } {
  const r = reachOf(table);
  return { base: r.base, addressSteps: r.addressSteps };
}
