import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { compileEngine } from './engine';
import { compileLearned } from './learned';

const engine = compileEngine(DEFAULT_PACK);
const layer = compileLearned(DEFAULT_PACK, { labels: [] });
const featuresOf = (text: string) => [...layer.features(engine.run(text)).reply].sort();

describe('learned layer: words that are names of JavaScript object members', () => {
  // The speed2 engineer's find (session 19): "constructor" looked up in a plain object read
  // Object.prototype.constructor, so the sentence got a first-person opener it does not have.
  it.each(['Constructor', 'Valueof', 'Hasownproperty', 'Isprototypeof'])(
    '"%s settings are fine." reads like any other opening noun',
    (word) => {
      // The word input (session 38) names the word itself ("w:constructor"): the same features once that name is the other word's.
      const own = `w:${word.toLowerCase()}`;
      const f = featuresOf(`${word} settings are fine.`);
      expect(f).toContain(own);
      expect(f.map((x) => x.replace(own, 'w:builder')).sort()).toEqual(featuresOf('Builder settings are fine.'));
    },
  );
});
