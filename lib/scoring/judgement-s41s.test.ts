/**
 * Session 41 (speed): teach-reading.ts now makes its debug-switch and more-output expressions once, at load, instead of
 * on every how-to match. No reading changes: a step whose own sentence turns on a debug or verbose switch and whose next
 * sentence gets more output from it is a gathering step (RULINGS T2; corpus-extra R-WL1) and does not teach, however
 * many drafts the scorer read before it; the same step without the more-output sentence still teaches. Sentences written
 * for this test, none copied from a corpus row.
 */
import { describe, expect, it } from 'vitest';
import { shows } from './test/signal-cases';

const GATHERS = 'Start the sync tool from Settings > Advanced with the debug switch on. That way you will see more detailed error messages.';
const TEACHES = 'Start the sync tool from Settings > Advanced with the debug switch on. After that, open Settings > Sync and tap Sync now.';

describe('teach: a debug switch followed by "see more …" gathers, on every draft in a row (T2, R-WL1)', () => {
  it('the gathering step does not teach and the plain step does, read alternately several times', () => {
    // Alternating drafts on one scorer: an expression kept between calls must carry nothing from one draft to the next.
    const readings = [GATHERS, TEACHES, GATHERS, TEACHES, GATHERS].map((t) => shows('teach', t));
    expect(readings).toEqual([false, true, false, true, false]);
  });
});
