import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HURRY_MODEL } from '../lib/scoring/mood-learned-weights.generated';
import { MOOD_SETTING, MOOD_WEIGHTS_PATH, moodKeptAsideSets, parseMoodArgs, train, weightsFile } from './train-mood';

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
