import { describe, expect, it } from 'vitest';
import { createScorer, forgetDrafts } from './index';
import { heldDraftEntries } from './draft-memory';

// Words written for this test: a German-looking opening (language cache), mood words (VADER cache),
// a promise with a time (chrono cache) and a made-up product word (the matcher's word cache).
const draft =
  'Hi Marguerite, I am so sorry the Zorblatt sync lost your invoices twice this week. ' +
  'I will call you back tomorrow at 10am once our billing team has restored them.';
const context = { customerMessage: 'This is awful, the Zorblatt sync deleted my invoices AGAIN!', writtenAt: Date.UTC(2026, 11, 7, 9) };

describe('forgetDrafts', () => {
  it('empties every cache that holds draft or message words, and the readings stay the same', () => {
    const scorer = createScorer();
    const before = scorer.score(draft, context);
    expect(heldDraftEntries()).toBeGreaterThan(0);
    forgetDrafts();
    expect(heldDraftEntries()).toBe(0);
    const after = scorer.score(draft, context);
    expect(after).toEqual(before);
    expect(before.commitments?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('forgetDrafts and the scorer’s own last-message slots', () => {
  it('drops the customer reading a ticket shared across drafts, so a closed ticket’s message is not kept', () => {
    const scorer = createScorer();
    const message = 'Still broken after the update, I need it working before my flight tonight. Thanks, Marguerite';
    const first = scorer.score('Hi Marguerite, let me check that for you now.', { customerMessage: message });
    // While the ticket is open, every draft shares the one reading of the unchanged message…
    const second = scorer.score('Hi Marguerite, let me check that for you right now.', { customerMessage: message });
    expect(second.mood).toBe(first.mood);
    forgetDrafts();
    expect(heldDraftEntries()).toBe(0);
    // …after the ticket closes the reading is gone: the next score reads the message afresh, to the same result.
    const third = scorer.score('Hi Marguerite, let me check that for you right now.', { customerMessage: message });
    expect(third.mood).not.toBe(first.mood);
    expect(third).toEqual(second);
    expect(third.mood.hurry).toBe(true);
  });
});
