// Sentences and clauses of a draft, as spans into it. A promise is judged within its clause: "The
// store opens at 9, and I'll call you at 10" holds one promise (10), not two, and "I don't know yet,
// I'll call you at 3" is not negated by the clause before it.
import { isJsSpace } from '../whitespace';

export interface Clause {
  /** UTF-16 offsets into the draft; `end` is exclusive, whitespace and end punctuation trimmed. */
  start: number;
  end: number;
  /** The punctuation that closed it (`,` `?` `.` …), or '' at the end of the text or a line. */
  closedBy: string;
}

const ENDS = '.!?…';
const CLOSERS = `"'”’)]»“`;
// Abbreviations whose full stop ends no sentence ("ca. 15 Minuten", "3 p.m. tomorrow", "z.B. morgen").
const ABBREVIATION = /^(?:\p{L}|ca|approx|etc|nr|no|bzw|usw|z\.b|d\.h|u\.a|p\.m|a\.m|e\.g|i\.e|mr|mrs|ms|dr|st|vs|min|std|tel|inkl|ggf|evtl|vgl)$/iu;

/** Sentence spans of `text` (line breaks end sentences too). */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      out.push({ start, end: i });
      start = i + 1;
      continue;
    }
    if (!ENDS.includes(ch)) continue;
    let k = i + 1;
    while (k < n && ENDS.includes(text[k]!)) k++;
    while (k < n && CLOSERS.includes(text[k]!)) k++;
    if (k < n && !/\s/.test(text[k]!)) continue;
    if (ch === '.' && k === i + 1) {
      let m = k;
      while (m < n && text[m] === ' ') m++;
      const next = text[m];
      if (isAbbreviation(text, i) || (next !== undefined && /\p{Ll}/u.test(next))) continue;
    }
    out.push({ start, end: k });
    start = k;
    i = k - 1;
  }
  if (start < n) out.push({ start, end: n });
  return out.filter((s) => hasNonSpace(text, s.start, s.end));
}

/** Whether `text` from `start` to `end` holds a character other than white space (`/\S/` on that slice, without slicing it). */
function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isJsSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Whether `text` has an ASCII digit at `i` (what `/\d/` tests, without the `u` flag); false out of range. */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Clauses of the sentence [start, end): split at , ; : – — ( ) and a spaced hyphen, not inside numbers. */
export function clauses(text: string, start: number, end: number): Clause[] {
  const out: Clause[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    // Digits both sides ("1,500", "10:30") matter only for a comma or colon: tested only there.
    const split =
      ((ch === ',' || ch === ':') && !(isDigitAt(text, i - 1) && isDigitAt(text, i + 1))) ||
      ch === ';' ||
      ch === '–' ||
      ch === '—' ||
      ch === '(' ||
      ch === ')' ||
      (ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' ');
    if (!split) continue;
    push(out, text, from, i, ch);
    from = i + 1;
  }
  push(out, text, from, end, '');
  return out;
}

function push(out: Clause[], text: string, from: number, to: number, sep: string): void {
  let s = from;
  let e = to;
  while (s < e && (/\s/.test(text[s]!) || CLOSERS.includes(text[s]!))) s++;
  let closedBy = sep;
  while (e > s && (/\s/.test(text[e - 1]!) || ENDS.includes(text[e - 1]!) || CLOSERS.includes(text[e - 1]!))) {
    if (!closedBy && ENDS.includes(text[e - 1]!)) closedBy = text[e - 1]!;
    e--;
  }
  // "Is that OK?" closes with "?" even when the question mark is not the last character.
  if (ENDS.includes(closedBy) && text.slice(e, to).includes('?')) closedBy = '?';
  if (e > s) out.push({ start: s, end: e, closedBy });
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  return ABBREVIATION.test(text.slice(s, dot));
}
