import { describe, expect, it } from 'vitest';
import { spell, toSpeech, toText } from './index';

const chars = (input: string, options = {}) => spell(input, options).groups.flat();

describe('case marking', () => {
  it('marks every letter of a mixed-case token, e.g. a temporary password', () => {
    expect(toText(spell('kB7'))).toBe('lowercase Kilo – capital Bravo – Seven');
  });

  it('leaves case unsaid when the token is all one case', () => {
    expect(toText(spell('INC'))).toBe('India – November – Charlie');
    expect(toText(spell('inc'))).toBe('India – November – Charlie');
    expect(chars('inc').some((c) => c.case !== undefined)).toBe(false);
  });

  it('marks or hides case when the caller asks', () => {
    expect(toText(spell('AB', { markCase: 'always' }))).toBe('capital Alfa – capital Bravo');
    expect(toText(spell('aB', { markCase: 'never' }))).toBe('Alfa – Bravo');
  });

  it("says the case in the alphabet's language and word order", () => {
    expect(toText(spell('aB', { alphabet: 'din5009' }))).toBe('klein Aachen – groß Berlin');
    expect(toText(spell('aB', { alphabet: 'italian' }))).toBe('Ancona minuscola – Bologna maiuscola');
  });

  it('does not mark digits or symbols', () => {
    const out = chars('aB-1');
    expect(out.filter((c) => c.case).map((c) => c.char)).toEqual(['a', 'B']);
  });
});

describe('symbols, spaces and unknown characters', () => {
  it('names the symbols of URLs, e-mail addresses and paths', () => {
    expect(chars('-_.@/\\:+#&').map((c) => [c.kind, c.words.join(' ')])).toEqual([
      ['symbol', 'dash'], ['symbol', 'underscore'], ['symbol', 'dot'], ['symbol', 'at'],
      ['symbol', 'slash'], ['symbol', 'backslash'], ['symbol', 'colon'], ['symbol', 'plus'],
      ['symbol', 'hash'], ['symbol', 'ampersand'],
    ]);
  });

  it('names symbols in German and Italian too', () => {
    expect(toText(spell('a@b.c', { alphabet: 'din5009' }))).toBe(
      'Aachen / At-Zeichen / Berlin / Punkt / Chemnitz',
    );
    expect(toText(spell('a@b', { alphabet: 'italian' }))).toBe('Ancona / chiocciola / Bologna');
  });

  it('says a space instead of skipping it', () => {
    const space = chars('a b')[1];
    expect(space).toEqual({ char: ' ', kind: 'space', words: ['space'] });
  });

  it('never drops an unknown character: it is named by code point', () => {
    expect(chars('a😀π').slice(1)).toEqual([
      { char: '😀', kind: 'other', words: ['code point', 'U+1F600'] },
      { char: 'π', kind: 'other', words: ['code point', 'U+03C0'] },
    ]);
    expect(chars('\u200B')[0]?.words).toEqual(['code point', 'U+200B']);
  });

  it('keeps one entry per input character', () => {
    const input = 'Ab3-x y.z@€';
    expect(chars(input).map((c) => c.char).join('')).toBe(input);
  });
});

describe('grouping for reading aloud', () => {
  const shape = (input: string, groupSize?: number): string[] =>
    spell(input, { groupSize }).groups.map((g) => g.map((c) => c.char).join(''));

  it('splits at symbols and between letters and digits', () => {
    expect(shape('JSM-123')).toEqual(['JSM', '-', '123']);
    expect(shape('INC0012345')).toEqual(['INC', '0012', '345']);
    expect(shape('john.doe@example.com')).toEqual(['john', '.', 'doe', '@', 'exam', 'ple', '.', 'com']);
    expect(shape('https://x.io')).toEqual(['htt', 'ps', '://', 'x', '.', 'io']);
  });

  it('keeps groups near-equal and no longer than the group size', () => {
    expect(shape('ABCDE')).toEqual(['ABC', 'DE']);
    expect(shape('123456789')).toEqual(['123', '456', '789']);
    expect(shape('ABCDEF', 3)).toEqual(['ABC', 'DEF']);
  });

  it('merges tiny letter/digit pieces so a password reads in two breaths, not six', () => {
    expect(shape('aB3xY9')).toEqual(['aB3', 'xY9']);
  });

  it('gives nothing to read for an empty string', () => {
    expect(spell('').groups).toEqual([]);
    expect(toText(spell(''))).toBe('');
    expect(toSpeech(spell(''))).toBe('');
  });
});

describe('text and speech', () => {
  it('gives a written line with groups apart', () => {
    expect(toText(spell('Kb7-x'))).toBe(
      'capital Kilo – lowercase Bravo – Seven / dash / lowercase X-ray',
    );
  });

  it('gives speech with short pauses between characters and longer ones between groups', () => {
    expect(toSpeech(spell('AB-12', { digits: 'icao' }))).toBe('Alfa, Bravo. dash. Wun, Too.');
  });
});
