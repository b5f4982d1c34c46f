// Session 28's review (lead): wrong readings the session's new rules brought, each with the words an agent or a
// customer would write.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Hi, thanks for writing in.', { customerMessage }).mood;
const has = (reply: string, signal: string) => scorer.score(reply).signals[signal] === true;

describe('hurry: "until" asks the agent to wait, it sets no deadline', () => {
  it.each([
    'Please hold my parcel until the end of the week.',
    'I want to cancel my plan, which runs until the end of the month.',
  ])('%s is not hurried', (text) => {
    expect(mood(text).hurry).toBe(false);
  });

  it('a session or a board is no event the customer must be ready for', () => {
    expect(mood('Please fix it, it logs me out before the session ends.').hurry).toBe(false);
  });

  it('a deadline the customer needs something by still counts', () => {
    expect(mood('Thanks, but I need the VPN working before my 3pm call!').hurry).toBe(true);
    expect(mood('Please can you send the signed contract by the end of the day?').hurry).toBe(true);
  });

  it("a step on a condition is a threat, not the customer's own plan", () => {
    expect(mood("I'll call my bank tomorrow if it isn't fixed today.").hurry).toBe(true);
    expect(mood("Thanks, I'll test it tomorrow.").hurry).toBe(false);
  });
});

describe('upset: help denied is no help', () => {
  it('"none of this helped" after hardship stays upset', () => {
    expect(mood('I feel hopeless, none of this helped.').upset).toBe(true);
  });
});

describe('ownership and negative language after the session-28 pack rules', () => {
  it('help by sending the customer something is the agent taking ownership', () => {
    expect(has("I'd be happy to help you by sending a replacement today.", 'ownership')).toBe(true);
  });

  it('help by the customer sending us their details is a request, not ownership', () => {
    expect(has('Allow us to assist you by sending us your account details.', 'ownership')).toBe(false);
  });

  it('an offer of more changes is no limit', () => {
    expect(has('If you need anything else we can change about your booking, just reply.', 'negative-language')).toBe(false);
  });

  it('a remedy searched for and not found is still a limit', () => {
    expect(has("We can't find anything we can do about the late fee.", 'negative-language')).toBe(true);
  });
});
