import type { Alphabet, DigitStyle, SpelledChar } from './types';
import { SPACE_NAMES, SYMBOL_NAMES } from './symbols';

const ASCII_DIGIT = /^[0-9]$/;
const LETTER = /^\p{L}$/u;

function codePoint(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `ß` upper-cases to "SS", so it is looked up as itself. */
function letterKey(char: string): string {
  return char === 'ß' || char === 'ẞ' ? 'ß' : char.toUpperCase();
}

function letterWords(alphabet: Alphabet, char: string): string[] | undefined {
  const direct = alphabet.letters[letterKey(char)];
  if (direct) return [direct];
  // An accented letter the table lacks: say the base letter, then each mark ("Echo acute").
  const [base, ...marks] = Array.from(char.normalize('NFD'));
  const baseWord = base ? alphabet.letters[letterKey(base)] : undefined;
  if (!baseWord || marks.length === 0) return undefined;
  const markWords = marks.map((mark) => alphabet.marks[mark]);
  if (markWords.some((word) => word === undefined)) return undefined;
  return [baseWord, ...(markWords as string[])];
}

export function hasCase(char: string): boolean {
  return char.toUpperCase() !== char.toLowerCase();
}

/** One character (a whole code point) in words; case is decided by the caller. */
export function spellChar(alphabet: Alphabet, char: string, digits: DigitStyle): SpelledChar {
  if (ASCII_DIGIT.test(char)) {
    return { char, kind: 'digit', words: [alphabet.digits[digits][Number(char)] ?? char] };
  }
  const space = SPACE_NAMES[char];
  if (space) return { char, kind: 'space', words: [space[alphabet.symbolColumn]] };
  const symbol = SYMBOL_NAMES[char];
  if (symbol) return { char, kind: 'symbol', words: [symbol[alphabet.symbolColumn]] };
  if (LETTER.test(char)) {
    const words = letterWords(alphabet, char);
    if (words) return { char, kind: 'letter', words };
  }
  // Never drop a character silently: name it by code point so the listener can still type it.
  return { char, kind: 'other', words: [alphabet.codePointWord, codePoint(char)] };
}
