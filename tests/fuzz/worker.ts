// Runs fuzz cases in a worker thread so that a hang (a pattern that backtracks forever) can be
// stopped from outside: the parent terminates the worker and carries on with the next case.
import { parentPort, workerData } from 'node:worker_threads';
import { createScorer } from '../../lib/scoring/index';
import { DEFAULT_PACK_TEXT, fuzzCase, type FuzzCase } from './cases';
import { DRAFT_50K, runCase } from './run-case';

const { from, to, seed } = workerData as { from: number; to: number; seed: number };
const port = parentPort!;

// The pack in use before the fuzz must score exactly the same after it.
const active = createScorer();
const before = JSON.stringify(active.score(DRAFT_50K.slice(0, 4000), { customerName: 'Ashley' }));

// The hang budget is measured against a peer in this worker: the shipped pack, loaded and made to
// score the same 50 KB draft as every case. The second run is the one reported (the first warms up).
const reference: FuzzCase = { id: -1, kind: 'reference', label: 'the default pack, unchanged', format: 'yaml', input: DEFAULT_PACK_TEXT, docLevel: false };
runCase(reference);
const r0 = performance.now();
runCase(reference);
port.postMessage({ type: 'reference', ms: performance.now() - r0 });

for (let id = from; id < to; id++) {
  port.postMessage({ type: 'start', id });
  port.postMessage({ type: 'done', outcome: runCase(fuzzCase(id, seed)) });
}
const after = JSON.stringify(active.score(DRAFT_50K.slice(0, 4000), { customerName: 'Ashley' }));
port.postMessage({ type: 'end', activeUnchanged: before === after });
