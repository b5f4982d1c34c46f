import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HURRY_MODEL } from '../lib/scoring/mood-learned-weights.generated';
import { MOOD_SETTING, MOOD_WEIGHTS_PATH, train, weightsFile } from './train-mood';

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
