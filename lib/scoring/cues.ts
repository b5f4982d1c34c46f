// Cues in the customer's words: the mood cues and situation cues of a pack, compiled into a matcher
// table of their own and found with the sentence they sit in. A plain cue counts wherever it appears
// (and, for moods, unless negated: "no rush"); `{ cue, with, unless }` counts only in a sentence that
// also holds one of `with` and none of `unless`; `beside` (session 23) asks for one of its phrases in the
// cue's sentence or the one right before or after it, for time pressure told over two sentences ("Our
// payroll runs tomorrow. The export still fails.").
import type { MoodCue } from '../rule-pack/schema';
import type { Hit, MatcherTable, PhraseList } from './matchers';
import { underPath } from './phrase';
import { sentenceAt, type TextView } from './text';
import type { Token } from './tokens';
import type { Span } from './types';

interface CompiledCue {
  list: PhraseList;
  with?: PhraseList;
  unless?: PhraseList;
  beside?: PhraseList;
}

export type CueList = CompiledCue[];

/** Compiles `cues` into `table`; a bad phrase throws a PhraseError whose path names the entry. */
export function compileCues(table: MatcherTable, cues: readonly MoodCue[] | undefined, path: string): CueList {
  return (cues ?? []).map((c, i) =>
    underPath(`${path}[${i}]`, () =>
      typeof c === 'object' && 'cue' in c
        ? {
            list: table.addList(c.cue, 'cue'),
            ...(c.with ? { with: table.addList(c.with, 'with') } : {}),
            ...(c.unless ? { unless: table.addList(c.unless, 'unless') } : {}),
            ...(c.beside ? { beside: table.addList(c.beside, 'beside') } : {}),
          }
        : { list: table.addList([c], 'cue') },
    ),
  );
}

export interface CueHit extends Span {
  /** Index of the sentence (view.sentences) holding the cue, or -1. */
  sentence: number;
}

/**
 * Every place a cue of `cues` holds in `view`, in text order. `negatable`: skip matches negated
 * earlier in their clause ("it's not urgent"). A cue with `beside` holds only when its sentence or the
 * sentence right before or after holds one of those phrases, and `unless` then rules on both sentences;
 * its span runs from the first to the last word of the two (cue and the nearest `beside` phrase), so the
 * evidence shows both halves ("payroll runs tomorrow. The export still fails"). `durationsStay`: a cue that opens
 * with a span of time is not negated by the word before it (opensDuration).
 */
export function findCues(cues: CueList, view: TextView, hits: Hit[][], negatable: boolean, durationsStay = false): CueHit[] {
  const out: CueHit[] = [];
  for (const c of cues) {
    for (const id of c.list)
      for (const h of hits[id] ?? []) {
        if (negatable && negatedJustBefore(view.tokens, h.start) && !(durationsStay && opensDuration(view.tokens, h.start))) continue;
        const sentence = sentenceAt(view, h.start);
        if (c.with && !inSentence(c.with, sentence, view, hits)) continue;
        if (c.unless && inSentence(c.unless, sentence, view, hits)) continue;
        if (c.beside) {
          const b = besideHit(c.beside, sentence, h, view, hits);
          if (!b) continue;
          if (c.unless && b.sentence !== sentence && inSentence(c.unless, b.sentence, view, hits)) continue;
          out.push({ start: Math.min(h.start, b.start), end: Math.max(h.end, b.end), sentence });
          continue;
        }
        out.push({ start: h.start, end: h.end, sentence });
      }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The `list` phrase nearest to `cue` that starts in sentence `sentence` or the one right before or after it
 * (not inside the cue itself), with the sentence it starts in; undefined when there is none.
 */
function besideHit(list: PhraseList, sentence: number, cue: Span, view: TextView, hits: Hit[][]): (Span & { sentence: number }) | undefined {
  if (sentence === -1) return undefined;
  const lo = view.sentences[Math.max(0, sentence - 1)]!.start;
  const hi = view.sentences[Math.min(view.sentences.length - 1, sentence + 1)]!.end;
  let best: (Span & { sentence: number }) | undefined;
  let bestGap = Infinity;
  for (const id of list)
    for (const b of hits[id] ?? []) {
      if (b.start < lo || b.start >= hi || (b.start >= cue.start && b.end <= cue.end)) continue;
      const gap = b.start >= cue.end ? b.start - cue.end : Math.max(0, cue.start - b.end);
      if (gap < bestGap) {
        bestGap = gap;
        best = { start: b.start, end: b.end, sentence: sentenceAt(view, b.start) };
      }
    }
  return best;
}

function inSentence(list: PhraseList, sentence: number, view: TextView, hits: Hit[][]): boolean {
  if (sentence === -1) return false;
  const sp = view.sentences[sentence]!;
  return list.some((id) => (hits[id] ?? []).some((h) => h.start >= sp.start && h.start < sp.end));
}

/**
 * Negation words as tokens (tokens.ts norms): "not", "no", "never", the "'t" of a contraction ("don't" → "don" + "'t",
 * and "dont" the same since the tokenizer splits bare contractions), "cannot", "without", "nothing", "nobody", "none",
 * "hardly", and German "nicht", "kein…", "nie", "ohne". The one list the cue negation and the learned hurry model's
 * negation count (mood-learned.ts) read.
 */
const NEGATORS = new Set(['not', 'no', 'never', "n't", "'t", 'nothing', 'hardly', 'without', 'nobody', 'none', 'cannot', 'isnt', 'dont', 'nicht', 'kein', 'keine', 'keinen', 'nie', 'ohne']);
/** Whether a token's norm is a negation word (NEGATORS above). */
export const isNegator = (norm: string): boolean => NEGATORS.has(norm);

/** Words that may stand between a negation and what it negates: "not really urgent", "isn't that urgent", "won't be disappointed" (session 21b: "be", not "been": "never been so disappointed" is upset). */
const SOFTENERS = new Set(['be', 'really', 'so', 'that', 'very', 'too', 'at', 'all', 'particularly', 'especially', 'super', 'in', 'a', 'an', 'any', 'big', 'so', 'wirklich', 'so', 'besonders', 'sehr', 'allzu']);

/** Prepositions that open a span of time: "for 3 days", "after 2 weeks", "since Monday", "in 4 days". */
const DURATION_OPENERS = new Set(['for', 'after', 'over', 'since', 'in', 'within', 'from']);

/**
 * Whether the cue at `offset` opens with a span of time ("for 3 days", "after 2 weeks", "since Monday"). A negation
 * before such a span negates what was missing, not the time ("no reply for 3 days", "still nothing after 2 weeks",
 * "not fixed since Monday" are waits): session 25, for hurry's cues (`findCues`' `durationsStay`).
 */
export function opensDuration(tokens: readonly Token[], offset: number): boolean {
  const t = tokens[firstTokenFrom(tokens, offset)];
  return t !== undefined && t.start === offset && DURATION_OPENERS.has(t.norm);
}

/**
 * A cue is negated when a negation stands right before it, or with only softeners between ("no
 * rush", "not really urgent", "isn't that urgent"; not "no refund after 10 days").
 */
export function negatedJustBefore(tokens: readonly Token[], offset: number): boolean {
  const lo = firstTokenFrom(tokens, offset);
  for (let i = lo - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const t = tokens[i]!;
    if (isNegator(t.norm)) return true;
    if (!SOFTENERS.has(t.norm)) return false;
  }
  return false;
}

/**
 * Index of the first token that starts at or after `offset` (a character offset in the message);
 * `tokens.length` when none does. Tokens come in text order (tokens.ts), so this is a binary search:
 * O(log n) per look-up.
 */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the last token that starts inside `span` (start inclusive, end exclusive), or -1 when no
 * token starts there. The cue's last word: "so frustrated" → "frustrated".
 */
export function lastTokenIn(tokens: readonly Token[], span: { start: number; end: number }): number {
  const last = firstTokenFrom(tokens, span.end) - 1;
  return last >= 0 && tokens[last]!.start >= span.start ? last : -1;
}
