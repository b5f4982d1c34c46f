// The typing part of `npm run bench`: a reply scored as the agent types it, keystroke by keystroke
// (the panel scores the whole draft on every keystroke), Rapport and write-good on the same drafts
// in the same run. This is the product's real workload; the scoring part's per-reply figure (a cold
// single call on each corpus reply) stays the figure issue 10's target is stated in.
import { loadCorpus, type CorpusReply } from './corpus';
import { maximum, median, quantile, sink } from './stats';
import { rapport, writeGood, type Check } from './subjects';
import { ratio, table, us } from './table';
import type { BenchPart, Target } from './types';

/** Every `EVERY`th corpus reply is typed (offset 0); those at offset `EVERY / 2` warm the JIT first, untimed. */
const EVERY = 10;

/**
 * The drafts an agent's keystrokes produce while typing `text` from its first character to its
 * last, one character a keystroke: every prefix, in order.
 */
export function keystrokes(text: string): string[] {
  const out: string[] = [];
  for (let k = 1; k <= text.length; k++) out.push(text.slice(0, k));
  return out;
}

interface Typed {
  /** Per keystroke, nanoseconds, in the order typed. */
  rapport: number[];
  writeGood: number[];
}

/**
 * Types each reply into both scorers, alternating them keystroke by keystroke so a busy machine
 * slows both alike. Rapport reads the reply's customer message once, untimed, before the first
 * keystroke (as the product does when the ticket opens).
 */
function typeAll(replies: CorpusReply[], me: Check, wg: Check, timed: boolean): Typed {
  const out: Typed = { rapport: [], writeGood: [] };
  let keep = 0;
  for (const r of replies) {
    const context = { customerMessage: r.customerMessage, customerName: r.customerName };
    me('', context);
    for (const draft of keystrokes(r.text)) {
      let t0 = process.hrtime.bigint();
      keep ^= me(draft, context) === undefined ? 0 : 1;
      const a = Number(process.hrtime.bigint() - t0);
      t0 = process.hrtime.bigint();
      keep ^= wg(draft) === undefined ? 0 : 1;
      const b = Number(process.hrtime.bigint() - t0);
      if (timed) {
        out.rapport.push(a);
        out.writeGood.push(b);
      }
    }
  }
  if (keep === 2) console.log(sink);
  return out;
}

const sum = (v: number[]) => v.reduce((n, x) => n + x, 0);

export const typingPart: BenchPart = {
  id: 'typing',
  title: 'Typing: a reply scored keystroke by keystroke, Rapport vs write-good',
  async run(ctx) {
    const corpus = loadCorpus(ctx.corpusFiles);
    const step = ctx.quick ? EVERY * 4 : EVERY;
    const typed = corpus.filter((_, i) => i % step === 0);
    const warm = corpus.filter((_, i) => i % step === step / 2);
    const me = await rapport('').load();
    const wg = await writeGood.load();
    typeAll(warm, me, wg, false);
    const began = process.hrtime.bigint();
    const t = typeAll(typed, me, wg, true);
    const chars = typed.reduce((n, r) => n + r.text.length, 0);
    ctx.print(`typed ${typed.length} corpus replies (every ${step}th; ${chars} keystrokes, ${(Number(process.hrtime.bigint() - began) / 1e9).toFixed(1)} s), each with its customer message read once before`);
    ctx.print(`the first keystroke; the two scorers take turns on every keystroke; ${warm.length} other replies typed first, untimed`);
    ctx.print();
    const row = (name: string, v: number[]) => [name, us(median(v)), us(sum(v) / v.length), us(quantile(v, 0.95)), us(maximum(v))];
    ctx.print(table(['per keystroke', 'median µs', 'mean µs', 'p95 µs', 'max µs'], [row('Rapport', t.rapport), row('write-good', t.writeGood)]));
    const byMedian = median(t.writeGood) / median(t.rapport);
    const byMean = sum(t.writeGood) / sum(t.rapport);
    ctx.print(`Rapport is faster than write-good per keystroke: ${ratio(byMedian)} (ratio of medians), ${ratio(byMean)} (ratio of total time typed)`);
    const out: Target[] = [
      { name: 'typing: faster than write-good per keystroke (ratio of medians; not the per-reply figure of issue 10)', value: byMedian, limit: 10, unit: '×', kind: 'min' },
    ];
    return out;
  },
};
