import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HURRY_MODEL } from '../lib/scoring/mood-learned-weights.generated';
import { MOOD_WEIGHTS_PATH, train, weightsFile } from './train-mood';

const corpus = process.env.RAPPORT_CORPUS ?? resolve(__dirname, '../../shared/corpus');

describe('learned hurry weights', () => {
  it.skipIf(!existsSync(resolve(corpus, 'dev2-labels.jsonl')))(
    'are what `npx tsx scripts/train-mood.ts --write` makes from the tuning rows today (run it when a feature, the tokenizer or the rows change)',
    () => {
      const model = train(false, { l2: HURRY_MODEL.l2, threshold: HURRY_MODEL.threshold });
      expect(weightsFile(model)).toBe(readFileSync(MOOD_WEIGHTS_PATH, 'utf8'));
    },
    120_000,
  );
});
