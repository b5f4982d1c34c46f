// Session 45 (judge-m, mood): customer upset.
// - Thanks and praise addressed to the helper are politeness, not a balanced review (mood-thanks.ts; RULINGS U1, R-G1):
//   "Thanks so much, you're great! The replacement is not good either." is a complaint with manners, so its withheld
//   praise stays upset; a review that praises the product or the stay itself ("thanks for a lovely stay", "the staff
//   were friendly", "the app is great") still outweighs a reservation.
// - A trouble made small by a word of size set right before it is a hedged judgement (R-G1; mood-target.ts MINIMIZER):
//   "only slight annoyances", "the odd inconvenience with…" are calm; "a huge inconvenience", "a small but
//   infuriating bug", and a word of when ("an initial annoyance", "a temporary annoyance") stay upset.
// - A self-judgement in a noun phrase ending "like me" ("silly clueless noobs like me") is the customer judging
//   themselves, not the company (U1; mood.ts likeMe); "idiots like you" stays upset, and so does an insult whose noun
//   phrase ends before "like me" at a staff or thing noun or a verb ("your incompetent staff ignore customers like me").
// - Hurry (H1, the customer's own clock): "for <time>" after a verb of staying or paying is a stay's length or a
//   price's period ("we slept there for two nights", "I paid 80 euros for a week"; mood-stakes.ts visitOrRate); "been
//   waiting for 3 days", "charged for 3 months and still no refund", and "stayed" meaning waited ("stayed on the line
//   for 2 hours", "stayed in the lobby for 3 hours waiting") stay hurry.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { addressedThanksClause } from './mood-thanks';
import { rawValence } from './mood-sentiment';
import { visitOrRate } from './mood-stakes';
import { analyse } from './text';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('thanks to the helper does not make a complaint a balanced review', () => {
  it.each([
    'Thank you so much for your help, you guys are wonderful and I really appreciate it! Sadly the new headset is not good either.',
    'Thanks so much, you are amazing, really appreciate the help!! Unfortunately the replacement kettle is not very good either.',
    'Thank you, you have been super helpful and kind. The second unit is not good either.',
    'Many thanks for the quick reply, your support team is brilliant. The new firmware is still not great, the fan is loud.',
  ])('%s', (m) => expect(mood(m).upset).toBe(true));
  it.each([
    'Thank you for a wonderful stay, the rooms were lovely and the pool was great. The breakfast was not very good, but we will be back.',
    'Thanks for the quick reply! The app is great and I love the new widgets, the dark mode is not perfect yet but I recommend it.',
    'Lovely rooms and a great pool, the staff were friendly. The breakfast was not very good. Would stay again.',
    // fix45 finding 4: "time", "update" and "support and the room" also name what the stay or the product gave
    'Thank you for a wonderful time at the resort, the staff were lovely. The breakfast was not very good.',
    'Thanks for the great update, the new design is lovely and fast. The search is not very good yet.',
    'Thanks for the great support and the lovely room, the views were amazing. The breakfast was not good.',
    'Thanks for a fun time with the app, the lessons are lovely and clear. The voice is not very good.',
  ])('%s', (m) => expect(mood(m).upset).toBe(false));
});

describe('which clauses are thanks addressed to the helper', () => {
  const addressed = (c: string) => addressedThanksClause(c, rawValence);
  it.each(['Thanks so much', 'thank you for all your help', 'you guys are amazing', 'I really appreciate it', 'much appreciated', 'your support team was brilliant', 'thanks for your time', 'thank you for taking the time', 'thanks for your quick fix'])(
    'addressed: %s',
    (c) => expect(addressed(c)).toBe(true),
  );
  it.each(['Thank you for a wonderful stay', 'thanks for nothing', 'the staff were lovely', 'you are not helpful at all', 'the app is great', 'Thank you for a wonderful time at the resort', 'Thanks for the great update'])(
    'not addressed: %s',
    (c) => expect(addressed(c)).toBe(false),
  );
});

describe('a trouble sized small is a hedged judgement (R-G1)', () => {
  it.each([
    'Lovely app, there are a few bugs but only slight annoyances and they vanish after a restart.',
    'Nice apartment, the odd inconvenience with the slow lift is made up for by the kind host.',
  ])('%s', (m) => expect(mood(m).upset).toBe(false));
  it.each([
    'Honestly a huge inconvenience, the lift was broken for three days.',
    'This is a small but infuriating bug, it eats my saves.',
    // fix45 finding 5: "initial" and "temporary" say when, not how big; "an odd" is strange, not occasional
    'We had an initial annoyance with the keys, nobody came for an hour.',
    'It is a temporary annoyance, but it happens every single morning.',
    'What an odd annoyance, the lights flicker all night.',
  ])('%s', (m) => expect(mood(m).upset).toBe(true));
});

describe('a self-judgement ending "like me" is not upset at the company (U1)', () => {
  it.each([
    'You probably hear from silly clueless noobs like me every week, but can the planner print to PDF?',
    'Sorry for the question from a clueless beginner like me, how do I reset the router?',
    'Apologies, hopeless users like us never find the settings, where is the export button?',
  ])('%s', (m) => expect(mood(m).upset).toBe(false));
  it.each([
    'Your support is run by idiots like you who never read the ticket.',
    'Stupid app, it crashed again and lost my notes.',
    // fix45 finding 1: the insult is aimed at the company's staff, policy or app; "like me" names its victims
    'Your incompetent staff ignore customers like me.',
    'Your idiot staff treated people like us terribly.',
    'Your dumb policy punishes customers like me.',
    'Stupid app, useless for people like me.',
    'Your lazy agents hang up on customers like me.',
  ])('%s', (m) => expect(mood(m).upset).toBe(true));
});

describe('a stay or a price "for <time>" is no hurry (H1)', () => {
  it.each([
    'Not worth it. We slept there for two nights and the housekeeping was awful.',
    'The guide is rude. I paid 80 euros for a week and they gave us one map.',
    'We stayed at the lodge for 2 nights, the beds were hard.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
  it.each([
    'I have been waiting for 3 days for my refund, please hurry.',
    "I've been charged for 3 months and still no refund, fix it now.",
    // fix45 finding 2: "stayed" meaning waited — on the line, in the lobby, or waiting told after "for <time>"
    'I stayed on the line for 2 hours and nobody picked up.',
    'We stayed in the lobby for 3 hours waiting for our room.',
    'I stayed on hold for 40 minutes before the call dropped.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});

describe('which "for <time>" follows a verb of staying or paying (visitOrRate)', () => {
  /** visitOrRate on the "for <time>" span `at` (its first occurrence) of `m`. */
  const read = (m: string, at: string) => {
    const view = analyse(m);
    const start = view.scan.indexOf(at);
    return visitOrRate(view, { start, end: start + at.length });
  };
  it.each([
    ['Not worth it. We slept there for two nights and the housekeeping was awful.', 'for two nights'],
    ['The guide is rude. I paid 80 euros for a week and they gave us one map.', 'for a week'],
    ['We stayed at the lodge for 2 nights, the beds were hard.', 'for 2 nights'],
  ])('a stay or a price: %s', (m, at) => expect(read(m, at)).toBe(true));
  it.each([
    ['I stayed on the line for 2 hours and nobody picked up.', 'for 2 hours'],
    ['We stayed in the lobby for 3 hours waiting for our room.', 'for 3 hours'],
    ['I stayed on hold for 40 minutes before the call dropped.', 'for 40 minutes'],
    ["I've been charged for 3 months and still no refund.", 'for 3 months'],
  ])('a wait: %s', (m, at) => expect(read(m, at)).toBe(false));
});
