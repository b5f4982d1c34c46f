// 1. Review fix (s31, judge-c): readings without "your" — the writer's promise after a customer's condition, a habit of the
//    writer or of a thing this reply named ("it will"), the company's present on the customer's thing, and a company step
//    at a near time of the case are steps on this case, not hypothetical / policy / everyone (review findings 6, 7).
// Session 31 (judge-c): one reading of who acts, for whom and when (clause-reading.ts), shared by ownership and
// expectation through `skip_readings`. A time or a promise stated as the service's rule, as the outcome of a usage
// step nobody has taken, or as work for every customer is no step on this customer's case; the case's own steps stay.
import { describe, expect, it } from 'vitest';
import { readClauseAt } from './clause-reading';
import { createScorer } from './index';
import { analyse } from './text';

const scorer = createScorer();
const has = (reply: string, signal: string) => scorer.score(reply).signals[signal] === true;
/** The reading at the first occurrence of `at` in `text`. */
const readAt = (text: string, at: string) => readClauseAt(analyse(text), text.indexOf(at));

describe('the clause reading', () => {
  it('a company "we" in the simple present is the service\'s rule, wherever the time stands', () => {
    expect(readAt('At the end of each quarter we post you a paper statement.', 'At the end')).toBe('policy');
    expect(readAt('We email a receipt within an hour of every payment.', 'within')).toBe('policy');
  });

  it("the customer's plan or kind as the condition, what any customer may do, and a habit are policy", () => {
    expect(readAt("If you're on a monthly plan, you'll be charged on the 3rd.", 'on the 3rd')).toBe('policy');
    expect(readAt('You can move the booking up to 12 hours before pick-up.', 'up to 12 hours')).toBe('policy');
    expect(readAt('The deposit is normally returned within a week.', 'within a week')).toBe('policy');
  });

  it('a usage step nobody has taken as the condition is hypothetical', () => {
    const r = readAt('When you invite a guest, they get a link within a minute.', 'within a minute');
    expect(r).toBe('hypothetical');
  });

  it('a company "we" doing it for all its customers reads as everyone', () => {
    const r = readAt("We'll soon be launching great new rewards for all members.", "We'll");
    expect(r).toBe('everyone');
  });

  it("the writer's own step, a step toward us and the customer's own thing stay on the case", () => {
    expect(readAt("I'll reissue your voucher this afternoon.", "I'll")).toBe('case');
    expect(readAt("If you forward me the receipt, I'll check it tonight.", "I'll")).toBe('case');
    expect(readAt('We usually reply within a day, and your refund went out today.', 'your')).toBe('case');
    expect(readAt("Let's check that meter reading together.", "Let's")).toBe('case');
  });
});

describe('expectation: a schedule fact is no promised time (X1, R-HS1)', () => {
  it.each([
    'At the end of each quarter we post you a paper statement.',
    "If you're on a monthly plan, you'll be charged on the 3rd.",
    'You can move the booking up to 12 hours before pick-up.',
    "Whenever you switch tariffs, you'll see the change on the next bill.",
    'After making a transfer, it takes up to 20 minutes for the balance to update.',
  ])('%s is no expectation', (text) => {
    expect(has(text, 'expectation')).toBe(false);
  });

  it("this customer's own next event still counts", () => {
    expect(has("I'll reissue your voucher this afternoon.", 'expectation')).toBe(true);
    expect(has('We will post you a new meter key by Friday.', 'expectation')).toBe(true);
    expect(has('Your refund will be credited to your card within 5 days.', 'expectation')).toBe(true);
    expect(has("We'll email you the invoice once your payment clears.", 'expectation')).toBe(true);
  });
});

describe('ownership: work for every customer is no step on this case (O1, R-U5)', () => {
  it.each([
    'We will keep working hard to bring you an even better experience.',
    "We'll keep introducing great new features for our members.",
  ])('%s is no ownership', (text) => {
    expect(has(text, 'ownership')).toBe(false);
  });

  it('a step on this customer\'s case still counts, also when the team names it', () => {
    expect(has("I'll reissue your voucher this afternoon.", 'ownership')).toBe(true);
    expect(has('Our team will look into your refund and get back to you tomorrow.', 'ownership')).toBe(true);
    expect(has("If you forward me the receipt, I'll check it tonight.", 'ownership')).toBe(true);
  });
});

describe('review fix: readings without "your" (findings 6, 7)', () => {
  it("the writer's promise after a condition the customer meets stays on the case", () => {
    expect(readAt("If you cancel the order now, I'll refund you in full.", "I'll")).toBe('case');
    expect(readAt("Once you transfer the balance, I'll close the account today.", 'today')).toBe('case');
    expect(readAt("If you cancel the order now, we'll refund you in full.", "we'll")).toBe('case');
    expect(has("If you cancel the order now, I'll refund you in full.", 'ownership')).toBe(true);
    expect(has("Once you transfer the balance, I'll close the account today.", 'expectation')).toBe(true);
    // A usage step nobody has taken, on an unnamed thing, still reads as the service's rule.
    expect(readAt("When you add a new user, we'll bill you that night.", "we'll")).toBe('hypothetical');
  });

  it("a habit of the writer or of a thing this reply named is no policy; a general habit still is", () => {
    const refund = "I've issued the refund; it will automatically go back to the original payment method within 5–7 days.";
    expect(readAt(refund, 'within')).toBe('case');
    expect(has(refund, 'expectation')).toBe(true);
    expect(readAt("I'll check the logs every day until the fix lands.", 'every day')).toBe('case');
    expect(readAt('Refunds automatically go back to the original payment method within 5–7 days.', 'within')).toBe('policy');
  });

  it("the company's present on the customer's thing, and its step at a near time, are on the case", () => {
    expect(readAt('We dispatch your replacement tomorrow.', 'tomorrow')).toBe('case');
    expect(readAt('We bill your card every month.', 'every')).toBe('policy');
    expect(readAt("We'll look at more options with the courier today.", "We'll")).toBe('case');
    expect(has("We'll look at more options with the courier today.", 'ownership')).toBe(true);
  });
});
