/**
 * Session 26 (judge-c), ownership and confirm_resolution: readings a user noticed.
 * 1. Work the helper names as someone else's case ("I'm working on a fix for a different bug", "we're looking
 *    into another customer's ticket") is no ownership: ownership is action on THIS customer's problem
 *    (LABELING.md, RULINGS O1). "Working on a fix for this / for your issue" still is, and so is a later
 *    clause that turns to this customer ("…, but I'll look at yours next").
 * 2. Passive progress with no one named ("A fix is being worked on", "This is being looked into") is not
 *    ownership: LABELING.md asks for a first-person commitment, O2 admits the passive only for passing on
 *    feedback, and O3 leaves out the status of a general fix. (Expectation is not this file's label.)
 * 3. confirm_resolution: a polite request to try, test or re-check, then the report-back in the same sentence
 *    ("Could you try clearing the cache and report back?", "Would you mind checking again and telling me if
 *    it works?") asks the customer to test and say how it went (C1, Q1). A bare "check" is a look-up and
 *    "try to find" asks for data: those stay out.
 * 4. A support mailbox in quote marks before the agent's own step ("send the logs to 'support@x.com' and I'll
 *    look at them myself") still reads the agent's commitment as ownership.
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const fault = { customerMessage: 'The export keeps failing with an error since this morning.' };
const ownership = (reply: string) => scorer.score(reply, fault).signals.ownership === true;
const confirm = (reply: string) => scorer.score(reply, fault).signals['confirm-resolution'] === true;

describe('ownership: work on another case is not ownership of this one', () => {
  it.each([
    "I'm working on a fix for a different bug right now.",
    "We're working on a fix for another customer's issue at the moment.",
    "We're looking into another customer's ticket at the moment.",
    'Working on a fix for an unrelated issue right now.',
    "I'm fixing a separate bug today.",
  ])('no ownership: %s', (reply) => {
    expect(ownership(reply)).toBe(false);
  });

  it.each([
    "I'm working on a fix for this.",
    "We're working on a fix for your issue.",
    "I'm working on a fix for the issue you reported.",
    "We're looking into the other error you mentioned.",
    "I'm working on a fix for a different bug, but I'll look at yours next.",
  ])('still ownership: %s', (reply) => {
    expect(ownership(reply)).toBe(true);
  });
});

describe('ownership: passive progress with no one named is not a first-person commitment', () => {
  it.each(['A fix is being worked on.', 'A patch is being prepared.', 'This is being looked into.'])('no ownership: %s', (reply) => {
    expect(ownership(reply)).toBe(false);
  });

  it.each(["We're working on a fix.", "I'm looking into this now.", 'Your comments will be passed on to the team.'])(
    'the active first person, and O2 feedback in the passive, still count: %s',
    (reply) => {
      expect(ownership(reply)).toBe(true);
    },
  );
});

describe('confirm_resolution: a request to try or test, then the report-back', () => {
  it.each([
    'Could you try clearing the cache and report back?',
    'Can you test it and let me know how it goes?',
    'Would you mind checking again and telling me if it works?',
    'If you could retest it and confirm, that would be great.',
    'Would you try the new build and tell us how it goes?',
    'Please give it a try and let us know.',
  ])('confirm: %s', (reply) => {
    expect(confirm(reply)).toBe(true);
  });

  it.each([
    'Could you try clearing the cache and send me the logs?',
    'Could you check the order number and let me know?',
    'Could you try to find the receipt and let me know?',
    'Can you try calling the bank and let me know?',
    'Could you try again later and let me know?',
    "I'll try it on my side and let you know.",
  ])("no confirm (data, a look-up, routing, a wait or the helper's own report): %s", (reply) => {
    expect(confirm(reply)).toBe(false);
  });
});

describe('ownership: a quoted support mailbox does not hide the agent’s own step', () => {
  it.each([
    "Please send the logs to 'support@acme.com' and I'll look at them myself.",
    'Send the logs to ‘support@acme.com’ and I’ll look at them myself.',
    'Please forward the screenshots to "help@shop.example.com" and I\'ll look at them myself.',
    "If you send the logs to 'support@acme.com', I'll look at them myself.",
  ])('ownership: %s', (reply) => {
    expect(ownership(reply)).toBe(true);
  });

  it("the mailbox alone, or another team's step, is no ownership", () => {
    expect(ownership("Send the logs to 'support@acme.com'.")).toBe(false);
    expect(ownership("Send the logs to 'support@acme.com' and they'll look at them.")).toBe(false);
  });
});
