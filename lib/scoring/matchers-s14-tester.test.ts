// Session 14 (tester): the matcher tries a phrase at a token only when its anchors lie within the
// phrase's span (matchers.ts spanOf, drafts of 64 tokens or more). These phrases are matched at their
// longest — every optional part taken, every gap used up, the longest alternative, a multi-word class
// member, an address, a name, a quote — with the anchor as far from the start as it can be: in a long
// draft they must be found exactly as in a short one. A span counted too short skips them silently.
import { describe, expect, it } from 'vitest';
import { MatcherTable } from './matchers';
import { tokenize } from './tokens';
import { compileWordClasses } from './word-classes';

const classes = compileWordClasses({ desk: { words: ['the customer care help desk team', 'support'] } });

function found(phrase: string, text: string): string[] {
  const table = new MatcherTable(classes);
  table.addList([phrase]);
  const hits = table.scanAll(text, tokenize(text, 0, text.length), (w) => /^[A-Z]/.test(w));
  return hits[0]!.map((h) => text.slice(h.start, h.end));
}

/** 70 filler tokens before the words, so the draft is long enough for the within-reach check. */
const long = (words: string) => `${Array(70).fill('and').join(' ')} ${words}`;

describe('a phrase matched at its longest is found in a long draft', () => {
  it.each([
    ['optional parts and the longest alternative', '[so] [very] (sorry|really truly sorry indeed) [for] [the] wait', 'so very really truly sorry indeed for the wait'],
    ['a gap used up, then an optional multi-word part', 'sorry ... ... [about all of] wait', 'sorry one two three four five six about all of wait'],
    ['a multi-word class member before the anchor', 'ask <desk> ... today', 'ask the customer care help desk team one two three today'],
    ['an address in the middle', 'write to {email} [right] now', 'write to first.last+tag@mail.example.co.uk right now'],
    ['a name slot and a gap', 'thanks {name} ... patience', 'thanks Priya for your patience'],
  ])('%s', (_, phrase, words) => {
    expect(found(phrase, words)).toEqual([words]);
    expect(found(phrase, long(words))).toEqual([words]);
  });
});
