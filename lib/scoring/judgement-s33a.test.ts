/**
 * Session 33 (judge-a), teach (RULINGS T1, T2).
 * 1. teach-rule's time window: the pattern line `- up to # (hour|…) (before|after|from)` was unquoted, so YAML read
 *    everything after " #" as a comment and the phrase as a bare "up to". Quoted, it takes the whole window ("up to
 *    2 hours before"); a bare limit ("up to 5 users") is no condition of a rule. No list item of a shipped pack may
 *    lose its tail that way again.
 * Every sentence written for this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const teach = (reply: string) => scorer.score(reply).signals.teach === true;
const evidence = (reply: string) => scorer.score(reply).breakdown?.find((b) => b.signal === 'teach')?.evidence;

describe('teach-rule: a time window before or after an event is the condition of a rule', () => {
  it.each([
    ['We waive the change fee up to 12 hours before the slot starts.', 'up to 12 hours before'],
    ['We refund a cancelled class up to 3 days before the start date.', 'up to 3 days before'],
  ])('flags %s, on the whole window', (reply, words) => {
    expect(teach(reply)).toBe(true);
    expect(evidence(reply)).toBe(words);
  });

  it('reads no bare "up to" amount as a condition', () => {
    expect(teach('Refunds take up to 10 days.')).toBe(false);
  });
});

describe('shipped packs: no unquoted list item hides its tail behind " #"', () => {
  const dir = fileURLToPath(new URL('../../packs/', import.meta.url));
  it.each(readdirSync(dir).filter((f) => f.endsWith('.yaml')))('%s', (file) => {
    // A plain (unquoted) scalar ends at " #" in YAML: `- up to # (day|days)` is the phrase "up to".
    const cut = readFileSync(dir + file, 'utf8')
      .split('\n')
      .filter((line) => /^\s*- [^"'#\s]/.test(line) && / #/.test(line));
    expect(cut).toEqual([]);
  });
});
