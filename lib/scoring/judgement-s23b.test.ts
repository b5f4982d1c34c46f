/**
 * Session 23 (judge-b): empathy and condescension read by structure, not by a row's phrase.
 * Empathy: an apology verb other than "sorry" before the customer's feeling, the feeling reached with
 * got / ended up, a feeling we caused, the customer's reaction called fair, and what the answer means for
 * them (E1, R-WB1). Condescension: the five clause patterns of talking down (CON1) — an unsolicited
 * imperative about the customer's conduct, a verdict on their competence or diligence, a rhetorical
 * question, a lecture frame, a minimiser on what they should have read. Near misses: a polite step of this
 * case, a diagnosis, a genuine question. Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const customerMessage = 'It still does not work and I have tried everything, why is this so bad?';
const empathises = (reply: string) => scorer.score(reply, { customerMessage }).signals.empathy === true;
const talksDown = (reply: string) => scorer.score(reply, { customerMessage }).signals.condescension === true;

describe('empathy: the customer\'s feeling after an apology verb other than "sorry", or reached by got / ended up', () => {
  it.each([
    'We apologise that you feel this way about the update.',
    'I regret that you felt ignored by our team.',
    "We're sorry you got so frustrated with the setup.",
    'Sorry you ended up feeling let down by the trial.',
    "We're sorry to have disappointed you.",
  ])('%s', (reply) => expect(empathises(reply)).toBe(true));
  it.each([
    "We're sorry you had trouble with the login.",
    'Sorry you got charged twice, I have refunded one of the payments.',
    'We apologise that you got the wrong size.',
    "We're sorry you got the email twice.",
    'Sorry to hear that. Which version are you on?',
  ])('no feeling named: %s', (reply) => expect(empathises(reply)).toBe(false));
});

describe("empathy: the customer's reaction called fair, and what the answer means for them", () => {
  it.each([
    'Your frustration is completely understandable.',
    'You have every right to be annoyed about this.',
    "You're right to feel let down by the delay.",
    "I know that's not what you wanted to hear.",
    "That's not how it should work, I'm looking at it now.",
  ])('%s', (reply) => expect(empathises(reply)).toBe(true));
  it.each([
    "That's not how RAID works: the parity is spread over all disks.",
    "I know this isn't the right form, but please fill it in anyway.",
    "Your request is reasonable and I've passed it on.",
    "You're right to restart it first.",
    'Sorry we missed you, the driver will call again tomorrow.',
  ])('a request, a fact or a step: %s', (reply) => expect(empathises(reply)).toBe(false));
});
