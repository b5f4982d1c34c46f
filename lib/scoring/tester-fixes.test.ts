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
