// `npm run train:mood` (tsx scripts/train-mood.ts [--cv] [--write] [--kept-aside [--test-set]]): trains the learned hurry model
// (lib/scoring/mood-learned.ts) on the TUNING rows only — the even-FNV-1a halves of every file `npm run
// eval` splits (scripts/train-learned.ts `splitFiles`: dev2, corpus-extra/replies*.jsonl, fresh.jsonl,
// fresh2.jsonl) that carry `customer_hurry` — never an odd row and never fresh3.jsonl — and writes its
// weights to lib/scoring/mood-learned-weights.generated.ts.
//
// The model only adds hurry to the cues. What ships is MOOD_SETTING below (L2 and threshold), a
// documented config that `--write` fits with and never changes: session 21 found the CV's pick was the
// noise floor of every comparison — one pack change flipped it between "L2 1, p >= 0.9" and "L2 10,
// p >= 0.6" and moved kept-aside rows by itself. `--cv` validates the config: 5-fold cross-validation
// on CV_SEEDS.length fold assignments (folds by id hash, one salt per seed) over L2 x threshold,
// scoring the cues OR the out-of-fold model; each setting's figure is the MEAN F1 over the seeds,
// admissible when its mean FP rate stays <= 3 %; among the admissible settings within TIE of the best
// mean F1 it prefers the stronger L2, then the higher threshold (the simpler, more cautious model), so
// a difference of a row or two in one fold assignment cannot flip it. When that choice differs from
// MOOD_SETTING the trainer says so and still writes MOOD_SETTING: changing it is a reviewed edit with
// kept-aside figures, not a side effect of a retrain. Deterministic: full-batch gradient descent from
// zero weights, fixed iterations; the same rows give the same file byte for byte.
// Options (node:util parseArgs, `parseMoodArgs`; an unknown option is an error, not a silent default):
// `--kept-aside` prints AGGREGATES ONLY (tp/fp/fn, F1, FP rate) of the cues alone and the cues + the
// written model on all odd halves together — never a row. The test set, fresh3.jsonl, is left out unless
// `--test-set` is given (session 25, as in `npm run eval` and `npm run why`): then it gets its own line.
// `--test-set` needs `--kept-aside`.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_PACK } from '../lib/rule-pack/default-pack.generated';
import { compileCustomer } from '../lib/scoring/customer';
import { moodFeatures, moodProbability, type MoodModel } from '../lib/scoring/mood-learned';
import { customerVoice } from '../lib/scoring/mood-voice';
import { analyse } from '../lib/scoring/text';
import { compileWordClasses } from '../lib/scoring/word-classes';
import { fnv1a, isKeptAside, readRows, type Row } from './eval';
import { add, f1, fpr, splitFiles, tally as emptyTally, type Tally } from './train-learned';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MOOD_WEIGHTS_PATH = resolve(root, 'lib/scoring/mood-learned-weights.generated.ts');
const FRESH3 = resolve(root, 'corpus-extra/fresh3.jsonl');
const FOLDS = 5;
const ITERATIONS = 3000;
const RATE = 0.5;
/** The grid the CV searches. */
const L2S = [0.3, 1, 3, 10];
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];
const MAX_FP_RATE = 0.03;
/** Salts of the fold assignments the CV averages over (fold of a row: fnv1a(`${salt}:${id}`) % FOLDS). */
export const CV_SEEDS = ['fold', 'fold-b', 'fold-c'];
/** Mean F1 within this of the best counts as a tie; ties go to the stronger L2, then the higher threshold. */
export const TIE = 0.005;

/**
 * The shipped setting: L2 10 (the grid's strongest), add hurry at p >= 0.6. Session 21 (judge-a): the
 * setting the last single-seed CV chose (w/lead dae1211) and what the weights file held; fixed here so a
 * retrain refits weights only. Change it only with the `--cv` figures and the kept-aside ones of
 * `npm run eval` (dev2 odd, all kept aside, FRESH3) in the commit.
 */
export const MOOD_SETTING: { l2: number; threshold: number } = { l2: 10, threshold: 0.6 };

interface Example {
  id: string;
  truth: boolean;
  /** What the cues alone say. */
  cues: boolean;
  features: Record<string, number>;
}

/** Each labelled row as the model sees it: its message's features and the cues' own verdict. */
export function examples(rows: Row[]): Example[] {
  const reader = compileCustomer(DEFAULT_PACK, compileWordClasses(DEFAULT_PACK.word_classes), { learnedMood: false });
  return rows
    .filter((r) => typeof r.customer_hurry === 'boolean')
    .map((r) => {
      const msg = r.customer_message ?? '';
      const cues = msg.trim() ? reader.read({ customerMessage: msg }).mood.hurry : false;
      return { id: r.id, truth: r.customer_hurry === true, cues, features: moodFeatures(analyse(customerVoice(msg))).values };
    });
}

/** Logistic regression by full-batch gradient descent from zero (L2 on the weights, not the bias). */
export function fit(rows: Example[], names: readonly string[], l2: number): { weights: number[]; bias: number } {
  const n = rows.length;
  const w = names.map(() => 0);
  let b = 0;
  const x = rows.map((r) => names.map((k) => r.features[k] ?? 0));
  const y = rows.map((r) => (r.truth ? 1 : 0));
  for (let it = 0; it < ITERATIONS; it++) {
    const g = names.map(() => 0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (let j = 0; j < names.length; j++) z += x[i]![j]! * w[j]!;
      const e = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (let j = 0; j < names.length; j++) g[j]! += x[i]![j]! * e;
      gb += e;
    }
    for (let j = 0; j < names.length; j++) w[j]! -= (RATE * (g[j]! + l2 * w[j]!)) / n;
    b -= (RATE * gb) / n;
  }
  return { weights: w.map((v) => Number(v.toFixed(4))), bias: Number(b.toFixed(4)) };
}

const tally = (pairs: [boolean, boolean][]): Tally => {
  const t = emptyTally();
  for (const [truth, said] of pairs) add(t, truth, said);
  return t;
};
const show = (t: Tally) => `${t.tp}/${t.fp}/${t.fn} F1 ${f1(t).toFixed(3)} FP ${(100 * fpr(t)).toFixed(1)}%`;

/**
 * The CV's choice over L2S x THRESHOLDS (see the head of this file): mean F1 and FP rate over the
 * CV_SEEDS fold assignments, admissible at mean FP <= MAX_FP_RATE; within TIE of the best mean F1 the
 * stronger L2, then the higher threshold. Without an admissible setting: L2 1, threshold 1 (adds nothing).
 */
export function choose(rows: Example[], names: readonly string[], log = false): { l2: number; threshold: number } {
  if (log) console.log(`cues alone: ${show(tally(rows.map((r) => [r.truth, r.cues])))}`);
  const scored: { f: number; fp: number; l2: number; threshold: number }[] = [];
  for (const l2 of L2S) {
    const perSeed = CV_SEEDS.map((salt) => {
      const foldOf = (id: string) => fnv1a(`${salt}:${id}`) % FOLDS;
      const p = new Map<string, number>();
      for (let k = 0; k < FOLDS; k++) {
        const m = fit(rows.filter((r) => foldOf(r.id) !== k), names, l2);
        const model: MoodModel = { features: names, ...m, threshold: 1, l2 };
        for (const r of rows) if (foldOf(r.id) === k) p.set(r.id, moodProbability(model, r.features));
      }
      return p;
    });
    for (const threshold of THRESHOLDS) {
      const ts = perSeed.map((p) => tally(rows.map((r) => [r.truth, r.cues || p.get(r.id)! >= threshold])));
      const f = ts.reduce((a, t) => a + f1(t), 0) / ts.length;
      const fp = ts.reduce((a, t) => a + fpr(t), 0) / ts.length;
      if (log) console.log(`  L2 ${l2} p >= ${threshold}: mean F1 ${f.toFixed(3)} FP ${(100 * fp).toFixed(1)}% | ${ts.map(show).join(' | ')}`);
      scored.push({ f, fp, l2, threshold });
    }
  }
  const ok = scored.filter((s) => s.fp <= MAX_FP_RATE);
  if (!ok.length) return { l2: 1, threshold: 1 };
  const top = Math.max(...ok.map((s) => s.f));
  const tied = ok.filter((s) => s.f >= top - TIE).sort((a, b) => b.l2 - a.l2 || b.threshold - a.threshold);
  return { l2: tied[0]!.l2, threshold: tied[0]!.threshold };
}

/** The weights file's text for `model`. */
export function weightsFile(model: MoodModel): string {
  return [
    '// Generated by scripts/train-mood.ts from the tuning rows (even-hash halves) — do not edit.',
    "import type { MoodModel } from './mood-learned';",
    '',
    '/** The learned hurry model: adds hurry where no cue found it (mood.ts), at p >= threshold. */',
    `export const HURRY_MODEL: MoodModel = ${JSON.stringify(model, null, 2)};`,
    '',
  ].join('\n');
}

/** The tuning rows' examples (even-hash halves of every split file). */
export function tuningExamples(): Example[] {
  const rows: Row[] = [];
  for (const p of splitFiles()) rows.push(...readRows(p).filter((r) => !isKeptAside(r.id)));
  return examples(rows);
}

/**
 * Trains on the tuning rows and returns the model, fitted with `setting` (default MOOD_SETTING, the
 * shipped config; the CV never picks what ships — see the head of this file).
 */
export function train(setting: { l2: number; threshold: number } = MOOD_SETTING): MoodModel {
  const ex = tuningExamples();
  const names = featureNames(ex);
  return { features: names, ...fit(ex, names, setting.l2), threshold: setting.threshold, l2: setting.l2 };
}

const featureNames = (ex: Example[]) => Object.keys(ex.find((e) => Object.keys(e.features).length)!.features);

/** What `npm run train:mood -- …` asked for (see the head of this file). */
export interface MoodArgs {
  cv: boolean;
  write: boolean;
  keptAside: boolean;
  /** With keptAside: the test set (fresh3.jsonl) on its own line too; off by default (session 25). */
  testSet: boolean;
}

/**
 * Reads the trainer's options with node:util parseArgs. Throws on an unknown option, a positional, or
 * `--test-set` without `--kept-aside` (alone it would silently do nothing).
 */
export function parseMoodArgs(argv: string[]): MoodArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      cv: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      'kept-aside': { type: 'boolean', default: false },
      'test-set': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const args = { cv: values.cv === true, write: values.write === true, keptAside: values['kept-aside'] === true, testSet: values['test-set'] === true };
  if (args.testSet && !args.keptAside) throw new Error('--test-set adds a line to --kept-aside; give --kept-aside too');
  return args;
}

/**
 * The sets `--kept-aside` prints, in order: all odd halves of `split` (default splitFiles()) together,
 * then the test set `fresh3` (default corpus-extra/fresh3.jsonl) only with `testSet` and when it exists.
 * Reads no file it does not return.
 */
export function moodKeptAsideSets(testSet: boolean, split: string[] = splitFiles(), fresh3: string = FRESH3): [string, Row[]][] {
  const sets: [string, Row[]][] = [['kept aside (all odd halves)', split.flatMap((p) => readRows(p).filter((r) => isKeptAside(r.id)))]];
  if (testSet && existsSync(fresh3)) sets.push(['fresh3.jsonl', readRows(fresh3)]);
  return sets;
}

function main(argv: string[]): void {
  const args = parseMoodArgs(argv);
  if (args.cv) {
    const ex = tuningExamples();
    const cv = choose(ex, featureNames(ex), true);
    const same = cv.l2 === MOOD_SETTING.l2 && cv.threshold === MOOD_SETTING.threshold;
    console.log(`CV (mean of ${CV_SEEDS.length} fold assignments, tie ${TIE}): L2 ${cv.l2}, p >= ${cv.threshold}${same ? ' = MOOD_SETTING' : ` — differs from MOOD_SETTING (L2 ${MOOD_SETTING.l2}, p >= ${MOOD_SETTING.threshold}), which still ships; change it by hand with kept-aside figures`}`);
  }
  const model = train();
  console.log(`shipped (MOOD_SETTING): L2 ${model.l2}, add at p >= ${model.threshold}`);
  if (args.write) {
    writeFileSync(MOOD_WEIGHTS_PATH, weightsFile(model));
    console.log(`wrote ${MOOD_WEIGHTS_PATH}`);
  }
  if (args.keptAside) {
    for (const [name, rows] of moodKeptAsideSets(args.testSet)) {
      const ex = examples(rows);
      const added = ex.map((e): [boolean, boolean] => [e.truth, e.cues || moodProbability(model, e.features) >= model.threshold]);
      console.log(`${name}: cues ${show(tally(ex.map((e) => [e.truth, e.cues])))}; cues + model ${show(tally(added))}`);
    }
    if (!args.testSet) console.log('(The test set, corpus-extra/fresh3.jsonl, was left out: `npm run train:mood -- --kept-aside --test-set` scores it.)');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
