// Session 46 (judge-m, mood): customer hurry.
// - An effort counted from a month is an overdue wait (RULINGS H1, R-U3): "I have been trying to get this sorted since
//   February", "chasing my refund since the beginning of October". A month that only dates an event ("I signed up in
//   March"), use since a month ("using it since January") and a try at the product ("tried the beta since March, works
//   fine") are not.
// - The trouble said to go on for a span told as "for the past four months" is how long the fault has lasted (R-U3);
//   the customer's own doings over such a span ("we have been going on holiday here for the past 5 years", "a member
//   for the past 3 years") are not.
// - Tries to reach the company with the contact verb after "tried to" ("I have tried to call you several times") are
//   repeated requests (H1); tries at a task ("tried to install it several times") are a calm list of attempts (U1).
// - A stay or wait told by its length with what is still missing in the same sentence ("we stayed for 4 nights and still
//   no heating") is a fault not put right for that long: hurry (R-U3, H1 "still" for something overdue), and not upset
//   on its own (U1: "still" is no affect marker); caps and "!!" on it make it upset too. A stay with nothing missing is
//   neither.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { THANKS_FORMS, THANKS_WORD } from './word-classes';
import { signalCases } from './test/signal-cases';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('an effort counted from a month is an overdue wait (H1, R-U3)', () => {
  it.each([
    'I have been trying to get my broadband contract cancelled since February and nobody helps.',
    'I have been chasing this refund since the beginning of October.',
    'We have been waiting for the replacement router since early May.',
    'I have been trying to get the duplicate charge reversed since Jan 2025.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
  it.each([
    'I signed up in March and the widgets are great.',
    'I have been using the planner since January and I like it.',
    'I tried the new beta since March, it runs fine for me.',
    'I tried to sign up in March and it worked first time.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('a trouble going on for the past weeks or months is a long wait (R-U3)', () => {
  it.each([
    'My landline crackles after dark, and the fault has been going on for the last three months.',
    'My bill is wrong again and the problem has been going on for the last 3 weeks.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
  it.each([
    'We have been going on holiday to this resort for the past 5 years, lovely as always.',
    'I have been a member for the past 3 years. Can I add my son to the plan?',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('tries to reach the company are repeated requests; tries at a task are not (H1, U1)', () => {
  it.each([
    'I have tried to call your helpline several times and no one has gotten back to me.',
    'I tried to reach the billing team multiple times about the double charge.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
  it.each([
    'I tried to install the printer driver several times but it stops at 80 percent. Any ideas?',
    'I tried to export the report three times and it comes out blank.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('a stay told by its length and what is still missing (R-U3, H1, U1)', () => {
  it.each([
    'We stayed for 4 nights and still no heating in the room.',
    'We have been here for 2 nights and there is still no hot water in our bathroom.',
    'Three days in and still no wifi on our floor.',
  ])('hurry, not upset: %s', (m) => {
    const r = mood(m);
    expect(r.hurry).toBe(true);
    expect(r.upset).toBe(false);
  });
  it('caps and "!!" on the same complaint make it upset too', () => {
    const r = mood('We stayed for 4 nights and STILL no heating!! Shocking.');
    expect(r.hurry).toBe(true);
    expect(r.upset).toBe(true);
  });
  it.each([
    'We stayed for 4 nights and the heating worked well, lovely garden.',
    'We stayed for 4 nights. The towels were a bit thin but the staff were kind.',
  ])('neither: %s', (m) => {
    const r = mood(m);
    expect(r.hurry).toBe(false);
    expect(r.upset).toBe(false);
  });
});

describe('one thanks class for the mood readers (word-classes.ts)', () => {
  const thanks = new RegExp(String.raw`^(?:${THANKS_WORD})$`, 'iu');
  it.each(['thanks', 'Thank you', 'thankyou', 'thank u', "thank y'all", 'thx', 'thnx', 'thanx', 'ty', 'tysm'])('a thanks form: %s', (w) =>
    expect(thanks.test(w)).toBe(true),
  );
  it.each(['thank', 'cheers', 'thankful', 'pretty'])('not a thanks form on its own: %s', (w) => expect(thanks.test(w)).toBe(false));
  it('lists each form once', () => expect(new Set(THANKS_FORMS).size).toBe(THANKS_FORMS.length));
  it('a chat spelling of thanks to the helper still leaves a review reservation weighed as praise', () => {
    // mood-thanks.ts reads "thnx" as thanks to the helper like "thanks"; the stay's praise outweighs the reservation
    expect(mood('Thnx for the quick reply! The rooms were lovely and the pool was great. The breakfast was not very good.').upset).toBe(false);
  });
});

// Fix46 (fix-c), review finding 4: after "trying to", only an aim of getting something or reaching someone is an effort
// the company holds up; learning or understanding something since a month is the customer's own task (U1).
describe('trying since a month: getting or reaching is a wait, a task of ones own is not (fix46 finding 4)', () => {
  it.each([
    'I have been trying to get my broadband contract cancelled since February and nobody helps.',
    'I have been trying to reach your billing team since March.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
  it.each([
    'I have been trying to learn Rust since March, any tips?',
    'I have been struggling to understand the pricing since January.',
    'I have been trying to paint the fence since April, any tips?',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

// Fix46 (fix-c), review finding 9: tries to reach the company in a sentence that thanks them or says it is settled were
// answered; thanks in advance or sarcastic thanks keep the repeat.
describe('tries to reach the company, then thanks or settled (fix46 finding 9)', () => {
  it.each([
    'I tried to reach you twice and you were super helpful both times, thanks!',
    'I tried to call you twice yesterday to say thanks, all good now.',
    'I tried to contact you three times this month and it is sorted now, thank you.',
  ])('calm: %s', (m) => expect(mood(m).hurry).toBe(false));
  it.each([
    'I have tried to call you 5 times, thanks in advance for answering.',
    'I have tried to contact you several times, thanks a lot!',
  ])('hurry: %s', (m) => expect(mood(m).hurry).toBe(true));
});

// Fix46 (fix-c), review finding 12: the expectation cues' dates ahead read the pack's month classes (<month-name>, and
// <month-but-may> where a bare month follows "by"/"until"), not lists of their own: the same dates are a next event.
signalCases(
  'a date ahead named by its month is a next event (fix46 finding 12)',
  'expectation',
  [
    'The new firmware should reach your router by the end of July.',
    'The replacement parts will be back in stock by mid-September.',
    'Your credit will show on your statement on the 3rd of May.',
    'The price freeze holds until October 12.',
  ],
  [
    'The router firmware was released in July.',
    'May I ask which plan you are on?',
  ],
);
