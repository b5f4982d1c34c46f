// Session 18 (lead, from the tester's find): asking whether the agent's work did it is not a claim that it
// did. "Have I solved your problem?" — the method's own closing question — read as ownership ("I solved
// your"), so an agent who only asked it was credited with owning the case.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const signals = (text: string) => scorer.score(text).signals;

describe('a question about the agent’s own work is not ownership', () => {
  it.each([
    'Thanks for the details. Have I solved your problem?',
    'Have we fixed the login issue for you?',
    'Have I resolved the issue you were having with the export?',
  ])('"%s" is not ownership', (text) => {
    expect(signals(text).ownership).toBe(false);
  });

  it('still counts the same action stated, before or beside the question', () => {
    expect(signals('I have fixed the login for you.').ownership).toBe(true);
    expect(signals('I solved your billing problem by refunding the second charge. Have I answered everything?').ownership).toBe(true);
  });

  it('keeps the closing question itself', () => {
    expect(signals('Thanks for the details. Have I solved your problem?')['closing-question']).toBe(true);
  });
});
