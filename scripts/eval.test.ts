import { describe, expect, it } from 'vitest';
import { count, f1, fnv1a, fpRate, isKeptAside, sourceOf, type Judged } from './eval';

describe('eval split and figures', () => {
  it('hashes ids with 32-bit FNV-1a over UTF-8 (TEAM.md): odd = kept aside', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(isKeptAside('a')).toBe(false);
    expect(isKeptAside('foobar')).toBe(false);
  });

  it('groups rows by source', () => {
    expect(sourceOf({ id: '1', text: '', channel: 'github issue' })).toBe('github');
    expect(sourceOf({ id: '2', text: '', source: 'github:x/twcs.csv' })).toBe('twitter');
    expect(sourceOf({ id: '3', text: '', channel: 'irc', source: 'stripe' })).toBe('irc');
    expect(sourceOf({ id: '4', text: '', synthetic: true })).toBe('synthetic');
  });

  it('counts a label only on rows that carry it, and not at all when the report cannot say', () => {
    const j = (truth: boolean, said: boolean | undefined): Judged => ({ row: { id: 'x', text: '' }, labels: new Map([['teach', [truth, said]]]) });
    const c = count([j(true, true), j(true, false), j(false, true), j(false, false), { row: { id: 'y', text: '' }, labels: new Map() }], 'teach');
    expect(c).toMatchObject({ rows: 4, positives: 2, tp: 1, fn: 1, fp: 1, tn: 1, unavailable: false });
    expect(f1(c)).toBeCloseTo(0.5);
    expect(fpRate(c)).toBeCloseTo(0.5);
    expect(count([j(true, undefined)], 'teach').unavailable).toBe(true);
  });
});
