// @vitest-environment happy-dom
// A signal a team pack declares shows in the panel like a built-in one, under the pack's label.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { createScorer } from '@/lib/scoring';
import { testPack } from '@/lib/scoring/test/packs';
import { SignalList } from './SignalList';

afterEach(cleanup);

const pack = testPack(
  [
    { id: 'kb', type: 'phrase-present', signal: 'kb-link', level: 'suggestion', message: 'Link it', examples: {}, phrases: [{ pattern: '\\bKB\\d{7}\\b' }] },
    { id: 'thanks', type: 'phrase-present', signal: 'gratitude', level: 'info', message: 'Thank', examples: {}, phrases: ['thank you'] },
  ],
  { signals: { 'kb-link': { label: 'Links a knowledge-base article', points: 6 } }, weights: { gratitude: 8 } },
);

describe('SignalList with a declared signal', () => {
  it('lists it as missing with the points it would add, then as present with its words', () => {
    const scorer = createScorer(pack);
    render(<SignalList report={scorer.score('Thank you for waiting.')} />);
    const missing = screen.getByText('Links a knowledge-base article').closest('li')!;
    expect(missing.dataset.present).toBe('false');
    expect(missing.textContent).toContain('+6');
    cleanup();
    render(<SignalList report={scorer.score('Thank you, see KB0012345.')} />);
    const present = screen.getByText('Links a knowledge-base article').closest('li')!;
    expect(present.dataset.present).toBe('true');
    expect(present.textContent).toContain('KB0012345');
  });
});
