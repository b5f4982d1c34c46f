// `npm run train` (tsx scripts/train-learned.ts [--cv [--label L]] [--write] [--kept-aside [--per-file] [--test-set]]):
// trains the learned layer (lib/scoring/learned.ts) on the TUNING rows only — dev-labels.jsonl, dev-synthetic.jsonl
// and the even-FNV-1a halves of every file `npm run eval` splits (dev2-labels.jsonl, corpus-extra/
// replies.jsonl, every replies-*.jsonl, fresh.jsonl, fresh2.jsonl; scripts/eval.ts's list and
// isKeptAside) except the files not trained on yet (NOT_YET_TRAINED) — never an odd row and never fresh3.jsonl — and writes its weights to
// lib/scoring/learned-weights.generated.ts.
//
// Deterministic: each model is the unique optimum of its L2-regularised objective, found by Newton
// steps (`solve`) to a gradient norm below 1e-7, so neither the start nor the row order changes a
// weight at the 3 decimals written; folds by hash; no randomness, so the same rows give the same file
// byte for byte (the unit suite checks it). A fit that does not converge throws.
// Settings are a documented config, not a pick: `--write` fits exactly SETTINGS below and never runs
// the CV; `--cv` only reports what CV would choose (CV_CHOICE), and a change to SETTINGS is a reviewed
// edit with kept-aside figures. So a pack change moves weights, never the setting (session 21).
// Options (node:util parseArgs, `parseTrainArgs`; an unknown option is an error, not a silent default):
// `--cv` runs 5-fold cross-validation on the tuning rows and prints, per label, the rules' figures, the
// best add / veto / both per mode, and the setting it chooses (cvChoose); `--label L` limits it to one
// label. `--kept-aside` prints AGGREGATES ONLY (per label tp/fp/fn, F1, FP rate) of the rules alone,
// rules + the CV choice, rules + the shipped SETTINGS and rules + the INFO setting, on all odd halves
// together (the combined kept-aside figure; `--per-file`: each odd half too) — never a row. The test set,
// fresh3.jsonl, is left out unless `--test-set` is given (session 25, as in `npm run eval` and `npm run
// why`): then it gets its own FRESH3 block. `--per-file` and `--test-set` need `--kept-aside`.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileEngine } from '../lib/scoring/engine';
import { compileLearned, isClauseFeature, probability, vetoes, type LearnedLabel, type LearnedModel } from '../lib/scoring/learned';
import { DEFAULT_PACK } from '../lib/rule-pack/default-pack.generated';
import { isClosedClassFeature, isWordFeature } from '../lib/scoring/learned-words';
import { fnv1a, isKeptAside, readRows, splitExtraFiles, type Row } from './eval';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.RAPPORT_CORPUS ?? resolve(root, '../shared/corpus');
const extraDir = resolve(root, 'corpus-extra');
/**
 * The files split by id hash, as `npm run eval` splits them (scripts/eval.ts `main`): dev2, then
 * corpus-extra/replies.jsonl and every replies-*.jsonl, then fresh.jsonl and fresh2.jsonl (split
 * since session 12). Even half tuned on, odd half kept aside. fresh3.jsonl is never among them.
 */
export function splitFiles(): string[] {
  return [resolve(corpus, 'dev2-labels.jsonl')].filter((p) => existsSync(p)).concat(splitExtraFiles(extraDir));
}

/**
 * Split files whose tuning halves the models are not trained on yet (file names in corpus-extra). Session 42 added
 * eight blind files (four of terse chat help); trained on, their tuning halves moved the teach word model so that a
 * 30-word parcel-status reply read as teach (learned-s38f.test.ts, p 0.867 -> 0.921 against the add at 0.9) and a
 * how-it-works explanation fell under the layer's margin (judgement-s15a.test.ts, p 0.965 -> 0.945 against 0.95).
 * Session 43 ran the CV again (`npm run train -- --cv --label teach`, 2,855 teach tuning rows with those files, 21:23
 * UTC): out of fold the shipped setting (common+words, F1 0.79, FP 4.5 %) still beats every searched one (best 0.75,
 * FP 3.3 %), so new settings are not the cure; and trained on with session 43's nine files too, the same two
 * behaviours break. So both sessions' files stay out until the teach model keeps those behaviours with them (e.g. a
 * reading that tells a status report from an explanation). Kept aside with them, the teach false alarms fell a little
 * (session 42: 88 -> 86, 26 -> 24, 52 -> 48 in the three kept-aside groups, one hit fewer in two). Their kept-aside
 * halves are scored as every file's are; their figures measure the models on sources they were not fitted to.
 * Session 44's new files wait with them, so the weights stay those the rules of this session were measured with.
 * Session 44 also tried the reading asked for: a status-report feature (`s:status`, a sentence reporting the state of
 * the customer's order, refund, ticket or bug with no cause or step in it) given to the teach model. Trained with every
 * file it weighed -0.21, the how-it-works explanation fell to p 0.908 and the parcel-status reply still showed teach:
 * one feature on a few rows does not outweigh the closed-class word inputs. A gate on the add (none when a status
 * sentence is there without a cause or how-to) is the next thing to try. Session 44's judge-g built that gate
 * (learned.ts teachAddGated). Session 45 trained on sessions 42–44's 23 files with it (2026-12-07 04:02–04:09 UTC,
 * 2-core EPYC): the parcel-status reply stays below the add, the how-it-works explanation is p 0.917 (the rules read it
 * as teach already, so only the veto at 0.2 could take it away; judgement-s15a now asks p >= 0.9), and kept-aside
 * teach improved in every group (other files tp/fp 415/89 -> 412/86; opened 146/41 -> 151/40; blind 182/61 -> 182/56),
 * hurry moved by one row each way, every other label unchanged. So only the files added in session 45 wait here.
 * Session 46 trained on session 45's eight files too, after their one session as blind measurement (measured at main
 * de4d2140, 2026-12-07 07:02–07:16 UTC, same machine): kept-aside teach tp/fp/fn other 411/86/214 -> 413/86/212,
 * opened 161/49/127 -> 164/51/124, blind 207/61/157 -> 210/63/154; hurry one or two rows; every other label and dev2's
 * kept-aside mood unchanged; judgement-s15a and learned-s38f pass. Near neutral, so it follows the rule the sessions
 * keep (a file is trained on after a session as blind measurement).
 * Session 47 measured training on session 46's eight files the same way (at d49c442a, 2026-12-07 10:07–10:55 UTC,
 * same machine): kept-aside teach tp/fp/fn other 412/86/213 -> 415/88/210, opened 200/65/175 -> 199/66/176, blind
 * 229/60/137 -> 229/61/137; hurry one row; every other label and dev2's kept-aside mood unchanged — no gain. With the
 * session's rules it also lifted the teach layer's p for judgement-s15a's hand-over to another team from 0.18 to 0.24,
 * past the veto line (0.2) that test guards. No gain and a guarded case moved, so session 46's files stay here one more
 * session (not a rule change: the rule is still that a file is trained on after its session as blind measurement, when
 * that training does no harm); session 47's eight new files wait with them.
 * Session 48 measured it once more, at c53bfa93 before any rule change (2026-12-07 13:36–13:52 UTC, same machine; the
 * opened group now holds session 46's files, the blind group session 47's): kept-aside teach tp/fp/fn other 412/86/213 ->
 * 414/87/211, opened 256/74/208 -> 255/76/209, blind 199/62/134 -> 197/63/136; hurry one false alarm fewer in the opened
 * files; every other label and dev2's kept-aside mood unchanged; judgement-s15a's hand-over again at p 0.24. All
 * kept-aside rows together: teach 867/222/555 -> 866/226/556. Still no gain and the guarded case still moves, so session
 * 46's files stay here; session 48's new files join them.
 * Session 49 measured training on sessions 46's and 47's sixteen files together, at 0d4edc51 before any rule change
 * (2026-12-07 16:58–17:00 UTC, same machine; session 47's files now opened): kept-aside teach tp/fp/fn older files
 * 411/86/214 -> 417/88/208, opened 281/87/239 unchanged, blind 223/60/132 -> 222/63/133; every other label unchanged;
 * judgement-s15a's how-it-works explanation fell from the add (p 0.81 < 0.9). Five hits for five false alarms and a
 * guarded case moved: no gain, so they stay here; session 49's new files join them.
 * Session 50 measured training on sessions 46–48's 24 files together, at 6e5d6f30 before any rule change (2026-12-07
 * 20:17–20:32 UTC, same machine, load 10–14; session 48's files now opened; blind files counted whole): kept-aside teach
 * tp/fp/fn older files 413/85/212 -> 415/89/210, opened 330/95/268 -> 330/100/268, blind 452/87/244 -> 447/86/249;
 * hurry blind 55/32/64 -> 56/32/63; every other label unchanged. More false alarms kept aside and fewer blind hits: no
 * gain, so they stay here; session 50's new files join them.
 * Session 51 measured training on sessions 46–49's 32 files together, at d6bae5d9 before any rule change (2026-12-07
 * 23:38 – 2026-12-08 00:30 UTC, same machine, load 10–18; session 49's files now opened; blind files counted whole):
 * kept-aside teach tp/fp/fn older files 413/85/212 -> 417/88/208, opened 377/99/311 -> 376/99/312, blind 487/97/237 ->
 * 480/94/244; hurry older 75/35/61 -> 75/37/61, opened 48/34/46 -> 49/32/45, blind 33/36/47 -> 34/37/46; every other
 * label unchanged. Seven blind hits lost: no gain, so they stay here; session 51's new files join them.
 */
export const NOT_YET_TRAINED: ReadonlySet<string> = new Set(
  ['care46b', 'chat46a', 'tracker46c', 'chat46d', 'forum46e', 'list46f', 'chat46g', 'list46h', 'chat47a', 'tracker47b', 'list47d', 'forum47e', 'care47c', 'chat47f', 'care47h', 'tracker47g', 'chat48a', 'tracker48b', 'list48d', 'care48c', 'forum48e', 'chat48f', 'care48h', 'tracker48g', 'chat49a', 'list49d', 'qa49c', 'care49b', 'chat49e', 'list49g', 'forum49f', 'care49h', 'chat50a', 'qa50f', 'care50b', 'forum50c', 'list50d', 'chat50e', 'list50g', 'tracker51b', 'chat51c', 'care51a', 'list51d', 'qa51e', 'list51f'].map((s) => `replies-${s}.jsonl`),
);

/** The split files whose tuning halves the models are trained on: splitFiles() without NOT_YET_TRAINED. */
export function trainingFiles(): string[] {
  return splitFiles().filter((p) => !NOT_YET_TRAINED.has(basename(p)));
}
const FRESH3 = resolve(extraDir, 'fresh3.jsonl');
export const WEIGHTS_PATH = resolve(root, 'lib/scoring/learned-weights.generated.ts');

/** Corpus label → report signal, for the labels the layer is trained on. */
export const TRAINED: [string, string][] = [
  ['empathy', 'empathy'],
  ['ownership', 'ownership'],
  ['expectation', 'expectation'],
  ['negative_language', 'negative-language'],
  ['teach', 'teach'],
  ['confirm_resolution', 'confirm-resolution'],
  // Session 18: three more labels the rules miss most on, so CV can say whether a model helps them.
  ['condescension', 'condescension'],
  ['closing_question', 'closing-question'],
  ['personalization', 'personalization'],
];

/**
 * Per label, what ships: the CV choice (CV_CHOICE below, from `npm run train -- --cv` on the tuning
 * rows) where it also raised the combined kept-aside F1 without pushing its FP rate over 3 % and kept
 * the unit tests' rulings (docs/eval.md, "A learned layer, version 2"). Session 13: no CV choice ships.
 * The CV's one choice, the confirm_resolution add, took generic offers ("Let us know if you still need
 * help.", C1) as report-back requests. What ships is the session-7 ownership veto, kept by the lead on
 * kept-aside aggregates although CV finds it 0 right / 7 wrong (see the entry below).
 */
export const SETTINGS: Record<string, Setting | undefined> = {
  // Kept from session 7 by the lead (session 13), although v2's CV on the 778 tuning rows finds it
  // 0 right / 7 wrong: on the combined kept-aside rows it drops 2 false alarms and no hit (ownership
  // FP 3.1 % -> 2.7 %, F1 0.78 -> 0.79), FRESH3 unchanged. That is a choice informed by kept-aside
  // aggregates, said so in docs/eval.md; the tuning rows can no longer show it because the rules
  // were written on them (the veto's in-sample false alarms are gone). Threshold 0.02, not session 7's
  // 0.05: retrained on v2's features, 0.05 vetoed two short maintainer replies the rulings call
  // ownership (judgement-s10b "Passed this along to the right folks.", p 0.021; s12c "Fixed it in the
  // repo…", p 0.030); at 0.02 both stand and the kept-aside figure is one hit better (685 rows, 11:55 UTC).
  // Session 14: retrained with 255 more tuning rows (replies-urgent, -urgent2, -tracker), 0.02 vetoed
  // s10b's reply again; 0.01 lets it stand and gives the same kept-aside figures as 0.02 (806 rows:
  // 129 hits, 23 false alarms; without the veto 28), FRESH3 unchanged (15:00 UTC).
  // Session 17 (lead): dropped. Retrained on the merged session-17 pack (a new negative-language rule
  // and the reply's hard-wrap unwrapping), the same setting vetoed 17 of the 35 ownership replies of
  // replies.jsonl's even half, rows it was trained on: ownership on the 989 kept-aside rows fell from
  // F1 0.80 to 0.51. Adagrad's 400 rounds leave weights that shift together (each ~-0.06 here) and a
  // reply of 200+ features moves its logit by ~-12, so a p < 0.01 cut on long replies is not stable
  // across retrains. CV never supported it (above), so nothing on the tuning rows argues for keeping
  // it. Without it (04:20 UTC): 989 kept aside 151 hits / 20 false alarms / 58 misses, F1 0.79,
  // FP 2.6 % (with it, before the merge: 149/16/60, 0.80, 2.1 %); FRESH3 13/2/5 either way.
  ownership: undefined,
  // Session 15 (judgement-a): the CV on the tuning rows now chooses a teach setting. With the session-15
  // classes (l-general, l-so, l-askback, l-try) and the 928 tuning rows after replies-brand, -desk and
  // -live were merged: one model, L2 1, add at p >= .95, veto at p < .05 (out of fold F1 0.72 -> 0.76, FP
  // 5.4 % both). vetoMinWords 30: at any length the veto dropped ruled one-sentence teach tests ("We never
  // ask for your password over the phone.", judgement.test; p .03-.09 on the 796-row model). Figures in
  // docs/eval.md session 15 (combined kept aside 938 rows: teach F1 0.66 -> 0.72).
  // vetoUnless c:l-cause (session 15, from the review): a reply that states a cause is teaching by T1 and
  // the model may not drop it; the review's three "declined because … try again" replies had p .035-.086.
  //
  // Session 18 (judge-a, 06:30 UTC): the fit now reaches the L2 optimum (Newton, gradient norm < 1e-7;
  // Adagrad's 400 rounds had stopped at norm 3.3 for teach), so CV was rerun on converged models with
  // a second input set, `single` (no co-occurrence pairs). 5-fold CV on the 977 teach tuning rows
  // chooses joint, L2 1, single, add p >= .9, veto p < .2 (same vetoMinWords / vetoUnless): out of fold
  // F1 0.73 -> 0.76, FP 3.5 % -> 3.5 % (tp 211 -> 225, fp 22 -> 22). The session-15 setting, refit to
  // its optimum, scores 0.76 but at FP 4.8 % (30 false alarms), above the rules' own, so CV no longer
  // allows it. Kept aside (989 rows, aggregates): rules 200/43/169 F1 0.65 FP 6.9 %; this setting
  // 213/42/156, F1 0.68, FP 6.8 %; the session-15 setting refit 226/47/143, 0.70, 7.6 % (main's
  // Adagrad weights: 229/46/140, 0.71, 7.4 %). FRESH3: rules 23/8/27, this 24/9/26, session 15's
  // refit 28/10/22. So: 13 fewer hits and 4-5 fewer false alarms than before on kept-aside rows — CV's
  // rule (no FP rise over the rules) trades recall for precision. No veto reaches FP 3 % (see CV_CHOICE).
  //
  // Session 21 (judge-a): inputs `common` (was `single`): the teach model no longer weighs the rules of
  // rare labels (condescension, closing-question, bonus-tip, …: other labels' rules firing in fewer than
  // RULE_MIN_ROWS = 40 teach tuning rows); teach's own rules and the frequent ones stay. Every rule that
  // fired was a feature, so a condescension change moved teach weights and flipped teach rows. Refit on
  // the same tree (17:25–17:34 UTC): 989 kept aside 210/36/159 (`single`) -> 211/36/158; 418 block
  // 86/14/64 -> 87/14/63; all 1,321 kept aside 296/63/233 both; FRESH3 24/9/26 both. Trial `own` (only
  // teach's own rules): all kept aside 296/63/233 -> 289/62/240, not kept.
  //
  // Session 38 (lead; figures refit by fix-d on 168b042's pack and the 2,208 teach tuning rows): CV_CHOICE.teach
  // ships — the word input (learned-words.ts), L2 3, add p >= .9, veto p < .1, bounds kept. CV chose it on the tuning
  // rows (out of fold tp/fp/fn 619/36/227, F1 0.82, FP 2.6 %; rules 546/25/300, 0.77, 1.8 %). The lead also looked at
  // the kept-aside aggregates before shipping, and chose on them against the session's rule (FP not above the rules'
  // own), so for teach those odd halves are no longer unseen. Kept aside (2,194 rows): rules 501/124/370 (F1 0.67,
  // FP 9.4 %), session 21's `common` setting 518/127/353 (0.68), this 581/137/290 (0.73, FP 10.4 %). Session 21's
  // setting: { mode: 'joint', l2: 1, inputs: 'common', add: 0.9, veto: 0.2, same bounds }.
  // Session 38 (fix-d) trials, not shipped: closed-class words out (inputs `common+content`): CV worse (best 597/39/249,
  // F1 0.81, FP 2.9 %), kept aside 565/137/306; vetoUnless [c:l-cause, c:l-how] (keeps a how-to padded with courtesy):
  // kept aside 582/140/289 (+1 hit, +3 false alarms). The reviewer's status replies get p .48-.85 < .9 with these
  // weights (learned-s38f.test.ts); the padded read-receipts how-to is still vetoed (p .07).
  teach: { mode: 'joint', l2: 3, inputs: 'common+words', add: 0.9, veto: 0.1, vetoMinWords: 30, vetoUnless: ['c:l-cause'] },
};

/** `common` inputs: another label's rule must fire in this many of the rows a model learns from to be a feature. */
const RULE_MIN_ROWS = Number(process.env.RULE_MIN_ROWS ?? 40);

/** A feature must occur in this many training rows to get a weight. */
const MIN_ROWS = 3;

/** The tuning rows (never a kept-aside one). */
export function tuningRows(): Row[] {
  const rows: Row[] = [];
  for (const f of ['dev-labels.jsonl', 'dev-synthetic.jsonl']) rows.push(...readRows(resolve(corpus, f)));
  rows.push(...splitTuningRows());
  return rows;
}

/**
 * The tuning halves (even hash, `isKeptAside` false) of trainingFiles(), in file order: every row the two trainers
 * may learn from outside the dev files. The mood trainer (train-mood.ts) learns from exactly these; this trainer adds
 * dev-labels and dev-synthetic (tuningRows). One function, so the two can never disagree on which rows are kept aside.
 */
export function splitTuningRows(): Row[] {
  return trainingFiles().flatMap((path) => readRows(path).filter((r) => !isKeptAside(r.id)));
}

export interface Example {
  id: string;
  features: Set<string>;
  /** The rules' verdict per signal. */
  rules: Set<string>;
  truth: Record<string, boolean | undefined>;
  /** The agent's words in the reply (TextView.words), for a veto's vetoMinWords. */
  words: number;
}

const engine = compileEngine(DEFAULT_PACK);
const layer = compileLearned(DEFAULT_PACK, { labels: [] }, engine);

export function examples(rows: Row[]): Example[] {
  return rows.map((row) => {
    const run = engine.run(row.text, {
      ...(row.customer_message ? { customerMessage: row.customer_message } : {}),
      ...(row.customer_name ? { customerName: row.customer_name } : {}),
    });
    const truth: Record<string, boolean | undefined> = {};
    for (const [label] of TRAINED) truth[label] = typeof row[label] === 'boolean' ? (row[label] as boolean) : undefined;
    return { id: row.id, features: layer.features(run).reply, rules: new Set(run.signals.keys()), truth, words: run.view.words };
  });
}

/** How `solve` ended: rounds, the objective and its gradient's norm at the answer. */
export interface FitReport {
  /** Newton rounds taken. */
  iterations: number;
  /** Conjugate-gradient steps (Hessian-vector products) in all. */
  cgSteps: number;
  /** The objective at the answer: Σ log-loss + (l2 / 2)·‖w‖² (summed over rows, not averaged). */
  loss: number;
  /** Euclidean norm of the objective's gradient (weights and bias) at the answer. */
  gradNorm: number;
  /** Whether gradNorm fell below the tolerance within the round limit. */
  converged: boolean;
}

/** Options of `solve`, for tests and the convergence check; the trainer uses the defaults. */
export interface SolveOptions {
  /** Stop when the gradient's Euclidean norm is below this (default 1e-7). */
  tol?: number;
  /** Most Newton rounds (default 100). */
  maxIter?: number;
  /** Starting weights by feature name and bias (default all zero). */
  start?: { bias: number; weights: Record<string, number> };
  /** Called with the solver's report (rounds, loss, gradient norm), for `npm run train`'s log. */
  onReport?: (report: FitReport) => void;
  /**
   * Per row, the value its features take (default 1: binary features). For trials only: session 18
   * measured 1/√(features in the reply) and min(1, √(60/features)) by CV and shipped neither (no gain
   * over binary inputs without pairs, and the layer would need the same scale at run time).
   */
  rowScale?: ArrayLike<number>;
}

/**
 * The exact optimum of L2-regularised logistic regression over binary features: minimises
 * Σ_r [log(1 + e^{z_r}) − y_r·z_r] + (l2 / 2)·Σ_i w_i², z_r = b + Σ_{i ∈ x_r} w_i (the bias b is not
 * regularised), by truncated Newton: each round solves H·d = −g by conjugate gradients preconditioned
 * with H's diagonal (H = XᵀDX + l2·I, D = p(1−p), applied as two sparse products, never formed), then
 * backtracks along d until the objective falls by the Armijo fraction. The objective is strictly convex
 * for l2 > 0, so the optimum is unique and every start and row order reaches it; the loop stops once the
 * gradient's norm is below `tol`. Features in fewer than MIN_ROWS rows get no weight. No randomness.
 * (Newton-CG as in Lin, Weng & Keerthi, "Trust region Newton method for large-scale logistic
 * regression", JMLR 9, 2008 — LIBLINEAR's solver — with a line search in place of the trust region.)
 */
export function solve(
  xs: Set<string>[],
  ys: boolean[],
  l2: number,
  withRules: boolean,
  options: SolveOptions = {},
): { vocab: string[]; w: Float64Array; b: number; report: FitReport } {
  const tol = options.tol ?? 1e-7;
  const maxIter = options.maxIter ?? 100;
  const df = new Map<string, number>();
  for (const x of xs) for (const f of x) if (withRules || !f.startsWith('r:')) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= MIN_ROWS).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  // Each row's feature numbers, sorted, so the sums below do not depend on a Set's insertion order.
  const rows = xs.map((x) => Int32Array.from([...x].map((f) => index.get(f)).filter((i): i is number => i !== undefined)).sort());
  const y = Float64Array.from(ys, (v) => (v ? 1 : 0));
  const n = rows.length;
  const m = vocab.length;
  const sc = Float64Array.from({ length: n }, (_, r) => options.rowScale?.[r] ?? 1);
  const w = new Float64Array(m);
  let b = options.start?.bias ?? 0;
  if (options.start) vocab.forEach((f, i) => (w[i] = options.start!.weights[f] ?? 0));

  const z = new Float64Array(n);
  const p = new Float64Array(n);
  const d = new Float64Array(n);
  const logistic = (v: number) => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v)));
  /** log(1 + e^v) without overflow. */
  const softplus = (v: number) => (v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v)));
  const margins = (ww: Float64Array, bb: number, out: Float64Array) => {
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      let s = 0;
      for (let k = 0; k < row.length; k++) s += ww[row[k]!]!;
      out[r] = bb + sc[r]! * s;
    }
  };
  const objective = (zz: Float64Array, ww: Float64Array) => {
    let f = 0;
    for (let r = 0; r < n; r++) f += softplus(zz[r]!) - y[r]! * zz[r]!;
    let q = 0;
    for (let i = 0; i < m; i++) q += ww[i]! * ww[i]!;
    return f + 0.5 * l2 * q;
  };
  const g = new Float64Array(m);
  let gb = 0;
  /** Gradient at the current margins `z` (sets p and the curvature weights d too); returns its norm. */
  const gradient = () => {
    for (let i = 0; i < m; i++) g[i] = l2 * w[i]!;
    gb = 0;
    for (let r = 0; r < n; r++) {
      const pr = logistic(z[r]!);
      p[r] = pr;
      d[r] = pr * (1 - pr);
      const e0 = pr - y[r]!;
      gb += e0;
      const e = e0 * sc[r]!;
      const row = rows[r]!;
      for (let k = 0; k < row.length; k++) g[row[k]!]! += e;
    }
    let s = gb * gb;
    for (let i = 0; i < m; i++) s += g[i]! * g[i]!;
    return Math.sqrt(s);
  };
  // Hessian-vector product (v, vb) → (out, outB), through Xv.
  const xv = new Float64Array(n);
  let outB = 0;
  const hess = (v: Float64Array, vb: number, out: Float64Array) => {
    margins(v, vb, xv);
    for (let i = 0; i < m; i++) out[i] = l2 * v[i]!;
    outB = 0;
    for (let r = 0; r < n; r++) {
      const t = d[r]! * xv[r]!;
      outB += t;
      const ts = t * sc[r]!;
      const row = rows[r]!;
      for (let k = 0; k < row.length; k++) out[row[k]!]! += ts;
    }
  };

  margins(w, b, z);
  let loss = objective(z, w);
  let gradNorm = gradient();
  let iterations = 0;
  let cgSteps = 0;
  const step = new Float64Array(m);
  const res = new Float64Array(m);
  const pre = new Float64Array(m);
  const dir = new Float64Array(m);
  const hd = new Float64Array(m);
  const zNew = new Float64Array(n);
  const wNew = new Float64Array(m);
  const zStep = new Float64Array(n);
  while (gradNorm >= tol && iterations < maxIter) {
    iterations++;
    // Diagonal preconditioner: H_ii = l2 + Σ_{r ∋ i} d_r; H_bb = Σ d_r.
    for (let i = 0; i < m; i++) pre[i] = l2;
    let preB = 0;
    for (let r = 0; r < n; r++) {
      preB += d[r]!;
      const dr = d[r]! * sc[r]! * sc[r]!;
      const row = rows[r]!;
      for (let k = 0; k < row.length; k++) pre[row[k]!]! += dr;
    }
    preB = Math.max(preB, 1e-12);
    // Preconditioned CG on H·s = −g, to a relative residual of min(0.1, √‖g‖) (superlinear near the end).
    step.fill(0);
    let stepB = 0;
    for (let i = 0; i < m; i++) res[i] = -g[i]!;
    let resB = -gb;
    let rz = resB * resB / preB;
    for (let i = 0; i < m; i++) rz += (res[i]! * res[i]!) / pre[i]!;
    for (let i = 0; i < m; i++) dir[i] = res[i]! / pre[i]!;
    let dirB = resB / preB;
    const target = Math.min(0.1, Math.sqrt(gradNorm)) * gradNorm;
    for (let k = 0; k < 4 * (m + 1); k++) {
      hess(dir, dirB, hd);
      cgSteps++;
      let dHd = dirB * outB;
      for (let i = 0; i < m; i++) dHd += dir[i]! * hd[i]!;
      const alpha = rz / dHd;
      stepB += alpha * dirB;
      resB -= alpha * outB;
      let rr = resB * resB;
      for (let i = 0; i < m; i++) {
        step[i]! += alpha * dir[i]!;
        res[i]! -= alpha * hd[i]!;
        rr += res[i]! * res[i]!;
      }
      if (Math.sqrt(rr) <= target) break;
      let rzNew = resB * resB / preB;
      for (let i = 0; i < m; i++) rzNew += (res[i]! * res[i]!) / pre[i]!;
      const beta = rzNew / rz;
      rz = rzNew;
      dirB = resB / preB + beta * dirB;
      for (let i = 0; i < m; i++) dir[i] = res[i]! / pre[i]! + beta * dir[i]!;
    }
    // Backtracking line search (Armijo, c = 1e-4), the margins moving along X·s.
    let slope = gb * stepB;
    for (let i = 0; i < m; i++) slope += g[i]! * step[i]!;
    margins(step, stepB, zStep);
    let t = 1;
    let next = Infinity;
    // A step whose predicted decrease is below the objective's rounding (near the optimum, where the
    // Newton step is the right one) is taken whole: the Armijo test cannot see it there.
    const tiny = -slope <= 1e-13 * Math.max(1, Math.abs(loss));
    for (let k = 0; k < 60; k++) {
      for (let r = 0; r < n; r++) zNew[r] = z[r]! + t * zStep[r]!;
      for (let i = 0; i < m; i++) wNew[i] = w[i]! + t * step[i]!;
      next = objective(zNew, wNew);
      if (tiny || next <= loss + 1e-4 * t * slope) break;
      t /= 2;
    }
    // No decrease at all (only at the optimum, within rounding): stop where we are.
    if (!tiny && !(next <= loss)) break;
    w.set(wNew);
    b += t * stepB;
    // Margins afresh from the weights (not z + t·Xs), so rounding does not build up across rounds.
    margins(w, b, z);
    loss = objective(z, w);
    gradNorm = gradient();
  }
  return { vocab, w, b, report: { iterations, cgSteps, loss, gradNorm, converged: gradNorm < tol } };
}

/**
 * A label's model: `solve`'s optimum, weights rounded to 3 decimals and those under 0.01 left out
 * (they move no probability by as much as 1 %). Throws when the solver did not converge, so a
 * retrain never ships weights that stop short of the optimum (session 17's Adagrad did).
 */
export function fit(xs: Set<string>[], ys: boolean[], l2: number, withRules: boolean, options?: SolveOptions): { bias: number; weights: Record<string, number> } {
  const { vocab, w, b, report } = solve(xs, ys, l2, withRules, options);
  options?.onReport?.(report);
  if (!report.converged) throw new Error(`learned layer: no convergence (gradient norm ${report.gradNorm.toExponential(2)} after ${report.iterations} rounds)`);
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    if (Math.abs(w[i]!) >= 0.01) weights[f] = Math.round(w[i]! * 1000) / 1000;
  });
  return { bias: Math.round(b * 1000) / 1000, weights };
}

const FOLDS = 5;
const foldOf = (id: string) => fnv1a(`fold:${id}`) % FOLDS;

/** Counts of a label's verdicts against the truth. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
export const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
/** Counts one verdict (`said`) against the truth. */
export function add(t: Tally, truth: boolean, said: boolean): void {
  if (truth && said) t.tp++;
  else if (truth) t.fn++;
  else if (said) t.fp++;
  else t.tn++;
}
/** F1 of a tally (1 when there is nothing to find and nothing was said). */
export const f1 = (t: Tally) => (t.tp ? (2 * t.tp) / (2 * t.tp + t.fp + t.fn) : t.fp + t.fn ? 0 : 1);
/** False-positive rate of a tally (0–1). */
export const fpr = (t: Tally) => (t.fp + t.tn ? t.fp / (t.fp + t.tn) : 0);
const show = (t: Tally) => `F1 ${f1(t).toFixed(2)} FP ${(100 * fpr(t)).toFixed(1).padStart(4)}% (tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn})`;

/** A setting's veto bounds (vetoMinWords, vetoUnless) as the model stores them: only those it sets. */
function vetoBounds(s: Setting): Pick<LearnedLabel, 'vetoMinWords' | 'vetoUnless'> {
  return { ...(s.vetoMinWords !== undefined ? { vetoMinWords: s.vetoMinWords } : {}), ...(s.vetoUnless !== undefined ? { vetoUnless: s.vetoUnless } : {}) };
}

/** The combined verdict: rules, plus an add above `add`, minus a veto below `veto`. */
export function combine(rule: boolean, p: number, s: { add?: number; veto?: number; vetoMinWords?: number; vetoUnless?: string[] }, words = Infinity, features?: Set<string>): boolean {
  if (!rule) return s.add !== undefined && p >= s.add;
  return !vetoes(s, p, words, (x) => features?.has(x) ?? false);
}

/**
 * Which rows a label's model learns from: all of them (`joint`), or two specialists (`split`) — the
 * add model on the rows where the rules did not set the signal (what tells a missed one from a
 * rightly silent one), the veto model on the rows where they did (a right hit from a false alarm).
 */
export type Mode = 'joint' | 'split';

/** The rows of a label in one part: all, where the rules missed the signal, or where they set it. */
function part(ex: Example[], label: string, signal: string, which: 'all' | 'missed' | 'fired'): Example[] {
  return ex.filter((e) => e.truth[label] !== undefined && (which === 'all' || e.rules.has(signal) === (which === 'fired')));
}

/**
 * What a model may weigh: every feature (`all`), or every feature but the co-occurrences in a clause
 * (`single`: no "c:a>c:b" or "subj:x>c:b" — the pairs are most of a long reply's features, up to
 * hundreds, and in session 18's CV they made the model worse alone on every label: out-of-fold
 * log-loss per row teach 0.50 → 0.37, ownership 0.26 → 0.21, empathy 0.11 → 0.07 at L2 1).
 * The layer needs nothing for it: a feature without a weight adds 0.
 */
/**
 * `own` and `common`: session 21 (see inputsOf, fitOn and SETTINGS.teach). Session 38, the word input
 * (lib/scoring/learned-words.ts): `words` — only the agent's words, each as its base form ("w:fix") and after
 * its clause subject ("subj:we>w:fix"), no rule, class or shape; `common+words` — `common` plus those. A word
 * feature counts only when it occurs in WORD_MIN_ROWS of the rows the model learns from. Every other input
 * leaves the word features out, so its models are as before. `common+content` (session 38, fix-d): `common+words`
 * less the closed-class words (learned-words.ts CLOSED_CLASS_WORDS: articles, pronouns, prepositions, conjunctions,
 * auxiliaries), alone or after a subject.
 */
export type Inputs = 'all' | 'single' | 'own' | 'common' | 'words' | 'common+words' | 'common+content' | 'common+clause' | 'common+words+clause';
/**
 * The clause readings' floor (session 39, lib/scoring/learned.ts CLAUSE_VERBS): a clause feature ("k:we.fut.act",
 * "k:act>o:you") gets a weight only when it occurs in at least this many of the rows a model learns from. Only
 * the `…+clause` inputs weigh them; every other input leaves them out, so its models are as before.
 */
export const CLAUSE_MIN_ROWS = Number(process.env.CLAUSE_MIN_ROWS ?? 8);
/**
 * The word input's floor: a word feature (w:…, subj:…>w:…) gets a weight only when it occurs in at least this
 * many of the rows a model learns from (in CV: of the training folds), so no word of one row can carry it and the
 * weights file stays small. Session 38 ran CV at 8 (every label), 20 (ownership, negative_language, L2 10/30/100) and
 * 5 with the subject pairs alone (same two): none changed a choice (env WORD_MIN_ROWS; docs/eval.md "version 3").
 */
export const WORD_MIN_ROWS = Number(process.env.WORD_MIN_ROWS ?? 8);
const PAIR = '>';
/** Each rule's signal (pack rule id → signal id), for the `own` inputs. */
const RULE_SIGNAL = new Map(DEFAULT_PACK.rules.map((r) => [r.id, r.signal as string]));
/**
 * `own`: the `single` features less every other label's rules — a rule feature r:<id> stays only when
 * the rule sets the label's own signal. Trial (session 21): every rule that fires was a feature, so a
 * change to a rare label's rule (condescension) moved the teach model's weights and flipped teach rows.
 */
// `common`: see fitOn (it needs the rows' counts).
const inputsOf = (e: Example, inputs: Inputs | undefined, signal?: string): Set<string> => {
  const x = inputsOfAll(e, inputs, signal);
  for (const f of x) if (isClauseFeature(f)) x.delete(f);
  return x;
};
const inputsOfAll = (e: Example, inputs: Inputs | undefined, signal?: string): Set<string> =>
  inputs === 'single'
    ? new Set([...e.features].filter((f) => !f.includes(PAIR) && !isWordFeature(f)))
    : inputs === 'own'
      ? new Set([...e.features].filter((f) => !f.includes(PAIR) && !isWordFeature(f) && (!f.startsWith('r:') || RULE_SIGNAL.get(f.slice(2)) === signal)))
      : inputs === 'words'
        ? new Set([...e.features].filter(isWordFeature))
        : new Set([...e.features].filter((f) => !isWordFeature(f)));

/**
 * One label's model on `rows` (their truth for `label`), over the features `inputs` chooses (absent: `all`), at
 * L2 strength `l2`: `fit`'s rounded weights. Exported for the word input's tests (session 38).
 */
export function fitOn(rows: Example[], label: string, l2: number, inputs?: Inputs, log?: (s: string) => void): { bias: number; weights: Record<string, number> } {
  const signal = TRAINED.find(([l]) => l === label)?.[1];
  // `common` (session 21): the `single` features less other labels' rules that fire in fewer than
  // RULE_MIN_ROWS of the rows it learns from (rare labels' rules, e.g. condescension); own rules stay.
  const common = inputs === 'common' || inputs === 'common+words' || inputs === 'common+content' || inputs === 'common+clause' || inputs === 'common+words+clause';
  const ruleRows = new Map<string, number>();
  if (common) for (const e of rows) for (const f of e.features) if (f.startsWith('r:')) ruleRows.set(f, (ruleRows.get(f) ?? 0) + 1);
  // Word features (session 38): counted in these rows, kept from WORD_MIN_ROWS up.
  const wordRows = new Map<string, number>();
  const withWords = inputs === 'words' || inputs === 'common+words' || inputs === 'common+content' || inputs === 'common+words+clause';
  // Clause readings (session 39): counted in these rows, kept from CLAUSE_MIN_ROWS up.
  const withClauses = inputs === 'common+clause' || inputs === 'common+words+clause';
  const clauseRows = new Map<string, number>();
  if (withClauses) for (const e of rows) for (const f of e.features) if (isClauseFeature(f)) clauseRows.set(f, (clauseRows.get(f) ?? 0) + 1);
  const isWord = inputs === 'common+content' ? (f: string) => isWordFeature(f) && !isClosedClassFeature(f) : isWordFeature;
  if (withWords) for (const e of rows) for (const f of e.features) if (isWord(f)) wordRows.set(f, (wordRows.get(f) ?? 0) + 1);
  const xs = rows.map((e) => {
    const base = inputs === 'words' ? new Set<string>() : common ? new Set([...inputsOf(e, 'single')].filter((f) => !f.startsWith('r:') || RULE_SIGNAL.get(f.slice(2)) === signal || (ruleRows.get(f) ?? 0) >= RULE_MIN_ROWS)) : inputsOf(e, inputs, signal);
    if (withWords) for (const f of e.features) if (isWord(f) && (wordRows.get(f) ?? 0) >= WORD_MIN_ROWS) base.add(f);
    if (withClauses) for (const f of e.features) if (isClauseFeature(f) && (clauseRows.get(f) ?? 0) >= CLAUSE_MIN_ROWS) base.add(f);
    return base;
  });
  return fit(
    xs,
    rows.map((e) => e.truth[label]!),
    l2,
    true,
    log ? { onReport: (r) => log(`${label}: ${rows.length} rows, ${r.iterations} Newton rounds (${r.cgSteps} CG steps), loss ${r.loss.toFixed(4)}, gradient norm ${r.gradNorm.toExponential(2)}`) } : undefined,
  );
}

/** Out-of-fold probabilities per label for one setting (per row: the model that would judge it). */
function outOfFold(ex: Example[], label: string, signal: string, l2: number, mode: Mode, inputs?: Inputs): Map<string, number> {
  const p = new Map<string, number>();
  for (const which of mode === 'joint' ? (['all'] as const) : (['missed', 'fired'] as const)) {
    const rows = part(ex, label, signal, which);
    for (let k = 0; k < FOLDS; k++) {
      const m = fitOn(
        rows.filter((e) => foldOf(e.id) !== k),
        label,
        l2,
        inputs,
      );
      for (const e of rows) if (foldOf(e.id) === k) p.set(e.id, probability(m, e.features));
    }
  }
  return p;
}

/** A label's layer setting: L2 strength, and the add / veto thresholds (absent: off). */
export interface Setting {
  mode: Mode;
  l2: number;
  /** What the model weighs (absent: `all`). */
  inputs?: Inputs;
  add?: number;
  veto?: number;
  /** See LearnedLabel.vetoMinWords (lib/scoring/learned.ts). */
  vetoMinWords?: number;
  /** See LearnedLabel.vetoUnless (lib/scoring/learned.ts). */
  vetoUnless?: string[];
}

/** The L2 strengths `--cv` tries (env CV_L2, comma-separated, for a trial: the word input was tried at 30 and 100 too). */
const L2_GRID = process.env.CV_L2 ? process.env.CV_L2.split(',').map(Number) : [1, 3, 10];
const MODES: Mode[] = ['joint', 'split'];
/** The input sets `--cv` tries (env CV_INPUTS, comma-separated, narrows or widens it for a trial). */
const INPUTS: Inputs[] = process.env.CV_INPUTS ? (process.env.CV_INPUTS.split(',') as Inputs[]) : ['all', 'single'];
const ADD_GRID = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const VETO_GRID = [0.05, 0.1, 0.2, 0.3];
/** A setting must beat the rules' cross-validated F1 by this much to be chosen. */
const MIN_GAIN = 0.01;

/**
 * Per label, the setting 5-fold cross-validation on the tuning rows picks: the highest combined F1
 * (rules plus the out-of-fold model's adds and vetoes) whose FP rate stays ≤ 3 % or not above the
 * rules' own; off unless it beats the rules by MIN_GAIN. Prints the grid's best per family.
 */
export function cvChoose(ex: Example[], log: (s: string) => void = console.log, only?: string): Record<string, Setting | undefined> {
  const out: Record<string, Setting | undefined> = {};
  for (const [label, signal] of TRAINED) {
    if (only !== undefined && label !== only) continue;
    // A veto is measured with the bounds the shipped setting keeps for the rulings' sake (vetoMinWords,
    // vetoUnless: RULINGS T1 and the unit tests), so CV scores what would ship (session 16).
    const shipped = SETTINGS[label];
    const bounds = shipped ? vetoBounds(shipped) : {};
    const rows = ex.filter((e) => e.truth[label] !== undefined);
    const base = tally();
    for (const e of rows) add(base, e.truth[label]!, e.rules.has(signal));
    log(`\n${label} (${rows.length} rows, ${rows.filter((e) => e.truth[label]).length} positives) rules: ${show(base)}`);
    let best: { s: Setting; t: Tally } | undefined;
    const bestOf: Record<string, { s: Setting; t: Tally }> = {};
    for (const inputs of INPUTS)
    for (const mode of MODES)
    for (const l2 of L2_GRID) {
      const p = outOfFold(ex, label, signal, l2, mode, inputs);
      const alone = tally();
      let loss = 0;
      for (const e of rows) {
        const q = p.get(e.id)!;
        add(alone, e.truth[label]!, q >= 0.5);
        loss -= Math.log(Math.max(1e-15, e.truth[label] ? q : 1 - q));
      }
      if (mode === 'joint') log(`  ${inputs} l2 ${l2}: model alone @.5 ${show(alone)}, log-loss/row ${(loss / rows.length).toFixed(3)}`);
      for (const addAt of [undefined, ...ADD_GRID])
        for (const vetoAt of [undefined, ...VETO_GRID]) {
          if (addAt === undefined && vetoAt === undefined) continue;
          const s: Setting = { mode, l2, ...(inputs !== 'all' ? { inputs } : {}), ...(addAt !== undefined ? { add: addAt } : {}), ...(vetoAt !== undefined ? { veto: vetoAt, ...bounds } : {}) };
          const t = tally();
          for (const e of rows) add(t, e.truth[label]!, combine(e.rules.has(signal), p.get(e.id)!, s, e.words, e.features));
          if (fpr(t) > 0.03 && fpr(t) > fpr(base)) continue;
          const fam = `${inputs} ${mode} ${addAt === undefined ? 'veto' : vetoAt === undefined ? 'add' : 'both'}`;
          if (!bestOf[fam] || f1(t) > f1(bestOf[fam].t) + 1e-9) bestOf[fam] = { s, t };
          if (!best || f1(t) > f1(best.t) + 1e-9) best = { s, t };
        }
    }
    for (const [fam, b] of Object.entries(bestOf)) log(`  best ${fam.padEnd(17)} ${JSON.stringify(b.s)} ${show(b.t)}`);
    if (shipped) {
      // The shipped setting's own out-of-fold figure, so a change of features can be judged by CV too.
      const p = outOfFold(ex, label, signal, shipped.l2, shipped.mode, shipped.inputs);
      const t = tally();
      for (const e of rows) add(t, e.truth[label]!, combine(e.rules.has(signal), p.get(e.id)!, shipped, e.words, e.features));
      log(`  shipped    ${JSON.stringify(shipped)} ${show(t)}`);
    }
    const chosen = best && f1(best.t) >= f1(base) + MIN_GAIN ? best : undefined;
    out[label] = chosen?.s;
    log(`  CV choice: ${chosen ? `${JSON.stringify(chosen.s)} ${show(chosen.t)}` : 'off (no setting beats the rules by ' + MIN_GAIN + ')'}`);
  }
  return out;
}

/** The shipped model: one logistic regression per label switched on in SETTINGS, on all tuning rows. */
export function train(ex: Example[], log?: (s: string) => void): LearnedModel {
  const labels: LearnedLabel[] = [];
  for (const [label, signal] of TRAINED) {
    const s = SETTINGS[label];
    if (!s || (s.add === undefined && s.veto === undefined)) continue;
    if (s.mode === 'joint') {
      labels.push({ signal, ...fitOn(part(ex, label, signal, 'all'), label, s.l2, s.inputs, log), ...(s.add !== undefined ? { add: s.add } : {}), ...(s.veto !== undefined ? { veto: s.veto, ...vetoBounds(s) } : {}) });
      continue;
    }
    if (s.add !== undefined) labels.push({ signal, ...fitOn(part(ex, label, signal, 'missed'), label, s.l2, s.inputs, log), add: s.add });
    if (s.veto !== undefined) labels.push({ signal, ...fitOn(part(ex, label, signal, 'fired'), label, s.l2, s.inputs, log), veto: s.veto, ...vetoBounds(s) });
  }
  return { labels };
}

export function moduleText(model: LearnedModel): string {
  return [
    '// Generated by scripts/train-learned.ts (`npm run train -- --write`) from the tuning rows only. Do not edit.',
    "import type { LearnedModel } from './learned';",
    '',
    `export const LEARNED_MODEL: LearnedModel = ${JSON.stringify(model, null, 1)};`,
    '',
  ].join('\n');
}

/**
 * Kept-aside AGGREGATES ONLY (never a row): per label tp / fp / fn, F1 and FP rate of the rules alone,
 * of rules + the CV choice (`choice`) and of rules + the shipped SETTINGS, on each set of `sets`
 * (`keptAsideSets`: all odd halves together, each file's odd half with --per-file, fresh3.jsonl with
 * --test-set).
 */
function keptAside(ex: Example[], choice: Record<string, Setting | undefined>, sets: KeptAsideSet[]): void {
  const candidates: [string, Record<string, Setting | undefined>][] = [
    ['CV', choice],
    ['S ', SETTINGS],
    // The ownership trial of session 18: a veto over the single features, on long replies only (CV: off).
    ['o ', { ownership: { mode: 'joint', l2: 3, inputs: 'single', veto: 0.05, vetoMinWords: 30 } }],
    ['i ', INFO],
    ...(process.env.TEACH_TRY ? (JSON.parse(process.env.TEACH_TRY) as Setting[]).map((t, i) => [`t${i}`, { teach: t }] as [string, Record<string, Setting | undefined>]) : []),
    // Trials of any label (session 38, the word input): LEARNED_TRY='{"w1":{"ownership":{…Setting}}}', each name a column.
    ...(process.env.LEARNED_TRY ? Object.entries(JSON.parse(process.env.LEARNED_TRY) as Record<string, Record<string, Setting>>) : []),
  ];
  // One model per label, setting and part, trained on all tuning rows.
  const models = new Map<string, ReturnType<typeof fit>>();
  const modelFor = (label: string, signal: string, st: Setting, rule: boolean) => {
    const which = st.mode === 'joint' ? 'all' : rule ? 'fired' : 'missed';
    const key = `${label}/${st.l2}/${which}/${st.inputs ?? 'all'}`;
    if (!models.has(key)) models.set(key, fitOn(part(ex, label, signal, which), label, st.l2, st.inputs));
    return models.get(key)!;
  };
  for (const { name, rows } of sets) {
    const e = examples(rows);
    console.log(`\n${name} (${rows.length} rows) — aggregates only`);
    for (const [label, signal] of TRAINED) {
      const before = tally();
      const after = candidates.map(() => tally());
      for (const x of e) {
        const truth = x.truth[label];
        if (truth === undefined) continue;
        const rule = x.rules.has(signal);
        add(before, truth, rule);
        candidates.forEach(([, settings], i) => {
          const st = settings[label];
          add(after[i]!, truth, st ? combine(rule, probability(modelFor(label, signal, st, rule), x.features), st, x.words, x.features) : rule);
        });
      }
      console.log(`  ${label.padEnd(18)} rules ${show(before)}${after.map((t, i) => `\n  ${''.padEnd(18)} ${candidates[i]![0]}    ${show(t)}`).join('')}`);
    }
  }
}

/**
 * The settings 5-fold CV chose on the tuning rows (`npm run train -- --cv`, copied here so the
 * kept-aside mode can compare them without rerunning the CV).
 */
export const CV_CHOICE: Record<string, Setting | undefined> = {
  // Session 39 (learned, 08:40-09:05 UTC, 2,418 ownership / negative / expectation and 2,208 teach / confirm tuning rows,
  // before replies-cifsvendor): CV chooses nothing new. Clause readings (learned.ts CLAUSE_VERBS; inputs
  // common+clause, CLAUSE_MIN_ROWS 8 and 30, L2 1/3/10/30, joint and split) make every model alone worse out of fold
  // (log-loss/row ownership 0.209 -> 0.237, negative_language 0.194 -> 0.223, expectation 0.100 -> 0.117,
  // confirm_resolution 0.088 -> 0.101), in place of the classes too (ownership 0.244, negative 0.219), and teach
  // with them (common+words+clause, L2 3) falls from 619/36/227 to 597/32/249 (F1 0.825 -> 0.809). The rules plus the
  // shapes alone (no class, subject or clause feature) do as well as `common` (ownership 0.212, negative 0.181): on
  // these rows the model has little to learn beyond the rules. Teach (part A): add .8-.97, veto .05-.5, vetoMinWords
  // 0-80, vetoUnless on/off, L2 1/3/10 and a length-normalised input (row scale 1/sqrt(n), min(1, sqrt(60/n)),
  // min(1, sqrt(150/n)); L2 .3/1/3), WORD_MIN_ROWS 12/20: none beats the shipped setting (619/36/227, F1 0.825, FP
  // 2.6 %) but WORD_MIN_ROWS 5 (add .85, veto .3, vetoMinWords 50: 635/40/211, F1 0.835, FP 2.9 %), not taken: it
  // raises the FP rate part A set out to lower. docs/eval.md, "A learned layer, version 4".
  // Session 38 (learned): with inputs common | common+words | words, CV chooses nothing but teach (below) on the
  // 2,124-2,348 tuning rows: ownership, negative_language, expectation, confirm_resolution, closing_question,
  // empathy and personalization stay off, and every model alone is worse with the words than without
  // (docs/eval.md, "A learned layer, version 3 (words)"). The two entries below are session 18's (inputs all | single).
  // Session 18 (judge-a, 06:24-06:29 UTC, converged fits, inputs all | single): CV chooses only these two;
  // empathy, ownership, expectation and negative_language stay off (no setting beats the rules' out of
  // fold F1 by 0.01; the models alone are better with `single` inputs, e.g. ownership log-loss/row
  // 0.24 -> 0.20, but then agree with the rules on the tuning rows).
  // confirm_resolution: out of fold 46/7/13 -> 47/7/12 (F1 0.82 -> 0.83, one row); kept aside 36/4/19 ->
  // 38/5/17, FRESH3 unchanged. Not shipped: the refit model gives "Let us know if you still need help."
  // p 0.73 >= .6 — the generic offer C1 rules out (learned.test), as in session 13.
  confirm_resolution: { mode: 'joint', l2: 10, add: 0.6 },
  // teach: shipped (SETTINGS). The veto's trade, same model, vetoMinWords 30 and vetoUnless kept, no add
  // (out of fold tp/fp/fn | kept aside 989): off 211/22/136 | 200/43/169; p<.2 211/21/136 | 199/41/170;
  // p<.5 206/21/141 | 195/38/174. Without the two bounds, p<.5: 198/18/149 | 195/30/174 (FP 6.9 -> 4.8 %
  // for 5 hits) — still not 3 %, and the bounds are there for ruled teach tests (SETTINGS above).
  //
  // Session 38 (learned, 05:26 UTC, 2,124 teach tuning rows before replies-usbvendor2; CV_INPUTS=common,common+words,words,
  // L2 1/3/10, WORD_MIN_ROWS 8): CV chooses the word input. Out of fold tp/fp/fn: rules 512/26/290 (F1 0.76, FP 2.0 %);
  // shipped SETTINGS.teach 536/30/266 (0.78, 2.3 %); best `common` 569/38/233 (0.81, 2.9 %); this 579/35/223 (0.82,
  // 2.6 %). Kept aside (aggregates, 05:33 UTC, models on the 2,138 tuning rows): all 57 odd halves rules 477/117/357
  // (F1 0.668, FP 9.0 %), shipped 497/120/337 (0.685, 9.3 %), this 552/125/282 (0.731, 9.7 %); the twenty-two blind
  // files rules 112/33/88 (0.649, 13.3 %), shipped 117/34/83 (0.667, 13.7 %), this 131/34/69 (0.718, 13.7 %). Not
  // shipped: its FP rate rises above the rules' own (9.0 -> 9.7 % on all, 13.3 -> 13.7 % on the twenty-two), which
  // the session's rule forbids although F1 rises everywhere; the lead's call (docs/eval.md, "version 3 (words)"):
  // shipped by the lead at 06:20 UTC (SETTINGS.teach) after a look at those kept-aside aggregates, so for teach the
  // odd halves informed the choice. Refit on the 2,208 rows (fix-d, CV_INPUTS=common+words,common+content CV_L2=3):
  // out of fold 619/36/227 (F1 0.82, FP 2.6 %), the same at veto .05 or .1; `common+content` (closed-class words
  // out) 597/39/249 (0.81, 2.9 %), so the words stay as they are.
  teach: { mode: 'joint', l2: 3, inputs: 'common+words', add: 0.9, veto: 0.1, vetoMinWords: 30, vetoUnless: ['c:l-cause'] },
  // closing_question (added to TRAINED in session 18, 06:50 UTC; 30 tuning positives): out of fold
  // 25/8/5 -> 23/3/7 (F1 0.79 -> 0.82, FP 0.7 -> 0.3 %); kept aside 9/3/5 -> 8/1/6 (F1 0.69 -> 0.70),
  // FRESH3 1/0/1 either way. Not shipped: the threshold is a cliff (p < .1: 16/1/14 out of fold, 7/1/7
  // kept aside), the steepness that made session 17's ownership veto collapse on a retrain, and 14
  // kept-aside positives cannot confirm it. With `single` inputs the best veto (L2 3, p < .1) changes
  // no kept-aside verdict. condescension and personalization: off (no setting beats the rules).
  closing_question: { mode: 'joint', l2: 10, veto: 0.05 },
};

/**
 * Shown beside them for information only, never shipped from here: session 15's teach setting, refit
 * to its optimum (session 18). CV rejects it now: out of fold F1 0.76 but FP 4.8 % (30 false alarms;
 * the rules 3.5 %). It keeps more hits kept aside (226/47/143 against the shipped 213/42/156, 06:30 UTC).
 */
const INFO: Record<string, Setting | undefined> = {
  teach: { mode: 'joint', l2: 1, add: 0.95, veto: 0.05, vetoMinWords: 30, vetoUnless: ['c:l-cause'] },
};

/** What `npm run train -- …` asked for (see the head of this file). */
export interface TrainArgs {
  cv: boolean;
  /** Limit `--cv` to this corpus label. */
  label?: string;
  write: boolean;
  keptAside: boolean;
  /** With keptAside: each file's odd half in its own block too. */
  perFile: boolean;
  /** With keptAside: the test set (fresh3.jsonl) in its own FRESH3 block too; off by default (session 25). */
  testSet: boolean;
}

/**
 * Reads the trainer's options with node:util parseArgs. Throws on an unknown option, a positional, a
 * `--label` that is not a TRAINED label or comes without `--cv`, or `--per-file` / `--test-set` without
 * `--kept-aside` (they only narrow or widen those runs, so alone they would silently do nothing).
 */
export function parseTrainArgs(argv: string[]): TrainArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      cv: { type: 'boolean', default: false },
      label: { type: 'string' },
      write: { type: 'boolean', default: false },
      'kept-aside': { type: 'boolean', default: false },
      'per-file': { type: 'boolean', default: false },
      'test-set': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const args: TrainArgs = {
    cv: values.cv === true,
    ...(values.label !== undefined ? { label: values.label } : {}),
    write: values.write === true,
    keptAside: values['kept-aside'] === true,
    perFile: values['per-file'] === true,
    testSet: values['test-set'] === true,
  };
  if (args.label !== undefined && !TRAINED.some(([label]) => label === args.label))
    throw new Error(`--label ${args.label}: not a trained label (${TRAINED.map(([label]) => label).join(', ')})`);
  if (args.label !== undefined && !args.cv) throw new Error('--label limits --cv to one label; give --cv too');
  if ((args.perFile || args.testSet) && !args.keptAside) throw new Error('--per-file and --test-set choose the blocks of --kept-aside; give --kept-aside too');
  return args;
}

/** One block of `--kept-aside`: its heading and its rows. */
export interface KeptAsideSet {
  name: string;
  rows: Row[];
}

/**
 * The blocks `--kept-aside` prints, in order: each split file's odd half (only with `perFile`), all odd
 * halves together, and the test set `fresh3` (only with `testSet` and when the file exists). `split`
 * defaults to splitFiles(), `fresh3` to corpus-extra/fresh3.jsonl. Reads no file it does not return.
 */
export function keptAsideSets(opts: { perFile: boolean; testSet: boolean }, split: string[] = splitFiles(), fresh3: string = FRESH3): KeptAsideSet[] {
  const odd = split.map((path) => ({ name: `${basename(path)} odd`, rows: readRows(path).filter((r) => isKeptAside(r.id)) }));
  const sets: KeptAsideSet[] = [...(opts.perFile ? odd : []), { name: 'COMBINED KEPT-ASIDE (all odd halves)', rows: odd.flatMap((s) => s.rows) }];
  if (opts.testSet && existsSync(fresh3)) sets.push({ name: 'FRESH3 (never tuned on)', rows: readRows(fresh3) });
  return sets;
}

function main(argv: string[]): void {
  const args = parseTrainArgs(argv);
  const ex = examples(tuningRows());
  const choice = args.cv ? cvChoose(ex, console.log, args.label) : CV_CHOICE;
  const model = train(ex, console.error);
  if (args.write) {
    writeFileSync(WEIGHTS_PATH, moduleText(model));
    console.error(`wrote ${WEIGHTS_PATH}`);
  }
  if (args.keptAside) {
    keptAside(ex, choice, keptAsideSets(args));
    if (!args.testSet) console.log('\n(The test set, corpus-extra/fresh3.jsonl, was left out: `npm run train -- --kept-aside --test-set` scores it.)');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main(process.argv.slice(2));
