import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIGNAL_IDS } from '../scoring/types';
import { GENERATED_PATH, YAML_PATH, renderGenerated } from './gen-default';
import { defaultPack, loadPack, MAX_PACK_BYTES } from './index';

describe('default pack', () => {
  it('leaves a team lead who copies it room under the size cap (at least a quarter of MAX_PACK_BYTES)', () => {
    // A team pack often starts as a copy of the method pack; one the loader refuses for its size is no start.
    const bytes = readFileSync(YAML_PATH).length;
    expect(bytes).toBeLessThanOrEqual(MAX_PACK_BYTES * 0.75);
  });

  it('loads, and every rule example passes (the loader runs them)', () => {
    const r = loadPack(readFileSync(YAML_PATH, 'utf8'), { source: 'packs/default.yaml' });
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(r.pack.rules.length).toBeGreaterThan(15);
    // Compiles and runs every example of every rule: the project-wide hang guard (vitest.config.ts) covers it.
  });

  it('is up to date in the generated module (run: npx tsx lib/rule-pack/gen-default.ts)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(renderGenerated(readFileSync(YAML_PATH, 'utf8')));
  });

  it('covers every signal, the three closing questions and mood prompts', () => {
    const pack = defaultPack();
    const covered = new Set(pack.rules.map((r) => r.signal));
    expect(SIGNAL_IDS.filter((s) => s !== 'closing-question' && !covered.has(s))).toEqual([]);
    expect(pack.closing_questions.map((q) => q.text)).toEqual([
      'Have I solved your problem?',
      'Are you satisfied with the way I handled this incident?',
      'Is there anything I could have done better?',
    ]);
    expect(pack.closing_questions[0]?.always).toBe(true);
    for (const mood of ['hurry', 'upset'] as const) expect(pack.prompts.mood[mood]?.length).toBeGreaterThan(0);
    expect(pack.tips.length).toBeGreaterThanOrEqual(12);
  });

  it('returns a copy: callers cannot change the built-in pack', () => {
    defaultPack().rules.length = 0;
    expect(defaultPack().rules.length).toBeGreaterThan(0);
  });
});
