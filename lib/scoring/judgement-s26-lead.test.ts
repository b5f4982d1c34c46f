// Session 26 (lead): empathy said with the strong or British words for a feeling. A tester's "That's gutting,
// I'd be fuming too." read as no empathy though "I'd be fed up too" counts (LABELING E1: the agent shares or
// names the customer's feeling). And the length of a troubleshooting step ("unplugged it for 10 min, still no
// wifi") read as a wait, so a calm customer was coached as hurried (H1 counts a wait, R-U3 a fault that persists
// is no hurry). Every sentence here was written for these tests; none is a corpus row.
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

const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('how long a troubleshooting step took is no wait', () => {
  it.each([
    'Restarted the router, unplugged it for 10 min, tried another cable, still no wifi on the laptop. any ideas?',
    'Left it charging for 3 hours, still dead.',
    'I held the power button for 30 seconds and switched it back on, still no picture.',
    'Turned the modem off for about 20 minutes, still no connection after that.',
  ])('calm: %s', (m) => expect(mood(m).hurry).toBe(false));

  it.each([
    "I've been waiting for 10 min on the phone line, still nobody.",
    'I restarted it and have been on hold for 40 minutes, still no answer.',
    "Still can't book after 1 hour of trying.",
  ])('a wait sat through stays hurried: %s', (m) => expect(mood(m).hurry).toBe(true));
});

describe("confusion that belongs to the people the customer serves is not the customer's", () => {
  it.each([
    'The booking page shows the wrong building name for room 4. It is not urgent but it is confusing for visitors who book rooms.',
    'The new checkout wording is confusing our customers, they keep calling us.',
    'Our users are confused by the renamed menu, can it go back to the old name?',
  ])('not confused: %s', (m) => expect(mood(m).confused).toBe(false));

  it.each(['The new settings menu is confusing, where do I find the export?', "I'm confused, which plan do I need?", 'I am so confused by the invoice layout.'])(
    'confused: %s',
    (m) => expect(mood(m).confused).toBe(true),
  );
});
