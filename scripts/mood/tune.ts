// `npx tsx scripts/mood/tune.ts [-v] [--held-out]`: how well the default pack reads the customer's mood (hurry,
// upset) on every labelled set, for tuning lib/scoring/mood.ts and the packs' mood cues.
// Sets: dev2's even-hash half (tuned on), dev2's odd-hash half (kept aside: aggregate figures only,
// never a row, and only with --held-out), and dev-labels + dev-synthetic with our own mood labels
// (dev-mood-labels.jsonl, by LABELING.md and RULINGS.md; tuned on). The corpus is ../shared/corpus or
// RAPPORT_CORPUS. A report, not a gate.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arch, cpus } from 'node:os';
import { createScorer } from '../../lib/scoring/index';

interface Row {
  id: string;
  customer_message: string;
  customer_hurry: boolean;
  customer_upset: boolean;
  locale?: string;
}

/** FNV-1a 32-bit over UTF-8 bytes (TEAM.md: odd = kept aside). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const here = dirname(fileURLToPath(import.meta.url));
const corpus = process.env.RAPPORT_CORPUS ?? resolve(here, '../../../shared/corpus');
const jsonl = (p: string) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

function sets(): { name: string; rows: Row[]; heldOut: boolean }[] {
  const dev2 = jsonl(resolve(corpus, 'dev2-labels.jsonl')) as unknown as Row[];
  const byId = new Map<string, string>();
  for (const f of ['dev-labels.jsonl', 'dev-synthetic.jsonl'])
    for (const r of jsonl(resolve(corpus, f))) byId.set(String(r.id), String(r.customer_message ?? ''));
  const mine = jsonl(resolve(here, 'dev-mood-labels.jsonl')).map((r) => ({ ...r, customer_message: byId.get(String(r.id)) ?? '' })) as unknown as Row[];
  return [
    { name: 'dev2 even half (tuned on)', rows: dev2.filter((r) => fnv1a(r.id) % 2 === 0), heldOut: false },
    { name: 'dev-labels + dev-synthetic, own mood labels (tuned on)', rows: mine, heldOut: false },
    { name: 'dev2 odd half (KEPT ASIDE: aggregate only)', rows: dev2.filter((r) => fnv1a(r.id) % 2 === 1), heldOut: true },
  ];
}

function main(): void {
  const verbose = process.argv.includes('-v');
  const en = createScorer();
  console.log(`mood tune — ${new Date().toISOString().slice(0, 10)}, ${arch()}, ${cpus().length} cores, node ${process.version}`);
  // The kept-aside half is scored only on request, so tuning runs do not peek at it by habit.
  const withHeldOut = process.argv.includes('--held-out');
  for (const set of sets().filter((s) => withHeldOut || !s.heldOut)) {
    const scorer = en;
    console.log(`\n${set.name}: ${set.rows.length} messages`);
    for (const label of ['hurry', 'upset'] as const) {
      let tp = 0, fp = 0, fn = 0;
      const misses: string[] = [];
      const alarms: string[] = [];
      for (const r of set.rows) {
        const m = scorer.score('Thanks.', { customerMessage: r.customer_message }).mood;
        const truth = r[`customer_${label}`] === true;
        if (truth && m[label]) tp++;
        else if (truth) {
          fn++;
          misses.push(`${r.id}  ${short(r.customer_message)}`);
        } else if (m[label]) {
          fp++;
          alarms.push(`${r.id}  [${m.evidence.join(' | ')}]  ${short(r.customer_message)}`);
        }
      }
      const p = tp + fp ? tp / (tp + fp) : 1;
      const rc = tp + fn ? tp / (tp + fn) : 1;
      const f1 = p + rc ? (2 * p * rc) / (p + rc) : 0;
      console.log(`  ${label.padEnd(6)} pos ${String(tp + fn).padStart(3)}  tp ${String(tp).padStart(3)}  fp ${String(fp).padStart(3)}  fn ${String(fn).padStart(3)}  P ${p.toFixed(2)}  R ${rc.toFixed(2)}  F1 ${f1.toFixed(2)}`);
      if (verbose && !set.heldOut) {
        for (const x of misses) console.log(`     miss   ${x}`);
        for (const x of alarms) console.log(`     alarm  ${x}`);
      }
    }
  }
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 160 ? `${one.slice(0, 160)}…` : one;
}

main();
