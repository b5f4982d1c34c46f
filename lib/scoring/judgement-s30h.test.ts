// Session 30 (mood2): hurry cues pruned and their false alarms fixed by structure (RULINGS H1, R-U1). A hurry word
// that is what other people do ("they just rush ahead"), a question about a deadline rule ("When is the last day to
// cancel?"), the times of two parties set side by side ("a few hours with one bank, but 2 days with this card") and a
// wait told as anyone's condition ("If you wait too long…") are no time pressure of the customer's. Cues merged into
// word classes (<past-point>, <point-of-need>, one present-need cue) read every word order their parts listed, and
// "all good now" settles a past wait as "works now" does.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { moodOf } from './test/mood-cases';

/** Asserts hurry and that the evidence holds `words`. */
const hurriedBy = (m: string, words: string) => {
  const r = moodOf(m);
  expect(r.hurry, m).toBe(true);
  expect(r.evidence.join(' | '), m).toContain(words);
};
const unhurried = (m: string) => expect(moodOf(m).hurry, m).toBe(false);

describe('"rush" and "hurry" as what other people do are not the customer\'s time', () => {
  it('reads someone else\'s rushing as calm', () => {
    unhurried('Every raid the other players just rush ahead and I get left behind.');
    unhurried('In the new mode people hurry to the exit and nobody waits for me.');
  });
  it('still reads the customer\'s own rush', () => {
    hurriedBy("I'm in a rush, the shop closes soon and my card keeps failing.", 'rush');
    hurriedBy('Please hurry, my flight leaves in two hours.', 'hurry');
  });
});

describe('the last day to act', () => {
  it('is a polite when when asked as a question about the rule', () => {
    unhurried('When is the last day to cancel without a fee?');
    unhurried('What is the last date for the early-bird price?');
  });
  it('presses when the customer tells it (one cue for both word orders)', () => {
    hurriedBy('Tomorrow is the last day to submit my tax form and your site keeps logging me out.', 'last day to');
    hurriedBy('Today is the final day of the sale and my payment keeps failing.', 'final day of');
  });
});

describe('how long something takes, told in the present', () => {
  it('is a description when two parties\' times are set side by side', () => {
    unhurried('With my old bank it takes a few hours, but with this card it takes 2 days to show up.');
  });
  it('is still a wait when the customer is waiting on it', () => {
    hurriedBy('Your refunds take 10 days to reach my account and I am still waiting.', 'take 10 days');
  });
});

describe('a wait said to be too long', () => {
  it('is no wait of the customer\'s when told as anyone\'s condition', () => {
    unhurried('If you wait too long for a match, the app should offer a taxi.');
  });
  it('is a wait when the customer sat through it', () => {
    hurriedBy('I have waited far too long for this refund.', 'waited far too long');
    hurriedBy('We waited way too long, the table still is not ready.', 'waited way too long');
  });
});

describe('a present need with its near time right after it (one cue where two listed it one way each)', () => {
  it('reads the need and its time', () => {
    hurriedBy('I need to use my card now.', 'use my card now');
    hurriedBy('We need it fixed now!', 'need it fixed now');
    hurriedBy('I need my laptop today, it will not start.', 'today');
    hurriedBy('They want it sorted asap because payroll runs soon.', 'want it sorted asap');
  });
  it('reads it beside a past need, whose past words rule out the near-time cue', () => {
    hurriedBy('I needed the card last week and I still need it tonight.', 'need it tonight');
  });
});

describe('a wait since a point, one <past-point> class for every word order', () => {
  it('reads the point first or the wait first, weekdays and "early morning" too', () => {
    hurriedBy("Since Monday I've been trying to log in and nothing works.", "Since Monday I've been trying");
    hurriedBy('Been waiting since early morning, the app just spins.', 'since early morning');
    hurriedBy('Trying since last week to reach anyone.', 'Trying since last week');
  });
});

describe('a payment blocked where the customer stands, one <point-of-need> class', () => {
  it('reads every place either cue named', () => {
    hurriedBy('I reached the supermarket and the payment failed twice.', 'reached the supermarket');
    hurriedBy("I'm at the toll right now and my card is declined.", 'at the toll');
  });
  it('leaves a rule told as a condition calm', () => {
    unhurried("You can't pay at the shop if you have no cash.");
  });
});

describe('a past wait that is over: "all good now" settles it as "works now" does (SETTLED_WORDS)', () => {
  it('reads a wait that ended with the matter settled as calm', () => {
    unhurried('I waited 3 weeks for the parcel but it arrived yesterday, all good now.');
    unhurried("I needed it yesterday for my meeting but it's all good now.");
  });
  it('keeps the wait when something is still open', () => {
    hurriedBy('I waited 3 weeks for the parcel and it is still not good now.', 'waited 3 weeks');
    hurriedBy('It took two weeks and the parcel arrived, ok now but I still need the invoice today.', 'took two weeks');
  });
});

describe('the product\'s speed described is no demand (faultSpeed reads verbs of a working system too)', () => {
  it('reads "the servers respond immediately" and "the app syncs instantly" as calm', () => {
    unhurried('The game loads fast and the servers respond immediately, great job.');
    unhurried('The app syncs instantly now, love it.');
  });
  it('still reads a request to respond or act at once', () => {
    hurriedBy('Please respond immediately, my account is blocked.', 'respond immediately');
    hurriedBy('my payment failed, process it immediately', 'process it immediately');
  });
});
