// Session 33 (judge-c). The sentences are made up for these tests.
// 1. One place inflects verbs: inflect.ts `formsOf` gives the forms of one-word and phrasal verbs (the clause reading's
//    usage and product-work verbs, a pack's word classes).
// 2. A conditional offer of help ("if you're still stuck, message our help desk and someone will assist you", "you can
//    reach us anytime and we'd be glad to help") is help at a later date or standing availability (O1): the clause reads
//    `hypothetical`, no ownership; a conditional promise of an action on the case ("… and we'll look into it") stays one.
// 3. The writer's own past action named as the fault ("I uploaded a broken installer", "I linked you to the wrong
//    article") reads `slip`: a cause admitted, no ownership (O3); a past action on the case stays ownership.
// 4. Review (fix-slip): a repair of the wrong thing is no slip: a verb that undoes it ("I removed the incorrect
//    charge", "I corrected the wrong address", "we cancelled the wrong order") or a swap naming what comes instead
//    reads `case`, and "I created a bug for our devs" is a bug filed, not made: ownership stays. The perfect reads as
//    the past ("I've sent you the wrong link" is a slip like "I sent you the wrong link").
import { describe, expect, it } from 'vitest';
import { readClauseAt } from './clause-reading';
import { formsOf } from './inflect';
import { createScorer } from './index';
import { analyse } from './text';

const scorer = createScorer();
const has = (reply: string, signal: string) => scorer.score(reply).signals[signal] === true;
/** The reading at the first occurrence of `at` in `text`. */
const readAt = (text: string, at: string) => readClauseAt(analyse(text), text.indexOf(at));

describe('formsOf: verbs and phrasal verbs inflected in one place', () => {
  it('inflects the first word of a phrasal verb and keeps the rest as written', () => {
    expect(formsOf(['top up'], ['base', 's'])).toEqual(['top up', 'tops up']);
    expect(formsOf(['look into'])).toEqual(['look into', 'looks into', 'looked into', 'looking into']);
  });

  it('goes verb by verb, in the order of the kinds asked for', () => {
    expect(formsOf(['cancel', 'ship'], ['ing', 'base'])).toEqual(['canceling', 'cancelling', 'cancel', 'shipping', 'ship']);
    expect(formsOf(['bring'], ['past'])).toEqual(['brought']);
  });
});

describe('a conditional offer of help is no step on the case (O1)', () => {
  it.each([
    ['If the printer keeps jamming after that, message our help desk at https://desk.example.org and someone from our team will assist you.', 'someone from'],
    ['If you need more help with the export, fill in this form: https://forms.example.org/x; our support team will help you out.', 'our support'],
    ['Should the error still appear, drop us a line and we would be happy to help.', 'we would'],
    ["You can always reach our chat desk and we'll gladly assist you.", "we'll"],
  ])('%s reads hypothetical, no ownership', (text, at) => {
    expect(readAt(text, at)).toBe('hypothetical');
    expect(has(text, 'ownership')).toBe(false);
  });

  it('keeps a promise of an action on the case, conditional or not', () => {
    const text = 'If the sync still fails, send us the log file and we will look into it.';
    expect(readAt(text, 'we will')).toBe('case');
    expect(has(text, 'ownership')).toBe(true);
    expect(has('Please email us your booking number and our team will help you with the refund.', 'ownership')).toBe(true);
  });

  it('reads an invitation to get in touch as standing only with "always" or "any time"', () => {
    expect(readAt('You can reach out to us on the chat anytime and we would be happy to assist you!', 'we would')).toBe('hypothetical');
    expect(readAt('Do reach out to us on social media and we will be happy to help.', 'we will')).toBe('case');
  });
});

describe("the writer's own slip is a cause admitted, no ownership (O3)", () => {
  it.each([
    ['Apologies, I uploaded a broken installer yesterday. A fixed one is up now.', 'I uploaded'],
    ['Oops, I linked you to the wrong article. This is the one: https://docs.example.org/sync', 'I linked'],
  ])('%s reads slip, no ownership', (text, at) => {
    expect(readAt(text, at)).toBe('slip');
    expect(has(text, 'ownership')).toBe(false);
  });

  it('reads any action on a thing named wrong as a slip, on a fault only one that made it', () => {
    expect(readAt('Sorry, I replaced the wrong adapter last week.', 'I replaced')).toBe('slip');
    expect(readAt('I replaced the broken cable on your line.', 'I replaced')).toBe('case');
    expect(has('I replaced the broken cable on your line.', 'ownership')).toBe(true);
    expect(readAt('We fixed a bug in your import this morning.', 'We fixed')).toBe('case');
    expect(readAt('I reproduced the error on a fresh install.', 'I reproduced')).toBe('case');
    expect(readAt('Sorry, we introduced a regression in 2.3.', 'we introduced')).toBe('slip');
  });

  it('keeps a past action on the case, and a bug report filed for it', () => {
    expect(readAt('I filed a bug report for the crash you found.', 'I filed')).toBe('case');
    expect(has('I filed a bug report for the crash you found.', 'ownership')).toBe(true);
  });
});

describe('a repair or a filing is no slip; the perfect reads as the past (review)', () => {
  it.each([
    ['I removed the incorrect charge from your account.', 'I removed'],
    ['I corrected the wrong address on your booking.', 'I corrected'],
    ['I created a bug for our devs.', 'I created'],
    ['I cancelled the wrong order and placed a new one.', 'I cancelled'],
    ['We replaced the wrong part with the right one.', 'We replaced'],
  ])('%s reads case, ownership kept', (text, at) => {
    expect(readAt(text, at)).toBe('case');
    expect(has(text, 'ownership')).toBe(true);
  });

  it('reads a company "we" cancelling the wrong thing as a step on the case', () => {
    expect(readAt('We cancelled the wrong order and placed a new one.', 'We cancelled')).toBe('case');
  });

  it.each([
    ['I uploaded a broken installer.', 'I uploaded'],
    ['I linked you to the wrong article.', 'I linked'],
    ['I sent you the wrong link.', 'I sent'],
    ["I've sent you the wrong link.", "I've"],
    ['I have sent you the wrong link.', 'I have'],
    ['We introduced a bug in 2.3.', 'We introduced'],
  ])('%s stays a slip, no ownership', (text, at) => {
    expect(readAt(text, at)).toBe('slip');
    expect(has(text, 'ownership')).toBe(false);
  });
});
