// Problem codes (problems.ts): every kind of bad pack says what is wrong as a stable code with its
// parameters next to the English message, so the options page can say it in the user's language
// (components/options/problem-text.ts). The English message and the path stay as they were.
import { describe, expect, it } from 'vitest';
import { localeMessages } from '@/tests/unit/i18n';
import { loadPack, type PackProblem } from './index';
import { PROBLEM_PARAMS, problemArgs, type ProblemCode } from './problems';
import { recheckJudge, type RecheckSync } from './redos';
import { checkSync } from 'recheck';

const rule = (extra: Record<string, unknown> = {}) => ({
  id: 'avoid',
  type: 'phrase-avoid',
  level: 'warning',
  message: 'Avoid it',
  phrases: ['no problem'],
  examples: { flag: ['No problem!'], pass: ["You're welcome!"] },
  ...extra,
});
const pack = (rules: unknown[] = [rule()], extra: Record<string, unknown> = {}) => ({ schema_version: 1, id: 'team', name: 'Team pack', version: '1', rules, ...extra });

/** The first problem of a refused pack: path, code and parameters (and the message, for the CLI). */
function first(input: unknown, opts: Parameters<typeof loadPack>[1] = {}): PackProblem {
  const r = loadPack(input, opts);
  if (r.ok) throw new Error('the pack was accepted');
  return r.errors[0]!;
}
const codeOf = (p: PackProblem) => ({ path: p.path, code: p.code, params: p.params });

describe('every problem code has words in every language', () => {
  const en = localeMessages('en');
  const de = localeMessages('de');
  const placeholders = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort();

  it.each(Object.entries(PROBLEM_PARAMS))('%s: English and German, with one placeholder per parameter', (code, params) => {
    const key = `packProblem_${code}`;
    const expected = params.map((_, i) => `$${i + 1}`);
    expect(en[key]?.message, `en ${code}`).toBeTruthy();
    expect(de[key]?.message, `de ${code}`).toBeTruthy();
    expect(placeholders(en[key]!.message)).toEqual(expected);
    expect(placeholders(de[key]!.message)).toEqual(expected);
    expect(de[key]!.message).not.toBe(en[key]!.message);
  });

  it('no message is left without a code, and no code without a message', () => {
    const keys = Object.keys(en).filter((k) => k.startsWith('packProblem_') && !/^packProblem_(at|atLine|more)$/.test(k));
    expect(keys.map((k) => k.slice('packProblem_'.length)).sort()).toEqual(Object.keys(PROBLEM_PARAMS).sort());
  });

  it('problemArgs orders the parameters as the message numbers them, and knows no unknown code', () => {
    expect(problemArgs({ code: 'unknownWordClass', params: { phrase: 'x <y>', name: 'y' } })).toEqual(['y', 'x <y>']);
    expect(problemArgs({ code: 'nonsense' as ProblemCode, params: {} })).toBeNull();
    expect(problemArgs({})).toBeNull();
  });
});

describe('each kind of bad pack has its code and parameters', () => {
  it('text: size, encoding, YAML and JSON syntax, a key written twice', () => {
    expect(first('x'.repeat(2100 * 1024))).toMatchObject({ code: 'tooLarge', params: { limitKb: 2048, sizeKb: 2100 } });
    expect(first('id: M\uFFFDller\n')).toMatchObject({ code: 'notUtf8', line: 1, column: 6 });
    expect(first('rules: [a, b\nid: x\n')).toMatchObject({ path: '', code: 'yamlSyntax', line: expect.any(Number) });
    expect(first('rules: [within # hours]\nid: x\n').code).toBe('yamlCommentInFlow');
    expect(first('id: a\nid: b\n')).toMatchObject({ code: 'yamlDuplicateKey', line: 2 });
    // An alias whose anchor is not set before it, and an alias bomb: the line of the alias, not only the words.
    expect(first('id: x\nname: &n Team\nrules:\n  - *rule\n')).toMatchObject({ code: 'yamlSyntax', line: 4, column: 5, params: { reason: 'BAD_ALIAS' } });
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 4 }, (_, i) => `l${i}: &l${i} [${Array(30).fill(i ? `*l${i - 1}` : '*a').join(', ')}]`)].join('\n');
    expect(first(bomb)).toMatchObject({ code: 'yamlSyntax', line: 2, params: { reason: 'RESOURCE_EXHAUSTION' } });
    expect(first('{"id": "a",, }', { format: 'json' })).toMatchObject({ code: 'jsonSyntax', line: 1 });
    expect(first('{"id": "a", "id": "b"}', { format: 'json' })).toMatchObject({ path: 'id', code: 'duplicateKey', params: { key: 'id' } });
  });

  it('the pack as a whole: not a mapping, a newer schema', () => {
    expect(codeOf(first([1, 2]))).toEqual({ path: '', code: 'notAMapping', params: {} });
    expect(codeOf(first(pack(undefined, { schema_version: 99 })))).toEqual({ path: 'schema_version', code: 'schemaTooNew', params: { version: 99, supported: 1 } });
  });

  it('the schema: unknown fields (with a suggestion), rule types, required fields, types, sizes, ids, enums', () => {
    expect(codeOf(first(pack([rule({ colour: 'red' })])))).toEqual({ path: 'rules[0].colour', code: 'unknownField', params: { key: 'colour' } });
    expect(codeOf(first(pack([rule({ singal: 'x' })])))).toEqual({ path: 'rules[0].singal', code: 'unknownFieldSuggest', params: { key: 'singal', suggestion: 'signal' } });
    expect(first(pack([rule({ type: 'phrase-absent' })]))).toMatchObject({ path: 'rules[0].type', code: 'unknownRuleType' });
    expect(codeOf(first(pack([rule({ examples: undefined })])))).toEqual({ path: 'rules[0].examples', code: 'requiredExamples', params: {} });
    expect(first(pack([rule({ phrases: undefined })]))).toMatchObject({ path: 'rules[0].phrases', code: 'requiredList' });
    expect(first(pack([rule({ message: undefined })]))).toMatchObject({ path: 'rules[0].message', code: 'requiredText' });
    expect(first(pack([rule({ phrases: 'no problem' })]))).toMatchObject({ path: 'rules[0].phrases', code: 'expectedList' });
    expect(first(pack([rule({ message: '' })]))).toMatchObject({ path: 'rules[0].message', code: 'empty' });
    expect(first(pack([rule({ message: 'x'.repeat(400) })]))).toMatchObject({ path: 'rules[0].message', code: 'tooLong', params: { maximum: 300 } });
    expect(first(pack([rule({ id: 'Avoid It' })]))).toMatchObject({ path: 'rules[0].id', code: 'badId', params: {} });
    expect(first(pack([rule({ level: 'loud' })]))).toMatchObject({ path: 'rules[0].level', code: 'notOneOf', params: { values: expect.stringContaining('"warning"') } });
  });

  it('ids written twice and examples a rule gets wrong', () => {
    expect(codeOf(first(pack([rule(), rule()])))).toEqual({ path: 'rules[1].id', code: 'duplicateId', params: { id: 'avoid' } });
    expect(codeOf(first(pack([rule({ examples: { flag: ['All good.'], pass: [] } })])))).toEqual({
      path: 'rules[0].examples.flag[0]',
      code: 'exampleNotFlagged',
      params: { rule: 'avoid', example: 'All good.' },
    });
    expect(first(pack([rule({ examples: { flag: ['No problem!'], pass: ['no problem at all'] } })]))).toMatchObject({ code: 'examplePassFlagged', params: { example: 'no problem at all' } });
  });

  it('phrases: an unknown word class, an empty one, a bracket left open', () => {
    expect(codeOf(first(pack([rule({ phrases: ['we <entschuldigen> you'] })])))).toEqual({
      path: 'rules[0].phrases[0]',
      code: 'unknownWordClass',
      params: { name: 'entschuldigen', phrase: 'we <entschuldigen> you' },
    });
    expect(first(pack([rule({ phrases: ['<hollow> now'] })], { word_classes: { hollow: { words: [] } } }))).toMatchObject({ code: expect.stringMatching(/^(emptyWordClass|tooFew)$/) });
    expect(first(pack([rule({ phrases: ['(no|not a problem'] })]))).toMatchObject({ path: 'rules[0].phrases[0]', code: 'phraseMissing', params: { char: ')' } });
  });

  it('signals: unknown, built in, too many', () => {
    expect(codeOf(first(pack([rule({ signal: 'made-up' })])))).toEqual({ path: 'rules[0].signal', code: 'unknownSignal', params: { signal: 'made-up' } });
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`s${i}`, { label: 'S', points: 1 }]));
    expect(first(pack(undefined, { signals: many }))).toMatchObject({ path: 'signals', code: 'tooManySignals', params: { limit: 50, count: 51 } });
  });

  it('raw patterns: refused by recheck, or unchecked where recheck is not loaded', { timeout: 60_000 }, () => {
    const withPattern = (p: string) => pack([rule({ phrases: [{ pattern: p }], examples: { flag: ['aaa'], pass: ['b'] } })]);
    const refused = first(withPattern('(a+)+$'), { judgePattern: recheckJudge(checkSync as RecheckSync) });
    expect(refused).toMatchObject({ path: 'rules[0].phrases[0].pattern', code: expect.stringMatching(/^patternBacktracks(On)?$/), params: { pattern: '(a+)+$' } });
    expect(refused.message).toMatch(/^pattern "\(a\+\)\+\$": catastrophic backtracking/);
    expect(first(withPattern('(a+)+$'))).toMatchObject({ code: 'patternNotLinear', params: { pattern: '(a+)+$' } });
  });

  it('keeps the English message for the CLI, and a source prefix stays in the message only', () => {
    const p = first(pack([rule({ colour: 'red' })]), { source: 'team.yaml' });
    expect(p).toMatchObject({ message: 'team.yaml: unknown field "colour"', code: 'unknownField', params: { key: 'colour' } });
  });
});
