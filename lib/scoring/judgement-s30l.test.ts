// Session 30 (lead): readings the session's merges broke, found by the read-only review and checked against main
// 0a5bf73 with a probe; sentences written for these tests. Each asserts what the agent sees: a signal in the reply,
// a talking-down finding, or the customer's hurry, upset and situation.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { isActionPast } from './actions';

const scorer = createScorer();
const reply = (text: string) => scorer.score(text, { customerMessage: 'My order arrived with the wrong size.' });
const has = (text: string, signal: string) => Boolean((reply(text).signals as Record<string, unknown>)[signal]);
const findingIds = (text: string) => reply(text).findings.map((f) => f.ruleId);
const customer = (message: string) => scorer.score('Thanks for writing in, Sam.', { customerMessage: message });

describe('talking down: a pleasantry and a reassurance are no verdict', () => {
  it('"Sit back, relax, and we\'ll handle the rest." is no order about a feeling', () => {
    expect(findingIds("Sit back, relax, and we'll handle the rest.")).not.toContain('calm-down-start');
    expect(has("Sit back, relax, and we'll handle the rest.", 'condescension')).toBe(false);
    expect(findingIds("Relax, it's one email.")).toContain('calm-down-start');
  });
  it('other users who still run the old app, reporting the same, reassure', () => {
    expect(has('Lots of users who still run the old app have reported this too.', 'condescension')).toBe(false);
    expect(has('We serve thousands of people who do need the daily reminders.', 'condescension')).toBe(true);
  });
});

describe('negative language: a reproduction that no longer fails is a finding', () => {
  it('"I can no longer reproduce this" is no limit; "we can no longer offer" is', () => {
    expect(has('I can no longer reproduce this on 5.2.', 'negative-language')).toBe(false);
    expect(has('We can no longer offer refunds on this plan.', 'negative-language')).toBe(true);
  });
});

describe('ownership: work on this customer\'s case stays', () => {
  it.each([
    "I've refunded all orders on your account.",
    "I've cleared all that for you.",
    "Try a restart. If not, I'll escalate it to engineering.",
    "I've unfrozen your card.",
    "I've overwritten the config for you.",
  ])('%s is ownership', (text) => {
    expect(has(text, 'ownership')).toBe(true);
  });
  it('an act on every report the team receives is still policy', () => {
    expect(has('Our team will investigate every report that we receive.', 'ownership')).toBe(false);
  });
  it('a prefixed strong participle is a past action, a base form in -en is not', () => {
    expect(isActionPast('unfrozen')).toBe(true);
    expect(isActionPast('listen')).toBe(false);
  });
});

describe("expectation: the customer's own item with its time", () => {
  it.each(['Your replacement cards are usually shipped within 2 days.', "You'll receive your refund once you send the item back."])(
    '%s is expectation',
    (text) => {
      expect(has(text, 'expectation')).toBe(true);
    },
  );
  it('a rule of the service is not', () => {
    expect(has('Name changes are processed within 24 hours of the report.', 'expectation')).toBe(false);
    expect(has('You will receive an email once you place the order.', 'expectation')).toBe(false);
  });
});

describe('the customer: hurry, upset and loss read whole', () => {
  it('a store named as where the product came from or a site is no place of need', () => {
    expect(customer("I can't log in to the store.").mood.hurry).toBe(false);
    expect(customer("I bought it from the store and it won't turn on.").mood.hurry).toBe(false);
  });
  it('blocked at the till, asking for help, is hurry', () => {
    expect(customer('At the pharmacy and my card is declined, can you help?').mood.hurry).toBe(true);
  });
  it("someone else's rush does not cancel the customer's urgency", () => {
    expect(customer('Your staff rushed me off the phone and this is urgent!').mood.hurry).toBe(true);
    expect(customer('Every raid the other players just rush ahead of me.').mood.hurry).toBe(false);
  });
  it('the last day, with a question for help, is hurry; a question about the rule is not', () => {
    expect(customer("Today is the last day to file and I can't log in, can you help?").mood.hurry).toBe(true);
    expect(customer('When is the last day to cancel without a fee?').mood.hurry).toBe(false);
  });
  it('a theft that happened, with an "if" after it, is a loss; a supposed one is not', () => {
    const stolen = customer('My card was stolen, can you check if anyone used it?');
    expect(stolen.mood.upset).toBe(true);
    expect((stolen.situations ?? []).map((s) => s.id)).toContain('lost');
    expect((customer('If the phone is stolen, how do I log in?').situations ?? []).map((s) => s.id)).not.toContain('lost');
  });
  it('a question after a greeting, or with "where", asks rather than demands', () => {
    expect(customer('Hi, do you ship to Canada!!!').mood.upset).toBe(false);
    expect(customer('Where is your nearest store!!!').mood.upset).toBe(false);
    expect(customer('Update your maps!!!!').mood.upset).toBe(true);
  });
});
