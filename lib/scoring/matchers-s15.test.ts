import { describe, expect, it } from 'vitest';
import { MatcherTable } from './matchers';
import { requiredChars } from './regex-guard';
import { tokenize } from './tokens';

describe('requiredChars: the characters every match of a pattern holds (session 15)', () => {
  it('finds a mandatory escaped punctuation character outside groups and classes', () => {
    expect(requiredChars('\\b[a-z_][a-z0-9_]{0,20}\\.[a-z][a-z0-9_]{0,20}\\(')).toBe('.(');
    expect(requiredChars('\\b[a-z_][a-z0-9_]{2,20}\\(\\)')).toBe('()');
    expect(requiredChars('\\$\\d+')).toBe('$');
  });

  it('says nothing when unsure: optional, inside a group or class, or a top-level alternation', () => {
    expect(requiredChars('foo\\(?bar')).toBeNull();
    expect(requiredChars('foo\\(*')).toBeNull();
    expect(requiredChars('foo\\({0,2}')).toBeNull();
    expect(requiredChars('foo(?:\\(|x)')).toBeNull();
    expect(requiredChars('[\\(x]foo')).toBeNull();
    expect(requiredChars('a\\(|b')).toBeNull();
    expect(requiredChars('\\bcome on\\s{0,3}')).toBeNull();
    expect(requiredChars('\\d{1,4}\\s?mins?')).toBeNull();
  });

  it('takes a quantified character only when it must occur at least once', () => {
    expect(requiredChars('x\\({1,3}')).toBe('(');
    expect(requiredChars('x\\(+')).toBe('(');
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
