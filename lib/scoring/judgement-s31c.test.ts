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
    expect(readAt('At the end of each quarter we post you a paper statement.', 'At the end').mood).toBe('policy');
    expect(readAt('We email a receipt within an hour of every payment.', 'within').mood).toBe('policy');
  });

  it("the customer's plan or kind as the condition, what any customer may do, and a habit are policy", () => {
    expect(readAt("If you're on a monthly plan, you'll be charged on the 3rd.", 'on the 3rd').mood).toBe('policy');
    expect(readAt('You can move the booking up to 12 hours before pick-up.', 'up to 12 hours').mood).toBe('policy');
    expect(readAt('The deposit is normally returned within a week.', 'within a week').mood).toBe('policy');
  });

  it('a usage step nobody has taken as the condition is hypothetical', () => {
    const r = readAt('When you invite a guest, they get a link within a minute.', 'within a minute');
    expect(r.mood).toBe('hypothetical');
  });

  it('a company "we" doing it for all its customers reads as everyone', () => {
    const r = readAt("We'll soon be launching great new rewards for all members.", "We'll");
    expect(r).toMatchObject({ subject: 'we', mood: 'everyone' });
  });

  it("the writer's own step, a step toward us and the customer's own thing stay on the case", () => {
    expect(readAt("I'll reissue your voucher this afternoon.", "I'll")).toMatchObject({ subject: 'I', forCustomer: true, mood: 'case' });
    expect(readAt("If you forward me the receipt, I'll check it tonight.", "I'll").mood).toBe('case');
    expect(readAt('We usually reply within a day, and your refund went out today.', 'your').mood).toBe('case');
    expect(readAt("Let's check that meter reading together.", "Let's").mood).toBe('case');
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
