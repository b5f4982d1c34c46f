/**
 * Session 42 (speed): the phrase matcher skips an alternation none of whose options can start with the token's word
 * (UStep.first, worked out once when the pack compiles) instead of trying each option there. A pack's optional slots
 * ("[just|now]", a class of adverbs in brackets) are tried at nearly every token of a phrase and hold no word there most
 * of the time. Nothing a user sees changes: a phrase matches the same words as before, with or without the optional
 * words, and a reply shows the same signals. Phrases and replies written for this test, none copied from a corpus row.
 */
import { describe, expect, it } from 'vitest';
import { MatcherTable } from './matchers';
import { tokenize } from './tokens';
import { compileWordClasses } from './word-classes';
import { shows } from './test/signal-cases';

const CLASSES = compileWordClasses({
  adverb: { words: ['just', 'now', 'also', 'of course', 'right away'] },
  future: { words: ['will', "'ll", 'am going to', 'are going to'] },
  check: { words: ['check', 'look into', 'review', 'take a look at'] },
});

/** Scans `text` for `phrases` with a fresh table: what each phrase matched, and the branch points visited. */
function scan(phrases: string[], text: string) {
  const table = new MatcherTable(CLASSES);
  table.addList(phrases);
  const hits = table.scanAll(text, tokenize(text, 0, text.length), () => false);
  return { found: hits.map((list) => list.map((h) => text.slice(h.start, h.end))), visits: table.lastVisits };
}

const PROMISE = '(I|we) [<adverb>] <future> [<adverb>] <check> (it|this)';

describe('an optional alternation with no option for the token is skipped, and matches stay the same', () => {
  it('finds the promise with the optional words there, with one of them there, and with neither', () => {
    const text = "I will check it. We are going to just take a look at this. I'll of course review it right away.";
    expect(scan([PROMISE], text).found).toEqual([['I will check it', 'We are going to just take a look at this', "I'll of course review it"]]);
  });

  it('does not match when another word stands in an optional slot', () => {
    expect(scan([PROMISE], 'I will quickly check it. We soon will review this.').found).toEqual([[]]);
  });

  it('visits no branch point at an optional slot whose word starts none of its options', () => {
    // "I will check it": the two adverb slots hold "will" and "check", which start no adverb; the <future> and
    // <check> classes are tried at words that start one of their options. Two branch points, the classes.
    expect(scan([PROMISE], 'I will check it').visits).toBe(2);
  });

  it('reads an alternation of alternations by the words their options start with', () => {
    const phrases = ['((going|about) to|(will|shall)) (call|email) you', '[(so|very) (sorry|sad)] to hear'];
    const text = 'We are about to call you. We shall email you. I am sorry to hear that, so sorry to hear it. Good to hear.';
    expect(scan(phrases, text).found).toEqual([['about to call you', 'shall email you'], ['to hear', 'so sorry to hear', 'to hear']]);
  });
});

describe('replies read as before', () => {
  it('a promise to look into it, with and without an adverb, is ownership; a reply with none is not', () => {
    expect(shows('ownership', "Thanks for the details. I'll look into this for you today.")).toBe(true);
    expect(shows('ownership', "Thanks for the details. I'll also look into this for you today.")).toBe(true);
    expect(shows('ownership', 'Thanks for the details. That page lists the opening hours.')).toBe(false);
  });
});
