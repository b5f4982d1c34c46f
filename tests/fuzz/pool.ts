// Drives the fuzz worker with a hang detector: a case that runs past its budget is recorded as hung,
// the worker is terminated and a new one continues after it. The budget is measured, not fixed: each
// worker first times the shipped pack on the same work (load + score the 50 KB draft), and a case may
// take `hangFactor` times that, never less than `hangMs`. A catastrophic pattern runs for minutes or
// forever, so it still trips; a busy shared machine slows the reference as much as the cases.
import { Worker } from 'node:worker_threads';
import type { Outcome } from './run-case';

export interface FuzzRun {
  outcomes: Outcome[];
  /** Case ids that ran past the hang budget. */
  hung: number[];
  /** The largest budget a case was given, ms (after calibration against the reference). */
  budgetMs: number;
  /** The default pack's scorer gave the same report before and after each worker's cases. */
  activeUnchanged: boolean;
  wallMs: number;
}

const BOOT = `
  const { register } = await import('tsx/esm/api');
  register();
  await import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)});
`;

/** Options of a fuzz run: case ids `from`..`to` (exclusive), the case seed, the hang floor (ms) and factor. */
export interface FuzzOptions {
  from: number;
  to: number;
  seed: number;
  /** The least time a case gets before it counts as hung, ms. */
  hangMs: number;
  /** A case may take this many times the worker's reference run (the shipped pack on the same draft). */
  hangFactor: number;
}

export async function runFuzz(opts: FuzzOptions): Promise<FuzzRun> {
  const run: FuzzRun = { outcomes: [], hung: [], budgetMs: opts.hangMs, activeUnchanged: true, wallMs: 0 };
  const t0 = performance.now();
  let next = opts.from;
  while (next < opts.to) next = await runSlice(next, opts, run);
  run.wallMs = performance.now() - t0;
  return run;
}

/** Runs cases from `from` until the end or a hang; returns where to continue. */
function runSlice(from: number, opts: FuzzOptions, run: FuzzRun): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true, workerData: { from, to: opts.to, seed: opts.seed } });
    let current = from;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    let budget = opts.hangMs;
    const settle = (nextId: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(nextId);
    };
    // The budget starts at the first case, not at worker boot (loading tsx and the packs takes a while).
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        run.hung.push(current);
        settle(current + 1);
      }, budget);
    };
    worker.on('message', (m: { type: string; id?: number; ms?: number; outcome?: Outcome; activeUnchanged?: boolean }) => {
      if (m.type === 'reference') {
        budget = Math.max(opts.hangMs, Math.ceil(opts.hangFactor * m.ms!));
        run.budgetMs = Math.max(run.budgetMs, budget);
      } else if (m.type === 'start') {
        current = m.id!;
        arm();
      } else if (m.type === 'done') run.outcomes.push(m.outcome!);
      else if (m.type === 'end') {
        run.activeUnchanged &&= m.activeUnchanged === true;
        settle(opts.to);
      }
    });
    worker.on('error', (e) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        reject(e);
      }
    });
    worker.on('exit', (code) => {
      if (!settled) {
        // A crash of the whole worker (out of memory, stack) counts as the current case failing.
        run.outcomes.push({ id: current, kind: '?', label: `worker exited with ${code}`, status: 'threw', problems: [`worker exited with code ${code}`], errors: [], loadMs: 0 });
        settle(current + 1);
      }
    });
  });
}
