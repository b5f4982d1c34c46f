// Session 34, lead: the British doubled "-l" forms come from one place (inflect.ts verbForms), so every reader that
// inflects a verb or asks whether a word is a past form knows "cancelled", "travelled", "labelled" as well as the US
// spelling. Before, only the slip reading of clause-reading.ts knew "cancelled", by a word added to its own list.
import { describe, expect, it } from 'vitest';
import { formsOf, isPastForm, verbForms } from './inflect';
import { shows } from './test/signal-cases';

describe('British doubled -l forms', () => {
  it.each([
    ['cancel', 'cancelled', 'cancelling'],
    ['travel', 'travelled', 'travelling'],
    ['label', 'labelled', 'labelling'],
    ['dial', 'dialled', 'dialling'],
    ['fuel', 'fuelled', 'fuelling'],
  ])('%s has both spellings, US first', (verb, past, ing) => {
    const f = verbForms(verb);
    expect(f.past).toEqual([past.replace('ll', 'l'), past]);
    expect(f.ing).toEqual([ing.replace('ll', 'l'), ing]);
    expect(isPastForm(past)).toBe(true);
  });

  it.each(['appeal', 'feel', 'email', 'install', 'control', 'patrol'])('%s keeps one past form', (verb) => {
    expect(verbForms(verb).past).toHaveLength(1);
  });

  it('phrasal verbs get both too', () => {
    expect(formsOf(['cancel out'], ['past'])).toEqual(['canceled out', 'cancelled out']);
  });

  it('a repair of the wrong thing in British spelling is no slip of ours', () => {
    // the slip reading (clause-reading.ts REPAIR) takes the British past from verbForms now
    expect(shows('ownership', 'I cancelled the wrong order for you and placed a new one, it ships tomorrow.')).toBe(
      shows('ownership', 'I canceled the wrong order for you and placed a new one, it ships tomorrow.'),
    );
  });
});
