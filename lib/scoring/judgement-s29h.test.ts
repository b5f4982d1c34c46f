// Session 29 (mood2): hurry read by classes, not by one list per cue. The hurry cues count a wait or a near time with
// the pack's word classes <count>, <span-long> and <span-short> (every number the customer may write: "eleven days",
// "twenty minutes", "a fortnight"), and tie a near time to the customer with <hurry-need> (a need, a demand, an event
// to be ready for). A time after "until" is how long a state lasts, not a deadline; "took forever" told in the past
// presses only while something is still owed. A made-up case stays a made-up case whichever apostrophe it
// is written with. Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { DEFAULT_PACK } from '@/lib/rule-pack/default-pack.generated';
import { notOwnNeedWords } from './mood-words';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('a wait counted in any number the customer writes is hurry', () => {
  it.each([
    ['It has been eleven days and still no refund.', 'eleven days'],
    ['I have been on hold for twenty minutes now and nobody picked up.', 'twenty minutes'],
    ['Ordered eight days ago and still nothing has shipped.', 'eight days'],
    ['We have been without email for 3 days.', 'without email for 3 days'],
    ["It's been weeks and I still have not heard back.", "It's been weeks"],
  ])('%s', (m, words) => {
    const r = mood(m);
    expect(r.hurry).toBe(true);
    expect(r.evidence.join(' | ')).toContain(words);
  });
});

describe('trying to reach someone, a span of time between, is a wait', () => {
  it('"tried for two days to reach someone" reads as hurry', () => {
    expect(mood('I have tried for two days to reach someone in billing, nothing.').hurry).toBe(true);
  });
});

describe('a near time tied to a need or an event of the customer is hurry', () => {
  it.each([
    'Our workshop starts tomorrow and the registration page is broken, please help.',
    'I have a client demo today and the export button does nothing.',
    'Please can you send the invoice tomorrow morning, finance needs it.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});

describe('a near time after "until" is how long a state lasts, not a deadline', () => {
  it.each([
    "I'm out of office until tomorrow, please reply then.",
    "I'm away until Monday, please reply when you can.",
    'Please keep the parcel at the depot until Friday, thank you.',
  ])('%s', (m) => {
    const r = mood(m);
    expect(r.hurry).toBe(false);
    expect(r.kind).toBe('calm');
  });
  it('a deadline said with "by" beside it still reads as hurry', () => {
    expect(mood("I'm away until Monday, so I need the new card by Friday.").hurry).toBe(true);
  });
});

describe('a made-up case is no need, with a straight or a curly apostrophe', () => {
  it.each(["Let's say we have a task with two hours estimated, due today.", 'Let’s say we have a task with two hours estimated, due today.'])('%s', (m) =>
    expect(mood(m).hurry).toBe(false),
  );
  it('the shared list reads both apostrophes and a wider gap', () => {
    const re = new RegExp(`(?:${notOwnNeedWords(String.raw`\s{1,3}`)})`, 'iu');
    expect(re.test('let’s  say')).toBe(true);
    expect(re.test("let's say")).toBe(true);
    expect(re.test('anyone who')).toBe(true);
    expect(re.test('I need someone to fix it')).toBe(false);
  });
});

describe('"no rush" stays calm', () => {
  it.each(['No rush at all, it has been three days but whenever suits you.', 'Not urgent, whenever you have time this week.'])('%s', (m) =>
    expect(mood(m).hurry).toBe(false),
  );
});

describe('the hurry cues name their counts and spans through the word classes', () => {
  const cues = JSON.stringify(DEFAULT_PACK.mood_cues.hurry);
  it('no hurry cue spells out a count list of its own with "a|an"', () => expect(cues).not.toContain('# #|#|a|an'));
  it('no hurry cue spells out the long spans', () => expect(cues).not.toContain('day*|week*|wk|wks|fortnight*|month*'));
  it('the classes hold what the cues used to list', () => {
    expect(DEFAULT_PACK.word_classes?.['count']?.words).toEqual(expect.arrayContaining(['#', 'a', 'couple of', 'seven', 'ten', 'several']));
    expect(DEFAULT_PACK.word_classes?.['span-long']?.words).toEqual(['day*', 'week*', 'wk', 'wks', 'fortnight*', 'month*']);
    expect(DEFAULT_PACK.word_classes?.['hurry-need']?.words).not.toContain('until');
  });
});

describe('"took forever" told in the past with no number presses only while something is still owed', () => {
  it('a slow visit recounted is not hurry', () => {
    expect(mood('Lovely rooftop, but the waiter took forever to bring our drinks. It was my birthday too.').hurry).toBe(false);
  });
  it('a slow refund still missing is hurry', () => {
    expect(mood('Your team took forever to answer and I still have no refund.').hurry).toBe(true);
  });
  it('the present "takes forever" on a wait is read as before', () => {
    expect(mood('The refund is taking forever, where is my money?').hurry).toBe(true);
  });
});
