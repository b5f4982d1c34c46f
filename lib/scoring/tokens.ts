// One tokenizer for drafts and for phrases, so both sides agree on what a word is: lower-cased
// words and numbers, contractions split off ("I'll" → i + 'll, with ’ read as '), and punctuation
// as one-character tokens. Hyphens, dashes, quotes, spaces and emoji separate tokens and vanish,
// so "follow-up" matches "follow up".

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

const PUNCT = '.,!?;:()/&@#+=%$*^<>[]|';
const NON_ASCII_PUNCT = new Set(['€', '£', '…', '¡', '¿', '→', '›', '»']);
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_DIGIT = /\p{Nd}/u;

// ASCII classes in a table: 1 word, 2 number, 3 punctuation, 0 separator.
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[a-zA-Z]/.test(ch) ? 1 : /[0-9]/.test(ch) ? 2 : PUNCT.includes(ch) ? 3 : 0;
}

/** 1 word, 2 number, 3 punctuation, 0 separator (spaces, hyphens, quotes, emoji). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c]!;
  if (c >= 0xd800 && c <= 0xdfff) return 0; // astral: emoji and the like
  const ch = text[i]!;
  if (NON_ASCII_LETTER.test(ch)) return 1;
  if (NON_ASCII_DIGIT.test(ch)) return 2;
  return NON_ASCII_PUNCT.has(ch) ? 3 : 0;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc;

/** `phrase`: a leading apostrophe starts a contraction token ("'ll" written on its own). */
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
      if (after === 1 && (i > from ? classAt(text, i - 1) === 1 : phrase)) {
        kind = 1;
        i++;
      }
    }
    if (kind === 1 || kind === 2) {
      i++;
      while (i < to && classAt(text, i) === kind) i++;
      let norm = sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
      if (norm.charCodeAt(0) !== 39 && isApostrophe(norm.charCodeAt(0))) norm = "'" + norm.slice(1);
      out.push({ norm, start, end: i, kind: kind as Kind });
      continue;
    }
    if (kind === 3) out.push({ norm: text[i]!, start, end: i + 1, kind: TOKEN_PUNCT });
    i++;
  }
  return out;
}
