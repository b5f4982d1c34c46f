// Shapes of the phonetic helper. Pure data: the side panel, the CLI and tests share them.

export const ALPHABET_IDS = ['icao', 'din5009', 'italian'] as const;
export type AlphabetId = (typeof ALPHABET_IDS)[number];

/** `plain`: ordinary number words; `icao`: the radiotelephony style (ICAO "Niner", German "Zwo"). */
export type DigitStyle = 'plain' | 'icao';

/** `auto` marks case only when the input mixes upper and lower case (passwords, keys). */
export type CaseMarking = 'auto' | 'always' | 'never';

export type CharKind = 'letter' | 'digit' | 'symbol' | 'space' | 'other';

export interface SpelledChar {
  char: string;
  /** What to say for this character, without the case word. */
  words: string[];
  kind: CharKind;
  /** Present only when the case must be said aloud. */
  case?: 'upper' | 'lower';
}

export interface SpellOptions {
  alphabet?: AlphabetId;
  digits?: DigitStyle;
  markCase?: CaseMarking;
  /** Longest run of letters/digits read in one breath; 4 unless told. */
  groupSize?: number;
}

export interface SpellResult {
  input: string;
  alphabet: AlphabetId;
  /** Characters grouped for reading aloud: short runs, symbols and spaces on their own. */
  groups: SpelledChar[][];
}

/** Words for one alphabet in its own language. */
export interface Alphabet {
  id: AlphabetId;
  label: string;
  /** BCP 47 tag for speech synthesis. */
  lang: string;
  /** Upper-case letter → word. Extra entries (umlauts, ß) sit beside A–Z. */
  letters: Readonly<Record<string, string>>;
  digits: Readonly<Record<DigitStyle, readonly string[]>>;
  caseWords: { upper: string; lower: string; position: 'before' | 'after' };
  /** Names of combining marks, for accented letters the table lacks ("Echo acute"). */
  marks: Readonly<Record<string, string>>;
  /** Said before a code point for a character that has no name. */
  codePointWord: string;
  /** Column of the shared symbol-name table. */
  symbolColumn: 0 | 1 | 2;
}

export type SpellWorthyKind =
  | 'email'
  | 'url'
  | 'ticket'
  | 'order'
  | 'serial'
  | 'password'
  | 'phone'
  | 'code';

export interface SpellWorthyToken {
  token: string;
  kind: SpellWorthyKind;
  /** Offsets (UTF-16 code units) into the scanned text; `end` is exclusive. */
  start: number;
  end: number;
}

/** For settings and packs stored as plain strings: only the ids above select an alphabet. */
export function isAlphabetId(value: unknown): value is AlphabetId {
  return typeof value === 'string' && (ALPHABET_IDS as readonly string[]).includes(value);
}
