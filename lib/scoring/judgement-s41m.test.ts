// Session 41 (mood): customer mood read from two more structures.
// - Hurry (RULINGS H1 "a long or overdue wait"; R-U2 "a stated waiting time stays hurry in the past tense"; R-SA1): a
//   wait the customer sat through told by its length in other words than "waiting for …" — the time a fault added to
//   their wait, the minutes or hours they sat before giving up, a wait said to be long without a number. Not the time
//   a product was tried before giving up (how long it was used, R-U3) nor a charge for waiting time.
// - Hurry (H1 "repeated unanswered requests"): the repeated contacts said as a noun after "after"/"despite", with
//   nothing come of them in the same sentence. Not when the contacts led somewhere ("after two calls it was fixed").
// - Upset (RULINGS U1 "money or critical data that the customer describes as lost"): data the customer is trying to
//   recover, or says is beyond recovery, is data lost to them (the pack's `lost` situation implies upset). Not a
//   program recovering from an error state, nor files already recovered.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('a wait sat through, told by its length, is hurry', () => {
  it.each([
    'The booking page spun on the loading wheel for 10 minutes before I gave up.',
    'Every morning the shuttle detour adds 20 minutes to my waiting time at the stop.',
    'I gave up after 2 hours on the checkout screen, the payment never went through.',
    'We have waited so long for the replacement router that the office is working from phones.',
    'I have been waiting forever for the technician to show up.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});

describe('a trial length or a charge for waiting is no wait of the customer', () => {
  it.each([
    'I used the planner for a few weeks before I gave up, the sync between devices is poor.',
    'Why was I charged for waiting time on my last ride?',
    'The export only takes a few minutes to my surprise, nice work.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('data the customer is trying to recover or says is beyond recovery is upset (lost data)', () => {
  it.each([
    'Trying to recover data from my laptop disk after the power cut, the last backup is months old.',
    'Unrecoverable corruption on the pool after the cache drive died. Is there any way back?',
    'The shop database is unrecoverable after the failed upgrade and we had no copy.',
  ])('%s', (m) => expect(mood(m).upset).toBe(true));
});

describe('recovery said of a program or of files already back stays calm', () => {
  it.each([
    'The service can recover from the timeout state by itself, but it takes a minute. Is that expected?',
    'The restore tool has recovered the files from the old partition. Are the recovered copies consistent?',
    'How do I recover a deleted branch in git?',
  ])('%s', (m) => expect(mood(m).upset).toBe(false));
});

describe('repeated contacts that came to nothing are hurry', () => {
  it.each([
    'Even after several reminders there is still no date for the installation.',
    'Despite repeated calls to the helpline nobody has reconnected our line.',
    'After three emails I have no answer about the missing parcel.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});

describe('repeated contacts that led somewhere are no wait', () => {
  it.each(['After two calls the engineer came and replaced the router, all good now.', 'After several emails we agreed on a new delivery slot, thanks.'])('%s', (m) =>
    expect(mood(m).hurry).toBe(false),
  );
});
