import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HURRY_MODEL, UPSET_MODEL } from '../lib/scoring/mood-learned-weights.generated';
import { choose, inputNames, MIN_WORD_ROWS, MOOD_SETTING, MOOD_SETTINGS, MOOD_WEIGHTS_PATH, moodKeptAsideSets, parseMoodArgs, train, weightsFile, type LabelExample } from './train-mood';

const corpus = process.env.RAPPORT_CORPUS ?? resolve(__dirname, '../../shared/corpus');

describe('learned hurry weights', () => {
  it.skipIf(!existsSync(resolve(corpus, 'dev2-labels.jsonl')))(
    'are what `npx tsx scripts/train-mood.ts --write` makes from the tuning rows today (run it when a feature, the tokenizer or the rows change)',
    () => {
      const model = train();
      expect(weightsFile(model)).toBe(readFileSync(MOOD_WEIGHTS_PATH, 'utf8'));
    },
    120_000,
  );

  it('ship the documented MOOD_SETTING, which a retrain does not change (the CV only validates it)', () => {
    expect({ l2: HURRY_MODEL.l2, threshold: HURRY_MODEL.threshold }).toEqual(MOOD_SETTING);
  });
});

describe('session 39: the upset model and the word input', () => {
  it('ship the documented MOOD_SETTINGS.upset (threshold 1: the CV found no model that beats the cues, so it adds nothing)', () => {
    expect({ l2: UPSET_MODEL.l2, threshold: UPSET_MODEL.threshold }).toEqual({ l2: MOOD_SETTINGS.upset.l2, threshold: MOOD_SETTINGS.upset.threshold });
    if (MOOD_SETTINGS.upset.threshold >= 1) expect(UPSET_MODEL.features).toEqual([]);
  });

  const row = (i: number, truth: boolean, cues: boolean, extra: Record<string, number> = {}): LabelExample => ({
    id: `ex-${i}`,
    truth,
    cues,
    features: { logw: 0.5, 'lex:neg1': truth ? 1 : 0, [`w:word${i % 3}`]: 1, 'w:rare': i === 0 ? 1 : 0, ...extra },
  });
  const rows = Array.from({ length: 30 }, (_, i) => row(i, i % 2 === 0, i % 2 === 0));

  it('a word is an input only when MIN_WORD_ROWS rows hold it; the lexicon classes come with `lex`', () => {
    expect(MIN_WORD_ROWS).toBeGreaterThanOrEqual(8);
    expect(inputNames(rows, 'base')).toEqual(['logw']);
    expect(inputNames(rows, 'lex')).toEqual(['logw', 'lex:neg1']);
    expect(inputNames(rows, 'words')).toEqual(['logw', 'lex:neg1', 'w:word0', 'w:word1', 'w:word2']);
  });

  it('the CV adds no model where the cues alone are already right (no gain over them beyond TIE)', () => {
    expect(choose(rows, inputNames(rows, 'lex')).threshold).toBe(1);
  });
});

describe('--kept-aside leaves the test set (fresh3.jsonl) out unless --test-set asks for it (session 25)', () => {
  it('reads its options with parseArgs: --test-set off by default, unknown or pointless options an error', () => {
    expect(parseMoodArgs([])).toEqual({ cv: false, write: false, keptAside: false, testSet: false });
    expect(parseMoodArgs(['--kept-aside'])).toEqual({ cv: false, write: false, keptAside: true, testSet: false });
    expect(parseMoodArgs(['--write', '--kept-aside', '--test-set'])).toEqual({ cv: false, write: true, keptAside: true, testSet: true });
    expect(() => parseMoodArgs(['--kept-aside', '--fresh3'])).toThrow();
    expect(() => parseMoodArgs(['--test-set'])).toThrow(/--kept-aside/);
    expect(() => parseMoodArgs(['write'])).toThrow();
  });

  it('scores all odd halves by default; --test-set adds the fresh3.jsonl line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-train-mood-'));
    const row = (id: string, msg: string) => JSON.stringify({ id, text: 'On it.', customer_message: msg, customer_hurry: true });
    const split = join(dir, 'replies.jsonl');
    const fresh3 = join(dir, 'fresh3.jsonl');
    writeFileSync(split, [row('ex-test-2', 'Tuning row, quick please.'), row('ex-test-1', 'Kept row, quick please.')].join('\n'));
    writeFileSync(fresh3, [row('f3-zeta-1', 'Test row one.'), row('f3-zeta-2', 'Test row two.')].join('\n'));
    const names = (sets: [string, unknown[]][]) => sets.map(([name, rows]) => `${name}: ${rows.length}`);
    expect(names(moodKeptAsideSets(parseMoodArgs(['--kept-aside']).testSet, [split], fresh3))).toEqual(['kept aside (all odd halves): 1']);
    expect(names(moodKeptAsideSets(parseMoodArgs(['--kept-aside', '--test-set']).testSet, [split], fresh3))).toEqual([
      'kept aside (all odd halves): 1',
      'fresh3.jsonl: 2',
    ]);
  });
});
