// Session 33 (judge-b), negative language. Sentences written for these tests (never corpus rows).
//   1. The prefix "e-" joins its word ("e-mail", "E-Mail", "e-receipt"): one token, norm "email", so a phrase that says
//      "email" reads the hyphenated spelling too (tokens.ts ePrefixAt). Other one-letter words before a hyphen stay split.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { tokenize } from './tokens';

const scorer = createScorer();
const negative = (text: string, customerMessage?: string) =>
  scorer.score(text, customerMessage ? { customerMessage } : {}).signals['negative-language'] === true;
/** The words of the negative-language findings, with the rule that found them. */
const found = (text: string) =>
  scorer
    .score(text)
    .findings.filter((f) => f.ruleId.startsWith('negative-'))
    .map((f) => `${f.ruleId}: ${text.slice(f.span.start, f.span.end)}`);
const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe('the prefix "e-" joins its word', () => {
  it.each([
    ['Send an e-mail today', ['send', 'an', 'email', 'today']],
    ['Your E-Mail address', ['your', 'email', 'address']],
    ['the e-receipt', ['the', 'ereceipt']],
  ])('%j', (text, expected) => {
    expect(norms(text)).toEqual(expected);
  });

  it('keeps its span over the hyphen', () => {
    const [t] = tokenize('e-mail');
    expect(t).toMatchObject({ start: 0, end: 6, norm: 'email' });
  });

  it.each([
    ['T-Mobile', ['t', 'mobile']],
    ['an X-ray', ['an', 'x', 'ray']],
    ['plan e - then f', ['plan', 'e', 'then', 'f']],
    ['follow-up', ['follow', 'up']],
  ])('other hyphens still split: %j', (text, expected) => {
    expect(norms(text)).toEqual(expected);
  });

  it('a redirect to the e-mail form reads as one to the email form', () => {
    expect(negative('Please use the e-mail form instead.')).toBe(true);
    expect(negative('Please use the email form instead.')).toBe(true);
    expect(found('Please use the e-mail form instead.')).toEqual(['negative-language: e-mail form']);
  });
});
