// Session 36 (lead, after the prober's cases): work "as hard as we can" is ownership only when it is work on a fix
// (R-U5: work under way on the very thing raised owns the case; general improvement talk — new features for everyone —
// does not). Sentences written for this test (never corpus rows).
import { describe, expect, it } from 'vitest';
import { shows } from './test/signal-cases';

const CUSTOMER = 'The export wiped my saved maps and support never replied.';
const ownership = (text: string) => shows('ownership', text, CUSTOMER);

describe('working as hard as we can (R-U5)', () => {
  it('on a fix is ownership', () => {
    expect(ownership("We're working as fast as we can to fix the export bug you hit.")).toBe(true);
  });
  it('on new features for everyone is not', () => {
    expect(ownership('Our team is working as hard as we can to release new features every month.')).toBe(false);
    expect(ownership('We are working as fast as we can to add more maps for all players.')).toBe(false);
  });
});
