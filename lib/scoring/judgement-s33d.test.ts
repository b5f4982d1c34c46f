// Session 33 (judge-d). Every sentence here was written for these tests; none is a corpus row.
// 1. A resolution check needs a fix, step or delay before it (C1, session 32): after a step, "if this doesn't help" is the
//    step's failure as the condition to come back, in any channel ("…, please email us"); with no step it checks nothing.
//    A re-run asked for so that we can see something is a diagnostic run (R-F2), not a test of a fix.
// 2. A common word greeted alone with "!" is a name (P1: "Hi Summer!"); with a comma a pack word stays a word (session 18:
//    "Hey Checkout,"); the addressee words are not names ("Hi There!", "Hi Team!", "Hello Again!"), a place greeted
//    with "!" stays a place ("Hello Chicago!"), and in German, which capitalises its nouns, a noun stays a noun.
// 3. Review of 2: "!" alone named any word ("Hello World!", "Hi Both!", "Hi Partner!"). A common word is a name only
//    when it is also a given name (GIVEN_NAMES), with "!" or a comma (P1: "Hi Grace!", "Hi Grace,"); "Hi Summer!" no
//    longer names, as Summer is no given name in that list. "Neighbour" is a familiar address, not a name.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { loadGermanPack } from './test/german';

const scorer = createScorer();
const signals = (reply: string) => scorer.score(reply).signals;
const evidence = (reply: string, signal: string) => scorer.score(reply).breakdown?.find((b) => b.signal === signal)?.evidence;

describe('a resolution check after a step', () => {
  it('the step failing, then another channel, is a check after a step', () => {
    const reply = 'Please clear the app cache and restart it. If this doesn\'t help, please email us at help@example.com.';
    expect(signals(reply)['confirm-resolution']).toBe(true);
    expect(evidence(reply, 'confirm-resolution')).toBe("If this doesn't help, please email");
  });

  it.each([
    'Thanks for the kind review! If this doesn\'t help, please email us at help@example.com.',
    // The fault's return as the condition is a generic offer in many replies (C1 "DM us if you still need help").
    'Please restart the app. If the problem persists, feel free to message me.',
  ])('%j: no check', (reply) => expect(signals(reply)['confirm-resolution']).toBe(false));
});

describe('a re-run for what we get to see', () => {
  it('"retest with tracing on, so I can see the values" checks no fix', () =>
    expect(signals('Thanks for the report. Could you retest with tracing enabled, so I can see the raw values?')['confirm-resolution']).toBe(false));

  it('a re-run with no purpose of ours stays a check', () =>
    expect(signals('I have pushed a fix to master. Could you retest with the new build?')['confirm-resolution']).toBe(true));
});

describe('a common word as the whole address of a greeting', () => {

  it.each([
    'Hi There! Your refund is on its way.',
    'Hi Team! Your refund is on its way.',
    'Hello Again! Your refund is on its way.',
    'Hi All, your refund is on its way.',
    'Hi Summer, your refund is on its way.',
    'Hello Chicago! The link is fixed.',
    'Hi Summer sale fans, the link is fixed.',
  ])('%j names no one', (reply) => expect(signals(reply).personalization).toBe(false));

  it('in German a noun greeted with "!" stays a noun', () =>
    expect(createScorer(loadGermanPack()).score('Hallo Kundenservice! Danke für die Nachricht.').signals.personalization).toBe(false));
});

describe('a common word greeted alone is a name only when it is a given name', () => {
  it.each(['Hope', 'Grace', 'Joy', 'Faith', 'Rose', 'Will', 'Mark'])('"Hi %s!" and "Hi %s," name the customer', (name) => {
    expect(evidence(`Hi ${name}! Your refund is on its way.`, 'personalization')).toBe(`Hi ${name}`);
    expect(evidence(`Hi ${name}, thanks for the details.`, 'personalization')).toBe(`Hi ${name}`);
  });

  it.each([
    'Hello World! Your refund is on its way.',
    'Hi Both! Your refund is on its way.',
    'Hi Members! Your refund is on its way.',
    'Hi Devs! Your refund is on its way.',
    'Hi Partner! Your refund is on its way.',
    'Hello Neighbour! Your refund is on its way.',
    'Hello Shopper! Your refund is on its way.',
    'Hi Folks! Your refund is on its way.',
    'Hi Friend! Your refund is on its way.',
    // Summer is no given name in GIVEN_NAMES, and a pack word ("this summer").
    'Hi Summer! Your refund is on its way.',
    'Hi There, thanks for the details.',
    'Hi Team, thanks for the details.',
    'Hi All, thanks for the details.',
  ])('%j names no one', (reply) => expect(signals(reply).personalization).toBe(false));
});
