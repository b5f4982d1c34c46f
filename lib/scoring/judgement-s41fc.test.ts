/**
 * Session 41 fix-c: condescension-dismiss narrowed (RULINGS CON1: talking down needs a verdict on the customer; a blunt
 * correction of one fact or a diagnosis is not). Sentences written for these tests (never corpus rows).
 *   2a. Only the customer's whole account ("all of this", "everything you said") dismissed with a verdict noun
 *       (nonsense, lies, rubbish, made up) talks down; "your claim / statement / review is not true / false" corrects one fact.
 *   2b. A hedged diagnosis ("if you're running it incorrectly, …") and "the wrong way for / to …" name the fault.
 *   3a. "As anyone can see / would know", "what did you expect from", "is it so hard to", "too much to ask" are found
 *       once, by rule condescension, not again by condescension-dismiss or condescension-verdict.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, signalCases } from './test/signal-cases';

signalCases(
  '2a the whole account dismissed with a verdict noun, not one fact corrected (CON1)',
  'condescension',
  [
    'All of that is rubbish, we never charged a setup fee.',
    "Everything you're saying is made up, the courier has a photo of the door.",
    'What you wrote is simply lies, the order was cancelled by you.',
  ],
  [
    'Your claim is not true: the order shipped on the 3rd.',
    'Your statement was false in one point, the late fee is $8.',
    'Your review is untrue about the refund window.',
    'Your review was a false positive in our spam filter.',
    'Your invoice is made up of two lines, the plan and the tax.',
  ],
);

signalCases(
  "2b a hedged diagnosis or the wrong way for a purpose is not a verdict (CON1)",
  'condescension',
  ["You're configuring the filter wrong, the date rule goes first.", 'You are reading the graph backwards, the newest week is on the left.'],
  [
    "If you're setting it up wrong, the backup will stop at 40%.",
    "When you are installing the driver incorrectly, Windows shows code 43.",
    'In case you are running the tool wrongly, the log will say so.',
    'You are holding the card the wrong way for the reader, chip side up please.',
    'You are inserting the cable the wrong way to charge, flip it over.',
  ],
);

describe('condescension: 3a one finding for an appeal to what anyone can see (fix-c)', () => {
  it.each([
    ['As anyone can see, the button is blue.'],
    ['The fee is listed, which everybody can see.'],
    ['As anybody would know, the store closes at six.'],
    ['As everyone can tell you, the code is on the back.'],
    ['What did you really expect from a free trial?'],
    ['Is it really so hard to check the spam folder?'],
    ['Is that too much to ask?'],
  ])('exactly one condescension finding: %j', (t) => {
    expect(findingsOf('condescension', t)).toHaveLength(1);
  });
});
