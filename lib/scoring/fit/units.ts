// Where sentences and clauses of a draft start and end, read locally around one offset: the edit
// fitters only ever look at the line an edit touches, so fitting costs the length of a line.
import { ABBREVIATION, GREETING, startsWith, wordsOf } from './words';
import type { Span } from '../types';

const TERMINAL = /[.!?…]/;
const CLOSERS = /["'”’)\]»]/;
const SPACE = /[ \t\u00a0]/;

/** How far around an edit the fitters look: a line longer than this is read only near the edit. */
export const REACH = 400;

/**
 * The line (paragraph) holding `offset`: from after the previous newline to before the next one,
 * but no further than `REACH` characters either way, so fitting stays cheap on a huge one-line draft.
 */
export function lineAround(text: string, offset: number): Span {
  let start = offset;
  const floor = Math.max(0, offset - REACH);
  while (start > floor && text[start - 1] !== '\n') start--;
  let end = offset;
  const ceil = Math.min(text.length, offset + REACH);
  while (end < ceil && text[end] !== '\n') end++;
  return { start, end };
}

/**
 * The sentences of a line, each from its first non-space character to the end of its terminal
 * punctuation and closing quotes (or the last non-space character of the line). "e.g." and "3.5"
 * do not end a sentence.
 */
export function sentencesOf(text: string, line: Span): Span[] {
  const out: Span[] = [];
  let start = -1;
  for (let i = line.start; i < line.end; i++) {
    const ch = text[i]!;
    if (start === -1) {
      if (!SPACE.test(ch) && ch !== '\r') start = i;
      continue;
    }
    if (!TERMINAL.test(ch)) continue;
    let j = i + 1;
    while (j < line.end && (TERMINAL.test(text[j]!) || CLOSERS.test(text[j]!))) j++;
    if (j < line.end && !SPACE.test(text[j]!)) continue;
    if (ch === '.' && isAbbreviation(text, start, i)) continue;
    out.push({ start, end: j });
    start = -1;
    i = j - 1;
  }
  if (start !== -1) {
    let end = line.end;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    out.push({ start, end });
  }
  return out;
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(sentenceStart, dot - 8), dot));
  return !!m && ABBREVIATION.has(m[1]!.toLowerCase());
}

/**
 * The clauses of a sentence, split at commas, semicolons, colons and spaced dashes, each trimmed of
 * spaces (punctuation between clauses belongs to neither). The sentence's terminal punctuation stays
 * outside the last clause. "1,000" is not split.
 */
export function clausesOf(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let end = sentence.end;
  while (end > sentence.start && (TERMINAL.test(text[end - 1]!) || CLOSERS.test(text[end - 1]!))) end--;
  let start = sentence.start;
  const push = (a: number, b: number) => {
    while (a < b && SPACE.test(text[a]!)) a++;
    while (b > a && SPACE.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = sentence.start; i < end; i++) {
    const ch = text[i]!;
    const sep =
      ((ch === ',' || ch === ';' || ch === ':') && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) ||
      ((ch === '—' || ch === '–' || ch === '-') && SPACE.test(text[i - 1] ?? '') && SPACE.test(text[i + 1] ?? ''));
    if (!sep) continue;
    push(start, i);
    start = i + 1;
  }
  push(start, end);
  return out;
}

/** "Hi Dana", "Good morning Mr Weber", "Hallo Frau Schmidt": a greeting word and at most three more. */
export function isGreetingClause(text: string, clause: Span): boolean {
  const s = text.slice(clause.start, clause.end);
  return startsWith(s, GREETING) && wordsOf(s).length <= 4;
}

/** Index of the span holding `offset` (its end counts as inside), or -1. */
export function indexAt(spans: readonly Span[], offset: number): number {
  return spans.findIndex((s) => offset >= s.start && offset <= s.end);
}

/** True when no letter or digit comes before `offset` in the draft. */
export function isDraftStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) if (/[\p{L}\p{N}]/u.test(text[i]!)) return false;
  return true;
}
