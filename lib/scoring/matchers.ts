// Every phrase of every rule becomes one entry in a shared table. Scoring finds all entries in one
// scan: a combined regex visits only the positions where some phrase starts, and there the few
// entries that can start with that character are tried with sticky regexes. Phrases that mention
// the customer's {name} need the name checked, so they run in a second, separate scan.
import type { PhraseEntry } from '../rule-pack/schema';
import { compilePhrase, PhraseError } from './phrase';
import { checkPattern } from './regex-guard';

export type NameCheck = (word: string, strict: boolean) => boolean;

export interface Hit {
  start: number;
  end: number;
  entry: number;
  /** The words that filled {name} slots, when the phrase has them. */
  names?: string[];
}

interface Entry {
  source: string;
  sticky: RegExp;
  usesName: boolean;
  strictName: boolean;
  rewrites?: string[];
}

/** A list of phrases as a rule sees it: indexes into the table. */
export type PhraseList = number[];

export class MatcherTable {
  private readonly entries: Entry[] = [];
  private readonly bySource = new Map<string, number>();
  private readonly buckets = new Map<string, number[]>();
  private readonly anyStart: number[] = [];
  private combined: RegExp | null = null;
  private named: RegExp | null = null;
  private namedIds: number[] = [];

  /** Compiles a list of phrase entries; throws with a readable message on a bad phrase. */
  addList(list: readonly PhraseEntry[] | undefined, field = 'phrases'): PhraseList {
    if (!list) return [];
    return list.map((e, i) => {
      try {
        return this.add(e);
      } catch (err) {
        throw new PhraseError((err as Error).message, `${field}[${i}]`);
      }
    });
  }

  rewritesOf(entry: number): string[] | undefined {
    return this.entries[entry]?.rewrites;
  }

  private add(e: PhraseEntry): number {
    const obj = typeof e === 'string' ? { phrase: e } : e;
    let source: string;
    let first: Set<string>;
    let usesName = false;
    let strictName = false;
    if ('pattern' in obj && obj.pattern !== undefined) {
      const why = checkPattern(obj.pattern);
      if (why) throw new PhraseError(why);
      source = `(?:${obj.pattern})`;
      first = new Set(['*']);
    } else {
      const c = compilePhrase('phrase' in obj ? obj.phrase : '');
      source = c.source;
      first = c.firstChars;
      usesName = c.usesName;
      strictName = c.strictName;
    }
    const rewrites = 'rewrites' in obj ? obj.rewrites : undefined;
    const key = `${source}\u0000${rewrites?.join('\u0001') ?? ''}`;
    const known = this.bySource.get(key);
    if (known !== undefined) return known;
    const id = this.entries.length;
    this.entries.push({ source, sticky: new RegExp(source, 'iuy'), usesName, strictName, ...(rewrites ? { rewrites } : {}) });
    this.bySource.set(key, id);
    if (usesName) this.namedIds.push(id);
    else if (first.has('*')) this.anyStart.push(id);
    else
      for (const ch of first) {
        const b = this.buckets.get(ch);
        if (b) b.push(id);
        else this.buckets.set(ch, [id]);
      }
    this.combined = null;
    return id;
  }

  private build(): void {
    const plain = this.entries.filter((e) => !e.usesName).map((e) => e.source);
    const uniq = [...new Set(plain)];
    this.combined = uniq.length ? new RegExp(uniq.join('|'), 'giu') : /(?!)/g;
    const named = this.namedIds.map((id) => `(?:${this.entries[id]!.source})`);
    this.named = named.length ? new RegExp(named.join('|'), 'giu') : null;
  }

  /**
   * All hits of all entries in `scan`, indexed by entry. `acceptName` decides whether a word that
   * filled a {name} slot is the customer's name (`strict`: only a name the page gave counts).
   */
  scanAll(scan: string, acceptName: NameCheck): Hit[][] {
    if (!this.combined) this.build();
    const hits: Hit[][] = this.entries.map(() => []);
    const re = this.combined!;
    re.lastIndex = 0;
    for (let m = re.exec(scan); m !== null; m = re.exec(scan)) {
      const p = m.index;
      this.tryAt(scan, p, this.buckets.get(scan[p]!.toLowerCase()), hits, acceptName);
      this.tryAt(scan, p, this.anyStart, hits, acceptName);
      // Step one code point, not past the match: phrases of other rules may start inside it.
      re.lastIndex = p + (isHighSurrogate(scan.charCodeAt(p)) ? 2 : 1);
    }
    if (this.named) {
      const nre = this.named;
      nre.lastIndex = 0;
      for (let m = nre.exec(scan); m !== null; m = nre.exec(scan)) {
        this.tryAt(scan, m.index, this.namedIds, hits, acceptName);
        nre.lastIndex = m.index + (isHighSurrogate(scan.charCodeAt(m.index)) ? 2 : 1);
      }
    }
    return hits;
  }

  private tryAt(scan: string, p: number, ids: number[] | undefined, hits: Hit[][], acceptName: NameCheck): void {
    if (!ids) return;
    for (const id of ids) {
      const e = this.entries[id]!;
      e.sticky.lastIndex = p;
      const mm = e.sticky.exec(scan);
      if (!mm || mm[0].length === 0) continue;
      if (e.usesName) {
        const names = mm.slice(1).filter((x): x is string => x !== undefined);
        if (!names.every((n) => acceptName(n, e.strictName))) continue;
        hits[id]!.push({ start: p, end: p + mm[0].length, entry: id, names });
      } else hits[id]!.push({ start: p, end: p + mm[0].length, entry: id });
    }
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
