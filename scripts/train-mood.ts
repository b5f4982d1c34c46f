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
import { isMoodWordFeature, moodFeatures, moodProbability, moodWordFeatures, type MoodModel } from '../lib/scoring/mood-learned';
import { customerVoice } from '../lib/scoring/mood-voice';
import { analyse } from '../lib/scoring/text';
import { compileWordClasses } from '../lib/scoring/word-classes';
import { fnv1a, isKeptAside, readRows, type Row } from './eval';
import { add, f1, fpr, splitFiles, splitTuningRows, tally as emptyTally, type Tally } from './train-learned';

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

/** The two flags a learned model adds (customer_hurry, customer_upset). */
export type MoodLabel = 'hurry' | 'upset';
export const MOOD_LABELS: readonly MoodLabel[] = ['hurry', 'upset'];

/**
 * The inputs the CV chooses among (session 39): `base` = moodFeatures (the hand-made message features);
 * `lex` adds the word input's VADER classes, intensifier, capitals and "!" features (moodWordFeatures "lex:…");
 * `words` adds its base-form words too ("w:…", "n:…"), each met in at least MIN_WORD_ROWS tuning rows.
 */
export type MoodInput = 'base' | 'lex' | 'words';
export const MOOD_INPUTS: readonly MoodInput[] = ['base', 'lex', 'words'];

/**
 * A word ("w:refund") or a negated word ("n:work") is an input only when at least this many tuning rows of the
 * label hold it: rarer words are names, ids and one customer's wording, which the model would memorise.
 */
export const MIN_WORD_ROWS = 8;

/** A label's shipped setting: the input set, L2 and the threshold at which it adds the flag. */
export interface LabelSetting {
  input: MoodInput;
  l2: number;
  threshold: number;
}

/**
 * What ships per label. Hurry keeps MOOD_SETTING on its hand-made features (session 21): in session 39's CV the
 * word input did not beat them by more than TIE (mean out-of-fold F1, cues OR model: base 0.837, lex 0.836, words
 * 0.841; cues alone 0.831). Upset ships no model (threshold 1, adds nothing): on 2,208 tuning rows the cues alone
 * score 408/47/76 (F1 0.869, FP 2.7 %) and no input, L2 or threshold beat them out of fold within the 3 % FP cap —
 * trained on all rows (words, L2 0.3, p >= 0.9: 0.867 at FP 3.7 %) or on the rows the cues leave calm (words, L2 10,
 * p >= 0.25: 0.867; lex, L2 3, p >= 0.3: 0.869; base 0.868); a veto of the cues' upset lost recall (0.83 at p < 0.05).
 * The model's additions there were about one right in three.
 */
export const MOOD_SETTINGS: Record<MoodLabel, LabelSetting> = {
  hurry: { input: 'base', ...MOOD_SETTING },
  upset: { input: 'base', l2: 1, threshold: 1 },
};

interface Example {
  id: string;
  /** The row's labels (undefined where the row does not label the flag). */
  truth: Partial<Record<MoodLabel, boolean>>;
  /** What the cues alone say. */
  cues: Record<MoodLabel, boolean>;
  features: Record<string, number>;
}

/** Each row labelled for hurry or upset as the models see it: its message's features and the cues' own verdicts. */
export function examples(rows: Row[]): Example[] {
  const reader = compileCustomer(DEFAULT_PACK, compileWordClasses(DEFAULT_PACK.word_classes), { learnedMood: false });
  return rows
    .filter((r) => typeof r.customer_hurry === 'boolean' || typeof r.customer_upset === 'boolean')
    .map((r) => {
      const msg = r.customer_message ?? '';
      const mood = msg.trim() ? reader.read({ customerMessage: msg }).mood : undefined;
      const view = analyse(customerVoice(msg));
      const truth: Partial<Record<MoodLabel, boolean>> = {};
      if (typeof r.customer_hurry === 'boolean') truth.hurry = r.customer_hurry;
      if (typeof r.customer_upset === 'boolean') truth.upset = r.customer_upset;
      return {
        id: r.id,
        truth,
        cues: { hurry: mood?.hurry ?? false, upset: mood?.upset ?? false },
        features: { ...moodFeatures(view).values, ...moodWordFeatures(view).values },
      };
    });
}

/** The rows that label `label`, each with `truth` and `cues` for that label only. */
export function forLabel(ex: Example[], label: MoodLabel): LabelExample[] {
  return ex.filter((e) => e.truth[label] !== undefined).map((e) => ({ id: e.id, truth: e.truth[label]!, cues: e.cues[label], features: e.features }));
}

/** One row for one label. */
export interface LabelExample {
  id: string;
  truth: boolean;
  cues: boolean;
  features: Record<string, number>;
}

/**
 * Logistic regression by full-batch gradient descent from zero (L2 on the weights, not the bias). Rows are read
 * sparsely (only their non-zero features), which gives the same sums as the dense loop, in the same order.
 */
export function fit(rows: LabelExample[], names: readonly string[], l2: number): { weights: number[]; bias: number } {
  const n = rows.length;
  const w = names.map(() => 0);
  let b = 0;
  const col = new Map(names.map((k, j) => [k, j]));
  const xs = rows.map((r) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of Object.entries(r.features)) {
      const j = col.get(k);
      if (j !== undefined && v !== 0) {
        idx.push(j);
        val.push(v);
      }
    }
    const order = idx.map((_, i) => i).sort((p, q) => idx[p]! - idx[q]!);
    return { idx: order.map((i) => idx[i]!), val: order.map((i) => val[i]!) };
  });
  const y = rows.map((r) => (r.truth ? 1 : 0));
  const g = names.map(() => 0);
  for (let it = 0; it < ITERATIONS; it++) {
    g.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const { idx, val } = xs[i]!;
      let z = b;
      for (let q = 0; q < idx.length; q++) z += val[q]! * w[idx[q]!]!;
      const e = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (let q = 0; q < idx.length; q++) g[idx[q]!]! += val[q]! * e;
      gb += e;
    }
    for (let j = 0; j < names.length; j++) w[j]! -= (RATE * (g[j]! + l2 * w[j]!)) / n;
    b -= (RATE * gb) / n;
  }
  return { weights: w.map((v) => Number(v.toFixed(4))), bias: Number(b.toFixed(4)) };
}

/**
 * The feature names of `input` over `rows` (one label's tuning rows): the hand-made ones in their fixed order, then
 * (lex) the word input's "lex:" classes, then (words) every "w:"/"n:" word held by at least MIN_WORD_ROWS rows, sorted.
 */
export function inputNames(rows: LabelExample[], input: MoodInput): string[] {
  const first = rows.find((e) => Object.keys(e.features).length)!.features;
  const base = Object.keys(first).filter((k) => !isMoodWordFeature(k));
  if (input === 'base') return base;
  const lex = [...new Set(rows.flatMap((r) => Object.keys(r.features).filter((k) => k.startsWith('lex:'))))].sort();
  if (input === 'lex') return [...base, ...lex];
  const df = new Map<string, number>();
  for (const r of rows) for (const [k, v] of Object.entries(r.features)) if (v && isMoodWordFeature(k) && !k.startsWith('lex:')) df.set(k, (df.get(k) ?? 0) + 1);
  const words = [...df].filter(([, c]) => c >= MIN_WORD_ROWS).map(([k]) => k).sort();
  return [...base, ...lex, ...words];
}

const tally = (pairs: [boolean, boolean][]): Tally => {
  const t = emptyTally();
  for (const [truth, said] of pairs) add(t, truth, said);
  return t;
};
const show = (t: Tally) => `${t.tp}/${t.fp}/${t.fn} F1 ${f1(t).toFixed(3)} FP ${(100 * fpr(t)).toFixed(1)}%`;

/**
 * The CV's choice over L2S x THRESHOLDS for one label and input (see the head of this file): mean F1 and FP rate
 * over the CV_SEEDS fold assignments, admissible at mean FP <= MAX_FP_RATE; within TIE of the best mean F1 the
 * stronger L2, then the higher threshold. Without an admissible setting, or when the best does not beat the cues
 * alone by more than TIE: L2 1, threshold 1 (adds nothing), f = the cues' own F1. With `log`, also prints what a veto (drop the cues' flag where p < 0.05 / 0.1 / 0.2) would score.
 */
export function choose(rows: LabelExample[], names: readonly string[], log = false): { l2: number; threshold: number; f: number } {
  const cuesF = f1(tally(rows.map((r) => [r.truth, r.cues])));
  if (log) console.log(`  cues alone: ${show(tally(rows.map((r) => [r.truth, r.cues])))}`);
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
    if (log)
      for (const veto of [0.05, 0.1, 0.2]) {
        const ts = perSeed.map((p) => tally(rows.map((r) => [r.truth, r.cues && p.get(r.id)! >= veto])));
        console.log(`  L2 ${l2} veto p < ${veto}: mean F1 ${(ts.reduce((a, t) => a + f1(t), 0) / ts.length).toFixed(3)} | ${ts.map(show).join(' | ')}`);
      }
  }
  const ok = scored.filter((s) => s.fp <= MAX_FP_RATE);
  const top = Math.max(...ok.map((s) => s.f));
  // session 39: a model that does not beat the cues alone by more than TIE adds nothing worth its risk
  if (!ok.length || top <= cuesF + TIE) return { l2: 1, threshold: 1, f: cuesF };
  const tied = ok.filter((s) => s.f >= top - TIE).sort((a, b) => b.l2 - a.l2 || b.threshold - a.threshold);
  return { l2: tied[0]!.l2, threshold: tied[0]!.threshold, f: top };
}

/** A model as its weights file prints it. */
const modelText = (model: MoodModel) => JSON.stringify(model, null, 2);

/** The weights file's text for the two models. */
export function weightsFile(models: Record<MoodLabel, MoodModel>): string {
  return [
    '// Generated by scripts/train-mood.ts from the tuning rows (even-hash halves) — do not edit.',
    "import type { MoodModel } from './mood-learned';",
    '',
    '/** The learned hurry model: adds hurry where no cue found it (mood.ts), at p >= threshold. */',
    `export const HURRY_MODEL: MoodModel = ${modelText(models.hurry)};`,
    '',
    '/** The learned upset model (session 39): adds upset where no cue found it (mood.ts), at p >= threshold. */',
    `export const UPSET_MODEL: MoodModel = ${modelText(models.upset)};`,
    '',
  ].join('\n');
}

/** The tuning rows' examples: splitTuningRows() (the even-hash halves of every file trained on). */
export function tuningExamples(): Example[] {
  return examples(splitTuningRows());
}

/** Fits one label's model on `ex` with `setting` (a threshold of 1 or more ships an empty model: it adds nothing). */
export function trainLabel(ex: Example[], label: MoodLabel, setting: LabelSetting): MoodModel {
  if (setting.threshold >= 1) return { features: [], weights: [], bias: 0, threshold: 1, l2: setting.l2 };
  const rows = forLabel(ex, label);
  const names = inputNames(rows, setting.input);
  return { features: names, ...fit(rows, names, setting.l2), threshold: setting.threshold, l2: setting.l2 };
}

/**
 * Trains both models on the tuning rows with `settings` (default MOOD_SETTINGS, the shipped config; the CV never
 * picks what ships — see the head of this file).
 */
export function train(settings: Record<MoodLabel, LabelSetting> = MOOD_SETTINGS, ex: Example[] = tuningExamples()): Record<MoodLabel, MoodModel> {
  return { hurry: trainLabel(ex, 'hurry', settings.hurry), upset: trainLabel(ex, 'upset', settings.upset) };
}
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
  const ex = tuningExamples();
  if (args.cv) {
    for (const label of MOOD_LABELS) {
      const rows = forLabel(ex, label);
      const picks: (LabelSetting & { f: number })[] = [];
      for (const input of MOOD_INPUTS) {
        const names = inputNames(rows, input);
        console.log(`${label}, input ${input} (${names.length} features, ${rows.length} rows):`);
        picks.push({ input, ...choose(rows, names, true) });
      }
      // the simpler input unless a richer one beats it by more than TIE
      const best = picks.reduce((a, b) => (b.threshold < 1 && b.f > a.f + TIE ? b : a));
      const ship = MOOD_SETTINGS[label];
      const same = best.input === ship.input && best.l2 === ship.l2 && best.threshold === ship.threshold;
      console.log(`CV ${label} (mean of ${CV_SEEDS.length} fold assignments, tie ${TIE}): input ${best.input}, L2 ${best.l2}, p >= ${best.threshold} (mean F1 ${best.f.toFixed(3)})${same ? ' = MOOD_SETTINGS' : ` — differs from MOOD_SETTINGS (input ${ship.input}, L2 ${ship.l2}, p >= ${ship.threshold}), which still ships; change it by hand with kept-aside figures`}`);
    }
  }
  const models = train(MOOD_SETTINGS, ex);
  for (const label of MOOD_LABELS) console.log(`shipped ${label} (MOOD_SETTINGS): input ${MOOD_SETTINGS[label].input}, L2 ${models[label].l2}, add at p >= ${models[label].threshold}`);
  if (args.write) {
    writeFileSync(MOOD_WEIGHTS_PATH, weightsFile(models));
    console.log(`wrote ${MOOD_WEIGHTS_PATH}`);
  }
  if (args.keptAside) {
    for (const [name, rows] of moodKeptAsideSets(args.testSet)) {
      const all = examples(rows);
      for (const label of MOOD_LABELS) {
        const lx = forLabel(all, label);
        const model = models[label];
        const added = lx.map((e): [boolean, boolean] => [e.truth, e.cues || (model.features.length > 0 && moodProbability(model, e.features) >= model.threshold)]);
        console.log(`${name} ${label}: cues ${show(tally(lx.map((e) => [e.truth, e.cues])))}; cues + model ${show(tally(added))}`);
      }
    }
    if (!args.testSet) console.log('(The test set, corpus-extra/fresh3.jsonl, was left out: `npm run train:mood -- --kept-aside --test-set` scores it.)');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
