// One definition of a space and of an invisible character, shared by the tokenizer (tokens.ts), the
// sentence splitter (words.ts), the draft's analysis (text.ts) and the scorer's entry (index.ts); the
// panel counts words through words.ts, so it reads them the same way.
//
// A space is any character of Unicode's White_Space property: besides the ASCII ones, the no-break
// spaces an editor or a paste leaves (U+00A0, the narrow U+202F before "%" or "€", the figure space
// U+2007), the typographic spaces U+2000–U+200A, the ideographic space, and the line and paragraph
// separators. An invisible is a format or control character that takes no room: a zero-width space,
// joiner or non-joiner, a word joiner, a soft hyphen, a byte-order mark, direction marks, NUL.
//
// Scoring reads a plain copy of the text (`plainSpaces`): every space becomes " " (a line or paragraph
// separator "\n"), and every invisible that does not sit inside a word becomes " " too. Each character
// is replaced by as many characters as it had code units, so every offset found in the plain copy is
// the same UTF-16 offset in the text as written, and spans still point at the agent's own characters.
// Invisibles inside a word ("S\u200Borry", "dis\u00ADcount") stay: the tokenizer keeps such a word
// whole and drops them from its normalised form.

/** Whether the UTF-16 code unit `c` is a space (Unicode White_Space). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/**
 * Whether the space `c` is a line break: "\n", NEL (U+0085), the line and paragraph separators. They
 * end a sentence (words.ts) and read as "\n" in the plain copy. A carriage return is not one: "\r\n"
 * breaks at its "\n", and a lone "\r" is a space that ends no sentence.
 */
export const isLineBreak = (c: number) => c === 10 || c === 0x85 || c === 0x2028 || c === 0x2029;

/**
 * The one definition of an invisible: a control character other than a space (NUL, U+007F…, not
 * NEL) or a format character (\p{Cf}: U+200B–U+200F, U+2060–U+2064, U+00AD, U+FEFF, bidi controls,
 * and astral ones such as the tag characters in flag emoji).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this class is for
const INVISIBLE = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\p{Cf}]/u;
const INVISIBLES = new RegExp(INVISIBLE.source, 'gu');

/**
 * Whether the UTF-16 code unit `c` is an invisible (`INVISIBLE`). Astral format characters are two
 * code units, so they are tested by code point in `plainSpaces` and `dropInvisibles`. The tokenizer
 * keeps the answer per code unit (tokens.ts `WIDE`), so this runs about once for each.
 */
export const isInvisible = (c: number): boolean => INVISIBLE.test(String.fromCharCode(c));

/** `text` without its invisibles (astral ones too). */
export const dropInvisibles = (text: string) => text.replace(INVISIBLES, '');

/** Characters that need a look: the spaces other than " \t \n \r" (isSpace) and the invisibles (`INVISIBLE`). */
const SPECIAL = new RegExp(`[\\x0b\\x0c\\x85\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000${INVISIBLE.source.slice(1, -1)}]+`, 'gu');

const WORDLIKE = /[\p{L}\p{N}\p{M}]/u;

/**
 * Where the character that ends at `i` (exclusive) starts: `i - 2` after a low surrogate (a pair read
 * whole), else `i - 1`. Shared by the tokenizer and `plainSpaces`.
 */
export function charStartBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
}

/** Where the character that starts at `i` ends: `i + 2` at a high surrogate (a pair read whole), else `i + 1`. */
function charEndAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
}

/** Whether the character ending at `i` (exclusive) is a letter, digit or mark. */
const wordBefore = (text: string, i: number) => i > 0 && WORDLIKE.test(text.slice(charStartBefore(text, i), i));

/** Whether the character starting at `i` is a letter, digit or mark. */
const wordAt = (text: string, i: number) => i < text.length && WORDLIKE.test(text.slice(i, charEndAt(text, i)));

/**
 * `text` with every space as " " (line and paragraph separators as "\n") and every invisible outside
 * a word as " ", one code unit for one, so offsets and length are those of `text`. Returns `text`
 * itself when there is nothing to change (the common case: one native regex search).
 */
export function plainSpaces(text: string): string {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(text)) return text;
  SPECIAL.lastIndex = 0;
  return text.replace(SPECIAL, (run, at: number) => {
    // A run of invisibles between two word characters is part of the word ("S\u200Borry").
    const inWord = wordBefore(text, at) && wordAt(text, at + run.length);
    let out = '';
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      // Everything else in the run is an invisible (astral ones as two code units).
      out += isSpace(c) ? (isLineBreak(c) ? '\n' : ' ') : inWord ? run[i] : ' ';
    }
    // A space inside the run splits it: the invisibles around it are not inside a word.
    return inWord && /[ \n]/.test(out) ? out.replace(/[^ \n]/g, ' ') : out;
  });
}

/**
 * Whether UTF-16 code unit `c` is white space as JavaScript's `\s` reads it (ECMA-262 WhiteSpace and
 * LineTerminator: tab to carriage return, space, no-break space, ogham space, U+2000–U+200A, line and
 * paragraph separators, narrow no-break space, medium mathematical space, ideographic space, BOM),
 * without a one-character string and a regular expression per character.
 */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
