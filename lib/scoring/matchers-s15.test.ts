import { describe, expect, it } from 'vitest';
import { MatcherTable } from './matchers';
import { requiredChar } from './regex-guard';
import { tokenize } from './tokens';

describe('requiredChar: a character every match of a pattern holds (session 15)', () => {
  it('finds a mandatory escaped punctuation character outside groups and classes', () => {
    expect(requiredChar('\\b[a-z_][a-z0-9_]{0,20}\\.[a-z][a-z0-9_]{0,20}\\(')).toBe('.');
    expect(requiredChar('\\b[a-z_][a-z0-9_]{2,20}\\(\\)')).toBe('(');
    expect(requiredChar('\\$\\d+')).toBe('$');
  });

  it('says nothing when unsure: optional, inside a group or class, or a top-level alternation', () => {
    expect(requiredChar('foo\\(?bar')).toBeNull();
    expect(requiredChar('foo\\(*')).toBeNull();
    expect(requiredChar('foo\\({0,2}')).toBeNull();
    expect(requiredChar('foo(?:\\(|x)')).toBeNull();
    expect(requiredChar('[\\(x]foo')).toBeNull();
    expect(requiredChar('a\\(|b')).toBeNull();
    expect(requiredChar('\\bcome on\\s{0,3}')).toBeNull();
    expect(requiredChar('\\d{1,4}\\s?mins?')).toBeNull();
  });

  it('takes a quantified character only when it must occur at least once', () => {
    expect(requiredChar('x\\({1,3}')).toBe('(');
    expect(requiredChar('x\\(+')).toBe('(');
  });
});

describe('a pattern whose character is missing is not searched, and still matches where it is there', () => {
  const table = new MatcherTable();
  const [id] = table.addList([{ pattern: '\\b[a-z_][a-z0-9_]{2,20}\\(\\)' }]);
  const scan = (text: string) => table.scanAll(text, tokenize(text), () => false)[id!]!;

  it('a reply naming a function call gets the hit; one without brackets does not', () => {
    expect(scan('Please run reset_cache() and try again.').map((h) => [h.start, h.end])).toEqual([[11, 24]]);
    expect(scan('Please run reset cache and try again.')).toEqual([]);
  });
});
