import { describe, expect, it } from 'vitest';
import { MatcherTable } from './matchers';
import { tokenize } from './tokens';
import { compileWordClasses } from './word-classes';

/** Scans `text` for `phrases` with a fresh table; a capitalised word fills any {name} slot. */
function scan(phrases: string[], text: string) {
  const table = new MatcherTable(compileWordClasses({ we: { words: ['we', 'I', 'our team'] } }));
  table.addList(phrases);
  const hits = table.scanAll(text, tokenize(text, 0, text.length), (w) => /^[A-Z]/.test(w));
  return { hits, table };
}

describe('one-token entries (checked at their token, no attempt)', () => {
  it('find a word, a set of words and a class of single words where an attempt would', () => {
    const text = 'We can help. Thanks, we will call you; our team will too.';
    const { hits } = scan(['help', '(thanks|thank)', '<we>', 'will'], text);
    const found = hits.map((list) => list.map((h) => text.slice(h.start, h.end)));
    expect(found).toEqual([['help'], ['Thanks'], ['We', 'we', 'our team'], ['will', 'will']]);
  });

  it('carry no name left over from a {name} phrase tried before them at the same word', () => {
    // "Anna said" fills {name} in the first phrase; "said" alone is tried after it at "said" and must not keep "Anna".
    const text = 'Anna said so, Bob said no';
    const { hits } = scan(['{name} said so', 'said'], text);
    expect(hits[0]!.map((h) => h.names)).toEqual([['Anna']]);
    expect(hits[1]!.map((h) => h.names)).toEqual([undefined, undefined]);
  });

  it('count as attempts, as before', () => {
    const { table } = scan(['help'], 'help me help you');
    expect(table.lastAttempts).toBe(2);
  });
});
