import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIGNAL_IDS } from '../scoring/types';
import { COPY_PATH, GENERATED_PATH, YAML_PATH, renderCopy, renderGenerated } from './gen-default';
import { defaultPack, loadPack, MAX_PACK_BYTES } from './index';

describe('default pack', () => {
  it('leaves a team lead who copies it room under the size cap (at least a quarter of MAX_PACK_BYTES)', () => {
    // A team pack often starts as a copy of the method pack (packs/method.yaml, docs/packs.md); one the
    // loader refuses for its size is no start.
    expect(readFileSync(COPY_PATH).length).toBeLessThanOrEqual(MAX_PACK_BYTES * 0.75);
    // The source with its maintainers' comments still loads (the test below and gen-default read it).
    expect(readFileSync(YAML_PATH).length).toBeLessThanOrEqual(MAX_PACK_BYTES);
  });

  it('ships packs/method.yaml up to date: the same pack without the maintainers\' comments', () => {
    const source = readFileSync(YAML_PATH, 'utf8');
    const copy = readFileSync(COPY_PATH, 'utf8');
    expect(copy).toBe(renderCopy(source));
    const a = loadPack(source, { source: 'packs/default.yaml' });
    const b = loadPack(copy, { source: 'packs/method.yaml' });
    if (!a.ok || !b.ok) throw new Error('a method pack file does not load');
    expect(b.pack).toEqual(a.pack);
    expect(copy.split('\n').filter((l) => /^\s*#/.test(l)).length).toBeLessThan(30);
  });

  it('refuses to write a copy that would coach differently (a # line inside a block scalar is text)', () => {
    expect(() => renderCopy('a: |\n  first\n  # not a comment\nb: 1\n')).toThrow(/differ/);
    const copy = renderCopy('# head\na: 1\n  # note\n\n\nb: 2\n');
    expect(copy.startsWith('# head\n')).toBe(true);
    expect(copy).not.toContain('# note');
    expect(copy.endsWith('\na: 1\n\nb: 2\n')).toBe(true);
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

  it('refuses to build the method pack from a source with a phrase cut short by " #" (a YAML comment), naming it', () => {
    const source = readFileSync(YAML_PATH, 'utf8');
    const line = source.split('\n').findIndex((l) => /^\s+- [^"'#\s]/.test(l) && !l.includes(' #'));
    expect(line).toBeGreaterThan(0);
    const lines = source.split('\n');
    lines[line] = `${lines[line]} #1 of 2`;
    expect(() => renderGenerated(lines.join('\n'))).toThrow(/line \d+|#1 of 2/);
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
