/**
 * Session 31 (judge-a), teach (RULINGS T1, T2).
 * 1. Morphology: a verb form of the <works>/<mechanism>/<device-does> classes right before "of" is a noun
 *    ("loads of checks", "the counts of each type"), no habit of a system.
 * 2. How many tickets to open is a channel rule, not a how-to ("create one ticket for all your issues").
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const teach = (reply: string) => scorer.score(reply).signals.teach === true;

describe('teach: a verb form before "of" is a noun', () => {
  it.each([
    'Have a look at the troubleshooting page. It gives you loads of checks to run.',
    'The report lists the counts of each type, if that helps you compare.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    'The page loads the old script when you come back from the checkout.',
    'It stores the token until you sign out.',
  ])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});

describe('teach: how many tickets to open is a channel rule', () => {
  it.each([
    'Merged into #310. Please create one ticket for all your issues instead of creating several, thanks!',
    'Could you raise a separate case for the refund instead of adding it here?',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it('still flags a method next to it', () => {
    expect(teach('Instead of creating a new profile each time, you can duplicate the old one from Settings > Profiles.')).toBe(true);
  });
});
