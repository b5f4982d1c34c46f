// Signals a team declares in its pack are scored and reported exactly like the built-in ones, and an
// error-level finding holds the score down (types.ts ERROR_SCORE_CAP).
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { base, testPack } from './test/packs';
import { ERROR_SCORE_CAP, SIGNAL_IDS } from './types';

const kbRule = {
  ...base,
  id: 'kb-link',
  type: 'phrase-present',
  signal: 'kb-link',
  level: 'suggestion',
  phrases: [{ pattern: '\\bKB\\d{7}\\b' }],
};
const thanks = { ...base, id: 'thanks', type: 'phrase-present', signal: 'gratitude', level: 'info', phrases: ['thank you'] };
const jargon = { ...base, id: 'jargon', type: 'phrase-avoid', signal: 'internal-jargon', phrases: ['escalation matrix'] };
const signals = {
  'kb-link': { label: 'Links a knowledge-base article', labels: { de: 'Verweist auf einen KB-Artikel' }, points: 6 },
  'internal-jargon': { label: 'Uses internal jargon', points: -8 },
};

describe('declared signals', () => {
  const pack = testPack([kbRule, thanks, jargon], { signals, weights: { gratitude: 4 } });
  const scorer = createScorer(pack);

  it('lists every built-in and declared signal in report.signals, present or not', () => {
    const r = scorer.score('Thank you. See KB0012345 for the steps.');
    expect(Object.keys(r.signals)).toEqual([...SIGNAL_IDS, 'kb-link', 'internal-jargon']);
    expect(r.signals['kb-link']).toBe(true);
    expect(scorer.score('Thank you. See the article for the steps.').signals['kb-link']).toBe(false);
    expect(createScorer(pack).score('', {}).signals['kb-link']).toBe(false);
  });

  it('puts declared signals in the breakdown with their points and label', () => {
    const r = scorer.score('Thank you. See KB0012345 for the steps.');
    expect(r.breakdown?.find((s) => s.signal === 'kb-link')).toEqual({
      signal: 'kb-link',
      label: 'Links a knowledge-base article',
      labels: { de: 'Verweist auf einen KB-Artikel' },
      present: true,
      weight: 6,
      points: 6,
      evidence: 'KB0012345',
    });
    // gratitude 4 + kb-link 6 out of 10 possible.
    expect(r.score).toBe(100);
    expect(scorer.score('Thank you. See the article for the steps.').score).toBe(40);
  });

  it('counts a declared negative signal against the score', () => {
    const r = scorer.score('Thank you. See KB0012345, it is on the escalation matrix now.');
    expect(r.signals['internal-jargon']).toBe(true);
    expect(r.breakdown?.find((s) => s.signal === 'internal-jargon')).toMatchObject({ present: true, weight: -8, points: -8 });
    expect(r.score).toBe(20);
  });

  it('lets weights override a declared signal’s points', () => {
    const heavier = createScorer(testPack([kbRule, thanks], { signals, weights: { gratitude: 4, 'kb-link': 16 } }));
    expect(heavier.score('Thank you. See the article for the steps.').score).toBe(20);
    expect(heavier.score('Thank you. See KB0012345.').breakdown?.find((s) => s.signal === 'kb-link')?.points).toBe(16);
  });

  it('lets a conditional rule require a declared signal', () => {
    const cond = { ...base, id: 'cite', type: 'conditional', when: ['known issue'], require_signal: 'kb-link' };
    const s = createScorer(testPack([kbRule, cond], { signals }));
    expect(s.score('This is a known issue.').findings.map((f) => f.ruleId)).toEqual(['cite']);
    expect(s.score('This is a known issue, see KB0012345.').findings).toEqual([]);
  });
});

describe('error findings', () => {
  const password = { ...base, id: 'password', type: 'phrase-avoid', level: 'error', phrases: ['your password is'] };
  const warn = { ...base, id: 'soon', type: 'phrase-avoid', level: 'warning', phrases: ['asap'] };
  const scorer = createScorer(testPack([thanks, password, warn], { weights: { gratitude: 10 } }));

  it(`hold the score at ${ERROR_SCORE_CAP} at most, naming the rules`, () => {
    expect(scorer.score('Thank you, I reset it.').score).toBe(100);
    const r = scorer.score('Thank you, your password is Winter2024.');
    expect(r.score).toBe(ERROR_SCORE_CAP);
    expect(r.scoreCap).toEqual({ max: ERROR_SCORE_CAP, ruleIds: ['password'] });
  });

  it('leave a score already below the cap alone, and say nothing of a cap', () => {
    const r = scorer.score('OK, your password is Winter2024.');
    expect(r.score).toBe(0);
    expect(r.scoreCap).toBeUndefined();
  });

  it('warnings count only through their signal: a warning without one leaves the score alone', () => {
    const r = scorer.score('Thank you, I will do it asap.');
    expect(r.findings.map((f) => f.level)).toEqual(['warning']);
    expect(r.score).toBe(100);
  });
});
