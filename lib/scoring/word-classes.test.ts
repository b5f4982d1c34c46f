// Word classes: a pack names a kind of word once and uses it as <name> in any phrase.
import { describe, expect, it } from 'vitest';
import { createScorer, PackCompileError } from './index';
import { verbForms } from './inflect';
import { resolveClassLayers } from './built-in-lists';
import { compileWordClasses } from './word-classes';
import { base, testPack } from './test/packs';

describe('verbForms', () => {
  it.each([
    ['check', ['checks'], ['checked'], ['checking']],
    ['fix', ['fixes'], ['fixed'], ['fixing']],
    ['reply', ['replies'], ['replied'], ['replying']],
    ['log', ['logs'], ['logged'], ['logging']],
    ['submit', ['submits'], ['submitted'], ['submitting']],
    ['escalate', ['escalates'], ['escalated'], ['escalating']],
    ['send', ['sends'], ['sent'], ['sending']],
    ['take', ['takes'], ['took', 'taken'], ['taking']],
  ])('%s', (v, s, past, ing) => {
    expect(verbForms(v)).toEqual({ base: [v], s, past, ing });
  });
});

describe('compileWordClasses', () => {
  const lookup = compileWordClasses({ act: { verbs: ['look into', 'send'] }, we: { words: ['I', 'we'] } }, { we: { words: ['us'] } });
  it('inflects the first word of a verb phrase, all forms or one', () => {
    expect(lookup('act')).toEqual(['look into', 'looks into', 'looked into', 'looking into', 'send', 'sends', 'sent', 'sending']);
    expect(lookup('act', 'past')).toEqual(['looked into', 'sent']);
  });
  it('lets a later layer replace a class whole, and knows no other class', () => {
    expect(lookup('we')).toEqual(['us']);
    expect(lookup('nope')).toBeUndefined();
  });
});

describe('resolveClassLayers: which class a name means', () => {
  it('reads a built-in list unless a pack names the class, and a team pack over the method pack', () => {
    const asDef = (words: readonly string[]) => ({ words: [...words] });
    expect(resolveClassLayers(asDef).get('tracker-item')?.words).toContain('ticket');
    const method = { 'tracker-item': { words: ['case'] }, shift: { words: ['late shift'] } };
    expect(resolveClassLayers(asDef, method).get('tracker-item')?.words).toEqual(['case']);
    const team = { shift: { words: ['night shift'] } };
    expect(resolveClassLayers(asDef, method, team).get('shift')?.words).toEqual(['night shift']);
    expect(resolveClassLayers(asDef, method, team).get('tracker-item')?.words).toEqual(['case']);
  });

  it('gives compileWordClasses the same answer: a method-pack class replaces the built-in list of its name', () => {
    const lookup = compileWordClasses({ 'tracker-item': { words: ['case'] } }, undefined);
    expect(lookup('tracker-item')).toEqual(['case']);
    expect(compileWordClasses()('tracker-item')).toContain('ticket');
  });
});

describe('<class> in phrases', () => {
  const pack = (phrases: string[]) =>
    testPack([{ ...base, id: 'own', type: 'phrase-present', signal: 'ownership', phrases }], {
      word_classes: { fix: { verbs: ['fix', 'reset', 'send'] } },
    });
  it('matches every inflection, or only the form asked for', () => {
    const any = createScorer(pack(['I [am] <fix>']));
    for (const t of ['I fix it.', 'I fixed it.', 'I sent it.', 'I am resetting it.'])
      expect(any.score(t).signals.ownership, t).toBe(true);
    const past = createScorer(pack(["I('ve| have) <fix:past>"]));
    expect(past.score("I've reset your modem.").signals.ownership).toBe(true);
    expect(past.score("I've got to fix this.").signals.ownership).toBe(false);
  });
  it('can use the method pack’s classes from any pack', () => {
    const s = createScorer(pack(['<we> <will> <act:base>']));
    expect(s.score("We'll pass this to the team.").signals.ownership).toBe(true);
    expect(s.score("We'll need your order number.").signals.ownership).toBe(false);
  });
  it('names the path of an unknown class or form', () => {
    expect(() => createScorer(pack(['I <fixx>']))).toThrow(/unknown word class <fixx>/);
    try {
      createScorer(pack(['ok', 'I <fix:done>']));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PackCompileError);
      expect((e as PackCompileError).path).toBe('rules[0].phrases[1]');
    }
  });
});
