// Session 43 (mood): customer hurry, four structures.
// - Hurry (H1 a near time): a wish of the customer's own for a near time ("I'm hoping to get this sorted tonight") is a
//   need, as "want" is; a hope about someone else ("hope you have a good day today") is not.
// - Hurry (H1 a near time): an ultimatum with a near time ("If my refund isn't approved today, I will escalate it") sets
//   a deadline; an ultimatum without a time, or a question, does not.
// - Not hurry (R-U2 a past incident told): "today" in a story told with "thought" ("I'm on the road today so I
//   thought I'd try the app") is when it happened, not a deadline.
// - Not hurry (R-U1 general time pressure): urgency of people in general, what the product is for ("handy for busy
//   people who need urgent groceries"), is not this customer's time.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('a wish of the customer\'s own for a near time is hurry', () => {
  it.each([
    "The voucher code keeps failing at checkout. I'm hoping to get this sorted tonight.",
    'My invoice shows the wrong address and I hope to send it to accounts tomorrow.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
  it.each([
    'Thanks for the quick answer last week, I hope the rest of your day goes well.',
    'I hope you all have a relaxing weekend, the new dashboard looks great.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('an ultimatum with a near time is hurry; without a time it is not', () => {
  it.each([
    'The blender arrived cracked. If my replacement order is not shipped out today, I will file a dispute with my bank.',
    "If the double charge isn't reversed within 48 hours we will cancel the whole account.",
    "Unless the portal is not back by Friday, we're going to switch providers.",
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
  it.each([
    "If the sync isn't fixed in the next release I will look for another tool.",
    'If the report is not ready today, will I have to request it again?',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('"today" in a story told with "thought" is no deadline', () => {
  it.each([
    "I'm travelling by train today so I thought I'd try the offline maps. Two ideas: a bigger zoom button and a night theme.",
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
  it.each([
    'I need the export working today, our auditors arrive at noon.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});

describe('urgency of people in general is not the customer\'s own', () => {
  it.each([
    'Lovely shop app. It is handy for busy parents who need urgent groceries late in the evening.',
    'The courier option is great for customers that want things asap, prices are fair too.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
  it.each([
    'Urgent: my groceries order was charged twice and I need the money back for rent.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});
