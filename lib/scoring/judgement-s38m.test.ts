// Session 38 (mood). Two readings, each the general rule of a ruling; every message here was written for these tests,
// none is a corpus row.
//  - RULINGS U1 (emotion and evaluative words mark upset) and corpus-extra R-G1 (a review's unhedged verdict): an affect
//    word typed with a doubled letter dropped or added ("dissapointed", "anoying", "horible", "recomend") reads as the
//    word meant (mood-spelling.ts); real words that share its skeleton ("smoother", "hopping", "scarred") and names stay.
//  - RULINGS U1 (accusing words are about the company) and R-G1 (a hedged judgement is not upset): "loot" as a game's
//    items ("good loot", "loot boxes") accuses nobody, and a recommendation withheld only under a condition ("would not
//    recommend if you do not have a good PC") is hedged; "looting us" and "would not recommend this to anyone" still flag.
//  - corpus-extra R-SA1 and R-U2: "takes forever" in the present simple with no length describes how the service usually
//    is; it is hurry only with something still owed or open ("… and I still have nothing"), as "took forever" already was.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { meantAffectWord, skeleton } from './mood-spelling';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('an affect word with a doubled letter dropped or added reads as the word meant (U1, R-G1)', () => {
  it.each([
    'Honestly I am really dissapointed with what the last patch did to the servers.',
    'The new ad after every level is so anoying.',
    'Horible customer service, nobody answered my ticket.',
    'Sorry but I cant recomend this to anyone right now.',
    'What an embarassing launch for a paid product.',
    'Absolutely terrrible update.',
  ])('%s', (m) => expect(mood(m).upset).toBe(true));
});

describe('real words and names that share a skeleton with an affect word are read as written', () => {
  it.each([
    'Scrolling is much smoother since the update, thanks.',
    'I am hopping on a train now, will test it tonight at home.',
    'My friend Brooke set it up for me and it works.',
  ])('%s', (m) => expect(mood(m).upset).toBe(false));
  it('folds by doubling only, into a strong affect word', () => {
    expect(skeleton('dissapointed')).toBe(skeleton('disappointed'));
    expect(meantAffectWord('dissapointed')).toBe('disappointed');
    expect(meantAffectWord('smoother')).toBeUndefined();
    expect(meantAffectWord('disappointed')).toBeUndefined();
    expect(meantAffectWord('frustated')).toBeUndefined();
  });
});

describe('"takes forever" in the present simple with nothing owed is how the service is, not hurry (R-SA1, R-U2)', () => {
  it.each([
    'Your chat agents take forever to answer, it is always like this.',
    'The checkout page takes ages on weekends.',
    'Booking through the partner site takes too long compared to your app.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
  it.each([
    'My refund takes forever and I still have nothing in my account.',
    'The verification takes ages and the code has not arrived.',
    'The transfer is taking forever.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});

describe('a game\'s loot and a recommendation withheld under a condition are not upset (U1, R-G1)', () => {
  it.each([
    'Fun dungeon crawler with decent loot, the last boss is hard though.',
    'Plenty of loot and the crafting is deep, just the menus are slow.',
    'I would not recommend it unless you have a controller, the keyboard layout is odd.',
    "Wouldn't recommend if your PC is older than five years, it needs a strong GPU.",
  ])('%s', (m) => expect(mood(m).upset).toBe(false));
  it.each([
    'They keep raising prices, they are just looting their users.',
    'I would not recommend this app to anyone.',
    'Easy way to loot money from people.',
  ])('%s', (m) => expect(mood(m).upset).toBe(true));
});
