/**
 * Session 34 (fix-mood2), review findings on the customer's mood (RULINGS H1, U1).
 * 1. A near time said of a past act is no hurry: "today"/"this morning" that times something already done in its own
 *    clause (a past verb, no need or request before the time word) or a past point ("from this morning") is not a
 *    deadline (mood-past-time.ts). A request to act today, or a present passive ("it is needed today"), stays hurry.
 * 2. A feeling word before capitalised words is upset, not a title's name, when a word of the would-be name is a word
 *    of the company's service or "customer" ("Horrible Customer Support"), when the word after the name is a thing
 *    the customer has ("Terrible Samsung phone"), or when the capitalised word after it is a preposition ("Angry
 *    With"). A title read as a name ("Angry Birds crashes", "Furious 7 won't play") stays calm.
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for reaching out, I will look into this.', { customerMessage }).mood;

describe('a near time said of a past act is no hurry', () => {
  it.each([
    'I placed an order this morning, could you confirm it went through?',
    "Here's the log from this morning so you can check it.",
    'We submitted the form today, please let us know when it is reviewed.',
  ])('reads %s calm', (m) => {
    expect(mood(m)?.hurry).toBe(false);
  });
  it.each([
    'Can you fix this today?',
    'It would be great if you could fix this today.',
    'It crashed this morning and I need it working today.',
    'Online payments are not available and it is needed today for my transfers.',
  ])('reads %s hurried', (m) => {
    expect(mood(m)?.hurry).toBe(true);
  });
});

describe('a feeling word before a service, a thing or a preposition is no name', () => {
  it.each(['Horrible Customer Support team never replies', 'Terrible Samsung phone keeps dying', 'i am very Angry With your service'])(
    'reads %s upset',
    (m) => {
      expect(mood(m)?.upset).toBe(true);
    },
  );
  it.each(['Angry Birds crashes on start', 'Furious 7 won\'t play'])('reads %s calm', (m) => {
    expect(mood(m)?.upset).toBe(false);
  });
});
