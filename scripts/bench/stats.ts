// Timing helpers. Each call is timed on its own with hrtime.bigint so medians and p95 come from
// real per-call samples; loops run for a time budget (with a minimum count) so fast and slow
// libraries both get stable figures without making the whole bench slow.

export interface Samples {
  /** Per-call durations in nanoseconds. */
  ns: number[];
  /** Characters processed across all timed calls, for ns per character. */
  chars: number;
  totalNs: number;
}

export interface Budget {
  warmupMs: number;
  budgetMs: number;
  /** At least this many calls, even past the budget. */
  minCalls: number;
}

/** Keeps results alive so the engine cannot optimise the measured call away. */
export let sink = 0;

export function sampleSync(inputs: string[], fn: (text: string, i: number) => unknown, budget: Budget): Samples {
  runFor(budget.warmupMs, inputs, fn);
  const out: Samples = { ns: [], chars: 0, totalNs: 0 };
  const deadline = process.hrtime.bigint() + BigInt(Math.round(budget.budgetMs * 1e6));
  for (let k = 0; out.ns.length < budget.minCalls || process.hrtime.bigint() < deadline; k++) {
    const i = k % inputs.length;
    const text = inputs[i]!;
    const t0 = process.hrtime.bigint();
    const r = fn(text, i);
    const dt = Number(process.hrtime.bigint() - t0);
    sink ^= r === undefined ? 0 : 1;
    record(out, dt, text.length);
  }
  return out;
}

export async function sampleAsync(inputs: string[], fn: (text: string) => Promise<unknown>, budget: Budget): Promise<Samples> {
  const warmEnd = process.hrtime.bigint() + BigInt(Math.round(budget.warmupMs * 1e6));
  for (let k = 0; process.hrtime.bigint() < warmEnd; k++) await fn(inputs[k % inputs.length]!);
  const out: Samples = { ns: [], chars: 0, totalNs: 0 };
  const deadline = process.hrtime.bigint() + BigInt(Math.round(budget.budgetMs * 1e6));
  for (let k = 0; out.ns.length < budget.minCalls || process.hrtime.bigint() < deadline; k++) {
    const text = inputs[k % inputs.length]!;
    const t0 = process.hrtime.bigint();
    const r = await fn(text);
    const dt = Number(process.hrtime.bigint() - t0);
    sink ^= r === undefined ? 0 : 1;
    record(out, dt, text.length);
  }
  return out;
}

function runFor(ms: number, inputs: string[], fn: (text: string, i: number) => unknown): void {
  const end = process.hrtime.bigint() + BigInt(Math.round(ms * 1e6));
  for (let k = 0; process.hrtime.bigint() < end; k++) {
    const i = k % inputs.length;
    sink ^= fn(inputs[i]!, i) === undefined ? 0 : 1;
  }
}

function record(out: Samples, dt: number, chars: number): void {
  out.ns.push(dt);
  out.chars += chars;
  out.totalNs += dt;
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
