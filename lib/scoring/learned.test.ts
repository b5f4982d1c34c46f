import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { compileEngine } from './engine';
import { createScorer } from './index';
import { compileLearned, probability, type LearnedModel } from './learned';
import { LEARNED_MODEL } from './learned-weights.generated';
import { isWordFeature } from './learned-words';

const engine = compileEngine(DEFAULT_PACK);

describe('learned layer: features', () => {
  const layer = compileLearned(DEFAULT_PACK, { labels: [] });

  it('names the rules that fired in the sentence where they fired, and the word classes of each sentence', () => {
    const text = 'Thanks for waiting. I will check your order today.';
    const f = layer.features(engine.run(text));
    expect(f.sentences).toHaveLength(2);
    expect(f.sentences[1]!.has('r:ownership')).toBe(true);
    expect(f.sentences[0]!.has('r:ownership')).toBe(false);
    for (const c of ['c:l-i', 'c:l-future', 'c:act', 'c:l-you', 'c:l-time']) expect(f.sentences[1]!.has(c), c).toBe(true);
    // Classes together in one clause, in word order.
    expect(f.sentences[1]!.has('c:l-i>c:act')).toBe(true);
    expect(f.sentences[1]!.has('c:act>c:l-i')).toBe(false);
    // The reply's features are the union of its sentences'.
    for (const s of f.sentences) for (const x of s) expect(f.reply.has(x)).toBe(true);
  });

  it('cuts clauses at commas and coordinators: no pair across them', () => {
    const f = layer.features(engine.run('We tried everything, and you can restart it now.'));
    expect(f.reply.has('c:l-we>c:l-you')).toBe(false);
  });

  it('reads sentence shapes: a question, a command or path, a link, quoted words, the opening word', () => {
    // Backticked code is quoted text (quotes.ts): it shows as s:quote, its words are not the agent's.
    const f = layer.features(engine.run('Does npm ci --force work for you? See https://example.com/docs. Click `Save` then.'));
    expect(f.sentences[0]!.has('s:question')).toBe(true);
    expect(f.sentences[0]!.has('s:code')).toBe(true);
    expect(f.sentences[0]!.has('s:open-aux')).toBe(true);
    expect(f.sentences[1]!.has('s:url')).toBe(true);
    expect(f.sentences[2]!.has('s:quote')).toBe(true);
    expect(f.sentences[2]!.has('s:open-imp')).toBe(true);
  });

  it('reads a question past trailing spaces of every kind, and a link or command only in its own sentence', () => {
    const f = layer.features(engine.run('Is the sync working again?\u00A0\u2003\nThen edit config.yaml and see www.example.com for more. We are here.'));
    expect(f.sentences[0]!.has('s:question')).toBe(true);
    expect(f.sentences[0]!.has('s:code')).toBe(false);
    expect(f.sentences[1]!.has('s:code')).toBe(true);
    expect(f.sentences[1]!.has('s:url')).toBe(true);
    expect(f.sentences[2]!.has('s:url')).toBe(false);
    const plain = layer.features(engine.run('Is it done? Yes. It is done.'));
    expect(plain.sentences.map((x) => x.has('s:question'))).toEqual([true, false, false]);
    expect([...plain.reply].some((x) => x === 's:code' || x === 's:url')).toBe(false);
  });
});

describe('learned layer: in the engine\'s own scan', () => {
  // The layer's classes join a fresh engine's table: the features come from the run's one scan.
  const shared = compileEngine(DEFAULT_PACK);
  const inScan = compileLearned(DEFAULT_PACK, { labels: [] }, shared);
  const apart = compileLearned(DEFAULT_PACK, { labels: [] });
  const texts = [
    "We're going to replace the router by the end of the week, and I'll let you know once it ships.",
    'Go to Settings > Privacy, then select the tab called Sharing. That happens because the cache is old.',
    'Unfortunately we cannot refund this. Could you tell us whether the team reached you today?',
    'Thanks, Priya! Sorry for the wait: I have checked it, and you only need to restart it.',
  ];

  it('gives the same features as a scan of its own, sentence by sentence', () => {
    for (const text of texts) {
      const a = inScan.features(shared.run(text));
      const b = apart.features(engine.run(text));
      expect(a.sentences.map((s) => [...s].sort()), text).toEqual(b.sentences.map((s) => [...s].sort()));
      expect([...a.reply].sort(), text).toEqual([...b.reply].sort());
    }
  });

  it('leaves the rules\' hits, signals and the guessed name as they were', () => {
    for (const text of [...texts, 'Hello Dana, we will look into it.']) {
      const a = shared.run(text);
      const b = engine.run(text);
      expect([...a.signals], text).toEqual([...b.signals]);
      expect(a.customerName, text).toBe(b.customerName);
      expect(a.hits.slice(0, b.hits.length), text).toEqual(b.hits);
    }
  });
});

describe('learned layer: verdicts', () => {
  // A model made for the test: a sentence with a command or path counts as teaching, above 0.5.
  const model: LearnedModel = { labels: [{ signal: 'teach', bias: -3, weights: { 's:code': 5 }, add: 0.5 }] };
  const layer = compileLearned(DEFAULT_PACK, model);

  it('adds a signal the rules missed, at the exact words of the sentence that weighs most', () => {
    const text = 'Hi Ana.  The settings moved to ~/.config/app/ in version 4.  ';
    const run = engine.run(text);
    expect(run.signals.has('teach')).toBe(false);
    const [v] = layer.apply(run);
    expect(v?.change).toBe('add');
    expect(v!.p).toBeCloseTo(probability(model.labels[0]!, ['s:code']), 6);
    expect(text.slice(v!.span.start, v!.span.end)).toBe('The settings moved to ~/.config/app/ in version 4.');
    expect(run.signals.get('teach')).toEqual(v!.span);
  });

  it('vetoes a rule hit only where a veto is switched on, and leaves other signals alone', () => {
    const vetoAll: LearnedModel = { labels: [{ signal: 'ownership', bias: -10, weights: {}, veto: 0.5 }] };
    const run = engine.run('I will check your order today. Thanks for waiting!');
    expect(run.signals.has('ownership')).toBe(true);
    compileLearned(DEFAULT_PACK, vetoAll).apply(run);
    expect(run.signals.has('ownership')).toBe(false);
    expect(run.signals.has('gratitude')).toBe(true);
    const noVeto: LearnedModel = { labels: [{ signal: 'ownership', bias: -10, weights: {}, add: 0.9 }] };
    const again = engine.run('I will check your order today.');
    compileLearned(DEFAULT_PACK, noVeto).apply(again);
    expect(again.signals.has('ownership')).toBe(true);
  });

  it('changes nothing for a pack in another language or without the rules the weights name', () => {
    const vetoAll: LearnedModel = { labels: [{ signal: 'ownership', bias: -10, weights: { 'r:ownership': 0.1 }, veto: 0.5 }] };
    const german = compileLearned({ ...DEFAULT_PACK, locale: 'de' }, vetoAll);
    const other = compileLearned({ ...DEFAULT_PACK, rules: DEFAULT_PACK.rules.filter((r) => r.id !== 'ownership') }, vetoAll);
    for (const layer of [german, other]) {
      const run = engine.run('I will check your order today.');
      expect(layer.apply(run)).toEqual([]);
      expect(run.signals.has('ownership')).toBe(true);
    }
  });
});

describe('learned layer: the shipped model', () => {
  it('ships only the teach add and veto (session 38: the word input\'s add p >= .9 and veto p < .1); the ownership veto, never chosen by CV, was dropped in session 17 as unstable across retrains (scripts/train-learned.ts SETTINGS)', () => {
    expect(LEARNED_MODEL.labels.map((m) => [m.signal, m.add, m.veto, m.vetoMinWords, m.vetoUnless])).toEqual([['teach', 0.9, 0.1, 30, ['c:l-cause']]]);
  });

  it('weighs no class co-occurrence pair for teach (session 18; session 38 adds only the word input\'s subject>word pairs): a long reply no longer sums hundreds of pair weights', () => {
    const teach = LEARNED_MODEL.labels.find((m) => m.signal === 'teach')!;
    expect(Object.keys(teach.weights).filter((f) => f.includes('>') && !isWordFeature(f))).toEqual([]);
  });

  it('does not take a generic offer of more help as confirming the resolution (what the CV-chosen add got wrong, C1)', () => {
    for (const text of ['Let us know if you still need help.', 'Let me know if you need anything else.'])
      expect(createScorer().score(text).signals['confirm-resolution'], text).toBe(false);
  });

  it('keeps ownership for a how-to whose offer hangs on the customer (no learned verdict takes it away)', () => {
    // Session 16 (judgement-b): "I can help you better" became "I'd be glad to help you better": an offer is
    // willingness, not ability (ownership-offer); the test is about the veto leaving a rule's offer standing.
    const text =
      "You can find the log under Help > Show logs. If you can send that file to me, I'd be glad to help you better. It also lists the settings I can use to see what went wrong.";
    expect(engine.run(text).signals.has('ownership')).toBe(true);
    expect(createScorer().score(text).signals.ownership).toBe(true);
  });
});

describe('learned layer: the sum by feature number', () => {
  // A model made for the test, with a weight on every kind of feature: a rule, a class, a pair in a
  // clause, a subject, a subject with a class, sentence shapes and the length bucket.
  const m = {
    signal: 'confirm-resolution',
    bias: -2,
    weights: { 'r:gratitude': 0.5, 'c:l-cond': 0.3, 'c:l-cond>c:l-you': 0.4, 'subj:imp': 0.6, 'subj:imp>c:l-feedback': 0.7, 's:open-imp': 0.2, 's:url': 0.9, 'len:2': 0.25, 'len:4': -0.5, 's:ends-question': 0.35 },
    add: 1e-9,
  };
  const shared = compileEngine(DEFAULT_PACK);
  const layer = compileLearned(DEFAULT_PACK, { labels: [m] }, shared);

  it('gives a verdict the same probability as the named features do', () => {
    for (const text of [
      'Thanks! Please clear the app cache and try the payment once more. If you see the error again, send me a screenshot.',
      "We're sorry! Our team has already reset it, so you won't need to do anything (see https://example.com/a/b).",
      'Go to Settings > Privacy, then select the tab called Sharing. That happens because the cache is old. Which tab do you see?',
      `${'The sync runs every hour on the server. '.repeat(12)}Thanks for waiting.`,
      'ok',
    ]) {
      const run = shared.run(text);
      expect(run.signals.has('confirm-resolution'), text).toBe(false);
      const [v] = layer.verdicts(run);
      expect(v?.p, text).toBeCloseTo(probability(m, layer.features(run).reply), 9);
    }
  });
});

describe('learned layer: who acts in a clause', () => {
  const layer = compileLearned(DEFAULT_PACK, { labels: [] });

  it('reads the subject from the first word of each clause and pairs it with the classes after it', () => {
    const f = layer.features(engine.run('We will replace the router, and you can restart it tomorrow. Restart it now if you like.'));
    expect(f.sentences[0]!.has('subj:we')).toBe(true);
    expect(f.sentences[0]!.has('subj:you')).toBe(true);
    expect(f.sentences[0]!.has('subj:you>c:l-time')).toBe(true);
    expect(f.sentences[0]!.has('subj:we>c:l-time')).toBe(false);
    expect(f.sentences[1]!.has('subj:imp')).toBe(true);
    expect(f.sentences[1]!.has('subj:we')).toBe(false);
  });

  it('buckets the reply by its length in words and marks a reply that ends by asking', () => {
    expect(layer.features(engine.run('Fixed, thanks!')).reply.has('len:1')).toBe(true);
    const long = layer.features(engine.run(`${'The sync runs every hour on the server. '.repeat(12)}Does that help?`)).reply;
    expect(long.has('len:4')).toBe(true);
    expect(long.has('s:ends-question')).toBe(true);
  });
});

describe('learned layer: pure core', () => {
  it('imports only pure scoring modules (no DOM, extension API or Node built-ins)', () => {
    for (const file of ['learned.ts', 'learned-weights.generated.ts']) {
      const src = readFileSync(resolve(__dirname, file), 'utf8');
      const from = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const f of from) expect(f, `${file} imports ${f}`).toMatch(/^\.\.?\/(?:rule-pack\/)?[\w./-]+$/);
      expect(src).not.toMatch(/\b(?:document|window|browser|chrome)\./);
    }
  });
});

describe('learned layer: vetoMinWords (session 15)', () => {
  // A model that always vetoes teach (p = σ(-20) ≈ 0), but only in a reply of 30 words or more.
  const model: LearnedModel = { labels: [{ signal: 'teach', bias: -20, weights: {}, veto: 0.5, vetoMinWords: 30 }] };
  const layer = compileLearned(DEFAULT_PACK, model, engine);
  const short = 'Passwords are case sensitive.';
  const long =
    'Thanks for writing in about the login trouble you had this morning. Passwords are case sensitive, so the same word typed with caps lock on is a different password. Have a good afternoon and enjoy the rest of your week.';

  it('leaves a short reply to the rules, however low p is', () => {
    const run = engine.run(short);
    expect(run.signals.has('teach')).toBe(true);
    expect(layer.apply(run)).toEqual([]);
    expect(run.signals.has('teach')).toBe(true);
  });

  it('vetoes a reply of at least vetoMinWords words', () => {
    const run = engine.run(long);
    expect(run.signals.has('teach')).toBe(true);
    expect(layer.apply(run).map((v) => v.change)).toEqual(['veto']);
    expect(run.signals.has('teach')).toBe(false);
  });
});

describe('learned layer: vetoUnless (session 15)', () => {
  // A model that always vetoes teach, except in a reply holding a cause word (class l-cause, RULINGS T1).
  const model: LearnedModel = { labels: [{ signal: 'teach', bias: -20, weights: {}, veto: 0.5, vetoUnless: ['c:l-cause'] }] };
  // Its own engine: a layer compiled into an engine adds its classes to that engine's table, and the shared
  // `engine` is the plain one the scan tests above compare against.
  const own = compileEngine(DEFAULT_PACK);
  const layer = compileLearned(DEFAULT_PACK, model, own);

  it('leaves a reply that states a cause to the rules', () => {
    const run = own.run('Your card was declined because the billing postcode did not match the one your bank has on file. Please update it under Account > Billing and try again.');
    expect(run.signals.has('teach')).toBe(true);
    expect(layer.apply(run)).toEqual([]);
    expect(run.signals.has('teach')).toBe(true);
  });

  it('still vetoes a reply without one', () => {
    const run = own.run('Passwords are case sensitive. Please update it under Account > Billing and try again.');
    expect(run.signals.has('teach')).toBe(true);
    expect(layer.apply(run).map((v) => v.change)).toEqual(['veto']);
  });
});
