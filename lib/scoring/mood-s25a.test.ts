// Session 25a (issue 14, customer_hurry precision): three readings a user would notice, fixed as classes — a time or
// speed word inside a need the customer negates ("I don't need it right now"), a polite request with a mild time word
// (R-I4: "Please respond soon", "Kindly consider this on priority" are calm), and a speed word that tells how a thing
// fails rather than asks for speed ("please help it shuts down immediately"). Every message here was written for
// these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { opensDuration } from './cues';
import { faultSpeed, negatedNeed } from './mood-hurry';
import { analyse } from './text';
import { hurried, unhurried } from './test/mood-cases';

/** The span of `word` in `text` (first occurrence). */
const spanOf = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

describe('a time inside a need the customer negates (negation scope, H1 "a stated need")', () => {
  it('reads a negated need as no time pressure, whatever the time or speed word', () => {
    unhurried("I don't need it right now.");
    unhurried("There's no need to do it today.");
    unhurried("It doesn't have to be fixed immediately.");
    unhurried("I won't need the report until next week.");
    unhurried("We don't really need the export today, whenever suits.");
    unhurried('No need to hurry, whenever you get a chance.');
  });
  it('reads a need in a new clause after the negation, and a negation of something else, as hurry', () => {
    hurried("I don't have wifi and I need it right now.");
    hurried("I don't need a refund, I need my order today.");
    hurried("I can't log in and I need it today for work.");
    hurried('I need it right now.');
  });
  it('takes the negated need from the clause up to the time word', () => {
    const t = "I don't need it right now";
    expect(negatedNeed(analyse(t), spanOf(t, 'right now'))).toBe(true);
    const u = "I don't need the blue one, I need it right now";
    expect(negatedNeed(analyse(u), spanOf(u, 'right now'))).toBe(false);
  });
});

describe('a polite request with a mild time word (R-I4: "Please respond soon" is calm)', () => {
  it('reads "soon" and "on priority" in a request as calm', () => {
    unhurried('Please fix it soon.');
    unhurried('Please respond soon.');
    unhurried('Kindly resolve this on priority.');
    unhurried('pls look into this soon, thanks');
    unhurried('I need this checked on priority.');
  });
  it('still reads ASAP, urgent and a near time in the same request as hurry', () => {
    hurried('Please resolve it asap.');
    hurried('Please fix it soon, my exam is tomorrow.');
    hurried('Kindly resolve this urgently.');
    hurried('Please fix it immediately.');
  });
});

describe('a speed word that tells how a thing fails (who does what: the thing, not the agent)', () => {
  it('reads a device, app or page that fails at speed as no demand for speed', () => {
    unhurried('please help it shuts down immediately');
    unhurried('The app crashes instantly when I open it, please help.');
    unhurried('It closes right away after login.');
    unhurried('The page reloads immediately, can you help?');
    unhurried('My phone died straight away, please advise.');
    unhurried('Please help, the game logs me out instantly.');
  });
  it('still reads a request for speed about the same thing, or a need beside the fault, as hurry', () => {
    hurried('Please fix it immediately.');
    hurried('I need it fixed immediately.');
    hurried('My account needs to be unlocked immediately.');
    hurried('Can you call me right away?');
    hurried('It closes right away after login, I need it for work today.');
  });
  it('finds the thing and its verb before the speed word', () => {
    const t = 'please help it shuts down immediately';
    expect(faultSpeed(analyse(t), spanOf(t, 'immediately'))).toBe(true);
    const u = 'I need it fixed immediately';
    expect(faultSpeed(analyse(u), spanOf(u, 'immediately'))).toBe(false);
  });
});

describe('a negation before a span of time negates what is missing, not the wait (H1 an overdue wait)', () => {
  it('reads "nothing / no reply / not fixed" followed by a span of time as a wait', () => {
    hurried('Still nothing after 2 weeks.');
    hurried('Nothing after 10 days.');
    hurried('No reply for 3 days.');
    hurried('Still no response after 5 days.');
  });
  it('still lets a negation take back an urgency word or a near time', () => {
    unhurried('Not urgent at all, just curious.');
    unhurried('No rush on this one.');
    unhurried("I don't need it for 3 days, so whenever suits.");
  });
  it('opens a duration only at a preposition of time', () => {
    const v = analyse('Still nothing after 2 weeks');
    expect(opensDuration(v.tokens, 'Still nothing '.length)).toBe(true);
    expect(opensDuration(v.tokens, 0)).toBe(false);
  });
});

describe('money held and waits told in app-review English (R-L1, R-U3)', () => {
  it('reads a debit and a failure in either order as money held', () => {
    hurried('Money deducted but recharge failed.');
    hurried('Amount deducted and the recharge is not done.');
    hurried('I did a recharge but it is not done and money is deducted.');
    unhurried('Money was deducted and then refunded the same day, thanks.');
  });
  it('reads "N days back" as "ago" when what was asked for has not come', () => {
    hurried('My card is not delivered yet, ordered 20 days back.');
    hurried('I complained 5 days back and no one called.');
    unhurried('I bought this phone 2 months back and it works great.');
  });
  it('reads something stuck or pending since (or "from") a past day as a wait', () => {
    hurried('KYC is pending from last week, I can\'t use the card.');
    hurried('My transaction is stuck since yesterday.');
    unhurried('I have been using it since yesterday and love it.');
  });
});

describe('a feature wished for is not the customer\'s own issue (R-I4 "about his own issue")', () => {
  it('reads ASAP / urgently on a wish for a feature as calm', () => {
    unhurried('Awesome app. Please add dark mode asap!');
    unhurried('Bring back the old theme urgently!');
    unhurried('Please introduce a fixed deposit option ASAP PLEASE!!');
  });
  it('still reads ASAP on the customer\'s own money, account or fault as hurry', () => {
    hurried('Please add my cashback asap.');
    hurried('Please add the money to my wallet asap.');
    hurried('Add dark mode asap, also my login is broken, fix it asap!');
    hurried('Please fix the login bug asap!');
  });
});

describe('who repeats the contact: the customer, not the company (H1 repeated unanswered requests)', () => {
  it('reads the customer contacted many times as no repeat of theirs', () => {
    unhurried('I was asked several times the same questions about my cookie settings.');
    unhurried('We got called three times about a survey.');
    unhurried('They called me twice to confirm the booking, very nice.');
  });
  it('still reads the customer asking again and again as a repeat', () => {
    hurried('I asked several times the same question and got no answer.');
    hurried('I have called you 4 times and nobody picks up.');
  });
});

describe('a need blocked now, told without its object or by whom it hurts (H1 a blocked need)', () => {
  it('reads "we are blocked" and harm to the customer\'s own customers or business as hurry', () => {
    hurried('Is there any update on this? We are blocked.');
    hurried("Could you please prioritize this, it's affecting all our customers.");
    hurried('It is impacting our business badly.');
  });
  it('leaves blocked from a place, a filter, a question and a possible harm calm', () => {
    unhurried("I'm blocked from the group.");
    unhurried('We are blocked by the firewall at work.');
    unhurried('Will this affect our users?');
    unhurried('This could be affecting our users.');
    unhurried('The update is affecting my phone battery.');
  });
});
