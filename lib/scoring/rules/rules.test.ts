// One table per rule type: a tiny pack, a draft, and the findings as the agent would read them.
import { describe, expect, it } from 'vitest';
import { createScorer, formatFindings } from '../index';
import { base, testPack } from '../test/packs';

function run(rule: Record<string, unknown>, text: string, context = {}) {
  const scorer = createScorer(testPack([{ ...base, id: 'r', ...rule }]));
  const report = scorer.score(text, context);
  return { lines: formatFindings(text, report.findings), report };
}

describe('phrase-avoid', () => {
  const rule = {
    type: 'phrase-avoid',
    signal: 'no-problem',
    message: 'Use "You\'re welcome" instead of "{actual}"',
    rewrites: ["you're welcome"],
    phrases: ['(no|not a) (problem|worries)'],
    except: ['no problem (with|on)'],
  };
  it.each([
    ['Thanks!\nNo problem, Dana!', ['2:1-2:11 r: Use "You\'re welcome" instead of "No problem"']],
    ["It's not a problem at all.", ['1:6-1:19 r: Use "You\'re welcome" instead of "not a problem"']],
    ['We see no problem with your account.', []],
  ])('%j', (text, expected) => {
    expect(run(rule, text).lines).toEqual(expected);
  });

  it('offers rewrites in the case of the words they replace', () => {
    const { report } = run(rule, 'No worries!');
    expect(report.findings[0]).toMatchObject({ actual: 'No worries', expected: ["You're welcome"] });
    expect(report.signals['no-problem']).toBe(true);
  });
});

describe('phrase-present', () => {
  const rule = { type: 'phrase-present', signal: 'empathy', phrases: ['I understand'], skip_negated: true };
  it.each([
    ['I understand how annoying this is.', true],
    ["I don't understand the error.", false],
    ['I do not really understand it.', false],
    ['No, I understand now.', true],
  ])('%j → %s', (text, present) => {
    expect(run(rule, text).report.signals.empathy).toBe(present);
  });

  it('with: counts a match only when the other phrase shares its sentence', () => {
    const timed = { type: 'phrase-present', signal: 'expectation', phrases: ['today'], with: ["I('ll| will)"] };
    expect(run(timed, "I'll call you today.").report.signals.expectation).toBe(true);
    expect(run(timed, "I'll call you. Have a good day today.").report.signals.expectation).toBe(false);
  });
});

describe('question', () => {
  const rule = { type: 'question', signal: 'closing-question', phrases: ['anything else (I|we) can'] };
  it.each([
    ['Is there anything else I can help with?', true],
    ['Anything else we can do for you? 😊', true],
    ['Let me know if there is anything else I can do.', false],
  ])('%j → %s', (text, present) => {
    expect(run(rule, text).report.signals['closing-question']).toBe(present);
  });
});

describe('question with asked_signal', () => {
  // The check rule comes after the question in the pack: the question still reads it (it runs late).
  const rules = [
    { ...base, id: 'ask', type: 'question', signal: 'closing-question', phrases: ['anything else (I|we) can'], asked_signal: 'confirm-resolution' },
    { ...base, id: 'check', type: 'phrase-present', signal: 'confirm-resolution', phrases: ['(see|tell me) if (it|that) works'] },
  ];
  it.each([
    ['Could you restart it and tell me if it works?', true],
    ['Restart it and tell me if it works.', false],
    ['Anything else I can do?', true],
    ['Restart it.', false],
  ])('%j → %s', (text, asked) => {
    expect(createScorer(testPack(rules)).score(text).signals['closing-question']).toBe(asked);
  });
});

describe('conditional', () => {
  const rules = [
    { ...base, id: 'when', type: 'phrase-present', signal: 'expectation', phrases: ['by # pm'] },
    {
      ...base,
      id: 'open',
      type: 'conditional',
      message: 'Say when they will hear back.',
      when: ["I'm looking into"],
      require_signal: 'expectation',
    },
  ];
  it.each([
    ["I'm looking into it.", ['1:1-1:17 open: Say when they will hear back.']],
    ["I'm looking into it and will reply by 3 pm.", []],
    ['Your laptop is fixed.', []],
  ])('%j', (text, expected) => {
    const scorer = createScorer(testPack(rules));
    expect(formatFindings(text, scorer.score(text).findings)).toEqual(expected);
  });
});

describe('metric', () => {
  it.each([
    ['Done.', ['1:1-1:6 r: Too short']],
    ['Done: I reset it.', []],
  ])('words %j', (text, expected) => {
    expect(run({ type: 'metric', signal: 'terse', measure: 'words', min: 3, message: 'Too short' }, text).lines).toEqual(expected);
  });

  it('flags each sentence over the limit', () => {
    const rule = { type: 'metric', measure: 'sentence-words', max: 4, message: 'Long' };
    expect(run(rule, 'One two three. One two three four five six.\nOk.').lines).toEqual(['1:16-1:44 r: Long']);
  });
});
