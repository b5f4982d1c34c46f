// Session 34 (judge-b), ownership and expectation. Sentences written for these tests (never corpus rows).
//   1. A promise for another occasion (clause-reading.ts `later`): the customer's getting in touch is under a condition
//      that names a new or general occasion ("for any questions", "should there ever be any …", "in case you want to …",
//      "if a similar fault comes up in the future") and the promise is what the service does once contacted, in the same
//      sentence or opening the next. Help at a later date is not ownership (O1); a next event once they write stays
//      expectation (R-C2). The customer's trouble going on ("if it still fails") is this case, and a plain request to
//      write in ("Please email us the order number and we'll look into it") stays ownership.
//   2. Noting a suggestion in the future as in the past (corpus-extra R-M2: logging it, O2): "we'll take note of this",
//      "we will take your input into consideration", as "we've taken note of it" and "we'll take it on board" already
//      read. Asking the customer to take note ("Please take note of the new hours") has no first-person subject.
//   3. (S34 review, fix-own) A subordinator of a future condition opens the other occasion by itself: the inverted
//      conditional ("Should there ever be a billing error", "Should anything go wrong"), "in case you …", "if you ever",
//      "any time you", "for future orders". Under O1 help for a later occasion is not ownership. The customer's trouble
//      going on under one ("Should it still fail after the update") is this case and stays ownership.
//   4. (S34 review, fix2-own) The other occasion stops at this case: "whenever you get a chance / are ready" is "when you're
//      ready" on this case, a condition naming this case's own thing back ("In case you need it sooner") is this order,
//      and the previous sentence's occasion reaches only a promise of general help (get back to you, assist), never a
//      concrete step opening its own sentence ("I'll send the replacement today"). Those stay ownership (O1).
import { describe, expect, it } from 'vitest';
import { readClauseAt } from './clause-reading';
import { shows } from './test/signal-cases';
import { analyse } from './text';

/** The reading at the first occurrence of `at` in `text`. */
const readAt = (text: string, at: string) => readClauseAt(analyse(text), text.indexOf(at));
const ownership = (text: string) => shows('ownership', text);
const expectation = (text: string) => shows('expectation', text);

describe('a promise for another occasion reads `later`', () => {
  it.each([
    ["For any questions about the new plans, drop us a mail and we'll help you out.", "we'll"],
    ["Should there ever be any billing error, write to our desk and we'll sort it from there.", "we'll"],
    ["In case you want to switch plans, you'll need to call our sales line and we will make the change.", 'we will'],
    ['If a similar fault comes up in the future, please message our chat. Our support team will check the site.', 'Our support team'],
    ["For any further help with the add-on, email the care team. We'll get back to you within a day.", "We'll"],
  ])('%j', (text, at) => {
    expect(readAt(text, at)).toBe('later');
  });

  it("keeps this case's trouble and a plain request to write in on the case", () => {
    expect(readAt("If it still fails after the update, email us the log and we'll investigate it.", "we'll")).toBe('case');
    expect(readAt("Please email us the order number and we'll look into it.", "we'll")).toBe('case');
    expect(readAt("For any questions, drop us a mail. I've already refunded the second charge.", "I've")).toBe('case');
  });

  it('needs the contact step after the occasion', () => {
    expect(readAt("For any questions about billing, we'll refund the extra charge today.", "we'll")).toBe('case');
  });
});

describe('ownership and expectation on a promise for another occasion', () => {
  it.each([
    "Should there ever be any billing error, write to our desk and we'll sort it from there.",
    "In case you want to switch plans, you'll need to call our sales line and we will make the change.",
    'If a similar fault comes up in the future, please message our chat. Our support team will check the site.',
    'For any concerns, reach out to us on the help page and we shall assist you with it.',
  ])('is no ownership: %j', (text) => {
    expect(ownership(text)).toBe(false);
  });

  it.each([
    "Please email us the order number and we'll look into it.",
    "If it still fails after the update, email us the log and we'll investigate it.",
    "Thanks for flagging this. I've passed it to the billing team, and for any other questions just reply here.",
  ])('stays ownership: %j', (text) => {
    expect(ownership(text)).toBe(true);
  });

  it('a reply once they write stays expectation (R-C2)', () => {
    const text = "For any further help with the add-on, email the care team. We'll get back to you within a day.";
    expect(ownership(text)).toBe(false);
    expect(expectation(text)).toBe(true);
  });
});

describe('noting a suggestion is ownership (R-M2)', () => {
  it.each([
    "Thanks for the idea! We'll take note of this for the planner.",
    'Thank you for your input - we will take your input into consideration when we plan the next round.',
    'We have taken your suggestions into account.',
    "We've taken note of it.",
  ])('shows it: %j', (text) => {
    expect(ownership(text)).toBe(true);
  });

  it.each(['Please take note of the new opening hours.', 'You should take this into account when you plan the trip.'])('does not: %j', (text) => {
    expect(ownership(text)).toBe(false);
  });
});

describe('a subordinator of a future condition opens another occasion (S34 review)', () => {
  it.each([
    "Should there ever be a billing error, write to us and we'll sort it.",
    "In case you have trouble with future orders, contact us and we'll make it right.",
    "Should anything go wrong with the next delivery, call us and we'll sort it.",
    "Any time you need a new invoice, write to us and we'll send it.",
    "For future orders, just email us and we'll apply the discount.",
  ])('reads later, no ownership: %j', (text) => {
    expect(readAt(text, "we'll")).toBe('later');
    expect(ownership(text)).toBe(false);
  });

  it.each([
    "If it still fails after the update, email us the log and we'll investigate it.",
    "Should it still fail after the update, email us the log and we'll investigate it.",
    "In case the error persists, email us and we'll investigate it.",
  ])('the trouble going on stays this case: %j', (text) => {
    expect(readAt(text, "we'll")).toBe('case');
    expect(ownership(text)).toBe(true);
  });
});

describe('the other occasion stops at this case (S34 review, fix2-own)', () => {
  it.each([
    ["Whenever you get a chance, email me the logs and I'll investigate.", "I'll"],
    ["Whenever you're ready, send us the file and we'll restore it.", "we'll"],
    ['If you have any other concerns, feel free to contact us. I\'ll send the replacement today.', "I'll"],
    ["In case you need it sooner, call us and we'll upgrade the shipping.", "we'll"],
  ])('stays this case and ownership: %j', (text, at) => {
    expect(readAt(text, at)).toBe('case');
    expect(ownership(text)).toBe(true);
  });

  it.each([
    ["Should there ever be a billing error, write to us and we'll sort it.", "we'll"],
    ["For any further help with the add-on, email the care team. We'll get back to you within a day.", "We'll"],
    ["Whenever you have trouble with a login, write to us and we'll help.", "we'll"],
  ])('another occasion still reads later: %j', (text, at) => {
    expect(readAt(text, at)).toBe('later');
    expect(ownership(text)).toBe(false);
  });
});
