// Session 16 review: replies written for this review (e-mail, chat, app-store and forum styles), not
// corpus rows. After session 16 a name after the greeting's comma needs the given-names list or closing
// punctuation; a salutation line of its own ("Hello, Xiaoming⏎⏎…") is closed by its line break, so a
// name outside the list there is still the customer's (P1: any given name counts, however unusual).
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { analyse } from './text';
import { signalCases } from './test/signal-cases';

signalCases(
  "a name alone on the salutation line after the greeting's comma is closed by the line break (P1)",
  'personalization',
  [
    'Hello, Oluwaseun\n\nThanks for getting in touch. I have reset your password.',
    'Hi, Xiaoming\n\nThe invoice is attached.',
    'Hi, Tariq\nYour order shipped today.',
    'Good morning, Mehmet\n\nYour order shipped today.',
    'Hello, Jürgen\r\n\r\nYour licence key is below.',
  ],
  [
    // a whole sentence on the opening line is not a salutation line
    'Hey, Heres the link to the course\n\nEnjoy!',
    'Hi, Quick update on your order\n\nIt shipped today.',
    'Hello there\n\nSee the steps below.',
    // the line break of a later line closes nothing
    'Your order shipped today.\nThanks, Kwame\nAcme Support',
  ],
);

describe('the salutation line end', () => {
  it('is one comma token spanning the line break, and counts as no word', () => {
    const view = analyse('Hi, Xiaoming\n\nThe invoice is attached.');
    const comma = view.tokens.find((t) => t.start === 12);
    expect(comma?.norm).toBe(',');
    expect(comma?.end).toBe(13);
    expect(view.words).toBe(analyse('Hi, Xiaoming, The invoice is attached.').words);
  });

  it('is not added when the line already ends in punctuation, is long, or is the whole reply', () => {
    const count = (t: string) => analyse(t).tokens.filter((k) => k.norm === ',').length;
    expect(count('Hi, Xiaoming,\n\nThe invoice is attached.')).toBe(2);
    expect(count('I looked at the order and it shipped\n\nBest')).toBe(0);
    expect(count('Hi, Xiaoming\n\n')).toBe(1);
  });

  it('leaves the reply otherwise scored as before', () => {
    const scorer = createScorer();
    const s = scorer.score('Hi, Xiaoming\n\nI have refunded the order today.').signals;
    expect(s.greeting).toBe(true);
    expect(s.ownership).toBe(true);
  });
});

signalCases(
  '"since the previous …", "since the first …" opening a whole clause, and "caused by this issue in …" naming it, are causes (T1); a short time phrase or a bare pointer back is not',
  'teach',
  [
    'Since the previous owner still holds the licence, the activation is refused.',
    'Since the first invoice was never paid, the second one includes both months.',
    'The crash is caused by this issue in Chrome 120: the GPU process dies on some Intel drivers.',
  ],
  [
    "A lot has changed since your last visit, and we'd love to have you back.",
    'It has been quiet since the last update, thanks for checking in!',
    "We're sorry about the late fee charged due to the same, please write to us with the booking ID.",
    "Due to the same issue, we've refunded the fee.",
  ],
);

describe('a short closing line ending in a comma, as its own paragraph, with the name ending the reply, signs off', () => {
  const said = (text: string) => createScorer().score(text).signals;
  it.each([
    "Hi there,\n\nI've refunded the order today.\n\nHope this helps,\nNadia",
    "Hi there,\n\nI've refunded the order today.\n\nEnjoy the rest of your week,\nMarta",
    "Hi there,\n\nI've refunded the order today.\n\nHappy coding,\nKent\nAcme Support",
    "Hi there,\n\nI've refunded the order today.\n\nWarmly,\nAnna",
  ])('%j', (text) => {
    const s = said(text);
    expect(s.personalization).toBe(false);
    expect(s.ownership).toBe(true);
  });

  it.each([
    // a name line followed by a sentence is no signature; a name closed by punctuation is the customer's
    "Hi there,\n\nI've refunded the order today.\n\nGood news,\nPriya: the credit is already on your card.",
    "Hi there,\n\nI've refunded the order today.\n\nGood news for you, Priya! The credit is already on your card.",
  ])('the customer addressed: %j', (text) => {
    expect(said(text).personalization).toBe(true);
  });
});
