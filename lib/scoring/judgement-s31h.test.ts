// Session 31 (mood2): whose clock is it (RULINGS H1: the customer's own near time, overdue wait or blocked need;
// mood-stakes.ts). A penalty's length ("suspended for 15 days") and a date the customer is not bound to (a contest's
// deadline, a deadline gone by, a deadline asked about as a rule) are no time pressure; a third party's clock the
// customer acts on (a friend's flight, a son's exam) still is. The offer question ("Is there a rush delivery
// option?") is one list for the urgency and the rush cues.
// 1. Review fix (findings 9, 10): a time before "ago" is a wait since then, not a penalty's length; a public event's
//    date with a fault that blocks the customer ("the code doesn't work") is hurry whoever's event it is; "sales team" is
//    no sale; a deadline "moved" is not over; a need with its purpose ("I need it for work today") keeps its near time
//    beside a past word.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { moodOf, unhurried } from './test/mood-cases';

/** Asserts hurry and that the evidence holds `words`. */
const hurriedBy = (m: string, words: string) => {
  const r = moodOf(m);
  expect(r.hurry, m).toBe(true);
  expect(r.evidence.join(' | '), m).toContain(words);
};

describe('a sanction\'s length is no clock', () => {
  it('reads how long a penalty lasts as calm', () => {
    unhurried('My account was suspended for 15 days for no reason.');
    unhurried('I was banned for 3 days after a false report.');
    unhurried('My card is locked for 24 hours after three wrong PINs.');
    unhurried('They gave me a 7-day suspension for one joke in chat.');
  });
  it('keeps a need said beside it', () => {
    hurriedBy('I was banned for 3 days, but I need my account back today for the guild event.', 'today');
  });
  it('keeps the time told as elapsed', () => {
    hurriedBy('My account has been suspended for 12 days now and nobody answers my tickets.', 'for 12 days');
  });
});

describe('another person\'s clock', () => {
  it('counts when the customer acts for them', () => {
    hurriedBy("My friend's flight is tomorrow and her booking still shows as cancelled.", 'tomorrow');
    hurriedBy('My son has an exam tomorrow and the app will not let him log in.', 'tomorrow');
  });
  it('does not count a public event\'s date the customer is not bound to', () => {
    unhurried('The contest deadline is Friday. How do I enter?');
    unhurried('The deadline for the photo competition is tonight, is the form still open?');
    unhurried('The tournament starts tomorrow. Will the servers be up?');
  });
  it('counts a public event\'s date when something of the customer\'s hangs on it', () => {
    hurriedBy("The contest deadline is Friday and my entry won't upload.", 'deadline');
    hurriedBy("The giveaway closes tomorrow and I still haven't got my entry code.", "still haven't got");
  });
});

describe('a deadline gone by or asked about is no clock', () => {
  it('reads a deadline that is over as calm', () => {
    unhurried('The registration deadline passed, can I still join?');
    unhurried('I missed the deadline because your site was down.');
  });
  it('reads a question about the deadline rule as a polite when', () => {
    unhurried('What is the deadline for the spring contest?');
    unhurried("When's the deadline for claiming the rebate?");
  });
  it('keeps the customer\'s own deadline', () => {
    hurriedBy('Our deadline is Friday and the build still fails.', 'deadline');
  });
});

describe('one offer question for "urgent" and "rush"', () => {
  it('reads a question about the kind of service as calm', () => {
    unhurried('Is there a rush delivery option?');
    unhurried('Do you offer an urgent repair service?');
  });
  it('keeps the customer\'s own rush', () => {
    hurriedBy("I'm in a rush, my card keeps failing at the till.", 'rush');
  });
});

describe('overdue waits told in forms the cues did not list', () => {
  it('reads the status the app still shows', () => {
    hurriedBy('I placed an order last Tuesday and it still says processing.', 'still says processing');
    hurriedBy('Two hours on and the transfer is still showing pending.', 'still showing pending');
    unhurried('Is my payment still pending?');
  });
  it('reads a blocked need told with "not <verb>ing"', () => {
    hurriedBy('The app is not opening since morning and I have to pay my electricity bill.', 'have to pay');
  });
  it('reads what took a stated time to come (R-G2), not a program\'s speed', () => {
    hurriedBy('The pizza took 1 hour 20 minutes to arrive and was cold.', 'to arrive');
    unhurried('The install took 20 minutes to complete.');
  });
  it('reads a wait with whatever was waited for, not a build', () => {
    hurriedBy('Waited 2 hours for a tow truck on the hard shoulder.', 'Waited 2 hours');
    unhurried('I waited 5 minutes for the build to finish and it failed.');
  });
  it('reads a service gone for a stated time, the time first', () => {
    hurriedBy('Two weeks without internet.', 'Two weeks without internet');
  });
});

describe('money held is no penalty', () => {
  it('keeps a card or wallet held for days as hurry', () => {
    hurriedBy('My wallet money is blocked for 5 days and not refunded yet.', '5 days');
  });
});

describe('review fixes: a wait since a penalty, a blocked public event, a need with its purpose', () => {
  it('reads a time before "ago" as a wait, not a penalty\'s length', () => {
    hurriedBy('My account was suspended 2 weeks ago and nobody answers my appeal.', '2 weeks ago');
    hurriedBy('My account was suspended 2 weeks ago and I have heard nothing since.', '2 weeks ago');
    unhurried('My account was suspended for 15 days for no reason.');
  });
  it('keeps a need said with "today" beside a penalty', () => {
    hurriedBy('My account was suspended for 15 days and I need it for work today', 'today');
  });
  it('reads a public event\'s date with a fault that blocks the customer as hurry', () => {
    hurriedBy("The promo ends tonight and the code doesn't work", 'tonight');
    hurriedBy('Flash sale starts at 9am tomorrow and checkout is down', 'tomorrow');
    unhurried('The sale ends tomorrow.');
  });
  it('reads a "sales team" as no sale, and a deadline moved as not over', () => {
    hurriedBy('The sales team will call me tomorrow.', 'tomorrow');
    hurriedBy("The deadline was moved up to Friday and the portal won't load", 'deadline');
  });
});
