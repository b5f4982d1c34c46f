// Session 19 (lead, from judge-b's finds): older condescension phrases that flagged ordinary sentences an
// agent writes. Only the narrowing of those phrases was taken; judge-b's new condescension rules moved no
// kept-aside figure and were not merged.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const signals = (text: string) => scorer.score(text).signals;

describe('talking down: what is not', () => {
  it.each([
    'You are right, and we owe you an apology for the mix-up.',
    'All customers can find the new invoices under Settings > Billing.',
    'Before contacting us again, you might like to know that the fix ships on Monday.',
    'The technician said he already replaced the router, so I have booked a second visit.',
    'Hopefully it is as simple as moving the partition, but I will check the logs first.',
  ])('"%s" is not condescension', (text) => {
    expect(signals(text).condescension).toBe(false);
  });

  it.each([
    'Nobody owes you a free upgrade.',
    'We do not owe you an explanation.',
    'As I told you before, the refund takes five days.',
    "Most users can figure it out on their own.",
    "Just reinstall it, it's that simple.",
  ])('"%s" still is', (text) => {
    expect(signals(text).condescension).toBe(true);
  });
});

// Session 19 (lead, from the review of the merged tree): "belongs to X instead of Y" sends a report elsewhere
// only when the report, fault or question is what belongs there (R-R2, R-K1); a charge or a setting that
// belongs to another account is a fact (N1).
describe('what belongs elsewhere', () => {
  it('flags the report placed in another component', () => {
    expect(signals('This belongs to the kernel driver instead of the desktop app, so please report it there.')['negative-language']).toBe(true);
    expect(signals('The bug belongs to the sync service rather than the editor.')['negative-language']).toBe(true);
  });
  it('does not flag a fact about where a charge or a setting sits', () => {
    expect(signals('The charge belongs to your other account instead of this one.')['negative-language']).toBe(false);
  });
});
