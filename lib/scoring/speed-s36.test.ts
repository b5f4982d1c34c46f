// Session 36 (speed): a short dashed path ("Settings - Support") counts only after a navigation verb (negative-place.ts
// NAV_BEFORE), which is now read in the last two words before the path (navBefore) instead of in the whole draft before
// it; the answers are those of the whole-draft search. No ruling changes (corpus-extra README, S34 judge-c: an in-app
// menu path through the support channel). Sentences written for these tests, not taken from any corpus row.
import { describe, expect, it } from 'vitest';
import { supportPathsIn } from './negative-place';

describe('a short dashed path after a navigation verb', () => {
  const paths = (t: string): string[] => supportPathsIn(t).map((p) => t.slice(p.start, p.end));

  it('reads a two-word verb split by several spaces or a line break', () => {
    expect(paths('For a refund, please go   to Settings - Support.')).toEqual(['Settings - Support']);
    expect(paths('When you are ready, navigate\tto Settings - Support.')).toEqual(['Settings - Support']);
    expect(paths('For the form, just click   on Settings - Support and write to us.')).toEqual(['Settings - Support']);
  });

  it('reads a one-word verb right before the path', () => {
    expect(paths('Thanks for waiting; in the app, open Settings - Support for the form.')).toEqual(['Settings - Support']);
    expect(paths('Thanks for waiting; in the app, via\nSettings - Support.')).toEqual(['Settings - Support']);
  });

  it('takes no verb that is part of a longer word or further back', () => {
    expect(paths('We had to forgo to Settings - Support for now.')).toEqual([]);
    expect(paths('Please go to the store later; Settings - Support is new.')).toEqual([]);
    expect(paths('Settings - Support is where the form lives.')).toEqual([]);
  });

  it('reads the verb after a long opening as after a short one', () => {
    const opening = 'We looked into the order history for you and found nothing missing. '.repeat(300);
    expect(paths(`${opening}For a refund, go to Settings - Support.`)).toEqual(['Settings - Support']);
    expect(paths(`${opening}For a refund, go to the page; Settings - Support.`)).toEqual([]);
  });
});
