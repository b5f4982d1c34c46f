// Session 25 (speed): the scorer made faster must read every draft as before. These tests pin what the
// faster paths must keep: the learned layer's quick sum (feature numbers) agrees with its named features at
// every length of draft, clause pairs stay in word order far into a long draft, and scoring a draft again
// (or after another) gives the same report.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { compileEngine } from './engine';
import { createScorer } from './index';
import { compileLearned, probability, type LearnedModel } from './learned';

const engine = compileEngine(DEFAULT_PACK);

/** `n` sentences of filler that name no class pair of the test below. */
const filler = (n: number): string => Array.from({ length: n }, (_, i) => `Item ${i + 1} is listed.`).join(' ');

describe('learned layer: the quick sum and the named features agree', () => {
  // A model for the test: "I … <act>" in one clause (in that order) counts as ownership shown.
  const model: LearnedModel = { labels: [{ signal: 'teach', bias: -2, weights: { 'c:l-i>c:act': 4, 'c:act>c:l-i': -4 }, add: 0.5 }] };
  const layer = compileLearned(DEFAULT_PACK, model);
  const plain = compileLearned(DEFAULT_PACK, { labels: [] });

  for (const before of [0, 40, 700, 1400]) {
    it(`adds the signal at "I will check …" after ${before} sentences of filler, and its p is the named features' p`, () => {
      const text = `${filler(before)} I will check your order today.`.trim();
      const run = engine.run(text);
      const named = plain.features(engine.run(text)).reply;
      expect(named.has('c:l-i>c:act')).toBe(true);
      expect(named.has('c:act>c:l-i')).toBe(false);
      const [v] = layer.apply(run);
      expect(v?.change).toBe('add');
      expect(v!.p).toBeCloseTo(probability(model.labels[0]!, named), 12);
      expect(text.slice(v!.span.start, v!.span.end)).toBe('I will check your order today.');
    });
  }

  // Clause marks are offset × 1024 + a code: at offsets 977 and 9766 they gain a digit. "I" just before such an
  // offset and "check" just after it must still pair in word order (a sort of the marks as strings would not).
  for (const at of [972, 9760]) {
    it(`pairs "I … check" in word order across offset ${at}`, () => {
      const pad = filler(Math.ceil(at / 16));
      const text = `${pad.slice(0, pad.lastIndexOf('.', at - 2) + 1).padEnd(at, ' ')}I will check your order today.`;
      expect(text.indexOf('I will check')).toBe(at);
      const named = plain.features(engine.run(text)).reply;
      expect(named.has('c:l-i>c:act')).toBe(true);
      expect(named.has('c:act>c:l-i')).toBe(false);
      const [v] = layer.apply(engine.run(text));
      expect(v?.change).toBe('add');
      expect(v!.p).toBeCloseTo(probability(model.labels[0]!, named), 12);
    });
  }

  it('keeps word order far into a long draft: "Check it, I can" and "Check what I sent" give no I-before-act pair', () => {
    for (const tail of ['Check the order and then I can look again.', 'Restart it so I know.']) {
      const text = `${filler(900)} ${tail}`;
      const f = plain.features(engine.run(text));
      expect(f.reply.has('c:l-i>c:act'), tail).toBe(false);
      expect(layer.apply(engine.run(text)), tail).toEqual([]);
    }
  });
});

describe('scoring again gives the same report', () => {
  const context = { customerMessage: 'My invoice is wrong again and nobody answers. Maria' };

  it('the same draft twice, and a draft after another one for the same customer', () => {
    const scorer = createScorer();
    const drafts = [
      'Hi Maria, I am sorry about the invoice. I will correct it today and send you the new one by 5 pm.',
      'Thanks for waiting! Just click Settings > Billing and you will see it.',
      'ok',
    ];
    const first = drafts.map((d) => JSON.stringify(scorer.score(d, context)));
    const again = drafts.map((d) => JSON.stringify(scorer.score(d, context)));
    expect(again).toEqual(first);
    const fresh = createScorer();
    expect(drafts.map((d) => JSON.stringify(fresh.score(d, context)))).toEqual(first);
  });

  it('a long draft reads the same as the same draft scored by a new scorer', () => {
    const text = `${filler(300)} I will check your order today. Could you send me the order number?`;
    const a = createScorer().score(text, context);
    const b = createScorer();
    b.score('Hello', context);
    expect(JSON.stringify(b.score(text, context))).toEqual(JSON.stringify(a));
    expect(a.signals.ownership).toBe(true);
  });
});

describe('requiredChars: unescaped punctuation every match holds lets a scan skip a pattern', () => {
  it('reads a literal comma, colon, hash or underscore outside groups, classes and quantifiers', async () => {
    const { requiredChars } = await import('./regex-guard');
    expect(requiredChars('\\b(?:hi|hello) {0,2}, {0,2}\\p{Lu}')).toBe(',');
    expect(requiredChars('#(?:fail|sucks)')).toBe('#');
    expect(requiredChars('\\b[a-z]{1,20}_[a-z]{0,20}\\(')).toBe('_(');
    expect(requiredChars('note: \\w{1,9}')).toBe(':');
  });

  it('takes none that a match can do without: in a quantifier, made optional, inside a group or class, or beside a top-level |', async () => {
    const { requiredChars } = await import('./regex-guard');
    expect(requiredChars('a {0,2}b')).toBeNull();
    expect(requiredChars('a,?b')).toBeNull();
    expect(requiredChars('a,{0,3}b')).toBeNull();
    expect(requiredChars('a(?:,|;)b')).toBeNull();
    expect(requiredChars('a[,;]b')).toBeNull();
    expect(requiredChars('(?<![,])ab')).toBeNull();
    expect(requiredChars('a,b|c')).toBeNull();
  });

  it('a reply greeting by name after a comma still reads as before, with and without the comma', () => {
    const scorer = createScorer();
    for (const text of ['Hi, Dana here from support. I will check it today.', 'Hi Dana here from support. I will check it today.']) {
      expect(JSON.stringify(scorer.score(text, {})), text).toEqual(JSON.stringify(createScorer().score(text, {})));
    }
  });
});
