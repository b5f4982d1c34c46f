// Session 28 (mood): customer_hurry. Every message here was written for these tests; none is a corpus row.
//   1. A deadline the customer needs something by, read by the clause: a need or a request and a deadline word that
//      leads to an event or the end of a period ("before my 3pm call", "by the end of the day"), also after a thanks.
//   2. The customer's own next step at a near time ("Thanks, I'll test it tomorrow") is their plan, not hurry.
//   3. Ruling (RULINGS H1, corpus-extra R-L1): asking for a refund is not hurry on its own; a wait, a near time or
//      money the customer needs now and cannot reach makes it hurry.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;
const hurry = (customerMessage: string) => mood(customerMessage).hurry;

describe('a deadline the customer needs something by', () => {
  it.each([
    ['Thanks, but I need the VPN working before my 3pm call!', 'before my 3pm call'],
    ['Thank you, but I really need this fixed before the end of the day.', 'before the end of the day'],
    ['Cheers for the quick reply. Could you send the signed contract by our board meeting?', 'by our board meeting'],
    ['Please restore the shared drive ahead of the client pitch.', 'ahead of the client pitch'],
    ['We must have the new accounts set up in time for the Monday shift.', 'in time for the Monday shift'],
  ])('%s', (message, words) => {
    const m = mood(message);
    expect(m.hurry).toBe(true);
    expect(m.evidence.join(' | ')).toContain(words);
  });

  it.each([
    // a condition, a habit, someone else's need (R-U1)
    'If you need it before your meeting, let me know and I can send a copy.',
    // negated
    "Thanks, I don't need it before my trip, whenever suits.",
    // a question in the first person asks how it works
    'Do I need to renew the licence before the board meeting?',
    // a deadline with no need of the customer's
    'The office closes before the end of the day on Fridays.',
  ])('calm: %s', (message) => {
    expect(hurry(message)).toBe(false);
  });
});

describe("the customer's own next step at a near time is no hurry", () => {
  it.each([
    "Thanks, I'll test it tomorrow",
    'Thank you, I will try that tomorrow morning and let you know.',
    'Tomorrow I will restart the router and report back.',
    "Great, we'll check the logs again tonight.",
    "OK, I'm going to reinstall it tomorrow.",
  ])('calm: %s', (message) => {
    expect(hurry(message)).toBe(false);
  });

  it.each([
    // a need or an event of the customer's beside the plan keeps the time pressing
    "I'll try again tomorrow, but I need it working before my flight.",
    "I'll call the bank tomorrow because I have to pay the rent today.",
    'I will test it tomorrow before the demo, it has to work by then.',
    // a request put to the agent by an event of the customer's, not the customer's own step
    'Could you call me before my shift starts tomorrow? I need this sorted.',
  ])('hurried: %s', (message) => {
    expect(hurry(message)).toBe(true);
  });
});

describe('ruling: a refund asked for is no hurry on its own (H1, R-L1)', () => {
  it.each([
    'I would like a refund for the broken kettle please.',
    'Can I get my money back for the cancelled order?',
    'The headphones stopped working, please refund me.',
    // money beside a plea, no time and no wait: the learned model alone read it as hurried
    'You charged me twice for one coffee? Seriously? Refund my money.',
  ])('calm: %s', (message) => {
    expect(hurry(message)).toBe(false);
  });

  it.each([
    // a wait
    "I've been waiting three weeks for my refund.",
    // a near time the customer needs it by
    'I need the refund by Friday to pay my rent.',
    // the customer's own money held, needed now
    'The payment was taken twice and I cannot use that money now.',
  ])('hurried: %s', (message) => {
    expect(hurry(message)).toBe(true);
  });
});
