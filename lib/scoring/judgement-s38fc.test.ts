// Session 38 fixes (mood), from the reviewer's findings 9 and 10; every message here was written for these tests, none is
// a corpus row.
//  - corpus-extra R-G1 (a hedged judgement is not upset) and RULINGS U1 (sarcasm marks upset): "would not recommend …
//    for/unless/if" is a hedge only when it names one group or one condition. Said of anyone or everyone, of "anyone who
//    values their time", or with a sarcastic "unless you enjoy/like/love …", it is the plain verdict and stays upset.
//  - RULINGS U1 (feeling words mark upset) with mood-spelling.ts's doubling fold: every inflected form of a real word that
//    shares a skeleton with an affect word ("scar" → "scarring"/"scaring", "hop" → "hopping"/"hoping") is read as written.
import { describe, expect, it } from 'vitest';
import { calm, upset } from './test/mood-cases';
import { meantAffectWord } from './mood-spelling';

describe('a recommendation withheld from everyone, or with a sarcastic "unless you enjoy", is a verdict (R-G1, U1)', () => {
  it.each([
    'Would not recommend for anyone who values their time.',
    "I wouldn't recommend it unless you enjoy losing your progress every other day.",
    'Would not recommend this app unless you like waiting a week for a reply.',
    "Can't recommend it for everyone, or anybody really, after this update.",
    "Don't recommend this for people who value their sanity.",
    'I would never recommend the game unless you love crashes.',
  ])('%s', (m) => upset(m));
  it.each([
    'Would not recommend if you do not have a good PC, it runs fine on mine.',
    "I wouldn't recommend it unless you have a controller.",
    'I would not recommend this for beginners, the tutorial is thin.',
  ])('%s', (m) => calm(m));
});

describe('inflected forms of real words that share a skeleton with an affect word are read as written (U1)', () => {
  it.each([
    "The scarring on the statue's face in level 2 looks great, how did you paint it?",
    'The scars on the armour look amazing, nice work.',
    'My character keeps hopping when I press shift, is that a setting?',
    'The new cave is smoothest on the medium preset.',
  ])('%s', (m) => calm(m));
  it('folds no inflected form of a listed real word', () => {
    for (const w of ['scar', 'scars', 'scarred', 'scarring', 'hop', 'hops', 'hopped', 'hopping', 'smoother', 'smoothest'])
      expect(meantAffectWord(w), w).toBeUndefined();
  });
  it('still folds a slip of the affect word itself', () => {
    expect(meantAffectWord('horible')).toBe('horrible');
    expect(meantAffectWord('dissapointed')).toBe('disappointed');
  });
});
