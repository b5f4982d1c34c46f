// 1. Session 31 review (mood, finding 8): "do" with a noun-phrase subject ("Do these come…", "Do any of your stores
// open…") asks a question, and a noun-first statement ("Refund came through today!!!") is no imperative: with a pile
// of "!" neither is a demand raised in voice.
// Session 31 (mood, upset): an imperative "do" is a demand, not a question; "now" after a word that merely ends in a
// settled word ("networks now", "book now") keeps a wait open. Every sentence here was written for these tests; none is
// a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { waitEndedWell } from './mood-ended';
import { analyse } from './text';

const scorer = createScorer();
const moodOf = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('an imperative opening with a pile of "!" is a demand; "do"/"have" with a subject is a question', () => {
  it.each(['Do something about your app!!!!', 'Please do it now!!!!', 'Just do your job!!!!', 'Fix the login page!!!!'])('upset: %s', (m) =>
    expect(moodOf(m).upset).toBe(true),
  );
  it.each(['Do you ship to Canada!!!', 'Hi, do you guys deliver on Sundays!!!', 'Have you got the blue one in stock!!!', 'Please help me with the setup!!!'])(
    'calm: %s',
    (m) => expect(moodOf(m).upset).toBe(false),
  );
  it('the evidence is the marks of the demand', () => {
    expect(moodOf('Please do it now!!!!').evidence).toContain('!!!');
  });
});

describe('"now" is a settled "works now" only after the whole word', () => {
  const ended = (m: string) => waitEndedWell(analyse(m));
  it('"all good now" and "works now" end the wait', () => {
    expect(ended('We waited two weeks for the engineer and he fixed it, all good now. Brilliant service!')).toBe(true);
    expect(ended('I waited 3 days for the router and it arrived, it works now, great!')).toBe(true);
  });
  it('"networks now" and "book now" are no "works now" / "ok now": the matter is still open', () => {
    expect(ended('I waited 3 days for the router and it arrived, great! Please connect both networks now.')).toBe(false);
    expect(ended('I waited 3 days for the voucher and it arrived, great! I want to book now.')).toBe(false);
  });
});

describe('a pile of "!" raises the voice of the words it closes, not of what follows without a space', () => {
  it('"FIX YOUR BOOKING PAGE!!!!Prices keep growing…" is a demand raised in voice', () => {
    expect(moodOf('FIX YOUR BOOKING PAGE!!!!Prices keep going up every week, it seems like they want to reach the moon.').upset).toBe(true);
  });
  it('praise closed by the marks stays praise', () => {
    expect(moodOf('Best pizza in town!!!!See you next week.').upset).toBe(false);
  });
});

describe('leaving for another provider, or warning others away, said without "business"', () => {
  it.each([
    ["Cold food twice this week. I'd much rather eat somewhere else.", 'rather eat somewhere else'],
    ['Never a car near me at rush hour. Just use Lyft instead, it is cheaper.', 'Just use Lyft instead'],
    ['Filthy rooms and a broken lift, dont bother.', 'dont bother'],
  ])('upset: %s', (m, words) => {
    const mood = moodOf(m);
    expect(mood.upset).toBe(true);
    expect(mood.evidence.some((e) => e.includes(words))).toBe(true);
  });
  it.each([
    'The app crashed, so I had to use Chrome instead. Is that a known issue?',
    'Use the web version instead of the app, right?',
    "Don't bother with the setup wizard, I edited the file by hand and it works.",
    "I'd rather not reinstall, is there another way?",
  ])('calm: %s', (m) => expect(moodOf(m).upset).toBe(false));
});

describe('repeated contact that came to nothing, told over two sentences', () => {
  it('"…so many times. But I have not got any answer." reads the count and the result across the stop', () => {
    const mood = moodOf('I wrote to the billing team so many times. But I have not got any answer.');
    expect(mood.upset).toBe(true);
    expect(mood.evidence.some((e) => e.includes('so many times') && e.includes('any answer'))).toBe(true);
  });
  it('a count of something else beside a result is read only in the next or previous sentence', () => {
    expect(moodOf('I restarted the router many times last year. It has been fine since. Today the light is red, what does that mean? I have not found any answer in the manual.').upset).toBe(false);
  });
});

describe('a question\'s "do" with a noun-phrase subject, and a noun before a finite verb, are no demand', () => {
  it.each([
    'Do these come in size 10!!!',
    'Do any of your stores open Sunday!!!',
    'Do my points expire at the end of the year!!!',
    'Refund came through today!!!',
    'Transfer went out yesterday!!!',
    'Refund arrived this morning!!!',
  ])('calm: %s', (m) => expect(moodOf(m).upset).toBe(false));
  it.each(['Do your job!!!!', 'Do these for me now!!!!', 'Do the repairs now!!!!', 'Refund the damaged item!!!!', 'Refund charged amount!!!!'])(
    'upset: %s',
    (m) => expect(moodOf(m).upset).toBe(true),
  );
});
