// Session 44 (mood): customer upset and hurry.
// - Not upset (RULINGS U1, R-G1 a weighed judgement): praise withheld ("the breakfast was not very good") in a review that
//   reads as praise on the whole is a reservation, not anger; the same words in a short complaint, or a word of blame
//   beside the praise, stay upset.
// - Hurry edges the session-43 review narrowed, kept: a period in an ultimatum ("within 6 months"), a policy's "must
//   escalate" are no hurry; "someone who has the power to fix this, it is urgent" is the customer's own urgency.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('praise withheld in a review that praises on the whole is no upset', () => {
  it.each([
    'Lovely rooms and a great pool, the staff were friendly. The breakfast was not very good. Would stay again.',
    'Excellent little puzzle game with charming art and a wonderful soundtrack. The last world is not that fun, but I recommend it.',
  ])('%s', (m) => expect(mood(m).upset).toBe(false));
  it.each([
    'The app is not good, it crashes every time I open it.',
    'Delivery was fast and the driver was polite, but the packaging was not good.',
    'Not good. Charged twice and nobody answers.',
    'Great rooms and lovely staff, but the manager was rude and the billing is a scam.',
  ])('%s', (m) => expect(mood(m).upset).toBe(true));
});

describe('the hurry edges narrowed by the session-43 review hold', () => {
  it.each([
    'If the warranty claim is not handled within 6 months we will escalate it to the retailer.',
    'We must escalate any refund above 500 euros to finance, that is our policy.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
  it.each([
    'Can I speak to someone who has the power to fix this, it is urgent.',
    "Please put me through to a manager who has the authority to sort this out, it's urgent.",
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});
