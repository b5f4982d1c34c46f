import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rule-pack';
import { ruleDescriptions } from './describe';

describe('rule descriptions on the options page', () => {
  const pack = defaultPack();
  const described = ruleDescriptions(pack);

  it('fill {actual} with words from the rule’s own example', () => {
    for (const [id, text] of described) expect(text, id).not.toContain('{actual}');
    const condescension = pack.rules.find((r) => r.id === 'condescension')!;
    expect(condescension.message).toContain('{actual}');
    expect(described.get('condescension')).toMatch(/^"[^"{}]+" talks down/);
  });

  it('no two rules of the method share a description', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const [id, text] of described) {
      if (seen.has(text)) dups.push(`${seen.get(text)} and ${id}: ${text}`);
      seen.set(text, id);
    }
    expect(dups).toEqual([]);
  });
});
