import { ALPHABETS } from './alphabets/index';
import type { SpellResult, SpelledChar } from './types';

export interface TextOptions {
  charSeparator?: string;
  groupSeparator?: string;
}

/** The words for one character, with its case word where the alphabet's language puts it. */
export function charText(result: Pick<SpellResult, 'alphabet'>, c: SpelledChar): string {
  const words = c.words.join(' ');
  if (!c.case) return words;
  const { caseWords } = ALPHABETS[result.alphabet];
  const caseWord = c.case === 'upper' ? caseWords.upper : caseWords.lower;
  return caseWords.position === 'before' ? `${caseWord} ${words}` : `${words} ${caseWord}`;
}

/** One readable line for a written reply: "Kilo – capital Bravo / Seven – Two". */
export function toText(result: SpellResult, options: TextOptions = {}): string {
  const charSeparator = options.charSeparator ?? ' – ';
  const groupSeparator = options.groupSeparator ?? ' / ';
  return result.groups
    .map((group) => group.map((c) => charText(result, c)).join(charSeparator))
    .join(groupSeparator);
}

/** Text for speech synthesis: commas between characters, a full stop (a longer pause) per group. */
export function toSpeech(result: SpellResult): string {
  if (result.groups.length === 0) return '';
  return `${result.groups.map((group) => group.map((c) => charText(result, c)).join(', ')).join('. ')}.`;
}
