// Session 29 (speed): the customer's message is read once per ticket and that one reading is shared by
// every draft's report, frozen — no copy per keystroke, and no caller can change what the next draft reads.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import type { ScoreContext } from './types';

const scorer = createScorer();
const context: ScoreContext = {
  customerMessage: 'The portal has been down since this morning and I need the invoices sent today!',
  subject: 'Portal outage',
};

describe('one frozen reading of the customer per ticket', () => {
  it('gives every draft of a ticket the same mood and situations, read once', () => {
    const first = scorer.score('Hi, I am sorry the portal is down.', context);
    const second = scorer.score('Hi, I am sorry the portal is down. I will send the invoices by noon.', context);
    expect(first.mood.hurry).toBe(true);
    expect(second.mood).toBe(first.mood);
    expect(second.situations).toBe(first.situations);
  });

  it('is frozen to its last array, so a caller cannot change what the next draft reads', () => {
    const { mood, situations } = scorer.score('Thanks for the details.', context);
    expect(Object.isFrozen(mood)).toBe(true);
    expect(Object.isFrozen(mood.evidence)).toBe(true);
    expect(Object.isFrozen(situations)).toBe(true);
    for (const s of situations ?? []) expect(Object.isFrozen(s) && Object.isFrozen(s.evidence)).toBe(true);
    expect(() => mood.evidence.push('changed')).toThrow(TypeError);
    expect(scorer.score('Thanks for the details.', context).mood.evidence).not.toContain('changed');
  });

  it('reads a new message afresh', () => {
    const calm = scorer.score('Happy to help with that.', { customerMessage: 'No rush at all, whenever you have a moment.' });
    expect(calm.mood.hurry).toBe(false);
    expect(calm.mood.upset).toBe(false);
  });
});
