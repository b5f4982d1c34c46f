// One tokenizer for drafts and for phrases, so both sides agree on what a word is: lower-cased
// words and numbers, contractions split off ("I'll" → i + 'll, with ’ read as '), and punctuation
// as one-character tokens. Hyphens, dashes, quotes, spaces and emoji separate tokens and vanish,
// so "follow-up" matches "follow up".
//
// Invisibles (whitespace.ts: zero-width space, joiner and non-joiner, word joiner, soft hyphen) inside
// a word belong to it: "S\u200Borry" is one token whose span covers all of it and whose norm is
// "sorry". Mathematical alphanumerics ("𝐇𝐢 𝐀𝐧𝐧𝐚") and other compatibility letters (fullwidth "Ｈｉ",
// the "ﬁ" ligature) are letters whose norm is their NFKC fold ("hi anna"); spans stay those of the text.
import { charStartBefore, dropInvisibles, isInvisible } from './whitespace';

/** Token kinds (Token.kind): plain module constants, the one definition the matcher reads too. */
export const TOKEN_WORD = 1;
export const TOKEN_NUM = 2;
export const TOKEN_PUNCT = 3;
export type Kind = typeof TOKEN_WORD | typeof TOKEN_NUM | typeof TOKEN_PUNCT;

/**
 * A quote stands in a draft's token list as one token with this norm (text.ts), so phrases can say
 * "click the {quote} button" while the quoted words themselves match nothing. No real token has it.
 */
export const QUOTE_NORM = '\u0000quote';

export interface Token {
  norm: string;
  start: number;
  end: number;
  kind: Kind;
}

/**
 * The index of the last token of `tokens` (in text order) starting at or before UTF-16 offset `at`; -1 when every
 * token starts after it. A binary search: O(log n). Shared by the address finder (the token an address starts at)
 * and the typing memo (the token a name question was asked at).
 */
export function lastTokenFrom(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const PUNCT = '.,!?;:()/&@#+=%$*^<>[]|';
const NON_ASCII_PUNCT = new Set(['€', '£', '…', '¡', '¿', '→', '›', '»']);
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_DIGIT = /\p{Nd}/u;

/** Class of an invisible (whitespace.ts): part of a word it sits inside, a separator elsewhere. */
const INVISIBLE = 4;

// ASCII classes in a table: 1 word, 2 number, 3 punctuation, 4 invisible, 0 separator.
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[a-zA-Z]/.test(ch) ? 1 : /[0-9]/.test(ch) ? 2 : PUNCT.includes(ch) ? 3 : isInvisible(c) ? INVISIBLE : 0;
}

/**
 * Classes of the BMP code units outside ASCII, each worked out once by `classAt` (Unicode property
 * tests) and then kept: 0 not read yet, else the class + 1. A draft's curly quotes, dashes, emoji
 * variation selectors and accented letters then cost one array read each, as ASCII does.
 */
const WIDE = new Uint8Array(0x10000);

/**
 * 1 word, 2 number, 3 punctuation, 4 invisible, 0 separator (spaces, hyphens, quotes, emoji). A
 * character outside the Basic Multilingual Plane is read from its high surrogate (two code units):
 * a mathematical letter or digit (U+1D400–U+1D7FF) is a word or number character, the rest separate.
 */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c]!;
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c !== 0xd835) return 0; // emoji and the like; U+1D400–U+1D7FF all have the high surrogate D835
    const low = text.charCodeAt(i + 1);
    if (low < 0xdc00 || low > 0xdfff) return 0;
    const ch = text.slice(i, i + 2);
    return NON_ASCII_LETTER.test(ch) ? 1 : NON_ASCII_DIGIT.test(ch) ? 2 : 0;
  }
  const known = WIDE[c];
  if (known) return known - 1;
  const ch = text[i]!;
  const kind = NON_ASCII_LETTER.test(ch) ? 1 : NON_ASCII_DIGIT.test(ch) ? 2 : NON_ASCII_PUNCT.has(ch) ? 3 : isInvisible(c) ? INVISIBLE : 0;
  WIDE[c] = kind + 1;
  return kind;
}

/** Code units of the character at `i`: 2 for a mathematical letter or digit (a surrogate pair), else 1. */
const widthAt = (text: string, i: number) => (text.charCodeAt(i) === 0xd835 ? 2 : 1);

/** Class of the character that ends at `i` (exclusive), reading a surrogate pair whole. */
const classBefore = (text: string, i: number) => classAt(text, charStartBefore(text, i));

/**
 * Whether the UTF-16 code unit `c` is an apostrophe as the tokenizer reads one: the straight "'", the
 * right and left single quotation marks (’ ‘) and the modifier letter apostrophe (ʼ).
 */
export const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc;

/** Every apostrophe but the straight one (see {@link isApostrophe}); keep the two in step. */
const OTHER_APOSTROPHES = /[\u2019\u2018\u02bc]/g;

/**
 * `text` with every apostrophe {@link isApostrophe} accepts written as a straight "'" (same length,
 * so offsets hold): "don’t" → "don't". For comparing a word with a list written with "'".
 */
export function foldApostrophes(text: string): string {
  return text.replace(OTHER_APOSTROPHES, "'");
}

/**
 * A word as written with what the tokenizer looks through: invisibles inside it dropped and
 * compatibility letters folded (NFKC), case kept: "𝐀𝐧𝐧𝐚" and "An\u200Bna" → "Anna".
 */
export function foldWord(word: string): string {
  return /[^\x20-\x7e]/.test(word) ? dropInvisibles(word).normalize('NFKC') : word;
}

/**
 * Contractions written without their apostrophe, as customers and agents type them in a hurry ("dont",
 * "cant", "im", "thats"), split as the written form is ("don" + "'t", "i" + "'m"), so a phrase that says
 * "don't" or "I'm" reads both spellings and a negation is a negation either way. Only forms that are not
 * also common English words: "its", "well", "were", "ill", "id", "hell", "shell", "wed" and "lets" stay whole;
 * "cant" (jargon) and "wont" (a habit) are too rare in support text to matter.
 * Value: the length of the head ("dont" → 3: "don" + "'t").
 */
const BARE_CONTRACTION = new Map<string, number>([
  ...['dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt', 'couldnt', 'shouldnt', 'wouldnt', 'mustnt', 'neednt', 'cant', 'wont', 'aint'].map(
    (w): [string, number] => [w, w.length - 1],
  ),
  ['im', 1],
  ['ive', 1],
  ['youre', 3],
  ['youve', 3],
  ['youll', 3],
  ['theyre', 4],
  ['theyve', 4],
  ['theyll', 4],
  ['weve', 2],
  ['thats', 4],
  ['whats', 4],
  ['theres', 5],
  ['wheres', 5],
]);

/**
 * Whether the apostrophe at `i` joins a one-letter particle to a capitalised name, as Irish, Italian and French names
 * write an elided "of" ("O'Neil", "D'Angelo", "d'Artagnan"): a capital and a lower-case letter after it. The letter
 * before it is the caller's one-letter word; "I'm", "I'LL" and "o'clock" stay split as contractions are.
 */
function elidedParticleAt(text: string, i: number, to: number): boolean {
  return i + 2 < to && isApostrophe(text.charCodeAt(i)) && /^\p{Lu}\p{Ll}/u.test(text.slice(i + 1, i + 3));
}

/**
 * Whether the hyphen at `i` joins the one-letter word at `start` to the word after it as the prefix "e-" ("e-mail",
 * "E-Mail", "e-commerce", "e-receipt"), which is written closed as often ("email"): the two spellings are one word, so
 * a phrase that says "email" reads "e-mail" and a pack need not list both. Other one-letter words before a hyphen
 * ("T-Mobile", "X-ray", "A-Z") stay split, as every other hyphenated word does.
 */
function ePrefixAt(text: string, start: number, i: number, to: number): boolean {
  return i + 1 < to && text.charCodeAt(i) === 45 && (text.charCodeAt(start) | 32) === 101 && classAt(text, i + 1) === 1;
}

/**
 * `phrase`: a leading apostrophe starts a contraction token ("'ll" written on its own). A contraction
 * written without its apostrophe (BARE_CONTRACTION: "dont", "im") is two tokens as if it had one: the
 * head's span is its letters, the tail's ("'t", norm with the apostrophe) the rest of the word.
 */
export function tokenize(text: string, from = 0, to = text.length, phrase = false): Token[] {
  const out: Token[] = [];
  // Lower-case once; per-token slices of it are cheap. Rare characters change length when
  // lower-cased, and then each token is lower-cased on its own.
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  let i = from;
  while (i < to) {
    let kind = classAt(text, i);
    const start = i;
    if (kind === 0 && isApostrophe(text.charCodeAt(i))) {
      // An apostrophe right after a letter and before one starts a contraction: I'll, don't.
      const after = i + 1 < to ? classAt(text, i + 1) : 0;
      if (after === 1 && (i > from ? classBefore(text, i) === 1 : phrase)) {
        kind = 1;
        i++;
      }
    }
    if (kind === 1 || kind === 2) {
      // `rare`: the token holds an invisible or a character at or above U+2100 (letterlike symbols,
      // ligatures, fullwidth and mathematical letters), so its norm needs a second look.
      let rare = text.charCodeAt(i) >= 0x2100;
      // `joined`: the token is "e-" and a word (ePrefixAt); its norm drops the hyphen.
      let joined = false;
      i += widthAt(text, i);
      for (;;) {
        if (i >= to) break;
        const k = classAt(text, i);
        if (k === kind) {
          if (text.charCodeAt(i) >= 0x2100) rare = true;
          i += widthAt(text, i);
          continue;
        }
        if (k === 3 && kind === 1 && text.charCodeAt(i) === 38 && i + 1 < to && classAt(text, i + 1) === 1) {
          // "&" between two letters is part of the word (Q&A, AT&T, R&D), so a phrase's "..." gap reads
          // through it; "&" with a space or digit beside it ("you & me", "1&2") stays punctuation.
          i++;
          continue;
        }
        if (k === 0 && kind === 1 && i - start === 1 && elidedParticleAt(text, i, to)) {
          i++;
          continue;
        }
        if (k === 0 && kind === 1 && i - start === 1 && ePrefixAt(text, start, i, to)) {
          joined = true;
          i++;
          continue;
        }
        if (k !== INVISIBLE) break;
        // Invisibles followed by more of the word are part of it; trailing ones are not.
        let j = i + 1;
        while (j < to && classAt(text, j) === INVISIBLE) j++;
        if (j >= to || classAt(text, j) !== kind) break;
        rare = true;
        i = j;
      }
      let norm = sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
      if (rare) norm = foldWord(norm).toLowerCase();
      if (joined) norm = norm[0]! + norm.slice(2);
      if (norm.charCodeAt(0) !== 39 && isApostrophe(norm.charCodeAt(0))) norm = "'" + norm.slice(1);
      const head = kind === 1 && !rare ? BARE_CONTRACTION.get(norm) : undefined;
      if (head !== undefined && i - start === norm.length) {
        out.push({ norm: norm.slice(0, head), start, end: start + head, kind: TOKEN_WORD });
        out.push({ norm: "'" + norm.slice(head), start: start + head, end: i, kind: TOKEN_WORD });
        continue;
      }
      out.push({ norm, start, end: i, kind: kind as Kind });
      continue;
    }
    if (kind === 3) out.push({ norm: text[i]!, start, end: i + 1, kind: TOKEN_PUNCT });
    i++;
  }
  return out;
}
