// Session 34 (judge-e). Every sentence here was written for these tests; none is a corpus row.
// The rule applied (LABELING personalization, RULINGS P1, R-X4, R-C3, R-G3, R-PERS1; replies-gamedev.md): the agent uses
// the customer's name — a given name, nickname or surname, however unusual, or a user name that holds one. A handle
// holding no name, an initial, a place or business greeted as such, the agent's own signature and a form of address
// are not names. A form of address is a word that says what the customer is to the writer, not who: familiar words
// ("Hey Fam!", "Hi Patron") and, new here, the role, rank or standing a game's or a community's staff greet a player
// by ("Hello Soldier,", "Hi Commander!", "Dear Reviewer,"): a greeting, no personalization. A role word that is also a
// given name ("Hi Hunter,") may name the customer and still counts; "Hi Troops" counts by R-X4.
// 2. A word of the given-name list that is also a common word ("Wait", "See", "Say") opening a later sentence alone,
//    before a stop, a comma or a line break, is that word: an interjection or an imperative, not an address. At the
//    reply's start ("Mark, we …"), after a greeting or closing a clause it still names the customer.
// 3. (fix-names) A given name opening a later sentence before a comma and more words is a vocative, a name (P1):
//    "Great news. Mark, the fix is live." Before a comma only a discourse marker (say, well, look, listen, wait, see,
//    now, so, right, okay) opening a sentence, the reply's first too, is no name: "Say, could you send the log?".
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { discourseMarkerOpening, opensLaterSentence } from './name-context';

const scorer = createScorer();
const signals = (reply: string) => scorer.score(reply).signals;
const evidence = (reply: string) => scorer.score(reply).breakdown?.find((b) => b.signal === 'personalization')?.evidence;

describe('a role or rank as the address of a greeting', () => {
  it.each([
    'Hello Soldier,\n\nThank you for the detailed review of the new maps.',
    'Hi Commander! The server patch went live this morning.',
    'Dear Reviewer, we read every suggestion you left.',
    'Hey Rookie, the tutorial covers the first three missions.',
    'Hello Survivors, the wipe is scheduled for Friday.',
    'Thanks for sticking with us, Captain!',
    'hello soldier, the ban was reviewed by a second moderator.',
  ])('%j greets without naming', (reply) => {
    expect(signals(reply).personalization).toBe(false);
  });

  it('the greeting itself still counts', () =>
    expect(signals('Hello Soldier,\n\nThank you for the detailed review of the new maps.').greeting).toBe(true));

  it.each([
    ['Hi Hunter, thank you for the detailed review.', 'Hi Hunter'],
    ['Hello Ashley, thank you for the detailed review.', 'Hello Ashley'],
    ['Thanks for sticking with us, Priya!', ', Priya!'],
  ])('%j still names the customer', (reply, words) => expect(evidence(reply)).toBe(words));
});

describe('a given name that is a common word, opening a later sentence alone', () => {
  it.each([
    'Hmm. Wait. The export used to keep the headers.',
    'The mirror resyncs on boot.\n\nSee\nhttps://example.com/raid-faq\n\nfor the timeout settings.',
    'You can mix disk sizes. Say, if you have two 4TB disks and one 6TB disk, use partitions.',
    'Thanks for the log.\n\nSee, that is the driver timing out.',
  ])('%j names no one', (reply) => expect(signals(reply).personalization).toBe(false));

  it.each([
    ['Mark, could you send the full log?', 'Mark,'],
    ['Hi Grace! The export keeps the headers now.', 'Hi Grace'],
    ['Thanks for the log, Will.', ', Will.'],
  ])('%j still names the customer', (reply, words) => expect(evidence(reply)).toBe(words));

  it('reads the position only', () => {
    const at = (text: string, word: string) => {
      const i = text.lastIndexOf(word);
      return opensLaterSentence(text, i, i + word.length);
    };
    expect(at('Hmm. Wait. It works.', 'Wait')).toBe(true);
    expect(at('Fixed.\nSee\nthe notes', 'See')).toBe(true);
    expect(at('Wait, which build?', 'Wait')).toBe(false);
    expect(at('Hmm. Wait for the sync.', 'Wait')).toBe(false);
    expect(at('Thanks, Wait.', 'Wait')).toBe(false);
  });
});

describe('a vocative opening a later sentence, and a discourse marker before its comma', () => {
  it.each([
    ['Great news. Mark, the fix is live.', 'Mark,'],
    ['Great news. Mark, could you send the full log?', 'Mark,'],
    ['Mark, could you send the full log?', 'Mark,'],
  ])('%j names the customer', (reply, words) => expect(evidence(reply)).toBe(words));

  it.each(['Say, if you have a minute, could you send the log?', 'Say, could you send the log?', 'Hmm. Wait. The export used to keep the headers.'])(
    '%j names no one',
    (reply) => expect(signals(reply).personalization).toBe(false),
  );

  it('reads the marker and its place only', () => {
    const at = (text: string, word: string) => {
      const i = text.indexOf(word);
      return discourseMarkerOpening(text, i, i + word.length);
    };
    expect(at('Say, could you?', 'Say')).toBe(true);
    expect(at('Done. Well, it works.', 'Well')).toBe(true);
    expect(at('Mark, could you?', 'Mark')).toBe(false);
    expect(at('Hi Say, could you?', 'Say')).toBe(false);
    expect(at('Say it again.', 'Say')).toBe(false);
  });
});
