// Raw patterns are judged by recheck, a proven ReDoS checker (issue 11): the safe ones a team lead
// writes are accepted, catastrophic ones are refused whole with the rule's path, and the background's
// fallback accepts only what is linear by construction or what recheck judged safe before.
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { loadPack } from './load';
import { judgePatterns, patternsIn, recheckJudge, structuralJudge, verdictJudge, type RecheckSync } from './redos';

const judge = recheckJudge(checkSync as RecheckSync);

const pack = (pattern: string) => ({
  schema_version: 1,
  id: 'redos',
  name: 'ReDoS',
  version: '1',
  rules: [
    { id: 'thanks', signal: 'gratitude', type: 'phrase-present', level: 'info', message: 'Thank them.', phrases: ['thanks'], examples: { flag: ['Thanks!'], pass: ['Hello.'] } },
    {
      id: 'ticket-ref',
      type: 'phrase-present',
      level: 'info',
      message: 'Quote the ticket.',
      phrases: ['see the ticket', { pattern }],
      examples: { flag: ['See INC0012345 and KB0012345.'], pass: ['See the article.'] },
    },
  ],
});

describe('recheck judges raw patterns', { timeout: 60_000 }, () => {
  it.each(['\\bKB\\d+\\b', 'INC\\d{7}', '\\b(?:INC|KB)\\d+\\b', '\\b[A-Z]{2,5}\\d{4,}\\b'])('accepts the safe pattern %s, and the pack loads', (p) => {
    expect(judge(p)).toBeNull();
    const r = loadPack(pack(p), { judgePattern: judge });
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  // (a|aa)+ alone is linear for a search (the first alternative always matches at once: recheck says
  // so and so does running it); anchored, the same group backtracks exponentially.
  it.each(['(a+)+$', '(\\w+\\s?)*$', '(a|aa)+$', '^(a|aa)+$', '[a-z]+@[a-z]+\\.com'])('refuses the catastrophic pattern %s with the rule\'s path', (p) => {
    const r = loadPack(pack(p), { judgePattern: judge });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.path).toBe('rules[1].phrases[1].pattern');
    expect(r.errors[0]!.message).toMatch(/catastrophic backtracking: recheck finds (exponential|\d\w* degree polynomial)/);
  });

  it('refuses a pattern recheck cannot prove safe in time (nested bounded repetition), naming its path', () => {
    const r = loadPack(pack('(a{1,20}){1,20}'), { judgePattern: judge });
    expect(r.ok ? [] : r.errors).toEqual([
      {
        path: 'rules[1].phrases[1].pattern',
        message: expect.stringMatching(/recheck could not prove this pattern safe \(timeout\)/),
        code: 'patternUnproven',
        params: { pattern: '(a{1,20}){1,20}', detail: 'timeout' },
      },
    ]);
  });

  it('names every refused pattern, wherever it sits', () => {
    const p = pack('(a+)+$');
    const withCue = { ...p, mood_cues: { hurry: [{ pattern: '(x+x+)+y' }] } };
    expect(patternsIn(withCue).map((x) => x.path)).toEqual(['rules[1].phrases[1].pattern', 'mood_cues.hurry[0].pattern']);
    expect(judgePatterns(withCue, judge).map((e) => e.path)).toEqual(['rules[1].phrases[1].pattern', 'mood_cues.hurry[0].pattern']);
  });

  it('tells the options page which patterns it judged safe (once each)', () => {
    const safe: string[] = [];
    const j = recheckJudge(checkSync as RecheckSync, (s) => safe.push(s));
    j('\\bKB\\d+\\b');
    j('\\bKB\\d+\\b');
    j('(a+)+$');
    expect(safe).toEqual(['\\bKB\\d+\\b']);
  });
});

describe('on a busy machine, where recheck runs out of time', () => {
  const timedOut: RecheckSync = () => ({ status: 'unknown', error: { kind: 'timeout' } });
  it('still accepts a pattern that is linear by construction, without asking recheck', () => {
    const asked: string[] = [];
    const j = recheckJudge((s, f, p) => (asked.push(s), timedOut(s, f, p)));
    expect(j('\\b(?:call|run)\\s[a-z_]\\w{0,20}\\.[a-z]\\w{0,20} \\((?:\\)|\\w{1,20},)')).toBeNull();
    expect(asked).toEqual([]);
  });
  it('refuses a pattern only recheck could prove safe, naming why', () => {
    expect(recheckJudge(timedOut)('\\bKB\\d+\\b')).toMatchObject({ code: 'patternUnproven', message: expect.stringMatching(/could not prove .*timeout/) });
  });
});

describe('where recheck cannot be loaded (the background service worker)', () => {
  it('accepts bounded patterns that are linear by construction', () => {
    expect(structuralJudge('INC\\d{7}')).toBeNull();
    expect(verdictJudge(new Set())('INC\\d{7}')).toBeNull();
  });

  it('accepts a pattern recheck judged safe before, and refuses one it has not seen', () => {
    expect(verdictJudge(new Set(['\\bKB\\d+\\b']))('\\bKB\\d+\\b')).toBeNull();
    expect(verdictJudge(new Set())('\\bKB\\d+\\b')).toMatchObject({ code: 'patternUnchecked', message: expect.stringMatching(/not been checked .* options page/) });
    expect(verdictJudge(new Set(['\\bKB\\d+\\b']))('(a+)+$')).toMatchObject({ message: expect.stringMatching(/not been checked/) });
  });

  it('loadPack alone (no judge given) stays strict', () => {
    const r = loadPack(pack('(a+)+$'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.path).toBe('rules[1].phrases[1].pattern');
  });
});
