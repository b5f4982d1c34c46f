// Session 42 (mood): customer mood, one more structure. (A second, a request gone unanswered with a repeat or a time
// since, was taken out after the review: it read machines outside its list — a printer, a webhook — as people.)
// - Not hurry (R-U1 general or hypothetical time pressure): "emergency"/"urgent" as the name of a product's feature
//   ("the emergency credit threshold", "an emergency contact field") is what the product offers, not this customer's
//   time; "This is an emergency" and "Urgent: …" about the customer's own matter stay hurry.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('"emergency" or "urgent" naming a feature is no hurry; said of the customer\'s own matter it is', () => {
  it.each([
    'Does the emergency button on the watch call my daughter or the local services?',
    'Where do I change the emergency contact on my profile?',
    'Does the router have an emergency mode for when the fibre line is down?',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
  it.each([
    'This is an emergency, the meter is out of credit and the top-up page fails!',
    'Urgent: my card is blocked and I have to pay the rent today.',
    // A feature named beside the other word cancels only its own word (review).
    'Please treat this as urgent, the emergency mode turned itself on and the boiler is off.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});
