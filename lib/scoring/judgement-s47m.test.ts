// Session 47 (judge-m, mood and the month classes).
// - A word class may be another class less a few words (`from` + `except`): the pack's <month-but-may> is <month-name>
//   less "may" (the modal verb), one list of the months instead of two; a team pack that redefines the months changes
//   both classes. The expectation cues that read them give the same answers.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { compileWordClasses } from './word-classes';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { testPack, base } from './test/packs';
import { signalCases } from './test/signal-cases';

describe('a word class taken from another less some words (from + except)', () => {
  it('the months but "may" are the months less "may", every other month kept', () => {
    const classes = compileWordClasses(DEFAULT_PACK.word_classes);
    const months = classes('month-name') ?? [];
    const butMay = classes('month-but-may') ?? [];
    expect(months).toContain('may');
    expect(butMay).not.toContain('may');
    expect([...butMay].sort()).toEqual(months.filter((m) => m !== 'may').sort());
  });
  it('reads the class of that name as the pack layers resolve it, and leaves a verb out in every form', () => {
    const classes = compileWordClasses(
      { fix: { verbs: ['mend', 'patch'] }, mends: { from: 'fix', except: ['patch'] } },
      { fix: { verbs: ['mend', 'patch', 'repair'] } },
    );
    expect(classes('mends', 'past')).toEqual(expect.arrayContaining(['mended', 'repaired']));
    expect(classes('mends', 'past')).not.toContain('patched');
    expect(classes('mends')).not.toContain('patching');
  });
  it('a from that names no class, or comes back to itself, adds nothing', () => {
    const classes = compileWordClasses({ a: { words: ['x'], from: 'b' }, b: { words: ['y'], from: 'a', except: ['x'] }, c: { from: 'nothing' } });
    expect(classes('a')).toEqual(['x', 'y']);
    expect(classes('b')).toEqual(['y']);
    expect(classes('c')).toEqual([]);
  });
  it("a team pack's class taken from another flags what its phrase says, and not the word left out", () => {
    const pack = testPack(
      [{ ...base, id: 'hot-drink', type: 'phrase-avoid', message: 'found', phrases: ['a cup of <warm-drink>'] }],
      { word_classes: { drink: { words: ['tea', 'coffee', 'juice'] }, 'warm-drink': { from: 'drink', except: ['juice'] } } },
    );
    const team = createScorer(pack);
    const flagged = (t: string) => team.score(t).findings.some((f) => f.ruleId === 'hot-drink');
    expect(flagged('I will make you a cup of tea while the update runs.')).toBe(true);
    expect(flagged('I will make you a cup of juice while the update runs.')).toBe(false);
  });
});

signalCases(
  'a date ahead by a bare month, read from the months less "may" (session 47: one list)',
  'expectation',
  ['The spare batteries will be back in our warehouse by mid-November.', 'We will keep your booking on hold until March.'],
  ['We were in touch back in March about this.', 'May I ask which plan you are on?'],
);
