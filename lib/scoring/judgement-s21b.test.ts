// Session 21 (judge-b, issue 10): condescension, precision first (CON1: talking down, not a blunt statement).
// - "Obviously" that agrees the customer's fault is real ("yet it obviously exists", "that is obviously a bug")
//   or marks the agent's own inference ("this obviously means…") says nothing about the customer; an
//   "Obviously …" that opens the point still does.
// - "Just / simply" to a confused or upset customer: "you just need to…" now counts, as the German pack's
//   "Sie müssen einfach"; the agent's own step ("I'll just restart it"), an option ("you can just…",
//   "or simply…") and a way out under a condition ("If you don't need X, just remove it") do not.
// Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

signalCases(
  '"obviously" that agrees the fault is real, or marks the agent\'s own inference, is not talking down',
  'condescension',
  ['Obviously it will not fit that model.', 'Obviously, if the light is red the card is not seated.'],
  [
    "We can't reproduce the crash yet, but it obviously exists, so please send the log.",
    'This obviously means the stable release lags a little behind the nightly one.',
    'That is obviously a bug on our side, and I have logged it.',
  ],
);

describe('condescension: "just / simply" aimed at a confused or upset customer', () => {
  const scorer = createScorer();
  const upset = 'This is ridiculous, I have tried for an hour and NOTHING works!!';
  const said = (text: string) => scorer.score(text, { customerMessage: upset }).signals.condescension;

  it.each([
    'You just need to click Reset in the top corner.',
    'You simply have to restart the router.',
    'Just click Reset and sign in again.',
  ])('flags %j', (text) => expect(said(text)).toBe(true));

  // Session 21 review: the future form tells the step left after our own work; it belittles nothing.
  it('does not flag "You\'ll just need to sign out and back in." (a step left, said kindly)', () => {
    expect(said("You'll just need to sign out and back in.")).toBe(false);
  });

  it.each([
    "I'll just restart the server on our side and check again.",
    'You can just use the web app while we look into it.',
    'Restart it, or simply unplug it for ten seconds.',
    "If you don't need the scanner, just unplug it and the driver stops loading.",
    'Please click Reset in the top corner.',
  ])('does not flag %j', (text) => expect(said(text)).toBe(false));

  it('leaves a calm customer alone: "you just need to" to someone who is not struggling', () => {
    expect(scorer.score('You just need to click Reset.', { customerMessage: 'Where do I reset my password?' }).signals.condescension).toBe(false);
  });
});
