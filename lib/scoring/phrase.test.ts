import { describe, expect, it } from 'vitest';
import { createScorer, formatFindings } from './index';
import { PhraseError, compilePhrase } from './phrase';
import { base, testPack } from './test/packs';

/** Renders what a single phrase-avoid rule finds, so each row reads like coaching output. */
function find(phrase: string, text: string): string[] {
  const scorer = createScorer(testPack([{ ...base, id: 'p', type: 'phrase-avoid', message: 'found', phrases: [phrase] }]));
  return formatFindings(text, scorer.score(text).findings).map((f) => f.replace(' p: found', ''));
}

describe('phrase syntax', () => {
  it.each([
    ['no problem', 'No problem at all', ['1:1-1:11']],
    ['no problem', 'piano problems', []],
    ["(I|we) ('ll|will) check", "We'll check. I will check. I’ll check.", ['1:1-1:12', '1:14-1:26', '1:28-1:38']],
    ['[please] send', 'Please send it, then send more', ['1:1-1:12', '1:22-1:26']],
    ['(sorry|apolog*)', 'We apologise. Sorry!', ['1:4-1:13', '1:15-1:20']],
    ['I know ... frustrating', 'I know how very frustrating it is', ['1:1-1:28']],
    ['I know ... frustrating', 'I know. Frustrating!', []],
    ['within # (hour*|day*)', 'Expect it within 48 hours.', ['1:11-1:26']],
    ['follow up', 'I will follow-up tomorrow', ['1:8-1:17']],
    ['ask in \\#', 'ask in #ubuntu, not in 2', ['1:1-1:9']],
    ['click the {quote} button', 'Click the "Save" button, not the Save button.', ['1:1-1:24']],
    ['(can not|cannot) (help)?', 'We cannot help', ['1:4-1:15']],
  ])('%s in %j', (phrase, text, expected) => {
    expect(find(phrase, text)).toEqual(expected);
  });

  it('rejects malformed phrases with a readable message', () => {
    expect(() => compilePhrase('(a|b')).toThrow(PhraseError);
    expect(() => compilePhrase('a)b')).toThrow(/unbalanced/);
    expect(() => compilePhrase('[only optional]')).toThrow(/nothing at all/);
    expect(() => compilePhrase('fr*ustrated')).toThrow(/ends a word/);
  });
});
