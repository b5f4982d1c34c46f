// Fix47 (fix-m, reviewer-5 finding 4): a word class's `from` and `except` are checked where they are written, and the
// error names word_classes.<name>.from (or .except), not a phrase far away.
import { describe, expect, it } from 'vitest';
import { loadPack } from './index';

const yaml = (classes: string) => `schema_version: 1
id: team
name: Team
version: "1"
word_classes:
${classes}
rules: []
`;

const problems = (classes: string): string => {
  const r = loadPack(yaml(classes));
  return r.ok ? '' : JSON.stringify(r);
};

describe('word class from / except, checked where written', () => {
  it('accepts a from naming a class of this pack, of the method pack or a built-in list', () => {
    expect(problems('  hot: {words: [tea, coffee, juice]}\n  warm: {from: hot, except: [juice]}')).toBe('');
    expect(problems('  spring: {from: month-name, except: [january]}')).toBe('');
  });
  it('names the class whose from names no class', () => {
    const p = problems('  spring: {words: [march], from: month-nmae}');
    expect(p).toContain('word_classes');
    expect(p).toContain('"path":"word_classes.spring.from"');
    expect(p).toContain('names no class');
  });
  it('names a from that loops back to its class', () => {
    const p = problems('  a: {words: [x], from: b}\n  b: {words: [y], from: a}');
    expect(p).toContain('loops');
  });
  it('refuses except without from', () => {
    const p = problems('  drinks: {words: [tea, juice], except: [juice]}');
    expect(p).toContain('except');
    expect(p).toContain('no `from`');
  });
});
