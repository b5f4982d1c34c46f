/**
 * Session 39 (learned): the learned layer's clause readings (lib/scoring/learned.ts CLAUSE_VERBS, CLAUSE_TENSES,
 * CLAUSE_OBJECTS; scripts/train-learned.ts inputs `common+clause`, `common+words+clause`). RULINGS O1–O3 read
 * ownership as the agent (I / we) doing an action on the customer's case, done, under way or promised, and N1–N3
 * read negative language as a refusal, a denied ability or a redirect to another party: who acts × tense or
 * negation × the class of the verb × what it acts on. These tests check that reading (one feature per verb class
 * in a clause, "k:we.perf.own-fix", and per object class after it, "k:own-fix>o:fix"), that a clause break ends a
 * subject's reach, that the run-time sum by number equals the named sum, and that every older input leaves the
 * clause features out (so the shipped weights do not move). Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { CLAUSE_MIN_ROWS, fitOn, type Example } from '../../scripts/train-learned';
import { compileEngine } from './engine';
import { compileLearned, isClauseFeature, probability, type LearnedModel } from './learned';

const engine = compileEngine(DEFAULT_PACK);
const layer = compileLearned(DEFAULT_PACK, { labels: [] });
const clauses = (text: string) => [...layer.features(engine.run(text)).reply].filter(isClauseFeature);

describe('clause readings: subject × tense × verb class, verb class × object', () => {
  it('reads a first-person perfect repair and what it mends', () => {
    const k = clauses("We've patched the driver on your laptop.");
    for (const x of ['k:we.perf.own-fix', 'k:own-fix>o:fix', 'k:own-fix>o:you']) expect(k, x).toContain(x);
  });

  it('reads a promise as a future and a refusal as negated', () => {
    expect(clauses('I will look into the sync error tonight.')).toContain('k:i.fut.act');
    const refusal = clauses('We cannot refund a used voucher.');
    expect(refusal).toContain('k:we.neg.refusal-act');
    expect(refusal).not.toContain('k:we.pres.refusal-act');
  });

  it('ends a subject at a clause break: the verb after "but" is not the first clause\'s', () => {
    const k = clauses('We replaced the charger, but you can send the cable back too.');
    expect(k.some((x) => x.startsWith('k:we.') && x.endsWith('.send-to'))).toBe(false);
    expect(k.some((x) => x.startsWith('k:you.modal.'))).toBe(true);
  });
});

describe('clause readings: the run-time sum', () => {
  // A model made for the test: "we" refusing counts as negative language.
  const model: LearnedModel = { labels: [{ signal: 'negative-language', bias: -4, weights: { 'k:we.neg.refusal-act': 6 }, add: 0.6 }] };
  const read = compileLearned(DEFAULT_PACK, model);

  it('adds the signal by a weighted clause reading, by number as by name, and not without it', () => {
    const run = engine.run('We cannot refund a used voucher.');
    run.signals.delete('negative-language');
    const [v] = read.verdicts(run);
    expect(v?.change).toBe('add');
    expect(v!.p).toBeCloseTo(probability(model.labels[0]!, read.features(run).reply), 9);
    const other = engine.run('We can refund the voucher today.');
    other.signals.delete('negative-language');
    expect(read.verdicts(other)).toEqual([]);
  });
});

describe('clause readings: training', () => {
  const row = (id: number, fs: string[], y: boolean): Example => ({ id: `t${id}`, features: new Set(fs), rules: new Set(), truth: { ownership: y }, words: 10 });
  const rows: Example[] = [];
  for (let k = 0; k < CLAUSE_MIN_ROWS - 1; k++) rows.push(row(k, ['k:i.past.act', 'c:l-we'], true));
  for (let k = 0; k < CLAUSE_MIN_ROWS; k++) rows.push(row(100 + k, ['k:we.perf.own-fix', 'c:l-i'], true));
  for (let k = 0; k < 3 * CLAUSE_MIN_ROWS; k++) rows.push(row(200 + k, ['k:third.pres.act', 'c:l-we'], k % 5 === 0));

  it(`weighs a clause feature only from CLAUSE_MIN_ROWS (${CLAUSE_MIN_ROWS}) rows, and only in the +clause inputs`, () => {
    const m = fitOn(rows, 'ownership', 1, 'common+clause');
    expect(m.weights['k:i.past.act']).toBeUndefined();
    expect(m.weights['k:we.perf.own-fix']).toBeGreaterThan(0);
    for (const inputs of ['all', 'single', 'common', 'common+words'] as const) expect(Object.keys(fitOn(rows, 'ownership', 1, inputs).weights).filter(isClauseFeature), inputs).toEqual([]);
  });
});
