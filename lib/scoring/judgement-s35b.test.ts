// Session 35 (judge-b), ownership and expectation. Sentences written for these tests (never corpus rows).
//   1. A manner adverb of care between the modal and the step ("we will carefully take it into consideration", "we'll
//      thoroughly check your logs") leaves the step a step on the case: ownership (O1, corpus-extra R-M2). Hedges
//      ("likely") are no such adverb.
//   2. The case taken, brought or relayed to a team or person of ours ("I'll take the issue up with the support lead",
//      "we've taken your feedback to the relevant team"): passing it on (RULINGS O2). Praise relayed is not (O2).
//   3. Improving the game or the players' experience is work for every customer (clause-reading.ts `everyone`), general
//      improvement talk (corpus-extra R-U5), not a step on this case (O1).
//   4. A plan only weighed ("we'll consider changing it in the next version") is a hedged plan, no next event (R-R1, X1);
//      and a time inside a condition of what we can do ("see if it's something we can fix right away") is no promise (X1).
//   5. Noting a report in the passive ("your comments are valuable and will be considered", "your feedback has
//      been noted"): logging it (R-M2, O2); "will be considered a duplicate" is a status, and praise passed on is not (O2).
//   6. An ability hedged ("perhaps we can fix it if you contact support", "hopefully I can get the release out") is no
//      commitment (O1, R-R1); someone of ours set on the case after "let me try to" ("let me try to get someone else to look
//      at this") is (corpus-extra R-G4).
import { describe, expect, it } from 'vitest';
import { readClauseAt } from './clause-reading';
import { shows } from './test/signal-cases';
import { analyse } from './text';

const ownership = (text: string) => shows('ownership', text, 'The export wiped my saved maps and support never replied.');
const expectation = (text: string) => shows('expectation', text, 'The export wiped my saved maps and support never replied.');

describe('a manner adverb of care keeps the step (O1, R-M2)', () => {
  it.each([
    'Thanks for the detailed notes, we will carefully take this into consideration.',
    "We'll thoroughly look into the sync logs you attached.",
  ])('is ownership: %j', (text) => {
    expect(ownership(text)).toBe(true);
  });

  it('a hedge is no manner adverb', () => {
    expect(ownership('We will likely look into the sync at some point.')).toBe(false);
  });
});

describe('the case taken or relayed to our team is passing it on (O2)', () => {
  it.each([
    "I'll bring the missing maps to the attention of our support lead.",
    "We've taken your report to the map team.",
    "We'll be relaying the problem to our developers.",
  ])('is ownership: %j', (text) => {
    expect(ownership(text)).toBe(true);
  });

  it.each([
    "Thank you! We'll be relaying your kind words to our developers.",
    'Take the receipt to the service team at the store.',
  ])('is not: %j', (text) => {
    expect(ownership(text)).toBe(false);
  });
});

describe("improving the game or the players' experience is work for everyone (R-U5)", () => {
  it('reads `everyone`', () => {
    const text = 'We shall try and improve their experience of the map editor over the year.';
    expect(readClauseAt(analyse(text), text.indexOf('We'))).toBe('everyone');
    expect(ownership('We will improve the game with the feedback of all players.')).toBe(false);
  });

  it('a fix of the fault reported stays on the case', () => {
    expect(ownership('We will fix the export crash you reported.')).toBe(true);
  });
});

describe('a weighed plan or a conditional time is no next event (R-R1, X1)', () => {
  it.each([
    "The cloud provider limits our access, so we'll consider moving the map storage in the next version.",
    "Please mail us the save file and we'll see if it's something we can fix right away.",
  ])('is no expectation: %j', (text) => {
    expect(expectation(text)).toBe(false);
  });

  it.each([
    "We will consider your request and let you know by Friday.",
    "We'll restore the maps in the next version.",
  ])('stays expectation: %j', (text) => {
    expect(expectation(text)).toBe(true);
  });
});

describe('noting a report in the passive is logging it (R-M2, O2)', () => {
  it.each([
    'Thanks for writing about the water charge. Your comments are valuable and will be considered by the board.',
    'Your suggestion has been noted for the next menu review.',
  ])('is ownership: %j', (text) => {
    expect(ownership(text)).toBe(true);
  });

  it.each([
    'Your request will be considered a duplicate if you post it again.',
    'Your lovely sentiments will be shared with the whole crew.',
  ])('is not: %j', (text) => {
    expect(ownership(text)).toBe(false);
  });
});

describe('a hedged ability is no commitment; someone set on the case is (O1, R-R1, R-G4)', () => {
  it.each([
    'Perhaps we can fix it if you open a ticket on the support site.',
    'Not much changed, so hopefully I can get the patch release out this month.',
  ])('is no ownership: %j', (text) => {
    expect(ownership(text)).toBe(false);
  });

  it('stays ownership', () => {
    expect(ownership('Wireless is not my area, so let me try to get someone else to look at this.')).toBe(true);
    expect(ownership('We can fix the export for you today.')).toBe(true);
  });
});
