// Session 19 (issues 10 and 14): the customer's mood by structure, not by a tuning row's words.
// - upset: a rhetorical question put to the company (U1: accusing words, sarcasm, exasperation) — a
//   question plus a marker of rhetoric ("so hard", "the point … if nobody", "anyone there actually",
//   "who thought … good idea", "what am I paying for"); genuine questions of the same shape stay calm;
//   a verdict noun with a degree adjective ("a big joke") and insults for the company's people.
// - hurry: the customer's money not where it was sent, or not credited since a stated point (R-L1, R-U3);
//   time expressions read by chrono-node as features of the learned hurry model (near, deadline, elapsed);
//   a wait the customer sat through told with what they waited for or where (H1, R-U2, R-G2);
//   a duration "without a response"; nothing heard "until now"; a demand to act "immediately"; a need
//   for work or an exam blocked by the fault; the customer's own customers waiting.
// Every message here was written for these tests (the first rhetorical questions and waits are the
// session 18 review's hand-written cases); none is a corpus row.
import { describe, expect, it } from 'vitest';
import { timeFeatures } from './mood-time';
import { calm, hurried, unhurried, upset } from './test/mood-cases';

describe('upset: a rhetorical question put to the company (U1)', () => {
  it('reads the accusing question as upset', () => {
    upset('Why is it so hard to cancel a subscription?');
    upset('Does anyone there actually read these emails?');
    upset('What is the point of a support line if nobody answers?');
    upset('What am I paying for? The app crashed again.');
    upset('Who thought removing the export button was a good idea?');
    upset('How is this even possible? My order vanished from the list.');
    upset('Does nobody there test anything before a release?');
    upset('Do you even check the address before shipping?');
    upset('How hard can it be to send one invoice?');
  });
  it('keeps a genuine question of the same shape calm', () => {
    calm('Why is my invoice showing VAT? Can you explain?');
    calm('Why does the app log me out every day?');
    calm('What is the point of the second API key?');
    calm('Do you actually support IPv6 on the business plan?');
    calm('Is anyone there who can help me with my login?');
    calm('Do you ever run discounts on the annual plan?');
    calm('Do you even ship to Norway, or only inside the EU?');
    calm('Why is it so hard to find the dark mode toggle? Great app otherwise.');
  });
});

describe('upset: verdict nouns with a degree word, insults for the company\'s people (U1)', () => {
  it('reads them as upset', () => {
    upset('Your loyalty scheme is a big joke.');
    upset('Is this some kind of joke? The price doubled overnight.');
    upset('These clowns sent the wrong part again.');
  });
  it('keeps the customer\'s own self-mockery calm', () => {
    calm('I feel like a clown for missing the confirmation email, sorry.');
  });
});

describe('hurry: a wait the customer sat through, and what has not come (H1, R-U2, R-G2)', () => {
  it('reads a stated wait, in the past tense too, as hurry', () => {
    hurried('I waited 3 days for an answer.');
    hurried('We sat on the tarmac for 3 hours with no information.');
    hurried('Five days without a reply from your billing team.');
    hurried('I have not heard anything from you till now.');
  });
  it('does not read a wait on a program, or a wait that ended well, as hurry', () => {
    unhurried('I waited 5 minutes for the build to finish and it passed.');
    unhurried('We waited 20 minutes for a table, but the food was worth the wait.');
  });
});

describe('hurry: a demand to act now, a blocked need, people waiting on the customer (H1)', () => {
  it('reads them as hurry', () => {
    hurried('Unblock my account right now.');
    hurried('I need this laptop for my work and it will not start.');
    hurried('Our customers are waiting and the checkout is down.');
  });
  it('keeps what a program does at once, a wish for a feature and a plan calm', () => {
    unhurried('The app closes immediately when I tap the send button.');
    unhurried('Our users are waiting for the new version with dark mode.');
    unhurried('Is there a plan we could use for our office?');
  });
});

describe('hurry: the customer\'s money held (R-L1, R-U3)', () => {
  it('reads money not where it was sent, or not credited since a stated point, as hurry', () => {
    hurried('My refund was approved last week and the money is still not in my bank.');
    hurried('I transferred the amount yesterday and it is not credited.');
    hurried('Money left my account last Tuesday and the payment has not reached my landlord.');
  });
  it('keeps how long crediting takes, and a question about it, calm', () => {
    unhurried('How long does it usually take before a refund is credited?');
    unhurried('If a transfer is not credited within 2 days, what should I do?');
  });
});

describe('time expressions for the learned hurry model (mood-time.ts, chrono-node)', () => {
  it('tells a near time, a deadline and an elapsed time apart', () => {
    expect(timeFeatures('I need the report by Friday').values).toMatchObject({ t_near: 1, t_deadline: 1, t_elapsed: 0 });
    expect(timeFeatures('My flight is tomorrow morning').values).toMatchObject({ t_near: 1, t_deadline: 0 });
    expect(timeFeatures('I paid 3 days ago and nothing arrived').values).toMatchObject({ t_near: 0, t_elapsed: 1 });
    expect(timeFeatures('No internet since last week').values).toMatchObject({ t_elapsed: 1 });
  });
  it('does not read versions, sizes or counts as times', () => {
    expect(timeFeatures('Ubuntu 20.04 on kernel 5.15 with 2 GB of RAM').values).toEqual({ t_near: 0, t_deadline: 0, t_elapsed: 0 });
  });
});
