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

// Review (rf-m, session 50): a first chat message often opens with a greeting, a pleasantry or a bare call for help,
// then asks who is there, then states the matter; none of that has gone unanswered. The re-ping needs an earlier
// sentence of substance and nothing but further calls after the call, or a call right after another call (the first
// went unanswered). The pack's "repeating my question" cue is set
// aside only by a question about repeating ("can I repost…"), not by a repeated question that opens "can I"/"should I".
describe('review (rf-m): a chat opener that asks who is there is calm', () => {
  it.each([
    'Good evening, I hope somebody can help.\nIs anybody available?\nI must change where my parcel gets delivered.',
    'Hey, I need a bit of help please\nis anyone online?',
    'Hi all, hope everyone is well?\nanyone around?\nI wanted to ask about moving to yearly billing.',
    'Hi, how are you today?\nHello?\nI would like to add two seats to my plan.',
    'Subject: refund question?\nHello?\nThe shop charged my card twice for one order.',
    'hey, can someone help me?\nanyone?',
    'Thanks for sorting the login yesterday!\nanyone around today?',
  ])('%s', (m) => expect(hurry(m)).toBe(false));
});

describe('review (rf-m): a real re-ping and a repeated question that opens with a modal stay hurry', () => {
  it.each([
    'Hi, how are you?\nThe invoice has our old VAT number on it, could you correct it?\nanyone?',
    'I need help with my hotel booking please\nanybody around?',
    'The parcel never arrived, please help\nanyone?\nhello??',
    'Sorry for asking again my question, can I get a VAT invoice for March?',
    'Reposting my question, should I reinstall the desktop app or wait for the patch?',
    'Sorry for repeating my question, if possible could you mail the receipt today?',
    'first time here, sorry, is there an admin around?\nanybody here? I am trying to install the tool on fedora',
  ])('%s', (m) => expect(hurry(m)).toBe(true));
});

describe('review (rf-m): a question about repeating and a need praised as met are calm', () => {
  it.each([
    'Can I repeat my question in the French forum as well?',
    'Is it ok to repost my question in the other channel?',
    'The hosts were quick to reply and our every need was met promptly.',
  ])('%s', (m) => expect(hurry(m)).toBe(false));
});

describe("second read (lead): the customer's own rush and a repeated question that asks \"can I post\" are hurry", () => {
  it.each(['We are so rushed for time, the move is on Saturday.', 'Reposting my question: can I post receipts by email?'])(
    '%s',
    (m) => expect(hurry(m)).toBe(true),
  );
});

describe('second read (lead): a thing rushed by others and needs praised as met stay calm', () => {
  it.each([
    'The checks were rushed and the room was not ready when we arrived.',
    "Our guests' needs are always met promptly here.",
  ])('%s', (m) => expect(hurry(m)).toBe(false));
});
