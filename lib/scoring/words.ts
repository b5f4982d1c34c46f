// One definition of a word and of a sentence, shared by the scorer (word counts, the "terse" and
// long-sentence measures) and the panel (its word count), so both say the same number.
//
// A word is a run of letters and digits (tokens.ts) together with what clings to it: a contraction
// ("don't", "I'll"), parts joined by one hyphen or apostrophe ("follow-up", "e-mail", "O'Brien") and
// a number's decimal point ("3.5"), and letters touching digits ("3pm"). Punctuation, emoji and spaces are not words: "Please follow-up
// by e-mail." is 4 words.
// A sentence ends at . ! ? or … followed by a space or the end of the text, or at a line break that
// is not a hard wrap (isWrap, in a reply). A space is any Unicode space (whitespace.ts), a no-break one too.
import { TOKEN_NUM as NUM, TOKEN_PUNCT as PUNCT, tokenize, type Token } from './tokens';
import type { Span } from './types';
import { isLineBreak, isSpace } from './whitespace';

/** Words in `text` (any text: a draft, a prompt, a customer's message). */
export function countWords(text: string): number {
  return countWordTokens(text, tokenize(text));
}

/**
 * Words among `tokens` (tokens of `text`) that start in [from, to): a token counts unless it is
 * punctuation, a contraction's tail ("'ll") or joined to the token before by a single hyphen.
 */
export function countWordTokens(text: string, tokens: Token[], from = 0, to = Infinity): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let i = lo; i < tokens.length && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    if (t.kind === PUNCT || t.norm.charCodeAt(0) === 39) continue;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    if (prev && t.start === prev.end + 1 && joins(prev, t, text.charCodeAt(prev.end))) continue;
    // Letters and digits that touch are one word: "3pm", "mp3", "v2".
    if (prev && prev.kind !== PUNCT && t.start === prev.end) continue;
    // "3.5", "1,000": the point is a token of its own, between two numbers that touch it.
    const before = i > 1 ? tokens[i - 2] : undefined;
    if (t.kind === NUM && prev?.kind === PUNCT && before?.kind === NUM && before.end === prev.start && prev.end === t.start && (prev.norm === '.' || prev.norm === ',')) continue;
    n++;
  }
  return n;
}

/** Whether the one character `c` between two tokens makes them one word: a hyphen ("e-mail"; dashes separate). */
function joins(prev: Token, t: Token, c: number): boolean {
  return prev.kind !== PUNCT && t.kind !== PUNCT && (c === 45 || c === 0x2010 || c === 0x2011);
}

/**
 * Sentences of `text` in order, terminal punctuation and closing quotes included. `unwrap`: a line
 * break that is a hard wrap (isWrap) does not end a sentence — for the agent's reply; the customer's
 * message and the panel's counts keep every line break as an end.
 */
export function splitSentences(text: string, unwrap = false): Span[] {
  const out: Span[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (start === -1) {
      if (!isSpace(c)) start = i;
      continue;
    }
    if (isLineBreak(c)) {
      if (unwrap && isWrap(text, i)) continue;
      out.push({ start, end: trimEnd(text, i) });
      start = -1;
    } else if (c === 46 || c === 33 || c === 63 || c === 8230) {
      // . ! ? … end a sentence when followed by space or the end (not "3.5" or "e.g.x")
      let j = i + 1;
      while (j < text.length && /[.!?…"'”’)]/.test(text[j]!)) j++;
      const next = text.charCodeAt(j);
      if (j >= text.length || isSpace(next)) {
        out.push({ start, end: j });
        start = -1;
        i = j - 1;
      }
    }
  }
  if (start !== -1) {
    const end = trimEnd(text, text.length);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Shortest line (characters, outer spaces trimmed) whose line break can be a hard wrap. */
export const WRAP_MIN_LINE = 50;

/**
 * Whether the line break at `i` is a hard wrap inside a sentence rather than its end (session 17,
 * judge-a): e-mail, mailing-list and bug-tracker replies are wrapped at 72–80 columns, and a break there
 * cut "So I guess it only happens when\ndifferent apps … GPUs ?" into a statement and a question. A wrap
 * is a break after a line of at least WRAP_MIN_LINE characters that ends in no . ! ? : ; …, followed
 * directly (no blank line) by a line that opens with a lower-case letter; or (session 42) a break after a
 * line of any length that ends in no . ! ? : ; … or comma, followed directly by a line that opens with a
 * web address (mail clients move a long link to its own line; a greeting line without its comma, "Hi Sam⏎https://…",
 * is then joined to the link, which changes no reading). Anything else, a greeting line ("Hi Sam,"), a list, a quote
 * ("> …") or a new paragraph, still ends the sentence.
 */
function isWrap(text: string, i: number): boolean {
  let a = i;
  while (a > 0 && !isLineBreak(text.charCodeAt(a - 1))) a--;
  let e = i;
  while (e > a && isSpace(text.charCodeAt(e - 1))) e--;
  while (a < e && isSpace(text.charCodeAt(a))) a++;
  if (e === a || /[.!?:;…]/.test(text[e - 1]!)) return false;
  let j = i + 1;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(j) === 10) j++;
  while (j < text.length && isSpace(text.charCodeAt(j)) && !isLineBreak(text.charCodeAt(j))) j++;
  // A mail client moves a link too long for the rest of the line to a line of its own, however short
  // the line before it: "Does the build at⏎https://example.com/builds/1234 fix it?" is one question.
  if (LINK_OPENING.test(text.slice(j, j + 8)) && text[e - 1] !== ',') return true;
  if (e - a < WRAP_MIN_LINE) return false;
  return j < text.length && /\p{Ll}/u.test(text[j]!) && !QUESTION_OPENING.test(text.slice(j, j + 12));
}

/** A line that opens with a web address (http://, https://, www.). */
const LINK_OPENING = /^(?:https?:\/\/|www\.)/iu;

/**
 * A line opening as a question does (an auxiliary, then a subject pronoun: "can you", "did the code",
 * "is it") starts a sentence of its own even in lower case: "This happened because the card expired at the
 * end of last month⏎can you add a new one?" is a statement and then a question, not one question.
 */
const QUESTION_OPENING = /^(?:can|could|would|will|do|does|did|is|are|was|were|have|has|should|shall|may)\s+(?:you|we|i|it|that|this|there|they)(?![\p{L}'’])/u;

function trimEnd(s: string, end: number): number {
  while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
  return end;
}
