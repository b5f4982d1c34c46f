// Bugs a fresh tester found in the scorer (session 7), each fixed by structure. Sentences written
// for this test, not taken from any data set.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const on = (text: string, signal: string, context = {}) => scorer.score(text, context).signals[signal];

describe('no-problem is the closed list of RULINGS NP1', () => {
  it('counts "no problem" and "no worries" in their spellings', () => {
    for (const t of ['No problem, glad it works now.', 'Not a problem at all!', 'No probs, enjoy the trip.', 'No worries, the refund is on its way.', 'np, happy to help'])
      expect(on(t, 'no-problem'), t).toBe(true);
  });
  it('does not count other ways of waving thanks away', () => {
    for (const t of ['Not a bother, glad it works now.', 'It was no bother at all.', 'No sweat, the refund is on its way.', 'No biggie, enjoy the trip.', 'Not to worry, the parcel is on its way.'])
      expect(on(t, 'no-problem'), t).toBe(false);
  });
});

describe('terse needs a short reply in characters too', () => {
  it('warns on a one- or two-word reply', () => {
    expect(on('Done.', 'terse')).toBe(true);
    expect(on('Refunded, sorry.', 'terse')).toBe(true);
  });
  it('does not call one very long word a one-word reply', () => {
    expect(on('x'.repeat(20_000), 'terse')).toBe(false);
    expect(on(`Key: ${'Ab3'.repeat(400)}`, 'terse')).toBe(false);
  });
});

describe('teach: "X, not Y" needs a clause before the comma', () => {
  it('does not read a greeting, thanks or interjection before ", not" as a correction', () => {
    for (const t of ['Hi Sam, not a problem at all.', 'Thanks, not a problem!', 'Cheers Tom, not a bother.', 'Oh, not a big deal.', "That's fine, not a problem."])
      expect(on(t, 'teach'), t).toBe(false);
  });
  it('still reads a correction of where or what', () => {
    for (const t of ["It's the cache, not the network.", 'Clip it around a single conductor, not the whole cable.', 'The limit applies per user, not per account.'])
      expect(on(t, 'teach'), t).toBe(true);
  });
  it('wants the method after "the fix is", not where the fix is', () => {
    expect(on('A fix is in #1850 and will ship next week.', 'teach')).toBe(false);
    expect(on('The fix is in version 2.3.', 'teach')).toBe(false);
    expect(on('The fix is to clear the cache and sign in again.', 'teach')).toBe(true);
  });
});

describe('ownership', () => {
  it('is not passing on praise (RULINGS O2)', () => {
    for (const t of ['We will pass your kind words on to the team.', "I'll share these lovely comments with Raj, he'll be thrilled.", 'Your kind words have been passed on to the driver.', "I'll pass on your compliments to the chef."])
      expect(on(t, 'ownership'), t).toBe(false);
  });
  it('is passing on a complaint or a request', () => {
    for (const t of ["I'll pass your comments on to the design team.", 'Your complaint will be passed to the manager.'])
      expect(on(t, 'ownership'), t).toBe(true);
  });
  it('needs a first-person subject for a second verb after "and"', () => {
    expect(on('A fix is in #1850 and will ship next week.', 'ownership')).toBe(false);
    expect(on('The patch landed yesterday and will reach your region on Monday.', 'ownership')).toBe(false);
    expect(on('I checked your router and will ring you back today.', 'ownership')).toBe(true);
  });
});
