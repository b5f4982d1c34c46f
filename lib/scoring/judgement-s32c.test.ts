// Session 32 (judge-c), fix round. The sentences are made up for these tests.
// 1. R6/P9: a resolution check counts only after something that could have resolved it (C1): a fix or a step to try, a
//    new release, a delay or outage that has run its course ("the delay has cleared now"); an apology for our slow reply
//    ("sorry for the delay"), thanks for the customer's news or a bare "please" is none.
// 2. P8: a feature added in a later release is work for everyone (no ownership); a fix promised for their own fault is ownership.
// 3. P10: the arrival of someone on the way ("when the engineer arrives") is the next event (X1, expectation).
// Session 32 (judge-c): product work a company does for all its users ("we will be releasing an update", "we are
// continuing to improve this feature", "we are looking at rebuilding the website") reads as work for everyone
// (clause-reading.ts `everyone`), which the ownership rule skips (RULINGS O1, R-U5 general improvement talk). Product
// work on the customer's own thing and plain promises stay ownership; an update at a next event stays expectation (X1).
// The sentences are made up for these tests.
import { describe, expect, it } from 'vitest';
import { readClauseAt } from './clause-reading';
import { createScorer } from './index';
import { analyse } from './text';

const scorer = createScorer();
const has = (reply: string, signal: string) => scorer.score(reply).signals[signal] === true;
/** The reading at the first occurrence of `at` in `text`. */
const readAt = (text: string, at: string) => readClauseAt(analyse(text), text.indexOf(at));

describe('the clause reading', () => {
  it('reads product work of a company "we" as work for everyone', () => {
    expect(readAt('We will be shipping a new version of the dashboard later this year.', 'We')).toBe('everyone');
    expect(readAt('We are continuing to improve the search feature, so it keeps getting better.', 'We')).toBe('everyone');
    expect(readAt('Our team is looking at redesigning the website for phones.', 'Our team')).toBe('everyone');
  });

  it("keeps product work on the customer's own thing on the case", () => {
    expect(readAt("We'll release a fix for your import error tomorrow.", "We'll")).toBe('case');
    expect(readAt("We'll update your plan today.", "We'll")).toBe('case');
  });
});

describe('ownership: product work for all users is no step on the case (O1, R-U5)', () => {
  it.each([
    'Thanks for the idea! We will be shipping a new version of the dashboard later this year.',
    'We are continuing to improve the search feature, so it keeps getting better.',
    'Our team is looking at redesigning the website for phones.',
  ])('%s is no ownership', (text) => {
    expect(has(text, 'ownership')).toBe(false);
  });

  it('product work on their own thing and a plain promise stay ownership', () => {
    expect(has("We'll release a fix for your import error tomorrow.", 'ownership')).toBe(true);
    expect(has("I'll write a small script for you tonight.", 'ownership')).toBe(true);
  });

  it('an update promised at a next event is still expectation (X1)', () => {
    expect(has('We will be releasing an update next week that should fix the crash.', 'expectation')).toBe(true);
  });
});

describe('a resolution check needs something that could have resolved it (C1)', () => {
  it.each([
    'Sorry for the delay. Are you still seeing the error?',
    'Thanks for the update. Are you still seeing the error?',
    'Please accept our apologies. Are you still seeing the error?',
  ])('%j is no resolution check', (reply) => expect(has(reply, 'confirm-resolution')).toBe(false));

  it.each([
    'The delay has cleared now. Has your parcel arrived?',
    'The outage is over now. Are you still seeing the error?',
    'The new release is out now. Are you still seeing the error?',
    'Please restart the app. Are you still seeing the error?',
  ])('%j checks it', (reply) => expect(has(reply, 'confirm-resolution')).toBe(true));

  it('a first question whether something arrived stays a diagnostic', () => {
    expect(has('Thanks for getting in touch. Has your parcel arrived?', 'confirm-resolution')).toBe(false);
  });
});

describe('ownership: a feature in a later release, a fix for their own fault (O1)', () => {
  it('a feature added in a future update is work for everyone', () => {
    expect(has('We will be adding dark mode in a future update.', 'ownership')).toBe(false);
  });
  it("a fix for the customer's own bug is ownership", () => {
    expect(has("We'll have a fix for your login bug in the next release.", 'ownership')).toBe(true);
  });
});

describe('expectation: someone arriving is the next event (X1)', () => {
  it('reads "when the engineer arrives" as expectation', () => {
    expect(has("When the engineer arrives, he'll check the socket for you.", 'expectation')).toBe(true);
  });
});
