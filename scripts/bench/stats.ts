import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Timing helpers. Each call is timed on its own with hrtime.bigint so medians and p95 come from
// real per-call samples; loops run for a time budget (with a minimum count) so fast and slow
// libraries both get stable figures without making the whole bench slow; a hard cap keeps a
// pathologically slow build from hanging it.

export interface Samples {
  /** Per-call durations in nanoseconds. */
  ns: number[];
  /** Characters processed across all timed calls, for ns per character. */
  chars: number;
  totalNs: number;
  /** Fastest time seen for each input, by index: a reply slow even at its best is slow for real, not by GC luck. */
  bestByInput: number[];
}

export interface Budget {
  warmupMs: number;
  /**
   * Warm-up calls made even past `warmupMs` (up to the cap): one pass over the inputs lets a
   * library finish lazy set-up (harper.js spends seconds in its first lints) before timing starts.
   */
  warmupCalls?: number;
  budgetMs: number;
  /** At least this many calls, even past the budget (up to `capMs`). */
  minCalls: number;
  /** Hard stop, whatever the count; four times the budget unless given. */
  capMs?: number;
}

/** Keeps results alive so the engine cannot optimise the measured call away. */
export let sink = 0;

/** `before(i)`, when given, runs untimed before each timed call on input `i` (e.g. to read its customer message). */
export function sampleSync(inputs: string[], fn: (text: string, i: number) => unknown, budget: Budget, before?: (i: number) => void): Samples {
  const out: Samples = { ns: [], chars: 0, totalNs: 0, bestByInput: [] };
  const timed = (k: number) => {
    const i = k % inputs.length;
    const text = inputs[i]!;
    before?.(i);
    const t0 = process.hrtime.bigint();
    const r = fn(text, i);
    const dt = Number(process.hrtime.bigint() - t0);
    sink ^= r === undefined ? 0 : 1;
    return { dt, chars: text.length, i };
  };
  const warm = clock(budget.warmupMs);
  for (let k = 0; warming(warm, k, budget); k++) {
    const { dt, chars, i } = timed(k);
    // One call slower than the cap: more calls would only make the bench hang.
    if (dt > capMs(budget) * 1e6) return record(out, dt, chars, i);
  }
  const run = clock(budget.budgetMs);
  for (let k = 0; !enough(out, budget, run); k++) {
    const { dt, chars, i } = timed(k);
    record(out, dt, chars, i);
  }
  return out;
}

export async function sampleAsync(inputs: string[], fn: (text: string) => Promise<unknown>, budget: Budget): Promise<Samples> {
  const out: Samples = { ns: [], chars: 0, totalNs: 0, bestByInput: [] };
  const timed = async (k: number) => {
    const i = k % inputs.length;
    const text = inputs[i]!;
    const t0 = process.hrtime.bigint();
    const r = await fn(text);
    const dt = Number(process.hrtime.bigint() - t0);
    sink ^= r === undefined ? 0 : 1;
    return { dt, chars: text.length, i };
  };
  const warm = clock(budget.warmupMs);
  for (let k = 0; warming(warm, k, budget); k++) {
    const { dt, chars, i } = await timed(k);
    if (dt > capMs(budget) * 1e6) return record(out, dt, chars, i);
  }
  const run = clock(budget.budgetMs);
  for (let k = 0; !enough(out, budget, run); k++) {
    const { dt, chars, i } = await timed(k);
    record(out, dt, chars, i);
  }
  return out;
}

function warming(warm: ReturnType<typeof clock>, calls: number, budget: Budget): boolean {
  if (warm.elapsedMs() >= capMs(budget)) return false;
  return !warm.over() || calls < (budget.warmupCalls ?? 0);
}

/** Done after the budget and `minCalls`, or at the cap whatever the count. */
function enough(out: Samples, budget: Budget, run: { elapsedMs(): number }): boolean {
  const ms = run.elapsedMs();
  if (out.ns.length === 0) return false;
  return (ms >= budget.budgetMs && out.ns.length >= budget.minCalls) || ms >= capMs(budget);
}

function capMs(budget: Budget): number {
  return budget.capMs ?? 4 * budget.budgetMs;
}

function clock(ms: number) {
  const start = process.hrtime.bigint();
  const elapsedMs = () => Number(process.hrtime.bigint() - start) / 1e6;
  return { elapsedMs, over: () => elapsedMs() >= ms };
}

function record(out: Samples, dt: number, chars: number, i: number): Samples {
  out.ns.push(dt);
  out.bestByInput[i] = Math.min(out.bestByInput[i] ?? Infinity, dt);
  out.chars += chars;
  out.totalNs += dt;
  return out;
}

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (v: number[]) => quantile(v, 0.5);

/** The largest value (NaN for none), by a loop: `Math.max(...v)` overflows the call stack past ~120,000 samples. */
export function maximum(values: number[]): number {
  if (values.length === 0) return NaN;
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}

/**
 * A young-generation collection (V8's scavenge), made on request: what an untimed step before a
 * timed call (reading a customer message) left in the nursery is then collected before the timer
 * starts, not inside the timed call. `--expose-gc` is switched on at run time and the `gc` function
 * taken from a fresh context (the flag only exposes it to contexts made after it is set). Undefined
 * when this Node does not allow that; the bench then says so.
 */
export function minorGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as ((o?: { type: 'minor' | 'major' }) => void) | undefined;
    if (typeof gc !== 'function') return undefined;
    gc({ type: 'minor' });
    return () => gc({ type: 'minor' });
  } catch {
    return undefined;
  }
}
