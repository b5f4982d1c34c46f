// Session 32 (speed): changes that make scoring cheaper and must leave every answer as it was.
// 1. nameAcceptor keeps the newest string object of a draft it already read (a re-scored draft is a new
//    string with the same characters), so later compares in the scan are identity checks.
import { describe, expect, it } from 'vitest';
import { englishWords, nameAcceptor, NameSlot } from './names';

const common = englishWords(new Set(['thanks', 'order']));

describe('nameAcceptor and a draft scored again as a new string', () => {
  it('gives the same answers for an equal text in a fresh string object, and reads the next text afresh', () => {
    const accept = nameAcceptor(undefined, common);
    const text = 'Hi Maria, thanks for writing. Zorvath from billing will call you.';
    // The same characters, built anew (as plainSpaces/analyse do on every score).
    const again = [...text].join('');
    const maria = text.indexOf('Maria');
    const zorvath = text.indexOf('Zorvath');
    expect(accept('Maria', NameSlot.Given, text, maria)).toBe(true);
    expect(accept('Zorvath', NameSlot.Given, text, zorvath)).toBe(false);
    expect(accept('Maria', NameSlot.Given, again, maria)).toBe(true);
    expect(accept('Zorvath', NameSlot.Given, again, zorvath)).toBe(false);
    expect(accept('Zorvath', NameSlot.Loose, again, zorvath)).toBe(true);
    // Another draft with another word at Maria's place: not the answer kept for "Maria".
    const other = 'Hi Order, thanks for writing. Zorvath from billing will call you.';
    expect(accept('Order', NameSlot.Given, other, maria)).toBe(false);
  });
});
