/**
 * Session 32 (judge-a), teach (RULINGS T1): a stated rule of the service with its condition teaches ("a fare that
 * allows one bag"); the same rule with no condition, a promise on this case or an offer of more help does not.
 * Structure, not phrases: rule teach-rule takes a condition word only where readClauseAt (clause-reading.ts) reads
 * its clause as a rule of the service (`policy`: a company "we" in the simple present, a habit, what any customer may
 * do) — the pack's `skip_readings: [case, hypothetical, everyone]`.
 * 1. (Review R3) An offer of more help is no rule, however habitual ("always", "anytime"): a condition whose subject is
 *    an indefinite "anything/something" that comes up or arises is the customer needing help (teach-rule's except).
 * 2. (Review P7) "cannot" is a negated modal, no simple present of the company: "We cannot change … once issued" justifies
 *    a refusal, like "can't" (clause-reading NOT_PRESENT).
 * 3. (Review P11c) A passive simple present of a thing named in general ("a late fee is added when …") is a rule of
 *    the service, as the company's active present is (clause-reading GENERAL_PASSIVE).
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const teach = (reply: string) => scorer.score(reply).signals.teach === true;
const evidence = (reply: string) => scorer.score(reply).breakdown?.find((b) => b.signal === 'teach')?.evidence;

describe('teach: a rule of the service with its condition', () => {
  it.each([
    ['We charge a $5 fee when an order is cancelled within 24 hours.', 'when'],
    ['You can cancel a booking up to 2 hours before it starts.', 'up to 2 hours before'],
    ['We bill the extra seats if a team goes over its plan.', 'if'],
    ['We refund the deposit once the locker key is back at the desk.', 'once'],
  ])('flags %s, on the condition', (reply, words) => {
    expect(teach(reply)).toBe(true);
    expect(evidence(reply)).toBe(words);
  });
});

describe('teach: no rule of the service, no condition of one', () => {
  it.each([
    // A promise on this case, by the writer: a step, not a rule.
    "I'll waive the fee if the courier confirms the parcel was lost.",
    // The condition is our own availability or the customer's wish: an offer, not a rule.
    'We usually reply when we can, so bear with us.',
    "If you'd like, you can reply to this email with the photos.",
    'If you need anything else, you can always message us here.',
    // A rule with no condition is a plain fact (T1: prices, availability).
    'We charge a $5 fee for express orders.',
    // A refusal with its condition justifies the refusal (T1).
    "We can't refund the order unless it's unopened.",
    // Routing (T2, N1): the condition hands the customer to another channel.
    'If the app still shows the old balance, you can contact our support team by phone.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });
});

/**
 * Who needs what (T1): a requirement teaches when a thing has it ("the installer requires admin rights"); the
 * customer's need ("if you require any help", an offer of more help) names no mechanism.
 */
describe("teach: the customer's need is no mechanism", () => {
  it.each([
    'If you require any further assistance, please let us know.',
    'Should you ever require a copy of the invoice, just reply here.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    ['The installer requires admin rights to write to that folder.', 'requires'],
    ['The sync depends on the server clock being right.', 'depends on'],
    ['It depends on what the sampling rate is and how busy the network is.', 'depends on'],
    ['We rely on volunteers to add new trails, which is why some areas are empty.', 'rely on'],
  ])('still flags %s', (reply, words) => {
    expect(teach(reply)).toBe(true);
    expect(evidence(reply)).toContain(words);
  });
});

describe('teach: review s32 (offers, refusals, passive rules)', () => {
  it.each([
    "We're always here if anything else comes up.",
    'Feel free to reach out anytime if anything comes up.',
    'We cannot change the name on a ticket once issued.',
    "Tickets can't be transferred once they're issued.",
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    ['A late fee is added when the payment is more than 7 days overdue.', 'when'],
    ['Refunds are issued once the item is back at our warehouse.', 'once'],
    ['We charge a fee if anything is returned damaged.', 'if'],
  ])('flags %s, on the condition', (reply, words) => {
    expect(teach(reply)).toBe(true);
    expect(evidence(reply)).toBe(words);
  });
});
