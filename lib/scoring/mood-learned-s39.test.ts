// Session 39: the learned mood models' word input (mood-learned.ts moodWordFeatures) and the learned upset reading.
// The trainer's CV chose no upset model this session (scripts/train-mood.ts MOOD_SETTINGS), so the reading is tested
// with a hand-made model here; the shipped UPSET_MODEL is empty and adds nothing.
// Rulings applied: RULINGS U1 (upset needs an affect marker — a judgement, a feeling, a raised voice; a calm list
// of failures is not upset) and LABELING customer_upset. The lexicon is VADER (Hutto & Gilbert 2014, MIT).
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { learnedUpset, moodWordFeatures } from './mood-learned';
import { analyse } from './text';

const words = (m: string) => moodWordFeatures(analyse(m)).values;

describe('the word input reads each word by its base form and its VADER class (moodWordFeatures)', () => {
  it('a negator before a word in its clause negates it and flips its class; "but" or a comma ends the scope', () => {
    expect(words('The new layout is not good.')).toMatchObject({ 'n:good': 1, 'lex:pos1': 0 });
    expect(words('The new layout is not good.')['lex:neg1']).toBeGreaterThan(0);
    expect(words('It is not fast, but I love the colours.')).toMatchObject({ 'w:love': 1 });
    expect(words('It is not fast, but I love the colours.')['lex:pos2']).toBeGreaterThan(0);
  });
  it('words of a fault are counted apart from the customer\'s judgement (U1: a calm list of failures)', () => {
    const f = words('The sync failed twice with an error and the upload is stuck.');
    expect(f['lex:fault']).toBeGreaterThan(0);
    expect(f).toMatchObject({ 'lex:neg1': 0, 'lex:neg2': 0 });
  });
  it('an intensifier, capitals or "!" on a negative word are features of their own', () => {
    expect(words('Honestly I am really disappointed with this.')).toMatchObject({ 'lex:intneg': 1, 'w:disappoint': 1 });
    expect(words('The checkout page is HORRIBLE now.')).toMatchObject({ 'lex:capsneg': 1 });
    expect(words('Your billing is a joke and a disgrace!')).toMatchObject({ 'lex:bangneg': 1 });
    expect(words('The billing page is a disgrace.')['lex:bangneg']).toBeUndefined();
  });
});

describe('a learned upset model adds upset where no cue found it, showing the word that weighs most (learnedUpset)', () => {
  // A hand-made model, so the reading is tested apart from what the trainer ships: an intensified negative word.
  const model = { features: ['lex:intneg', 'lex:fault'], weights: [6, -1], bias: -3, threshold: 0.5, l2: 10 };
  it('reads the message through the model and shows the span of the feature that adds most', () => {
    const m = 'To be honest I am really disappointed with the new plan.';
    const span = learnedUpset(analyse(m), model);
    expect(span && m.slice(span.start, span.end)).toBe('really disappointed');
    expect(learnedUpset(analyse('The new plan started today and the export failed once.'), model)).toBeUndefined();
  });
  it('an untrained model (no features) adds nothing', () => {
    expect(learnedUpset(analyse('To be honest I am really disappointed with the new plan.'), { ...model, features: [], weights: [] })).toBeUndefined();
  });
});
