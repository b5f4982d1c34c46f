import { describe, expect, it } from 'vitest';
import { createScorer } from '../scoring/index';
import { CURRENT_SCHEMA_VERSION, loadPack } from './index';

const rule = (extra: Record<string, unknown> = {}) => ({
  id: 'avoid',
  type: 'phrase-avoid',
  level: 'warning',
  message: 'Avoid it',
  phrases: ['no problem'],
  examples: { flag: ['No problem!'], pass: ["You're welcome!"] },
  ...extra,
});
const pack = (rules: unknown[] = [rule()], extra: Record<string, unknown> = {}) => ({
  schema_version: 1,
  id: 'team',
  name: 'Team pack',
  version: '1',
  rules,
  ...extra,
});
const errorsOf = (input: unknown, opts = {}) => {
  const r = loadPack(input, opts);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('loadPack', () => {
  it('loads YAML with a BOM and applies defaults', () => {
    const yaml = '\uFEFFschema_version: 1\nid: team\nname: Team\nversion: "1"\nrules:\n  - id: avoid\n    type: phrase-avoid\n    level: warning\n    message: Avoid\n    phrases: [no problem]\n    examples: {flag: [No problem!]}\n';
    const r = loadPack(yaml);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.pack.rules[0]).toMatchObject({ enabled: true, scope: 'text' });
      expect(createScorer(r.pack).score('No problem!').signals).toMatchObject({});
    }
  });

  it('names unknown fields by path', () => {
    expect(errorsOf(pack([rule({ colour: ['x'] })]))).toEqual(['rules[0].colour: unknown field "colour"']);
    expect(errorsOf({ ...pack(), colour: 'red' })).toEqual(['colour: unknown field "colour"']);
  });

  it('refuses a pack from a newer Rapport', () => {
    const errs = errorsOf({ ...pack(), schema_version: CURRENT_SCHEMA_VERSION + 1 });
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^schema_version: .*update Rapport/);
  });

  it('runs every example: a missed flag or a flagged pass is an error at its path', () => {
    expect(errorsOf(pack([rule({ examples: { flag: ['All good here.'], pass: ['No problem.'] } })]))).toEqual([
      'rules[0].examples.flag[0]: rule "avoid" does not flag its example "All good here."',
      'rules[0].examples.pass[0]: rule "avoid" flags its pass example "No problem."',
    ]);
  });

  it('reports bad phrases and bad rule types with their paths', () => {
    expect(errorsOf(pack([rule({ phrases: ['fine', '(broken'] })]))[0]).toMatch(/^rules\[0\]\.phrases\[1\]: missing "\)"/);
    expect(errorsOf(pack([rule({ type: 'spelling' })]))[0]).toMatch(/^rules\[0\]\.type: unknown rule type/);
    expect(errorsOf(pack([rule(), rule()]))).toEqual(['rules[1].id: duplicate rule id "avoid"']);
  });

  it('reports YAML syntax errors, JSON errors and a non-mapping without throwing', () => {
    expect(errorsOf('rules: [unclosed')[0]).toMatch(/^: YAML/);
    expect(errorsOf('{"a":', { format: 'json' })[0]).toMatch(/not valid JSON/);
    expect(errorsOf('- just\n- a list')[0]).toMatch(/a rule pack is a mapping/);
    expect(errorsOf(null)).toHaveLength(1);
  });

  it('bounds alias expansion and size', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => {
      const prev = i === 0 ? 'a' : `l${i - 1}`;
      return `l${i}: &l${i} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
    })].join('\n');
    expect(errorsOf(bomb).length).toBeGreaterThan(0);
    expect(errorsOf('#'.repeat(2100 * 1024))[0]).toMatch(/larger than 2048 KB/);
  });

  it('prefixes messages with the source', () => {
    expect(errorsOf({ ...pack(), colour: 1 }, { source: 'team.yaml' })[0]).toBe('colour: team.yaml: unknown field "colour"');
  });
});

describe('raw patterns are checked so a pack cannot hang the page', () => {
  const adversarial = ['(a+)+$', '\\p{L}*\\p{L}*!', '(a|aa)*b', '(\\w+\\s?)*x', '(.*a){12}', '(a{1,20}){1,20}', '(x+x+)+y', '(a)\\1', '(?<=a)b', '.*.*.*z'];
  it.each(adversarial)('%s is refused at load', (pattern) => {
    const errs = errorsOf(pack([rule({ phrases: [{ pattern }], examples: { flag: [], pass: [] } })]));
    expect(errs[0]).toMatch(/^rules\[0\]\.phrases\[0\]\.pattern: /);
  });

  it('a safe bounded pattern loads, and a 50 KB draft scores', () => {
    const r = loadPack(pack([rule({ phrases: [{ pattern: 'ticket #?\\d{3,8}' }], examples: { flag: ['See ticket #12345'], pass: ['See the ticket'] } })]));
    expect(r.ok).toBe(true);
    if (r.ok) {
      const text = 'a'.repeat(25_000) + ' ticket 1234 ' + 'aaaa aaaa '.repeat(2500);
      expect(createScorer(r.pack).score(text).findings).toHaveLength(1);
    }
  });
});

describe('every error is one line, so a CLI report keeps one error per line', () => {
  it('a JSON syntax error with a NaN literal', () => {
    const r = loadPack('{"schema_version": 1, "weights": {"empathy": NaN}}', { format: 'json' });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const e of r.errors) expect(e.message).not.toMatch(/[\r\n]/);
  });

  it('a failing example quoted with its line breaks', () => {
    const errs = errorsOf(pack([rule({ examples: { flag: ['first line\nsecond line'], pass: [] } })]));
    expect(errs.length).toBeGreaterThan(0);
    for (const e of errs) expect(e).not.toMatch(/[\r\n]/);
  });
});

describe('signals a pack declares', () => {
  const kb = (extra: Record<string, unknown> = {}) =>
    rule({ id: 'kb', type: 'phrase-present', signal: 'kb-link', phrases: [{ pattern: '\\bKB\\d{7}\\b' }], examples: { flag: ['See KB0012345.'], pass: ['See the article.'] }, ...extra });
  const declared = { signals: { 'kb-link': { label: 'Links a KB article', points: 6 } } };
  const warningsOf = (input: unknown) => {
    const r = loadPack(input);
    return r.ok ? r.warnings.map((e) => `${e.path}: ${e.message}`) : r.errors.map((e) => `refused: ${e.path}: ${e.message}`);
  };
  const conditional = (extra: Record<string, unknown>) => {
    const { phrases: _phrases, ...r } = rule({ id: 'cite', type: 'conditional', when: ['known issue'], ...extra });
    return r;
  };

  it('loads a rule, a weight and a require_signal naming a declared signal', () => {
    const cond = conditional({ require_signal: 'kb-link', examples: { flag: ['A known issue.'], pass: ['A known issue, see KB0012345.'] } });
    expect(errorsOf(pack([kb(), cond], { ...declared, weights: { 'kb-link': 10 } }))).toEqual([]);
  });

  it('refuses a rule or require_signal naming a signal nobody declared, by path', () => {
    const [err] = errorsOf(pack([kb()]));
    expect(err).toMatch(/^rules\[0\]\.signal: unknown signal "kb-link": declare it under signals/);
    const cond = conditional({ require_signal: 'kb-lnk', examples: { flag: [], pass: [] } });
    expect(errorsOf(pack([cond]))[0]).toMatch(/^rules\[0\]\.require_signal: unknown signal "kb-lnk"/);
    const q = rule({ id: 'ask', type: 'question', signal: 'closing-question', asked_signal: 'kb-lnk', examples: { flag: [], pass: [] } });
    expect(errorsOf(pack([q]))[0]).toMatch(/^rules\[0\]\.asked_signal: unknown signal "kb-lnk"/);
  });

  it('refuses a weight for an unknown signal, but only warns in an overlay (a pack below may declare it)', () => {
    expect(errorsOf(pack([], { weights: { 'kb-link': 10 } }))[0]).toMatch(/^weights\.kb-link: unknown signal/);
    expect(warningsOf(pack([], { extends: 'default', weights: { 'kb-link': 10 } }))[0]).toMatch(/^weights\.kb-link: unknown signal "kb-link".*counts only if a pack below declares it/);
  });

  it('checks the signals of signal_when as those of weights, weights first', () => {
    const both = { weights: { 'kb-link': 10 }, signal_when: { 'kb-lnk': { moods: ['upset'] } } };
    expect(errorsOf(pack([], both))).toEqual([expect.stringMatching(/^weights\.kb-link: unknown signal "kb-link"/), expect.stringMatching(/^signal_when\.kb-lnk: unknown signal "kb-lnk"/)]);
    const overlay = warningsOf(pack([], { extends: 'default', ...both })).filter((w) => w.includes('unknown signal'));
    expect(overlay).toEqual([
      expect.stringMatching(/^weights\.kb-link: unknown signal "kb-link".*counts only if a pack below declares it/),
      expect.stringMatching(/^signal_when\.kb-lnk: unknown signal "kb-lnk".*counts only if a pack below declares it/),
    ]);
    expect(errorsOf(pack([], { signal_when: { empathy: { moods: ['upset'] } } }))).toEqual([]);
  });

  it('refuses redeclaring a built-in signal, and a declaration without points', () => {
    expect(errorsOf(pack([], { signals: { empathy: { label: 'Feelings', points: 3 } } }))).toEqual([
      'signals.empathy: "empathy" is built in: set its points under weights instead',
    ]);
    expect(errorsOf(pack([], { signals: { 'kb-link': { label: 'KB' } } }))[0]).toMatch(/^signals\.kb-link\.points: /);
  });

  it('warns about a rule that can never change anything', () => {
    expect(warningsOf(pack([kb({ signal: undefined })]))).toEqual([
      'rules[0]: rule "kb" shows no finding and names no signal, so it can never change anything: give it a signal with points',
    ]);
    expect(warningsOf(pack([kb()], { signals: { 'kb-link': { label: 'KB', points: 0 } } }))[0]).toMatch(/^rules\[0\]\.signal: signal "kb-link" is worth 0 points/);
    expect(warningsOf(pack([kb()], declared))).toEqual([]);
  });

  it('warns for every rule type that cannot change anything, and not for those that show findings', () => {
    const ask = rule({ id: 'ask', type: 'question', phrases: ['anything else'], examples: { flag: ['Anything else I can do?'], pass: [] } });
    expect(warningsOf(pack([ask]))).toEqual(['rules[0]: rule "ask" shows no finding and names no signal, so it can never change anything: give it a signal with points']);
    const length = { id: 'length', type: 'metric', level: 'warning', message: 'Too long', measure: 'words', examples: { flag: [], pass: [] } };
    expect(warningsOf(pack([length]))).toEqual(['rules[0]: rule "length" has neither min nor max, so it never fires: give it one']);
    const avoid = rule({ id: 'avoid', type: 'phrase-avoid', phrases: ['no worries'], examples: { flag: ['No worries.'], pass: [] } });
    const cond = { id: 'cond', type: 'conditional', level: 'warning', message: 'Say when', when: ['escalated'], require: ['by'], examples: { flag: ['I escalated it.'], pass: [] } };
    expect(warningsOf(pack([avoid, cond, { ...length, id: 'short', min: 3 }]))).toEqual([]);
  });
});

describe('problems a team lead can act on', () => {
  const yaml = (body: string) => `schema_version: 1\nid: team\nname: Team\nversion: "1"\n${body}`;
  const problems = (input: string, format?: 'yaml' | 'json') => {
    const r = loadPack(input, { format });
    return r.ok ? [] : r.errors;
  };

  it('a YAML syntax error names its line and column', () => {
    const [e] = problems(yaml('rules:\n  - id: kb\n    phrases: ["\\d"]\n'));
    expect(e).toMatchObject({ path: '', line: 7, column: 16 });
    expect(e!.message).toMatch(/^YAML: .*escape/i);
  });

  it('a JSON syntax error names its line and column', () => {
    const [e] = problems('{\n  "schema_version": 1,\n  "id": "x",,\n}', 'json');
    expect(e).toMatchObject({ line: 3, column: expect.any(Number) });
  });

  it('schema problems are placed at the line of their path', () => {
    const [e] = problems(yaml('rules:\n  - id: avoid\n    type: phrase-avoid\n    level: loud\n    message: m\n    phrases: [x]\n'));
    expect(e).toMatchObject({ path: 'rules[0].level', line: 8, column: 12 });
  });

  it('a missing field says "required"', () => {
    expect(errorsOf({ schema_version: 1, id: 'x', version: '1', rules: [] })).toEqual(['name: required (a string)']);
    expect(errorsOf(pack([{ ...rule(), message: undefined }]))).toEqual(['rules[0].message: required (a string)']);
  });

  it('an unknown key suggests the nearest known one, for the rule type at hand', () => {
    expect(errorsOf(pack([rule({ singal: 'gratitude' })]))).toEqual(['rules[0].singal: unknown field "singal"; did you mean "signal"?']);
    expect(errorsOf(pack([rule({ rewrite: ['x'] })]))).toEqual(['rules[0].rewrite: unknown field "rewrite"; did you mean "rewrites"?']);
    expect(errorsOf({ ...pack(), wieghts: {} })).toEqual(['wieghts: unknown field "wieghts"; did you mean "weights"?']);
    expect(errorsOf({ ...pack(), colour: 'red' })).toEqual(['colour: unknown field "colour"']);
  });
});
