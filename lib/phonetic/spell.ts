import { ALPHABETS } from './alphabets/index';
import { groupChars } from './group';
import { hasCase, spellChar } from './spell-char';
import type { CaseMarking, SpellOptions, SpellResult } from './types';

const DEFAULT_GROUP_SIZE = 4;

function mixesCase(chars: string[]): boolean {
  const cased = chars.filter(hasCase);
  return cased.some((c) => c === c.toUpperCase()) && cased.some((c) => c === c.toLowerCase());
}

function shouldMarkCase(mode: CaseMarking, chars: string[]): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  return mixesCase(chars);
}

/** Spells `input` for a phone call, grouped for reading aloud. */
export function spell(input: string, options: SpellOptions = {}): SpellResult {
  const alphabetId = options.alphabet ?? 'icao';
  const alphabet = ALPHABETS[alphabetId];
  // NFC first so "e" + combining accent is one letter, as the reader sees it.
  const chars = Array.from(input.normalize('NFC'));
  const markCase = shouldMarkCase(options.markCase ?? 'auto', chars);
  const spelled = chars.map((char) => {
    const out = spellChar(alphabet, char, options.digits ?? 'plain');
    if (markCase && out.kind === 'letter' && hasCase(char)) {
      out.case = char === char.toUpperCase() ? 'upper' : 'lower';
    }
    return out;
  });
  const size = Math.max(1, Math.floor(options.groupSize ?? DEFAULT_GROUP_SIZE));
  return { input, alphabet: alphabetId, groups: groupChars(spelled, size) };
}
