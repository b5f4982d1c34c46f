// Session 50 (judge-m, mood): customer_hurry read from a question asked again in the same message.
// RULINGS H1 counts "repeated unanswered requests"; corpus-extra/README.md's chat calls: "re-pinging a helper after an
// unanswered question, or quoting one's own unanswered question, is a repeated unanswered request (H1)". In chat the
// lines a customer types before anyone answers reach the agent as one message, so the re-ping sits inside it: a
// presence call after the question ("anyone?", "is anybody around to help?"), an opening "asked earlier:", the same
// question line typed twice (lib/scoring/mood-reping.ts), or the customer saying they repeat their question
// (packs/default.yaml mood_cues.hurry). A first line that asks who is around, a presence call with nothing asked
// before it or in the same line as the question, "anyone else?", a greeting "Hello !", a short line or a log line typed
// twice and a question about reposting are calm.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { moodOf } from './test/mood-cases';

const hurry = (customerMessage: string) => moodOf(customerMessage).hurry;

describe('a question asked again in the same message is hurry', () => {
  it.each([
    'How do I pin the sidebar so it stays open between sessions?\nanyone?',
    'The nightly job skips every file with a space in its name, please help.\nis anybody there?',
    'Where does the plugin keep its cache on Windows?\nIs anyone online who can help?',
    'total beginner, how do I point the CLI at a staging server?\nis there a staffer available?\nhello??',
    'asked earlier: does the team plan let guests edit shared boards?',
    'Asked this yesterday - is the audit log kept for ninety days or for a year?',
    'Why does the calendar sync drop every event that starts before seven?\nWhy does the calendar sync drop every event that starts before seven?',
    'Sorry for repeating my printer question, does the driver support duplex on Linux?',
  ])('%s', (m) => expect(hurry(m)).toBe(true));
});

describe('a first question, a call with nothing asked before it, a short repeat and a question about reposting are calm', () => {
  it.each([
    'Is anyone here running the tracker behind nginx with TLS?',
    'anyone around?',
    'Has anybody else hit the login loop on the new tablet build?\nAnyone else?',
    'Thanks for the link.\nWhy?\nWhy?',
    'If I repost my question in the forum, will a moderator see it sooner?',
    'I asked yesterday and Priya sorted it, thanks! One more: where is the dark theme switch?',
    'Hello, is anyone there? I would like to know what your opening hours are on Sunday.',
    'How do I attach a file to the welcome mail ? Hello ! After many tries I ask here.',
    'Does the widget keep working offline? Anyone?',
    '** unit ?cache? written to disk and checksum verified fine ok\n** unit ?cache? written to disk and checksum verified fine ok',
  ])('%s', (m) => expect(hurry(m)).toBe(false));
});

// R-U2 ("speed words in praise ('resolved promptly')") and R-G2 ("speed in praise"): the speed of what others did is no
// time pressure of the customer's — "needs" as a noun after an owner, a past act done with its object "asap", a thing
// rushed in the passive (packs/default.yaml mood_cues.hurry, the speed, "asap" and "rush" cues).
describe('speed told of what others did is calm', () => {
  it.each([
    'The caretaker makes sure every tenant is fine and our needs are handled promptly.',
    'Lovely stay, the porter arranged a taxi asap when our flight moved.',
    'The front desk replaced the broken kettle asap, very kind of them.',
    'The order was rushed out by the bakery and the icing was smudged.',
  ])('%s', (m) => expect(hurry(m)).toBe(false));
});

describe('a demand for speed and a promise still owed stay hurry', () => {
  it.each([
    'I need the heater fixed quickly, the flat is freezing.',
    'Please have the heater fixed asap, we have a baby at home.',
    'They said the part would be delivered asap and two weeks later there is still nothing.',
    'Your agent rushed me off the call and this is urgent, my card is blocked abroad.',
  ])('%s', (m) => expect(hurry(m)).toBe(true));
});
