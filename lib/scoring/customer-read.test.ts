// The customer reader keeps its last reading while the context stays the same (customer.ts): these
// check that a changed context is still read again, however the caller changes it.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import type { ScoreContext } from './types';

const scorer = createScorer();
const situationIds = (context: ScoreContext) => scorer.score('Thanks for getting in touch, I am looking at your account now.', context).situations?.map((s) => s.id) ?? [];

describe('customer reading kept between drafts', () => {
  it('reads a thread again when the caller adds a turn to the same array', () => {
    const thread: NonNullable<ScoreContext['thread']> = [{ role: 'customer', text: 'Hello, a quick question about my invoice layout.' }];
    const context: ScoreContext = { customerMessage: 'Can you help?', thread };
    const before = situationIds(context);
    thread.unshift({ role: 'customer', text: 'I was charged twice and the money is gone from my account.' });
    const after = situationIds(context);
    expect(after).not.toEqual(before);
    // …and reading the same context again gives the same answer.
    expect(situationIds(context)).toEqual(after);
  });

  it('reads a thread again when a turn is changed in place', () => {
    const thread: NonNullable<ScoreContext['thread']> = [{ role: 'customer', text: 'Hello, a quick question about my invoice layout.' }];
    const context: ScoreContext = { customerMessage: 'Can you help?', thread };
    const before = situationIds(context);
    thread[0]!.text = 'I was charged twice and the money is gone from my account.';
    expect(situationIds(context)).not.toEqual(before);
  });

  it('gives the same reading for an equal message in a new string', () => {
    const message = 'Your site has been down all morning and nobody answers!!';
    const first = scorer.score('Sorry about that.', { customerMessage: message });
    const second = scorer.score('Sorry about that.', { customerMessage: message.slice(0, 10) + message.slice(10) });
    expect(second.mood).toEqual(first.mood);
    expect(second.situations).toEqual(first.situations);
  });
});
