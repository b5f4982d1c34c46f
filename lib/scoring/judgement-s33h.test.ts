// Session 33 (mood2), customer_hurry and the readings under it (RULINGS H1: a near time, an overdue wait or a blocked need).
//   1. One past-form test (inflect.ts isPastForm) for mood-dated.ts (a dated act told in the past) and actions.ts (the
//      participle after "I've"): irregular forms, strong participles, a regular "-ed" past as verbForms spells it, and
//      no "-ed" word whose base would end in a consonant and "r"/"re" ("hundred", "hatred").
// Every sentence written for this test (never corpus rows).
import { describe, expect, it } from 'vitest';
import { isActionPast } from './actions';
import { isPastForm } from './inflect';
import { hurried, unhurried } from './test/mood-cases';

describe('isPastForm: one reading of a past tense or participle', () => {
  it.each(['paid', 'sent', 'became', 'returned', 'stopped', 'carried', 'agreed', 'guaranteed', 'broken', 'stuck', 'rang', 'double-checked', 'led'])(
    '%s is a past form',
    (w) => expect(isPastForm(w)).toBe(true),
  );
  it.each(['need', 'speed', 'hundred', 'hatred', 'sacred', 'kindred', 'open', 'token', 'red', 'bed', 'comed'])('%s is none', (w) =>
    expect(isPastForm(w)).toBe(false),
  );
  it('a past that is its verb’s base too counts only when the reader allows a present', () => {
    for (const w of ['put', 'come', 'cut', 'read', 'split']) {
      expect(isPastForm(w), w).toBe(true);
      expect(isPastForm(w, false), w).toBe(false);
    }
    expect(isPastForm('Paid', false)).toBe(true);
  });
});

describe('the two readers that share it', () => {
  it('the participle after “I’ve”: an action past, not a number word or a talk verb', () => {
    for (const w of ['freed', 'guaranteed', 'unfrozen', 're-routed', 'overwritten']) expect(isActionPast(w), w).toBe(true);
    for (const w of ['hundred', 'said', 'unsaid', 'rewritten', 'agreed']) expect(isActionPast(w), w).toBe(false);
  });
  it('a dated act: a strong participle is past, a number word before the day is not', () => {
    hurried('Card stolen on 4 March and the replacement never came.');
    hurried('Screen broken on 2 June, still no repair.');
    unhurried('A hundred on 3 May is what the plan costs, not yet sure which I want.');
  });
});
