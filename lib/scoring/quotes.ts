// Quoted text is not the agent's: a quoted error message ("Cannot connect: not possible to reach
// server"), what the customer wrote ("obviously nobody reads tickets"), a bot's canned "No problem!",
// code and commands. These are found here and blanked before any rule looks at the reply; the spans
// are kept, because a quoted setting or command is itself a sign of a how-to (see rules that read
// `view.quotes`).
//
// What counts as quoted (one definition for the scorer and the panel):
//   - a line starting with ">" (e-mail and Markdown quoting);
//   - a fenced code block (``` … ```) and inline `code`;
//   - text between double quotes, straight ("…") or curly (“…”), on one line or wrapped onto the
//     next one: a quote left open at a line's end closes on the next line when that line is not blank
//     and its first double quote mark cannot open a quote (it follows a letter: `obviously" and`);
//     e-mail clients and text boxes wrap long quoted sentences, and a blank line still ends a quote;
//   - text between single quotes ('…', ‘…’) that open at the start of a word and close at its end,
//     so apostrophes in "don't" or "users' files" never open or close a quote;
//   - but not a quote (other than `code`) that holds one e-mail address and nothing else.
// A quote longer than MAX_QUOTE characters is left alone: an unmatched mark is likelier than a
// quoted paragraph.
import type { Span } from './types';

export const MAX_QUOTE = 300;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Spans of quoted text in `text` (UTF-16 offsets, `end` exclusive), quote marks included, sorted and
 * not overlapping. Pure and linear in the text length.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  let inFence = -1;
  // A double quote left open at the end of the previous line (see inlineQuotes), or -1.
  let carry = -1;
  for (let i = 0; i <= text.length; i++) {
    // 10: '\n' (by code: no one-character string per character of the draft).
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    const line = text.slice(lineStart, i);
    const trimmed = line.trimStart();
    const open = carry;
    carry = -1;
    if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) {
      if (inFence === -1) inFence = lineStart;
      else {
        out.push({ start: inFence, end: i });
        inFence = -1;
      }
    } else if (inFence === -1) {
      if (trimmed.startsWith('>')) out.push({ start: lineStart, end: i });
      else carry = inlineQuotes(text, lineStart, i, out, trimmed === '' ? -1 : open);
    }
    lineStart = i + 1;
  }
  if (inFence !== -1) out.push({ start: inFence, end: text.length });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The mark that closes a quote opened by the character with UTF-16 code `code`, or undefined when it
 * opens none: " → ", “ → ”, ” → ”, „ → “, ` → `, ' → ', ‘ → ’. A switch on the code, so the scan of
 * a line makes no string per character and no keyed lookup.
 */
function closerOf(code: number): string | undefined {
  switch (code) {
    case 0x22:
      return '"';
    case 0x201c:
    case 0x201d:
      return '”';
    case 0x201e:
      return '“';
    case 0x60:
      return '`';
    case 0x27:
      return "'";
    case 0x2018:
      return '’';
    default:
      return undefined;
  }
}

/**
 * Quotes inside one line [from, to), pushed to `out`. `carry` is the offset of a double quote mark left
 * open at the end of the previous line (or -1): it closes at this line's first double quote mark when
 * that mark cannot open a quote itself and the whole quote is at most MAX_QUOTE characters. Returns the
 * offset of a double quote mark that opens on this line and is still open at its end with no quote
 * after it, or -1.
 */
function inlineQuotes(text: string, from: number, to: number, out: Span[], carry: number): number {
  let i = from;
  if (carry !== -1) {
    const close = closerOf(text.charCodeAt(carry))!;
    const first = firstDoubleMark(text, from, to);
    if (first !== -1 && !opensAt(text, first, from) && isCloser(text[first]!, close) && first - carry <= MAX_QUOTE) {
      out.push({ start: carry, end: first + 1 });
      i = first + 1;
    }
  }
  let open = -1;
  while (i < to) {
    const close = closerOf(text.charCodeAt(i));
    if (close === undefined || !opensAt(text, i, from)) {
      i++;
      continue;
    }
    const end = closeOf(text, i, to, close);
    if (end === -1) {
      if (open === -1 && isDouble(close)) open = i;
      i++;
      continue;
    }
    open = -1;
    // An e-mail address in quote marks ('care@shop.com', "help@bank.in") is the agent's own pointer, not
    // someone else's words: left readable, so "write to us at 'care@…'" reads as "write to us at care@…".
    if (close === '`' || !QUOTED_EMAIL.test(text.slice(i + 1, end))) out.push({ start: i, end: end + 1 });
    i = end + 1;
  }
  return open;
}

/** A double quote mark's closer: ", ” or “ (the closer of „), not ` or single quotes. */
const isDouble = (close: string) => close === '"' || close === '”' || close === '“';

/** Whether the character `c` closes a quote whose closer is `close` (a straight " also closes “…). */
const isCloser = (c: string, close: string) => c === close || (close === '”' && c === '"');

/** Offset of the first double quote mark (", “, ”, „) in [from, to), or -1. */
function firstDoubleMark(text: string, from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e) return j;
  }
  return -1;
}

/** The whole of a quote that is one e-mail address and nothing else (S25, judge-b; see inlineQuotes). */
const QUOTED_EMAIL = /^[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_])?@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}$/;

/** A mark opens a quote when it starts a word: after a space, a bracket or the line start. */
function opensAt(text: string, i: number, lineStart: number): boolean {
  const c = text[i]!;
  const before = i > lineStart ? text[i - 1] : undefined;
  const after = text[i + 1];
  if (isSpace(after)) return false;
  if (c === '`') return true;
  if (c === "'" || c === '‘') return before === undefined || isSpace(before) || /[([{:=,]/.test(before);
  return before === undefined || !isWordChar(before);
}

/** Index of the mark closing the quote opened at `open`, or -1. */
function closeOf(text: string, open: number, to: number, close: string): number {
  const limit = Math.min(to, open + 1 + MAX_QUOTE);
  const single = close === "'" || close === '’';
  for (let j = open + 2; j < limit; j++) {
    if (text[j] !== close && !(close === '”' && text[j] === '"')) continue;
    if (isSpace(text[j - 1])) continue;
    // A single quote closes only at the end of a word: "it's" and "don't" inside do not.
    if (single && isWordChar(text[j + 1])) continue;
    return j;
  }
  return -1;
}
