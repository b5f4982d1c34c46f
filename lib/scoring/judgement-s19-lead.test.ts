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
