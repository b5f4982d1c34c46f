import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keyChangesText, MAX_QUIET_WAIT_MS, QUIET_MARGIN_MS, quietDelay, UNDO_GROUP_MS, untilQuiet, type QuietClock } from './undo-window';

describe('quietDelay', () => {
  it('waits out the window and the margin after the last change', () => {
    // Typed at 1000 ms, asked at 1100 ms, ProseMirror's 500 ms window: due at 1600 + margin.
    expect(quietDelay(1100, 1000, 500, 1100)).toBe(500 + QUIET_MARGIN_MS - 100);
  });

  it('goes at once when the window has already passed', () => {
    expect(quietDelay(5000, 1000, 500, 5000)).toBe(0);
    expect(quietDelay(1000 + 500 + QUIET_MARGIN_MS, 1000, 500, 1000)).toBe(0);
  });

  it('goes at once for an editor without a window, or a box where no change was seen', () => {
    expect(quietDelay(1000, 999, 0, 1000)).toBe(0);
    expect(quietDelay(1000, undefined, 1000, 1000)).toBe(0);
  });

  it('never waits past the cap counted from when the edit was asked for', () => {
    // Quill's 1000 ms window and a change that keeps coming: the cap ends the wait.
    expect(quietDelay(2000, 1990, 1000, 1000, 1200)).toBe(200);
    expect(quietDelay(2200, 2190, 1000, 1000, 1200)).toBe(0);
  });
});

describe('untilQuiet', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const clock: QuietClock = { now: () => Date.now(), sleep: (ms) => new Promise((done) => setTimeout(done, ms)) };

  /** Runs `untilQuiet` to its end on the fake clock; `during(t)` runs at each step of `stepMs`. */
  async function run(lastChange: () => number | undefined, windowMs: number, during: (elapsed: number) => void = () => {}, stepMs = 10) {
    const started = Date.now();
    let outcome: Awaited<ReturnType<typeof untilQuiet>> | undefined;
    void untilQuiet(lastChange, windowMs, clock).then((o) => void (outcome = o));
    while (!outcome) {
      await vi.advanceTimersByTimeAsync(stepMs);
      if (!outcome) during(Date.now() - started);
    }
    return outcome;
  }

  it('an Insert right after the last keystroke waits out ProseMirror and Froala’s 500 ms', async () => {
    const typedAt = Date.now();
    const outcome = await run(() => typedAt, UNDO_GROUP_MS.prosemirror);
    expect(outcome.quiet).toBe(true);
    expect(outcome.waitedMs).toBeGreaterThanOrEqual(500 + QUIET_MARGIN_MS);
    expect(outcome.waitedMs).toBeLessThanOrEqual(500 + QUIET_MARGIN_MS + 10);
  });

  it('an Insert long after the typing does not wait', async () => {
    const typedAt = Date.now() - 5000;
    const outcome = await untilQuiet(() => typedAt, UNDO_GROUP_MS.quill, clock);
    expect(outcome).toEqual({ quiet: true, waitedMs: 0 });
  });

  it('an editor whose insert is always a step of its own never waits', async () => {
    const now = Date.now();
    for (const kind of ['lexical', 'ckeditor5', 'slate', 'textarea'] as const) {
      expect(await untilQuiet(() => now, UNDO_GROUP_MS[kind], clock)).toEqual({ quiet: true, waitedMs: 0 });
    }
  });

  it('starts the window again when the agent types during the wait', async () => {
    let last = Date.now();
    // One more keystroke 300 ms into the wait: quiet 500 + margin after that one.
    const outcome = await run(() => last, 500, (elapsed) => {
      if (elapsed === 300) last = Date.now();
    });
    expect(outcome.quiet).toBe(true);
    expect(outcome.waitedMs).toBeGreaterThanOrEqual(300 + 500 + QUIET_MARGIN_MS);
  });

  it('ends at the cap when the box never goes quiet, and says so', async () => {
    let last = Date.now();
    const outcome = await run(() => last, UNDO_GROUP_MS.quill, () => void (last = Date.now()));
    expect(outcome.quiet).toBe(false);
    expect(outcome.waitedMs).toBeGreaterThanOrEqual(MAX_QUIET_WAIT_MS);
    expect(outcome.waitedMs).toBeLessThanOrEqual(MAX_QUIET_WAIT_MS + 10);
  });

  it('every window fits under the cap with its margin', () => {
    for (const ms of Object.values(UNDO_GROUP_MS)) expect(ms + QUIET_MARGIN_MS).toBeLessThanOrEqual(MAX_QUIET_WAIT_MS);
  });
});

describe('keyChangesText', () => {
  it('counts the keys that type or delete text', () => {
    for (const key of ['a', 'Z', ' ', '.', 'é', '😀', 'Enter', 'Backspace', 'Delete']) expect(keyChangesText({ key }), key).toBe(true);
  });

  it('does not count navigation, modifiers or shortcuts', () => {
    for (const key of ['ArrowLeft', 'Home', 'PageDown', 'Shift', 'Control', 'Tab', 'Escape']) expect(keyChangesText({ key }), key).toBe(false);
    expect(keyChangesText({ key: 'z', ctrlKey: true })).toBe(false);
    expect(keyChangesText({ key: 'v', metaKey: true })).toBe(false);
  });
});
