// `npm run eval`: scores the labelled corpus (../shared/corpus, or RAPPORT_CORPUS) with the default
// pack and prints precision, recall, F1 and false-positive rate per signal, for the real and the
// synthetic set, and whether the targets hold. A report, not a gate: it always exits 0.
// Relative imports: this runs under plain tsx, where the `@/` alias does not resolve.
import { existsSync, readFileSync } from 'node:fs';
import { arch, cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScorer, type SignalId } from '../lib/scoring/index';

const LABELS: Record<string, SignalId> = {
  empathy: 'empathy',
  apology: 'apology',
  gratitude: 'gratitude',
  ownership: 'ownership',
  personalization: 'personalization',
  expectation: 'expectation',
  closing_question: 'closing-question',
  negative_language: 'negative-language',
  condescension: 'condescension',
  no_problem: 'no-problem',
};
const RARE: SignalId[] = ['closing-question', 'empathy', 'condescension', 'no-problem'];

interface Row {
  id: string;
  text: string;
  customer_message?: string | null;
  customer_name?: string | null;
  [label: string]: unknown;
}

export interface SignalStats {
  signal: SignalId;
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  fpRate: number;
  misses: string[];
  falseAlarms: string[];
}

export function evaluate(rows: Row[]): SignalStats[] {
  const scorer = createScorer();
  const reports = rows.map((r) =>
    scorer.score(r.text, {
      ...(r.customer_message ? { customerMessage: r.customer_message } : {}),
      ...(r.customer_name ? { customerName: r.customer_name } : {}),
    }),
  );
  return Object.entries(LABELS).map(([label, signal]) => {
    const s: SignalStats = { signal, positives: 0, tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, f1: 0, fpRate: 0, misses: [], falseAlarms: [] };
    rows.forEach((r, i) => {
      const truth = r[label] === true;
      const said = reports[i]!.signals[signal] === true;
      if (truth) s.positives++;
      if (truth && said) s.tp++;
      else if (truth) {
        s.fn++;
        s.misses.push(r.id);
      } else if (said) {
        s.fp++;
        s.falseAlarms.push(r.id);
      } else s.tn++;
    });
    s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    s.recall = s.positives ? s.tp / s.positives : 1;
    s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
    s.fpRate = s.fp + s.tn ? s.fp / (s.fp + s.tn) : 0;
    return s;
  });
}

function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const num = (x: number) => x.toFixed(2).padStart(5);

function table(title: string, stats: SignalStats[], verbose: boolean): string[] {
  const out = [`\n${title}`, 'signal              pos   tp   fp   fn  prec  recall   F1   FP-rate'];
  for (const s of stats) {
    out.push(
      `${s.signal.padEnd(18)} ${String(s.positives).padStart(4)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${num(s.precision)} ${num(s.recall)} ${num(s.f1)} ${pct(s.fpRate)}`,
    );
    if (verbose && (s.misses.length || s.falseAlarms.length))
      out.push(`   missed: ${s.misses.join(' ') || '-'}\n   false alarms: ${s.falseAlarms.join(' ') || '-'}`);
  }
  return out;
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = process.env.RAPPORT_CORPUS ?? resolve(here, '../../shared/corpus');
  const realPath = resolve(dir, 'dev-labels.jsonl');
  const synthPath = resolve(dir, 'dev-synthetic.jsonl');
  if (!existsSync(realPath)) {
    console.log(`No corpus at ${dir} (set RAPPORT_CORPUS to the folder holding dev-labels.jsonl).`);
    return;
  }
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  const real = evaluate(readRows(realPath));
  const synth = existsSync(synthPath) ? evaluate(readRows(synthPath)) : [];
  const lines = [
    `Rapport eval — ${new Date().toISOString().slice(0, 10)}, ${arch()}, ${cpus().length} cores, node ${process.version}`,
    ...table(`Real replies (${realPath})`, real, verbose),
    ...(synth.length ? table(`Synthetic replies (${synthPath})`, synth, verbose) : []),
    '\nTargets',
  ];
  const checks: [string, boolean][] = [];
  for (const s of real) {
    if (s.positives >= 10) checks.push([`real F1 ≥ 0.90: ${s.signal} (${s.f1.toFixed(2)})`, s.f1 >= 0.9]);
    checks.push([`real FP-rate ≤ 3%: ${s.signal} (${pct(s.fpRate).trim()})`, s.fpRate <= 0.03]);
  }
  for (const s of synth)
    if (RARE.includes(s.signal)) checks.push([`synthetic recall ≥ 0.90: ${s.signal} (${s.recall.toFixed(2)})`, s.recall >= 0.9]);
  for (const [what, ok] of checks) lines.push(`  ${ok ? 'ok    ' : 'MISSED'} ${what}`);
  const missed = checks.filter(([, ok]) => !ok).length;
  lines.push(missed ? `\n${missed} target(s) MISSED` : '\nAll targets met');
  console.log(lines.join('\n'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
