// `npx tsx scripts/bench/profile-scorer.ts [--big] [--reps N]`: scores every bench corpus reply N times (its customer
// message read first, outside the figure) and, with --big, the bench's 2 KB and 50 KB texts; prints CPU time
// (process.cpuUsage: what this process used, so other processes on a shared machine slow the figure less than the
// wall clock) and the slowest replies. For `node --import tsx --cpu-prof scripts/bench/profile-scorer.ts`: the draft
// is scored inside `draftOnly` and the message read inside `readOnly`, so a profile can be cut to either. Not the
// bench (no peers, no targets): for A/B runs of two trees and for profiles.
import { resolve } from 'node:path';
import { corpusFiles, loadCorpus, textOfSize } from './corpus';
import { createScorer, type ScoreContext } from '../../lib/scoring/index';

const argv = process.argv.slice(2);
const reps = Number(argv[argv.indexOf('--reps') + 1]) || 3;
const root = resolve(import.meta.dirname, '../..');
const replies = loadCorpus(corpusFiles(root));
const scorer = createScorer();
scorer.score('hi');

/** CPU time (user + system) since `from`, in µs. */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return d.user + d.system;
};
/** The customer message read (a one-word draft scored with it), named for profiles. */
function readOnly(context: ScoreContext): void {
  scorer.score('ok', context);
}
/** The draft scored, its message already read, named for profiles. */
function draftOnly(text: string, context: ScoreContext): void {
  scorer.score(text, context);
}

const best = new Map<string, number>();
const passes: number[] = [];
for (let r = 0; r < reps; r++) {
  let cpu = 0;
  for (const reply of replies) {
    const context: ScoreContext = { customerMessage: reply.customerMessage, customerName: reply.customerName };
    readOnly(context);
    const c = process.cpuUsage();
    const t = performance.now();
    draftOnly(reply.text, context);
    const wall = performance.now() - t;
    cpu += cpuSince(c);
    best.set(reply.id, Math.min(best.get(reply.id) ?? Infinity, wall));
  }
  passes.push(cpu / replies.length);
}
passes.sort((a, b) => a - b);
console.log(`replies: ${replies.length} × ${reps}; CPU µs per reply (mean of a pass): median pass ${passes[passes.length >> 1]!.toFixed(0)}, best ${passes[0]!.toFixed(0)}`);
console.log(`slowest (best wall ms): ${[...best].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([id, t]) => `${id} ${t.toFixed(2)}`).join(', ')}`);
if (argv.includes('--big')) {
  for (const size of [2048, 51200]) {
    const text = textOfSize(replies, size);
    const cpu: number[] = [];
    for (let k = 0; k < (size > 10_000 ? 7 : 40); k++) {
      const c = process.cpuUsage();
      draftOnly(text, {});
      cpu.push(cpuSince(c) / 1000);
    }
    cpu.sort((a, b) => a - b);
    console.log(`${size} chars: CPU ms median ${cpu[cpu.length >> 1]!.toFixed(2)}, best ${cpu[0]!.toFixed(2)}`);
  }
}
