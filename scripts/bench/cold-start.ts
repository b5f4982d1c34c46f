// Cold start: a fresh Node process per run, timed from the first import to the first result, with
// the heap that loading left behind (after a forced GC, so garbage from parsing does not count).
import { spawnSync } from 'node:child_process';
import { median } from './stats';
import type { Subject } from './subjects';

export interface ColdStart {
  ms: number;
  heapBytes: number;
  externalBytes: number;
  runs: number;
}

const WRAPPER = (body: string) => `
const text = process.env.BENCH_TEXT;
let keep;
globalThis.gc(); globalThis.gc();
const m0 = process.memoryUsage();
const t0 = process.hrtime.bigint();
${body}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
globalThis.gc(); globalThis.gc();
const m1 = process.memoryUsage();
globalThis.keepAlive = keep;
console.log(JSON.stringify({ ms, heapBytes: m1.heapUsed - m0.heapUsed,
  externalBytes: (m1.external + m1.arrayBuffers) - (m0.external + m0.arrayBuffers) }));
`;

/** Up to `runs` fresh processes, fewer when they are slow: past `budgetMs` one more run only adds minutes. */
export function coldStart(subject: Subject, root: string, text: string, runs: number, budgetMs = 8000): ColdStart {
  const results: Omit<ColdStart, 'runs'>[] = [];
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs && (i === 0 || Number(process.hrtime.bigint() - start) / 1e6 < budgetMs); i++) {
    const child = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', WRAPPER(subject.coldStart)], {
      cwd: root,
      env: { ...process.env, BENCH_TEXT: text },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const last = child.stdout?.trim().split('\n').pop();
    if (child.status !== 0 || !last) {
      throw new Error(`cold start of ${subject.name} failed: ${child.stderr || child.error?.message || 'no output'}`);
    }
    results.push(JSON.parse(last) as Omit<ColdStart, 'runs'>);
  }
  return {
    ms: median(results.map((r) => r.ms)),
    heapBytes: median(results.map((r) => r.heapBytes)),
    externalBytes: median(results.map((r) => r.externalBytes)),
    runs: results.length,
  };
}
