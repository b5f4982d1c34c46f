// The pack fuzzer (tests/fuzz): 1,000 random malformed or mutated packs, all derived from the default
// pack, plus a sweep of every catastrophic pattern through every phrase slot, through the real loader. Each must be refused with errors that name where the problem is, or load
// and then score a hostile 50 KB draft; none may throw, hang or pollute Object.prototype, and the pack
// already in use must score exactly as before. Cases run in a worker so a hang can be cut off.
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzCase, FUZZ_SEED, RANDOM_CASES, TOTAL_CASES } from '../../tests/fuzz/cases';
import { runFuzz, type FuzzRun } from '../../tests/fuzz/pool';
import { pollution } from '../../tests/fuzz/run-case';

const CASES = TOTAL_CASES;
// A hang detector, not a speed limit: a case may take HANG_FACTOR times what the shipped pack takes for
// the same work in the same worker (load + score 50 KB), and never less than HANG_MS. A pattern that
// backtracks catastrophically runs for minutes; a busy machine slows the reference as much as a case.
const HANG_MS = 5000;
const HANG_FACTOR = 25;

let run: FuzzRun;

beforeAll(async () => {
  run = await runFuzz({ from: 0, to: CASES, seed: FUZZ_SEED, hangMs: HANG_MS, hangFactor: HANG_FACTOR });
  printFigures(run);
}, 1_800_000); // a ceiling for the whole run (313 s at load 3.5; over 600 s at load 17), not a speed limit

const describeCase = (id: number, problem: string) => {
  const c = fuzzCase(id);
  return `#${id} ${c.kind}: ${c.label} → ${problem}`;
};

describe(`pack fuzzer (${RANDOM_CASES} random cases, seed ${FUZZ_SEED.toString(16)}, and ${CASES - RANDOM_CASES} slot-sweep cases)`, () => {
  it('ran every case, with both refusals and loads in the mix', () => {
    expect(run.outcomes.length + run.hung.length).toBe(CASES);
    expect(run.outcomes.filter((o) => o.status === 'loaded').length).toBeGreaterThan(50);
    expect(run.outcomes.filter((o) => o.status === 'rejected').length).toBeGreaterThan(300);
    const kinds = new Set(run.outcomes.map((o) => o.kind));
    for (const k of ['wrong-type', 'evil-pattern', 'alias-bomb', 'proto-key', 'yaml-proto', 'encoding', 'oversize', 'deep', 'huge', 'edge-number', 'slot-sweep'])
      expect(kinds).toContain(k);
  });

  it('never hangs on a pack (catastrophic patterns included)', () => {
    expect(run.hung.map((id) => describeCase(id, `still running after ${run.budgetMs} ms (${HANG_FACTOR}× the shipped pack's time, at least ${HANG_MS} ms)`))).toEqual([]);
  });

  it('never throws out of loadPack', () => {
    const threw = run.outcomes.filter((o) => o.status === 'threw');
    expect(threw.map((o) => describeCase(o.id, o.problems.join('; ')))).toEqual([]);
  });

  it('refuses with path-named errors, or loads a pack that scores a 50 KB draft', () => {
    const broken = run.outcomes.filter((o) => o.status !== 'threw' && o.problems.some((p) => !/prototype/.test(p)));
    expect(broken.map((o) => describeCase(o.id, o.problems.join('; ')))).toEqual([]);
  });

  it('leaves Object.prototype and the other shared prototypes untouched', () => {
    const polluted = run.outcomes.filter((o) => o.problems.some((p) => /prototype/.test(p)));
    expect(polluted.map((o) => describeCase(o.id, o.problems.join('; ')))).toEqual([]);
    expect(pollution()).toBeNull();
  });

  it('keeps the pack already in use scoring exactly as before', () => {
    expect(run.activeUnchanged).toBe(true);
  });
});

function printFigures(r: FuzzRun): void {
  const q = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]!.toFixed(1) : '-';
  };
  const load = r.outcomes.map((o) => o.loadMs);
  const score = r.outcomes.flatMap((o) => (o.scoreMs === undefined ? [] : [o.scoreMs]));
  const loaded = r.outcomes.filter((o) => o.status === 'loaded').length;
  console.log(
    `fuzz: ${r.outcomes.length} cases in ${(r.wallMs / 1000).toFixed(1)} s · ${loaded} loaded, ${r.outcomes.length - loaded} refused, ${r.hung.length} hung · ` +
      `loadPack ms p50 ${q(load, 0.5)} p95 ${q(load, 0.95)} max ${q(load, 1)} · score 50 KB ms p50 ${q(score, 0.5)} p95 ${q(score, 0.95)} max ${q(score, 1)} · hang budget ${r.budgetMs} ms`,
  );
}
