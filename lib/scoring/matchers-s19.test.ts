import { describe, expect, it } from 'vitest';
import { MatcherTable } from './matchers';
import { tokenize } from './tokens';
import { compileWordClasses } from './word-classes';

/** Scans `text` for `phrases` with `table` (a fresh one by default); `accept` decides the {name} slots. */
function scan(phrases: string[], text: string, accept: (w: string, slot: number) => boolean, table = new MatcherTable(compileWordClasses({}))) {
  const ids = table.addList(phrases);
  const hits = table.scanAll(text, tokenize(text, 0, text.length), accept);
  return ids.map((id) => (hits[id] ?? []).map((h) => ({ text: text.slice(h.start, h.end), names: h.names })));
}

describe('name slots asked once per word and slot (session 19)', () => {
  it('give every phrase at the same capitalised word the same answer, with the name on each hit', () => {
    const asked: string[] = [];
    const accept = (w: string, slot: number) => {
      asked.push(`${w}/${slot}`);
      return w === 'Dana';
    };
    const text = 'Thanks Dana! Thanks Sam!';
    const found = scan(['thanks {given} !', '{given} !', 'thanks {name}'], text, accept);
    expect(found[0]).toEqual([{ text: 'Thanks Dana!', names: ['Dana'] }]);
    expect(found[1]).toEqual([{ text: 'Dana!', names: ['Dana'] }]);
    expect(found[2]).toEqual([{ text: 'Thanks Dana', names: ['Dana'] }]);
    // Each word is put to each kind of slot once, however many phrases try it.
    expect(asked.filter((a) => a === 'Dana/2')).toHaveLength(1);
    expect(asked.filter((a) => a === 'Sam/2')).toHaveLength(1);
  });

  it('forget the answers of one draft in the next, where the same place holds another word', () => {
    const table = new MatcherTable(compileWordClasses({}));
    const accept = (w: string) => w === 'Dana';
    expect(scan(['hi {name}'], 'Hi Sam, hello', accept, table)[0]).toEqual([]);
    expect(scan(['hi {name}'], 'Hi Dana, hello', accept, table)[0]).toEqual([{ text: 'Hi Dana', names: ['Dana'] }]);
    // A longer draft than any before it, and a shorter one after it.
    const long = 'Hi Dana. '.repeat(40);
    expect(scan(['hi {name}'], long, accept, table)[0]).toHaveLength(40);
    expect(scan(['hi {name}'], 'Hi Sam', accept, table)[0]).toEqual([]);
  });
});

describe('phrases added after a scan (the learned layer adds its own)', () => {
  it('are found in the next scan with their anchors, as the earlier ones still are', () => {
    const table = new MatcherTable(compileWordClasses({}));
    const text = 'We will refund the order today, and the refund will reach you by Friday.';
    const none = () => false;
    expect(scan(['refund ... order'], text, none, table)[0]).toEqual([{ text: 'refund the order', names: undefined }]);
    const [later, earlier] = scan(['reach you by', 'refund ... order'], text, none, table);
    expect(later).toEqual([{ text: 'reach you by', names: undefined }]);
    expect(earlier).toEqual([{ text: 'refund the order', names: undefined }]);
  });

  it('are held to their anchors within reach in a long draft: a far-off second word is no match', () => {
    const table = new MatcherTable(compileWordClasses({}));
    const filler = 'the parcel left the depot. '.repeat(20);
    const text = `Please reply ${filler} soon, and reply soon.`;
    expect(scan(['reply ... soon'], text, () => false, table)[0]).toEqual([{ text: 'reply soon', names: undefined }]);
  });
});
