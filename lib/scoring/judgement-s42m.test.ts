// Session 42 (mood): customer mood read from two more structures.
// - Not hurry (R-U1 general or hypothetical time pressure): "emergency"/"urgent" as the name of a product's feature
//   ("the emergency credit threshold", "an emergency contact field") is what the product offers, not this customer's
//   time; "This is an emergency" and "Urgent: …" about the customer's own matter stay hurry.
// - Hurry (RULINGS H1 "repeated unanswered requests", a wait with its length): a request said to have gone unanswered,
//   with a repeat or a time since in the same sentence. Not one unanswered request with neither, and not a machine
//   that gives no response.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('a request gone unanswered with a repeat or a time since is hurry', () => {
  it.each([
    'I reported this on the mailing list last month but nobody reacted, so I am trying again here.',
    'I posted the question twice already and got no answer.',
    'I emailed the billing team a week ago and never heard back.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});

describe('one unanswered request, or a machine that does not answer, is no hurry', () => {
  it.each([
    'I sent one email to the shop and got no reply, is there a phone number?',
    'I pinged the board again and got no response from it.',
    'Nobody answered my question on the forum, maybe it was unclear.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('"emergency" or "urgent" naming a feature is no hurry; said of the customer\'s own matter it is', () => {
  it.each([
    'Is the emergency credit switched on automatically when the balance drops under one pound?',
    'Where do I change the emergency contact on my profile?',
    'Does the router have an emergency mode for when the fibre line is down?',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
  it.each([
    'This is an emergency, the meter is out of credit and the top-up page fails!',
    'Urgent: my card is blocked and I have to pay the rent today.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});
