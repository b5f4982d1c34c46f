// One tokenizer for drafts and for phrases, so both sides agree on what a word is: lower-cased
// words and numbers, contractions split off ("I'll" → i + 'll, with ’ read as '), and punctuation
// as one-character tokens. Hyphens, dashes, quotes, spaces and emoji separate tokens and vanish,
// so "follow-up" matches "follow up".

export const enum Kind {
  Word = 1,
  Num = 2,
  Punct = 3,
}

export interface Token {
  norm: string;
  start: number;
  end: number;
  kind: Kind;
}

const PUNCT = new Set(['.', ',', '!', '?', ';', ':', '(', ')', '/', '&', '@', '#', '+', '=', '%', '$', '€', '£', '*', '^', '…', '¡', '¿', '<', '>', '[', ']', '|']);
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_DIGIT = /\p{Nd}/u;

function classOf(c: number, ch: string): Kind | 0 {
  if (c >= 97 && c <= 122) return Kind.Word;
  if (c >= 65 && c <= 90) return Kind.Word;
  if (c >= 48 && c <= 57) return Kind.Num;
  if (c < 128) return 0;
  if (c >= 0xd800 && c <= 0xdfff) return 0; // astral: emoji and the like
  if (NON_ASCII_LETTER.test(ch)) return Kind.Word;
  if (NON_ASCII_DIGIT.test(ch)) return Kind.Num;
  return 0;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc;

/** `phrase`: a leading apostrophe starts a contraction token ("'ll" written on its own). */
export function tokenize(text: string, from = 0, to = text.length, phrase = false): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const ch = text[i]!;
    let kind = classOf(c, ch);
    let start = i;
    // An apostrophe right after a letter and before one starts a contraction: I'll, don't.
    if (kind === 0 && isApostrophe(c) && (i > from ? classOf(text.charCodeAt(i - 1), text[i - 1]!) === Kind.Word : phrase)) {
      const next = i + 1 < to ? classOf(text.charCodeAt(i + 1), text[i + 1]!) : 0;
      if (next === Kind.Word) {
        kind = Kind.Word;
        i++;
      }
    }
    if (kind === Kind.Word || kind === Kind.Num) {
      i++;
      while (i < to && classOf(text.charCodeAt(i), text[i]!) === kind) i++;
      const raw = text.slice(start, i);
      out.push({ norm: (isApostrophe(raw.charCodeAt(0)) ? "'" + raw.slice(1) : raw).toLowerCase(), start, end: i, kind });
      continue;
    }
    if (PUNCT.has(ch)) out.push({ norm: ch, start, end: i + 1, kind: Kind.Punct });
    i++;
  }
  return out;
}
