// Session 34 (judge-d). Every sentence here was written for these tests; none is a corpus row.
// 1. A hard-wrapped first line is no salutation line: "Can you try the⏎attached patch?" runs on in lower case with no
//    blank line between, so its line break does not close it like a comma; "Hello, Xiaoming⏎⏎The invoice…" still does.
// 2. A change proposed as a question (C1, R-F2): "what happens when you <change>?" asks for the change's result;
//    "What happens when you run it?" asks what the customer sees (a diagnostic).
// 3. "Are you able to connect?" with no step before it is a first-contact diagnostic (Q1): no closing question; after a
//    step ("I have reset your router. Are you able to connect now?") it checks the step (C1) and counts as both.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const signals = (reply: string) => scorer.score(reply).signals;

describe('a hard-wrapped first line', () => {
  it.each([
    'Can you try with\nhttps://git.example.org/fix/commit/4f2a91\n?',
    'Please try the\nattached patch.',
    'Does that\nhelp?',
  ])('%j: the sentence runs on across the line break', (reply) => expect(signals(reply)['confirm-resolution']).toBe(true));

  it('a salutation on its own line still ends there: the name is the customer\'s', () => {
    const report = scorer.score('Hello, Xiaoming\n\nThe invoice is attached.');
    expect(report.signals.personalization).toBe(true);
    expect(report.signals.greeting).toBe(true);
  });
});

describe('a change proposed as a question', () => {
  it.each([
    'What happens when you disable the cache plugin?',
    'What happens if you switch the region to Frankfurt?',
  ])('%j: a change whose result is asked, a check and a closing question', (reply) => {
    const s = signals(reply);
    expect(s['confirm-resolution']).toBe(true);
    expect(s['closing-question']).toBe(true);
  });

  it('"what happens when you run it?" asks what the customer sees', () =>
    expect(signals('What happens when you run the import command?')['confirm-resolution']).toBe(false));
});

describe('"are you able to …?" asked with no step before it', () => {
  it('a first-contact ability question is a diagnostic, no closing question (Q1)', () => {
    const s = signals('Thanks for writing in. Are you able to connect to the printer from another laptop?');
    expect(s['closing-question']).toBe(false);
    expect(s['confirm-resolution']).toBe(false);
  });

  it('after a step it checks the step, and counts as both', () => {
    const s = signals('I have reset your router. Are you able to connect now?');
    expect(s['confirm-resolution']).toBe(true);
    expect(s['closing-question']).toBe(true);
  });

  it('"were you able to …?" still follows up a step the customer was to take', () =>
    expect(signals('Were you able to speak with the bank about the card?')['closing-question']).toBe(true));
});
