// Session 22b (issue 14, customer_upset): the English lexicon kept off a German message ("Die App …": "die"
// is no verdict). Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { readsAsGerman } from './mood-sentiment';
import { calm } from './test/mood-cases';

describe('a German message is not read with the English lexicon', () => {
  it('keeps a calm German fault report calm', () => {
    calm('Die App stürzt seit dem Update ständig ab.');
    calm('Die Synchronisation war gestern kaputt, heute geht sie wieder.');
  });
  it('tells German from English by its words', () => {
    expect(readsAsGerman('Die Seite lädt nicht, können Sie helfen?')).toBe(true);
    expect(readsAsGerman('I don’t want my battery to die on the trip.')).toBe(false);
    expect(readsAsGerman('The app is useless, the war on bugs is lost.')).toBe(false);
  });
  it('reads a 400,000-letter word quickly (a marker word is read from its start, not from every letter)', () => {
    const t0 = performance.now();
    expect(readsAsGerman('a'.repeat(400_000))).toBe(false);
    expect(readsAsGerman(`${'ü'.repeat(400_000)} und die`)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
