/**
 * Session 38 (learned): the learned layer's word input (lib/scoring/learned-words.ts, learned.ts `walk`,
 * scripts/train-learned.ts inputs `words` / `common+words`). What the rulings turn on for ownership and
 * negative language is who does what (LABELING.md: ownership is the agent's own action on the customer's
 * case; RULINGS: a refusal or a redirect is negative language): the clause subject with the verb's base
 * form, "subj:we>w:fix". These tests check the reading (base forms from inflect.ts, the subject of the
 * clause), that the run-time sum by number equals the named sum, that a word in fewer than WORD_MIN_ROWS
 * rows gets no weight, and that the fit stays deterministic. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { fitOn, WORD_MIN_ROWS, type Example } from '../../scripts/train-learned';
import { compileEngine } from './engine';
import { compileLearned, probability, type LearnedModel } from './learned';
import { isWordFeature, lemmaOf, surfacesOf } from './learned-words';

const engine = compileEngine(DEFAULT_PACK);
const layer = compileLearned(DEFAULT_PACK, { labels: [] });

describe('word input: base forms and clause subjects', () => {
  it('reads inflections of a known verb as its base form (inflect.ts), any other word as itself', () => {
    for (const w of ['fixed', 'fixes', 'fixing', 'fix']) expect(lemmaOf(w), w).toBe('fix');
    expect(lemmaOf('sent')).toBe('send');
    expect(lemmaOf('escalated')).toBe('escalate');
    expect(lemmaOf('is')).toBe('be');
    expect(lemmaOf('router')).toBe('router');
    expect(surfacesOf(['send']).get('sending')).toBe('send');
  });

  it('gives each word of the agent\'s own text as w:<base> and after its clause subject as subj:<who>>w:<base>', () => {
    const f = layer.features(engine.run('We patched the installer yesterday, and you should restart the tablet.'));
    for (const x of ['w:patch', 'subj:we>w:patch', 'subj:we>w:installer', 'w:tablet', 'subj:you>w:restart']) expect(f.sentences[0]!.has(x), x).toBe(true);
    // A clause break ("and") ends the subject's reach.
    expect(f.reply.has('subj:we>w:restart')).toBe(false);
    expect(f.reply.has('subj:you>w:patch')).toBe(false);
  });

  it('leaves the customer\'s quoted words out', () => {
    const f = layer.features(engine.run('> My printer jams every morning.\n\nI have sent a new roller to you.'));
    expect(f.reply.has('w:printer')).toBe(false);
    expect(f.reply.has('subj:i>w:send')).toBe(true);
  });
});

describe('word input: the run-time sum', () => {
  // A model made for the test: "we" doing a repair counts as ownership.
  const model: LearnedModel = { labels: [{ signal: 'ownership', bias: -4, weights: { 'subj:we>w:repair': 6, 'w:hinge': 0.5 }, add: 0.6 }] };
  const words = compileLearned(DEFAULT_PACK, model);

  it('adds the signal by the weighted words, in any inflection, and not without them', () => {
    for (const text of ['The hinge broke; we repaired it.', 'The hinge broke, so we are repairing it.', 'The hinge broke. We repair those.']) {
      const run = engine.run(text);
      run.signals.delete('ownership');
      const [v] = words.verdicts(run);
      expect(v?.change, text).toBe('add');
      // The sum by number (no names) is the named features' probability.
      expect(v!.p, text).toBeCloseTo(probability(model.labels[0]!, words.features(run).reply), 9);
    }
    const other = engine.run('The hinge broke; you can repair it.');
    other.signals.delete('ownership');
    expect(words.verdicts(other)).toEqual([]);
  });

  it('costs nothing for a model without word weights: its verdicts are those of the named features', () => {
    const plain: LearnedModel = { labels: [{ signal: 'teach', bias: -3, weights: { 's:code': 5 }, add: 0.5 }] };
    const run = engine.run('Open ~/.config/app/ and delete the cache folder.');
    run.signals.delete('teach');
    const [v] = compileLearned(DEFAULT_PACK, plain).verdicts(run);
    expect(v!.p).toBeCloseTo(probability(plain.labels[0]!, ['s:code']), 9);
  });
});

describe('word input: training', () => {
  const row = (id: number, fs: string[], y: boolean): Example => ({ id: `t${id}`, features: new Set(fs), rules: new Set(), truth: { ownership: y }, words: 10 });
  // "w:mend" in WORD_MIN_ROWS - 1 rows, all positive; "w:repair" in WORD_MIN_ROWS rows, all positive.
  const rows: Example[] = [];
  for (let k = 0; k < WORD_MIN_ROWS - 1; k++) rows.push(row(k, ['w:mend', 'c:l-we'], true));
  for (let k = 0; k < WORD_MIN_ROWS; k++) rows.push(row(100 + k, ['w:repair', 'subj:we>w:repair'], true));
  for (let k = 0; k < 3 * WORD_MIN_ROWS; k++) rows.push(row(200 + k, ['w:weather', 'c:l-we'], k % 5 === 0));

  it(`gives no weight to a word feature in fewer than WORD_MIN_ROWS (${WORD_MIN_ROWS}) rows, and one to a word in that many`, () => {
    const m = fitOn(rows, 'ownership', 1, 'common+words');
    expect(m.weights['w:mend']).toBeUndefined();
    expect(m.weights['w:repair']).toBeGreaterThan(0);
    expect(m.weights['subj:we>w:repair']).toBeGreaterThan(0);
  });

  it('leaves the word features out of every other input', () => {
    for (const inputs of ['all', 'single', 'common'] as const) expect(Object.keys(fitOn(rows, 'ownership', 1, inputs).weights).filter(isWordFeature), inputs).toEqual([]);
    expect(Object.keys(fitOn(rows, 'ownership', 1, 'words').weights).every(isWordFeature)).toBe(true);
  });

  it('is deterministic: the same weights in another row order', () => {
    const a = fitOn(rows, 'ownership', 1, 'common+words');
    const b = fitOn([...rows].reverse(), 'ownership', 1, 'common+words');
    expect(b).toEqual(a);
  });
});
