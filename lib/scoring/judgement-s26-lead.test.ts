// Session 26 (lead): empathy said with the strong or British words for a feeling. A tester's "That's gutting,
// I'd be fuming too." read as no empathy though "I'd be fed up too" counts (LABELING E1: the agent shares or
// names the customer's feeling). Every sentence here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const empathy = (reply: string) => scorer.score(reply, { customerMessage: 'The laptop crashed and I lost the whole afternoon of work.' }).signals.empathy;

describe('the agent shares the feeling in strong words', () => {
  it.each([
    "That's gutting, I'd be fuming too.",
    "I'd be livid too, honestly.",
    'I would be really gutted in your place.',
    'That sounds heartbreaking after a whole afternoon of work.',
    "I'd be furious in your shoes.",
  ])('%s', (reply) => expect(empathy(reply)).toBe(true));
});

describe('the same words that share no feeling of the customer', () => {
  it.each([
    "I'd be happy to look at the crash logs.",
    'I would be surprised if the update caused it.',
    'The new pricing is devastating for small shops, so we changed it.',
  ])('%s', (reply) => expect(empathy(reply)).toBe(false));
});
