// Every phrase of every rule becomes one entry in a shared table. Scoring tokenizes the draft once
// and, at each token, tries only the entries that can start with that token (found by the word
// itself, its first three letters, or "a number"); phrases are a few tokens long, so the scan is
// linear in the draft. Raw `pattern:` entries (checked by regex-guard) run as their own regexes.
import type { PhraseEntry } from '../rule-pack/schema';
import { compilePhrase, PhraseError, underPath, STEP_ALT, STEP_GAP, STEP_NAME, STEP_NUM, STEP_SET, STEP_STEM, STEP_TEST, STEP_WORD, type UStep } from './phrase';
import { checkPattern } from './regex-guard';
import { TOKEN_NUM as NUM, TOKEN_PUNCT as PUNCT, TOKEN_WORD as WORD, type Token } from './tokens';
import type { ClassLookup } from './word-classes';

/** Whether a word fills a name slot; `slot` is the slot kind (names.ts NameSlot). */
export type NameCheck = (word: string, slot: number) => boolean;

export interface Hit {
  start: number;
  end: number;
  entry: number;
  /** The words that filled {name} slots, when the phrase has them. */
  names?: string[];
}

interface Entry {
  steps: UStep[] | null;
  regex: RegExp | null;
  rewrites: string[] | undefined;
}

/**
 * Entries that can start with one key, split again by the key of the token after it, so a
 * common first word ("I", "we") does not mean trying every phrase that starts with it.
 */
class Bucket {
  readonly any: number[] = [];
  readonly bySecond = new Map<string, number[]>();

  add(id: number, second: Set<string> | null): void {
    if (!second) return void this.any.push(id);
    for (const k of second) {
      const list = this.bySecond.get(k);
      if (list) list.push(id);
      else this.bySecond.set(k, [id]);
    }
  }
}

/** A list of phrases as a rule sees it: indexes into the table. */
export type PhraseList = number[];

const MAX_GAP = 3;
const NO_OPTIONS: UStep[][] = [];
/** Shared empty hit list: most phrases are absent from a draft, so most lists stay this one. */
const NONE: Hit[] = [];

export class MatcherTable {
  private readonly entries: Entry[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly index = new Map<string, Bucket>();
  private readonly anyStart: number[] = [];
  /** Phrases that open with {name}: tried only at capitalised words. */
  private readonly nameStart: number[] = [];
  private readonly patterns: number[] = [];
  /** First letters of indexed stems: most tokens need no stem key at all. */
  private readonly stemHeads = new Set<number>();

  private readonly stemKeys = new Map<string, string>();

  /** `classes` resolves the <class> slots of the phrases added to this table. */
  constructor(private readonly classes?: ClassLookup) {}

  /** Compiles a list of phrase entries; throws a PhraseError naming the entry on a bad phrase. */
  addList(list: readonly PhraseEntry[] | undefined, field = 'phrases'): PhraseList {
    if (!list) return [];
    return list.map((e, i) => underPath(`${field}[${i}]`, () => this.add(e)));
  }

  rewritesOf(entry: number): string[] | undefined {
    return this.entries[entry]?.rewrites;
  }

  private add(e: PhraseEntry): number {
    const obj = typeof e === 'string' ? { phrase: e } : e;
    const rewrites = 'rewrites' in obj ? obj.rewrites : undefined;
    const isPattern = 'pattern' in obj && obj.pattern !== undefined;
    const text = isPattern ? obj.pattern : 'phrase' in obj ? obj.phrase : '';
    const key = `${isPattern ? 'p' : 'w'}\u0000${text}\u0000${rewrites?.join('\u0001') ?? ''}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.entries.length;
    if (isPattern) {
      const why = checkPattern(text);
      if (why) throw new PhraseError(why);
      this.entries.push({ steps: null, regex: new RegExp(text, 'giu'), rewrites });
      this.patterns.push(id);
    } else {
      const c = compilePhrase(text, this.classes);
      this.entries.push({ steps: c.steps, regex: null, rewrites });
      if (c.first.has('*') || (c.first.has('{name}') && c.first.size > 1)) this.anyStart.push(id);
      else if (c.first.has('{name}')) this.nameStart.push(id);
      else
        for (const [k, second] of c.pairs) {
          for (const key of [k, ...(second ?? [])]) if (key.startsWith('stem:')) this.stemHeads.add(key.charCodeAt(5));
          let b = this.index.get(k);
          if (!b) this.index.set(k, (b = new Bucket()));
          b.add(id, second);
        }
    }
    this.byKey.set(key, id);
    return id;
  }

  /**
   * All hits of all entries, indexed by entry. `text` is the string the tokens point into;
   * `acceptName` decides whether a word that filled a {name} slot is the customer's name.
   */
  scanAll(text: string, tokens: Token[], acceptName: NameCheck): Hit[][] {
    const hits: Hit[][] = new Array(this.entries.length);
    for (let i = 0; i < hits.length; i++) hits[i] = NONE;
    const m = new Matcher(text, tokens, acceptName);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      const b1 = this.index.get(tok.kind === NUM ? '#' : tok.norm);
      if (b1) this.tryBucket(m, i, b1, hits);
      const sk = this.stemKey(tok);
      const b2 = sk === undefined ? undefined : this.index.get(sk);
      if (b2) this.tryBucket(m, i, b2, hits);
      if (this.anyStart.length) this.tryAt(m, i, this.anyStart, hits);
      if (this.nameStart.length && tok.kind === WORD) {
        const c = text.charCodeAt(tok.start);
        if (c >= 65 && c <= 90) this.tryAt(m, i, this.nameStart, hits);
      }
    }
    for (const id of this.patterns) {
      const re = this.entries[id]!.regex!;
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
    return hits;
  }

  /** The three-letter stem key of a word, only when some indexed stem starts with its letter. */
  private stemKey(tok: Token): string | undefined {
    if (tok.kind !== WORD || tok.norm.length < 3 || !this.stemHeads.has(tok.norm.charCodeAt(0))) return undefined;
    // Remembered per word: building the key string for every token is most of the scan's garbage.
    let key = this.stemKeys.get(tok.norm);
    if (key === undefined) {
      if (this.stemKeys.size > 20_000) this.stemKeys.clear();
      this.stemKeys.set(tok.norm, (key = `stem:${tok.norm.slice(0, 3)}`));
    }
    return key;
  }

  private tryBucket(m: Matcher, i: number, b: Bucket, hits: Hit[][]): void {
    if (b.any.length) this.tryAt(m, i, b.any, hits);
    const next = m.tokens[i + 1];
    if (next === undefined || b.bySecond.size === 0) return;
    const byWord = b.bySecond.get(next.kind === NUM ? '#' : next.norm);
    if (byWord) this.tryAt(m, i, byWord, hits);
    const sk = this.stemKey(next);
    const byStem = sk === undefined ? undefined : b.bySecond.get(sk);
    if (byStem) this.tryAt(m, i, byStem, hits);
  }

  private tryAt(m: Matcher, i: number, ids: number[], hits: Hit[][]): void {
    for (const id of ids) {
      if (m.names.length) m.names.length = 0;
      const end = m.seq(this.entries[id]!.steps!, 0, i);
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

function inSet(words: Set<string>, stems: string[], tok: Token): boolean {
  if (words.has(tok.norm)) return true;
  if (stems.length === 0 || tok.kind !== WORD) return false;
  for (let i = 0; i < stems.length; i++) if (tok.norm.startsWith(stems[i]!)) return true;
  return false;
}

/** What is left to match after the current sequence: the rest of the enclosing sequences. */
interface Frame {
  steps: UStep[];
  k: number;
  next: Frame | null;
}

/** Depth-first match of steps against tokens; returns the end token index, or -1. */
class Matcher {
  readonly names: string[] = [];
  constructor(
    readonly text: string,
    readonly tokens: Token[],
    private readonly acceptName: NameCheck,
  ) {}

  seq(steps: UStep[], k: number, pos: number, next: Frame | null = null): number {
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
        const hit = tok !== undefined && inSet(st.words!, st.stems!, tok);
        if (!st.optional) {
          if (!hit) return -1;
          k++;
          pos++;
          continue;
        }
        if (hit) {
          const end = this.seq(steps, k + 1, pos + 1, next);
          if (end !== -1) return end;
        }
        k++;
        continue;
      }
      if (kind === STEP_ALT) {
        // The frame is made only when an option can start here: most alternatives fail at once.
        let after: Frame | undefined;
        const tok = this.tokens[pos];
        // Many options: only those filed under this token's word, or led by something else.
        const options = tok === undefined ? NO_OPTIONS : st.byFirst === null ? st.options! : (st.byFirst.get(tok.norm) ?? st.other!);
        for (const o of options) {
          if (!this.could(o[0]!, tok!)) continue;
          after ??= { steps, k: k + 1, next };
          const mark = this.names.length;
          const end = this.seq(o, 0, pos, after);
          if (end !== -1) return end;
          if (this.names.length !== mark) this.names.length = mark;
        }
        if (!st.optional) return -1;
        k++;
        continue;
      }
      if (kind === STEP_GAP) {
        // A gap at the very end adds nothing to the match; inside, it skips up to three words.
        if (k + 1 === steps.length && !next) return pos;
        for (let n = 0; n <= MAX_GAP; n++) {
          const end = this.seq(steps, k + 1, pos + n, next);
          if (end !== -1) return end;
          const tok = this.tokens[pos + n];
          if (!tok || tok.kind === PUNCT) return -1;
        }
        return -1;
      }
      const tok = this.tokens[pos];
      if (!tok || !this.one(st, tok)) return -1;
      k++;
      pos++;
    }
  }

  /** A cheap first check before recursing into an option. */
  private could(st: UStep, tok: Token): boolean {
    if (st.k === STEP_WORD) return tok.norm === st.w;
    if (st.k === STEP_SET && !st.optional) return inSet(st.words!, st.stems!, tok);
    return true;
  }

  private one(st: UStep, tok: Token): boolean {
    const kind = st.k;
    if (kind === STEP_WORD) return tok.norm === st.w;
    if (kind === STEP_STEM) return tok.kind === WORD && tok.norm.startsWith(st.p);
    if (kind === STEP_NUM) return tok.kind === NUM;
    if (kind === STEP_TEST) return tok.kind === WORD && st.f!(tok.norm);
    if (kind !== STEP_NAME || tok.kind !== WORD) return false;
    const word = this.text.slice(tok.start, tok.end);
    if (!this.acceptName(word, st.slot)) return false;
    this.names.push(word);
    return true;
  }
}
