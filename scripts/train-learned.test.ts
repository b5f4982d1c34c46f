import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, moduleText, train, tuningRows, WEIGHTS_PATH } from './train-learned';

const corpus = process.env.RAPPORT_CORPUS ?? resolve(__dirname, '../../shared/corpus');

describe('learned weights', () => {
  it.skipIf(!existsSync(resolve(corpus, 'dev2-labels.jsonl')))(
    'are what `npm run train -- --write` makes from the tuning rows today (run it when a rule, class or tokenizer change makes this fail)',
    () => {
      expect(moduleText(train(examples(tuningRows())))).toBe(readFileSync(WEIGHTS_PATH, 'utf8'));
    },
    120_000,
  );
});
