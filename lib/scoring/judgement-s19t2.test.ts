// Session 19 round 2 (tester): forum user names (corpus-extra ruling R-C3). Sentences and handles written for these
// tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { handleWithoutGivenName } from './name-context';
import { isGivenName } from './names';
import { signalCases } from './test/signal-cases';

signalCases(
  'a forum user name that holds no given name is a greeting without personalization (R-C3)',
  'personalization',
  [
    'Hi Marta_88, the patch is in the next build.',
    'Hi Andre4, the overlay now starts with the game.',
    'Hello Priya, the refund went out today.',
    'Thanks, Jonas. The log shows the crash.',
  ],
  [
    'Hi Zorbix77, the patch is in the next build.',
    'Hello Mad_Pilot, the overlay now starts with the game.',
    'Hey Quillfen_2, could you send us your launch log?',
    'Thank you Frost.byte, that log was helpful.',
  ],
);

signalCases(
  "a given name inside a place's or saint's name is nobody's name",
  'personalization',
  ['Hi Paula, the Santa Monica store has it.'],
  ['The game is set in San Andreas.', 'We also ship to St. Helena.', 'Our office in Fort William opens at nine.'],
);

describe('handleWithoutGivenName', () => {
  const at = (text: string, word: string) => {
    const i = text.indexOf(word);
    return handleWithoutGivenName(text, i, i + word.length, isGivenName);
  };
  it('takes a word run on into digits, "_" or an inner dot as a handle unless it opens with a given name', () => {
    expect(at('Hi Zorbix77, thanks', 'Zorbix')).toBe(true);
    expect(at('Hi Mad_Pilot, thanks', 'Mad')).toBe(true);
    expect(at('Hi Andre4, thanks', 'Andre')).toBe(false);
    expect(at('Hi niko.goetze, thanks', 'niko')).toBe(false);
  });
  it('leaves a plain word and a sentence end without a space alone', () => {
    expect(at('Hi Zorbix, thanks', 'Zorbix')).toBe(false);
    expect(at('Thanks Zorbix.The fix is live', 'Zorbix')).toBe(false);
  });
});
