// Drives the fuzz worker with a hang detector: a case that runs past `hangMs` is recorded as hung,
// the worker is terminated and a new one continues after it.
import { Worker } from 'node:worker_threads';
import type { Outcome } from './run-case';

export interface FuzzRun {
  outcomes: Outcome[];
  /** Case ids that ran past the hang budget. */
  hung: number[];
  /** The default pack's scorer gave the same report before and after each worker's cases. */
  activeUnchanged: boolean;
  wallMs: number;
}

const BOOT = `
  const { register } = await import('tsx/esm/api');
  register();
  await import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)});
`;

export async function runFuzz(opts: { from: number; to: number; seed: number; hangMs: number }): Promise<FuzzRun> {
  const run: FuzzRun = { outcomes: [], hung: [], activeUnchanged: true, wallMs: 0 };
  const t0 = performance.now();
  let next = opts.from;
  while (next < opts.to) next = await runSlice(next, opts, run);
  run.wallMs = performance.now() - t0;
  return run;
}

/** Runs cases from `from` until the end or a hang; returns where to continue. */
function runSlice(from: number, opts: { to: number; seed: number; hangMs: number }, run: FuzzRun): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true, workerData: { from, to: opts.to, seed: opts.seed } });
    let current = from;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
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
      }, opts.hangMs);
    };
    worker.on('message', (m: { type: string; id?: number; outcome?: Outcome; activeUnchanged?: boolean }) => {
      if (m.type === 'start') {
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
