// `npx tsx scripts/bench/profile-scorer.ts [--big] [--reps N] [--counts]`: scores every bench corpus reply N times (its customer
// message read first, outside the figure) and, with --big, the bench's 2 KB and 50 KB texts; prints CPU time
// (process.cpuUsage: what this process used, so other processes on a shared machine slow the figure less than the
// wall clock) and the slowest replies. For `node --import tsx --cpu-prof scripts/bench/profile-scorer.ts`: the draft
// is scored inside `draftOnly` and the message read inside `readOnly`, so a profile can be cut to either. Not the
// bench (no peers, no targets): for A/B runs of two trees and for profiles. `--counts` adds the phrase matcher's
// work in the drafts' scans (tokens, attempts and branch points visited, MatcherTable.lastAttempts/lastVisits): counts,
// not times, so they compare two trees even on a machine too loaded for the times to.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFiles, loadCorpus, textOfSize } from './corpus';
import { createScorer, type ScoreContext } from '../../lib/scoring/index';
import { MatcherTable } from '../../lib/scoring/matchers';

const { values: args } = parseArgs({
  options: { reps: { type: 'string', default: '3' }, big: { type: 'boolean', default: false }, counts: { type: 'boolean', default: false } },
});
const reps = Number(args.reps);
if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps wants a whole number of passes, not "${args.reps}"`);
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
  inDraft = true;
  scorer.score(text, context);
  inDraft = false;
}

/** The matcher's work in the scans made inside draftOnly (--counts), summed over the tables scanned. */
const work = { scans: 0, tokens: 0, attempts: 0, visits: 0 };
let inDraft = false;
if (args.counts) {
  const scanAll = MatcherTable.prototype.scanAll;
  MatcherTable.prototype.scanAll = function (this: MatcherTable, ...a: Parameters<MatcherTable['scanAll']>) {
    const hits = scanAll.apply(this, a);
    if (inDraft) {
      work.scans++;
      work.tokens += a[1].length;
      work.attempts += this.lastAttempts;
      work.visits += this.lastVisits;
    }
    return hits;
  };
}
/** The counts since the last call, per token, as a line; then starts counting again. */
const workLine = (): string => {
  const { scans, tokens, attempts, visits } = work;
  Object.assign(work, { scans: 0, tokens: 0, attempts: 0, visits: 0 });
  return `${scans} scans, ${tokens} tokens; per token ${(attempts / tokens).toFixed(2)} attempts, ${(visits / tokens).toFixed(2)} branch points visited`;
};

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
if (args.counts) console.log(`matcher (all passes): ${workLine()}`);
if (args.big) {
  for (const size of [2048, 51200]) {
    const text = textOfSize(replies, size);
    const cpu: number[] = [];
    for (let k = 0; k < (size > 10_000 ? 7 : 40); k++) {
      const c = process.cpuUsage();
      draftOnly(text, {});
      cpu.push(cpuSince(c) / 1000);
    }
    cpu.sort((a, b) => a - b);
    console.log(`${size} chars: CPU ms median ${cpu[cpu.length >> 1]!.toFixed(2)}, best ${cpu[0]!.toFixed(2)}${args.counts ? `; matcher: ${workLine()}` : ''}`);
  }
}
