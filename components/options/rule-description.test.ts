import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createScorer } from '@/lib/scoring';
import { defaultPack, loadPack } from '@/lib/rule-pack';
import { describeRules } from './rule-description';

const packs = {
  default: defaultPack(),
  'de-method': (() => {
    const r = loadPack(readFileSync('packs/de-method.yaml', 'utf8'), { format: 'yaml' });
    if (!r.ok) throw new Error('de-method.yaml does not load');
    return r.pack;
  })(),
};

describe('rule descriptions on the options page', () => {
  it.each(Object.entries(packs))('%s: every rule reads as a sentence with an example, none with a placeholder', (_name, pack) => {
    const described = describeRules(pack, createScorer(pack));
    const left = [...described.entries()].filter(([, d]) => /\{\w+\}/.test(d));
    expect(left).toEqual([]);
    const noProblem = [...described.entries()].find(([id]) => id === 'no-problem' || id === 'kein-problem')?.[1];
    expect(noProblem).toMatch(/no problem|kein problem/i);
  });

  it.each(Object.entries(packs))('%s: no two rules share a description, so a team lead can tell them apart', (_name, pack) => {
    const described = describeRules(pack, createScorer(pack));
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const [id, d] of described) {
      if (seen.has(d)) shared.push(`${seen.get(d)} = ${id}: ${d}`);
      seen.set(d, id);
    }
    expect(shared).toEqual([]);
  });
});
