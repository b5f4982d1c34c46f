// @vitest-environment happy-dom
// A signal a team pack declares shows in the panel like a built-in one, under the pack's label.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { createScorer } from '@/lib/scoring';
import { testPack } from '@/lib/scoring/test/packs';
import type { Report } from '@/lib/scoring/types';
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

describe('the explained score (issue 11)', () => {
  it('says the points earned of those possible and what is still open, from the same figures as the score', () => {
    const report = createScorer(pack).score('Thank you for waiting.');
    render(<SignalList report={report} />);
    const why = screen.getByTestId('score-why');
    // gratitude (8) earned; kb-link (6) open; the score is 8 / 14.
    expect(report.score).toBe(Math.round((100 * 8) / 14));
    expect(why.textContent).toBe('8 of 14 points earned · 6 still open');
  });

  it('counts habits, signals that do not apply to this customer, and the cap of an error-level rule', () => {
    const report = {
      score: 49,
      signals: {},
      findings: [],
      breakdown: [
        { signal: 'gratitude', present: true, weight: 8, points: 8 },
        { signal: 'apology', present: true, weight: 6, points: 6 },
        { signal: 'empathy', present: false, weight: 10, points: 0 },
        { signal: 'no-problem', present: true, weight: -4, points: -4 },
        { signal: 'bonus-tip', present: false, weight: 4, points: 0, applicable: false, need: 'not-now' },
        { signal: 'teach', present: false, weight: 5, points: 0, applicable: false, need: 'optional' },
      ],
      scoreCap: { max: 49, ruleIds: ['password-in-reply'] },
    } as unknown as Report;
    render(<SignalList report={report} />);
    const why = screen.getByTestId('score-why');
    expect(why.textContent).toContain('14 of 24 points earned · 10 still open · 4 lost to habits · 2 signals not counted for this customer');
    expect(why.textContent).toContain('Held at 49 because an error-level rule fired (password-in-reply)');
    // A tip the customer should not get now promises no points.
    const tip = document.querySelector('[data-signal="bonus-tip"]')!;
    expect(tip.textContent).not.toContain('+4');
  });
});
