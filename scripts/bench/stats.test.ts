import { describe, expect, it } from 'vitest';
import { textOfSize } from './corpus';
import { maximum, median, quantile, sampleSync } from './stats';

describe('bench statistics', () => {
  it('interpolates quantiles over unsorted samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48);
    expect(median([])).toBeNaN();
  });

  it('finds the largest of more samples than a spread call can take (the commitments part records 10⁵+)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 299_993);
    expect(maximum(many)).toBe(many.reduce((a, b) => (b > a ? b : a), -Infinity));
    expect(maximum([])).toBeNaN();
  });

  it('takes at least minCalls samples and counts the characters it timed', () => {
    const s = sampleSync(['ab', 'cde'], (t) => t.length, { warmupMs: 0, budgetMs: 0, minCalls: 5, capMs: Infinity });
    expect(s.ns).toHaveLength(5);
    expect(s.chars).toBe(2 + 3 + 2 + 3 + 2);
  });

  it('builds long texts from replies, cut at a word boundary near the size', () => {
    const t = textOfSize([{ id: '1', text: 'one two three four five' }], 2048);
    expect(t.length).toBeLessThanOrEqual(2048);
    expect(t.length).toBeGreaterThan(2048 * 0.9);
    expect(t.endsWith(' ')).toBe(false);
  });
});
