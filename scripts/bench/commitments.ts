// The commitments part of `npm run bench`: what finding promises (lib/scoring/commitments.ts, with
// chrono-node) adds to scoring, per reply and per keystroke, compared with the whole scorer in the
// same run; what its first call costs in a fresh process; and what it adds to the bundle.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileCommitments } from '../../lib/scoring/commitments';
import { createScorer } from '../../lib/scoring/index';
import { loadCorpus } from './corpus';
import { maximum, median, quantile, sampleSync } from './stats';
import { table, us } from './table';
import type { BenchPart, Target } from './types';

const WRITTEN_AT = Date.parse('2026-11-30T14:00:00+01:00');
const PROMISES = [
  "I'll call you back within 15 minutes.",
  "We'll update you by 3 pm tomorrow, once the fix is out.",
  'Our billing team will confirm the refund within 2 business days.',
  "I'm going to check the logs again first thing tomorrow morning.",
];
/** The content script reports a draft at most every 50 ms while the agent types. */
const KEYSTROKE_MS = 50;

export const commitmentsPart: BenchPart = {
  id: 'commitments',
  title: 'Commitments: the cost of finding promises, per reply and per keystroke',
  async run(ctx) {
    const corpus = loadCorpus(ctx.corpusFiles);
    const texts = corpus.map((r) => r.text);
    const find = compileCommitments('en');
    const scorer = createScorer();
    const at = { writtenAt: WRITTEN_AT, timeZone: 'Europe/Berlin' };
    const withCue = texts.filter((t) => find(t, at).length > 0).length;
    const b = (warmupMs: number, budgetMs: number, minCalls: number) =>
      ctx.quick ? { warmupMs: warmupMs / 10, budgetMs: budgetMs / 10, minCalls: Math.ceil(minCalls / 10) } : { warmupMs, budgetMs, minCalls };

    const finder = sampleSync(texts, (t) => find(t, at), { ...b(300, 1500, texts.length), warmupCalls: texts.length });
    const whole = sampleSync(texts, (t) => scorer.score(t, at), { ...b(300, 1500, texts.length), warmupCalls: texts.length });

    // Typing: every prefix of 20 corpus replies, each given a promise (the corpus holds few), 50 ms
    // apart, as the background sees them.
    const typed = texts.slice(0, ctx.quick ? 3 : 20).map((t, i) => `${PROMISES[i % PROMISES.length]} ${t}`);
    const keystrokes: { text: string; ms: number }[] = [];
    let clock = WRITTEN_AT;
    for (const t of typed) for (let n = 1; n <= t.length; n++) keystrokes.push({ text: t.slice(0, n), ms: (clock += KEYSTROKE_MS) });
    const perKey = sampleSync(keystrokes.map((k) => k.text), (t, i) => find(t, { writtenAt: keystrokes[i]!.ms, timeZone: 'Europe/Berlin' }), {
      ...b(0, 1500, keystrokes.length),
    });

    ctx.print(`corpus: ${texts.length} replies, ${withCue} with a promise that carries a time`);
    ctx.print(table(
      ['', 'median µs', 'mean µs', 'p95 µs', 'max µs'],
      [
        ['commitments, per reply', us(median(finder.ns)), us(finder.totalNs / finder.ns.length), us(quantile(finder.ns, 0.95)), us(maximum(finder.ns))],
        ['whole scorer, per reply', us(median(whole.ns)), us(whole.totalNs / whole.ns.length), us(quantile(whole.ns, 0.95)), us(maximum(whole.ns))],
        [`commitments, per keystroke (${keystrokes.length})`, us(median(perKey.ns)), us(perKey.totalNs / perKey.ns.length), us(quantile(perKey.ns, 0.95)), us(maximum(perKey.ns))],
      ],
    ));
    const share = finder.totalNs / finder.ns.length / (whole.totalNs / whole.ns.length);
    ctx.print(`commitments are ${(100 * share).toFixed(1)}% of the scorer's mean time per reply`);

    const first = firstCalls(ctx.root);
    ctx.print(`fresh process: import ${first.importMs.toFixed(0)} ms; first promise ${first.firstMs.toFixed(0)} ms, second ${first.secondMs.toFixed(0)} ms, third ${first.thirdMs.toFixed(2)} ms`);
    ctx.print('  (V8 compiles chrono-node\'s large expressions on their first runs: a one-off per process, in the background)');

    const [all, own] = await Promise.all([gzipped(join(ctx.root, 'lib/scoring/index.ts')), gzipped(join(ctx.root, 'lib/scoring/commitments.ts'))]);
    ctx.print(`bundle, gzipped: scoring with commitments ${all.toFixed(1)} KB, of which commitments with chrono-node (en, de) ${own.toFixed(1)} KB`);

    const targets: Target[] = [
      // In the background worker, between reports at most every 50 ms: far from anything the agent feels.
      { name: 'commitments per keystroke, p95', value: quantile(perKey.ns, 0.95) / 1e6, limit: 0.5, unit: 'ms', kind: 'max' },
      { name: 'commitments share of scoring time per reply', value: 100 * share, limit: 25, unit: '%', kind: 'max' },
    ];
    return targets;
  },
};

function firstCalls(root: string): { importMs: number; firstMs: number; secondMs: number; thirdMs: number } {
  const script = `
    const t0 = performance.now();
    const { compileCommitments } = await import('./lib/scoring/commitments.ts');
    const find = compileCommitments('en');
    const t1 = performance.now();
    const at = { writtenAt: '2026-11-30T14:00:00+01:00' };
    find("Hi Sam, I'll call you back within 15 minutes.", at);
    const t2 = performance.now();
    find("We'll update you by 3 pm.", at);
    const t3 = performance.now();
    find("I'll check again tomorrow morning.", at);
    const t4 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2, thirdMs: t4 - t3 }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  const last = child.stdout?.trim().split('\n').pop();
  if (child.status !== 0 || !last) throw new Error(`first-call run failed: ${child.stderr || 'no output'}`);
  return JSON.parse(last) as { importMs: number; firstMs: number; secondMs: number; thirdMs: number };
}

async function gzipped(entry: string): Promise<number> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length / 1024;
}
