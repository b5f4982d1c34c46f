import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, fit, keptAsideSets, moduleText, NOT_YET_TRAINED, parseTrainArgs, solve, splitFiles, train, trainingFiles, tuningRows, WEIGHTS_PATH } from './train-learned';

const corpus = process.env.RAPPORT_CORPUS ?? resolve(__dirname, '../../shared/corpus');

describe('learned weights', () => {
  it.skipIf(!existsSync(resolve(corpus, 'dev2-labels.jsonl')))(
    'are what `npm run train -- --write` makes from the tuning rows today (run it when a rule, class or tokenizer change makes this fail)',
    () => {
      expect(moduleText(train(examples(tuningRows())))).toBe(readFileSync(WEIGHTS_PATH, 'utf8'));
    },
    300_000,
  );
});

describe('fit: the L2-regularised optimum, whatever the start or the row order (session 18)', () => {
  // A hand-made set: "a" and "b" mostly mean yes, "c" mostly no, "d" is noise; "s" separates the
  // rows it is in perfectly (only the L2 term keeps its weight finite); "z" is in 2 rows, under
  // MIN_ROWS, and gets no weight. Each feature in at least 3 rows otherwise.
  const spec: [string, boolean][] = [
    ['a', true], ['a b', true], ['a b d', true], ['b', true], ['a c', true], ['b d', true], ['a s', true],
    ['b s', true], ['s d', true], ['c', false], ['c d', false], ['b c', false], ['d', false], ['a c d', false],
    ['c z', false], ['z', true], ['', false], ['d', true], ['c', false], ['a', false],
  ];
  const xs = spec.map(([f]) => new Set(f.split(' ').filter(Boolean)));
  const ys = spec.map(([, y]) => y);
  const tol = 1e-9;

  it('stops at a gradient norm below the tolerance, in a few Newton rounds', () => {
    const { report, vocab } = solve(xs, ys, 1, true, { tol });
    expect(report.converged).toBe(true);
    expect(report.gradNorm).toBeLessThan(tol);
    expect(report.iterations).toBeLessThan(30);
    expect(vocab).toEqual(['a', 'b', 'c', 'd', 's']);
  });

  it('is a minimum: moving any weight or the bias a little raises the objective', () => {
    const at = solve(xs, ys, 1, true, { tol });
    const weights = Object.fromEntries(at.vocab.map((f, i) => [f, at.w[i]!]));
    for (const f of [...at.vocab, 'bias'])
      for (const h of [1e-3, -1e-3]) {
        const moved = f === 'bias' ? { bias: at.b + h, weights } : { bias: at.b, weights: { ...weights, [f]: weights[f]! + h } };
        expect(solve(xs, ys, 1, true, { start: moved, maxIter: 0 }).report.loss, `${f} ${h}`).toBeGreaterThan(at.report.loss);
      }
  });

  it('gives the same weights (to 3 decimals) from another start and in another row order', () => {
    const base = fit(xs, ys, 1, true, { tol });
    const order = xs.map((_, i) => (i * 7) % xs.length); // a permutation: 7 and 20 are coprime
    const shuffled = fit(order.map((i) => xs[i]!), order.map((i) => ys[i]!), 1, true, { tol, start: { bias: 3, weights: { a: -4, b: 2, c: 5, d: -1, s: 0.5 } } });
    expect(shuffled).toEqual(base);
    expect(base.weights.a).toBeGreaterThan(0);
    expect(base.weights.c).toBeLessThan(0);
    expect(base.weights.s).toBeGreaterThan(base.weights.a!);
    expect(base.weights).not.toHaveProperty('z');
  });

  it('shrinks the weights as L2 grows', () => {
    const norm = (l2: number) => Object.values(fit(xs, ys, l2, true, { tol }).weights).reduce((s, w) => s + w * w, 0);
    expect(norm(10)).toBeLessThan(norm(1));
  });
});

describe('--kept-aside leaves the test set (fresh3.jsonl) out unless --test-set asks for it (session 25)', () => {
  // A split file with one tuning row (even hash) and one kept-aside row (odd hash), and a test set of two.
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-train-'));
    const row = (id: string, text: string) => JSON.stringify({ id, text, customer_message: 'Is the printer fixed?', teach: false });
    const split = join(dir, 'replies.jsonl');
    const fresh3 = join(dir, 'fresh3.jsonl');
    writeFileSync(split, [row('ex-test-2', 'Tuning capybara.'), row('ex-test-1', 'Kept narwhal.')].join('\n'));
    writeFileSync(fresh3, [row('f3-zeta-1', 'Testset okapi.'), row('f3-zeta-2', 'Testset tapir.')].join('\n'));
    return { split, fresh3 };
  };
  const names = (sets: { name: string; rows: unknown[] }[]) => sets.map((s) => `${s.name}: ${s.rows.length}`);

  it('reads its options with parseArgs: --test-set off by default, unknown or pointless options an error', () => {
    expect(parseTrainArgs([])).toEqual({ cv: false, write: false, keptAside: false, perFile: false, testSet: false });
    expect(parseTrainArgs(['--kept-aside'])).toMatchObject({ keptAside: true, testSet: false });
    expect(parseTrainArgs(['--kept-aside', '--test-set', '--per-file'])).toMatchObject({ keptAside: true, testSet: true, perFile: true });
    expect(parseTrainArgs(['--write'])).toMatchObject({ write: true, testSet: false });
    expect(parseTrainArgs(['--cv', '--label', 'teach'])).toMatchObject({ cv: true, label: 'teach' });
    expect(() => parseTrainArgs(['--kept-aside', '--testset'])).toThrow();
    expect(() => parseTrainArgs(['--test-set'])).toThrow(/--kept-aside/);
    expect(() => parseTrainArgs(['--per-file'])).toThrow(/--kept-aside/);
    expect(() => parseTrainArgs(['--cv', '--label', 'teech'])).toThrow(/not a trained label/);
    expect(() => parseTrainArgs(['--label', 'teach'])).toThrow(/--cv/);
    expect(() => parseTrainArgs(['kept-aside'])).toThrow();
  });

  it('prints the combined odd halves by default; --test-set adds the FRESH3 block, --per-file each file', () => {
    const { split, fresh3 } = setup();
    expect(names(keptAsideSets(parseTrainArgs(['--kept-aside']), [split], fresh3))).toEqual(['COMBINED KEPT-ASIDE (all odd halves): 1']);
    expect(names(keptAsideSets(parseTrainArgs(['--kept-aside', '--test-set']), [split], fresh3))).toEqual([
      'COMBINED KEPT-ASIDE (all odd halves): 1',
      'FRESH3 (never tuned on): 2',
    ]);
    expect(names(keptAsideSets(parseTrainArgs(['--kept-aside', '--per-file', '--test-set']), [split], fresh3))).toEqual([
      'replies.jsonl odd: 1',
      'COMBINED KEPT-ASIDE (all odd halves): 1',
      'FRESH3 (never tuned on): 2',
    ]);
    // a missing test set is no block, whatever the flag
    expect(names(keptAsideSets({ perFile: false, testSet: true }, [split], join(split, '..', 'none.jsonl')))).toEqual(['COMBINED KEPT-ASIDE (all odd halves): 1']);
  });
});

describe('files not trained on yet (session 42)', () => {
  it('are scored kept aside like every split file but give the models no tuning row', () => {
    const names = (paths: string[]) => paths.map((p) => p.split(/[\\/]/).pop()!);
    const held = [...NOT_YET_TRAINED].filter((f) => names(splitFiles()).includes(f));
    expect(held.length).toBe(NOT_YET_TRAINED.size);
    expect(names(trainingFiles()).filter((f) => NOT_YET_TRAINED.has(f))).toEqual([]);
    const ids = new Set(tuningRows().map((r) => r.id));
    for (const f of NOT_YET_TRAINED) expect([...ids].some((id) => id.startsWith(`ex-${f.slice('replies-'.length, -'.jsonl'.length)}-`))).toBe(false);
  });
});
