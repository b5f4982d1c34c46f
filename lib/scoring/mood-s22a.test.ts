// Session 22a (issue 14, customer_hurry): hurry shown by structure rather than by time words — the customer's
// own money held from them (R-L2), money taken that the receiver did not get (R-L1), what is still not done "till
// now" (R-U3), a need with a deadline chrono-node reads (mood-hurry.ts timeBoundNeed), "Any update?" as a chaser
// only with a sign of one (customer.ts chasing), and "NOW" before a product noun as a name ("NOW plan").
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { timeBoundNeed } from './mood-hurry';
import { hurried, unhurried } from './test/mood-cases';
import { analyse } from './text';

describe('the customer\'s own money held from them is hurry (R-L2)', () => {
  it('reads money the customer cannot withdraw, access or use', () => {
    hurried('I can\'t even withdraw my money from the wallet.');
    hurried('The app won\'t let me access my funds since the update.');
    hurried('I am unable to use my balance, the screen says account frozen.');
    hurried('We are not able to transfer our savings out of the account.');
  });
  it('leaves a failing function reported alone and a how-to question calm', () => {
    unhurried('I can\'t pay money.');
    unhurried('How can I withdraw my money to the bank?');
    unhurried('Is it possible to transfer my balance to another account?');
    unhurried('If I close the card, can I still use the balance?');
  });
});

describe('money taken that the receiver did not get is hurry (R-L1)', () => {
  it('reads "did not get the payment" beside a debit', () => {
    hurried('The shop didn\'t get the payment and the amount was deducted from my card.');
    hurried('My landlord did not receive the money but it was debited from my account.');
  });
  it('leaves a debit that came back calm', () => {
    unhurried('The amount was deducted and I got it back the next day.');
    unhurried('The seller didn\'t get the payment, the amount was deducted and then refunded within an hour.');
  });
});

describe('what is still not done at the time of writing is an overdue wait (R-U3)', () => {
  it('reads "not resolved until now", "so far", "to date"', () => {
    hurried('My complaint is not resolved until now.');
    hurried('My account hasn\'t been activated to date, please check.');
    hurried('The fault has not been fixed till now even after three calls.');
    hurried('The replacement has not been dispatched so far.');
  });
  it('leaves a test that went well so far and an undecided plan calm', () => {
    unhurried('Nothing crashed so far.');
    unhurried('I haven\'t decided yet whether to upgrade.');
    unhurried('So far it\'s working fine, thanks.');
    unhurried('What if my order is not dispatched so far from the date of payment?');
  });
});

describe('a need with a deadline is hurry', () => {
  it('reads dates the cue list does not spell out', () => {
    hurried('We have to submit the report before the end of the month and the export is broken.');
    hurried('The certificate is due on Thursday and I still can\'t download it.');
    hurried('I must have the replacement no later than Friday.');
    hurried('I need the corrected invoice before Jan 20 for our auditors.');
  });
  it('leaves a question, a condition, a habit and a far date calm', () => {
    unhurried('The engineer visit is due on Thursday, what should I prepare?');
    unhurried('We have to file the VAT return by the 5th every month.');
    unhurried('We need this feature by next year.');
    unhurried('I need to change my address, I moved last week.');
    unhurried('I need to know what happened on Monday.');
  });
  it('reads no deadline in a question about the rules', () => {
    // the learned model (mood-learned.ts) still reads this one as hurried: a need and a deadline word weigh in it
    expect(timeBoundNeed(analyse('Do I need to renew before the end of the month?'))).toEqual([]);
    expect(timeBoundNeed(analyse('Does the form have to be in before Jan 20?'))).toEqual([]);
    expect(timeBoundNeed(analyse('We have to send it before Jan 20.'))).toHaveLength(1);
  });
});

describe('someone else\'s need as a condition or a habit is no time pressure (R-U1)', () => {
  it('leaves "if you need it by Friday" and "usually need … by Monday" calm', () => {
    unhurried('If you need it by Friday, let me know and I will send the form.');
    unhurried('Our users usually need their payslips by Monday, is there a way to schedule the export?');
  });
  it('keeps the customer\'s own stake with a condition', () => {
    hurried('I will lose the contract if it is not fixed by Friday.');
    hurried('I need the invoice fixed by Monday, our auditors are waiting.');
  });
});

describe('"Any update?" asks after the status; it chases only with a sign of a wait or a repeat', () => {
  it('leaves a first polite check-in calm', () => {
    unhurried('Hi, any update on this?');
    unhurried('Any update on my refund?');
    unhurried('Quick question: any news about it? Thanks in advance.');
  });
  it('reads it with a wait, "still" or a repeat', () => {
    hurried('Any update on my refund? It has been 10 days.');
    hurried('Any update on this? I have asked three times already.');
    hurried('Any update on this? I am still waiting for the replacement.');
  });
  it('reads a follow-up the customer sent later in the same message as a chaser', () => {
    hurried('The export button does nothing on the reports page.\n\n[later]\n\nHello? Any update on this?');
    hurried('My invoice shows the wrong VAT number.\n\n[four days later]\n\nAny word on this?');
  });
  it('leaves a follow-up that only adds a failed attempt calm', () => {
    unhurried('The connector will not load.\n\n[later]\n\nI reinstalled the driver. But still no luck.');
    unhurried('The sync stops at 40%.\n\n[later]\n\nStill no change after a reboot, here is the log.');
  });
});

describe('a message that greets the agent again is the customer\'s next turn', () => {
  it('reads a status question after "Hello again" as a chaser', () => {
    hurried('Hi again, any update on my refund?');
  });
  it('leaves a new question after "Hi again" calm', () => {
    unhurried('Hi again, thanks for the fix. Another question: can I export to CSV?');
  });
});

describe('"NOW" before a product noun names a product', () => {
  const scorer = createScorer();
  const moodWith = (customerMessage: string, subject?: string) =>
    scorer.score('Thanks, I am on it.', { customerMessage, ...(subject ? { subject } : {}) }).mood;
  it('reads "NOW plan", "NOW pass" as a name, also in a subject', () => {
    expect(moodWith('The upgrade did not apply to my account.', 'NOW plan upgrade not applied')).toMatchObject({ hurry: false });
    unhurried('My NOW pass renewal failed and the card was charged.');
    unhurried('Can I move my NOW membership to a new email address?');
  });
  it('keeps the customer\'s own NOW', () => {
    expect(moodWith('The upgrade did not apply to my account.', 'Need help NOW')).toMatchObject({ hurry: true });
    hurried('I need it NOW. Plan B failed too.');
    hurried('FIX IT NOW PLEASE, the shop is full.');
  });
});

describe('a bracketed label that ends in a colon introduces the customer\'s own words', () => {
  it('reads the words after "[Update:]" as the customer\'s', () => {
    hurried('The invoice export fails.\n\n[Update:] Three days without a reply.');
    hurried('[follow-up:] It has been a week and still no refund.');
  });
  it('still sets aside a program\'s stamp', () => {
    unhurried('[12:03:44] ERROR: urgent flush failed, retrying');
    unhurried('[INFO] deadline scheduler started');
  });
});
