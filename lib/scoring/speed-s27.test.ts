// Session 27 (speed): the default pack is compiled once per module instance and its parts are shared by
// every scorer made from it (index.ts compiledFor). What an agent sees must not move: a second default
// scorer reads every draft as a scorer compiled afresh does, in any order of drafts and scorers; a pack
// that is a changed copy of the default (same id, one rule off) is read by its own rules, not the cached
// ones; and compiling or scoring never changes the built-in pack. Every sentence here was written for
// these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import type { RulePack } from '../rule-pack/schema';
import { createScorer } from './index';

const untouched = structuredClone(DEFAULT_PACK);

const DRAFTS: { text: string; customerMessage: string; customerName?: string }[] = [
  {
    text: "Hi Marta, I'm really sorry the parcel arrived crushed. I'll send a new one today and you'll have it by Thursday. Does that work for you?",
    customerMessage: 'My parcel came completely crushed and the vase inside is in pieces!! I need it for a gift on Friday. Marta',
  },
  {
    text: 'As I already explained, the setting is right there on the first page. You just need to read it.',
    customerMessage: 'Where do I switch off the weekly emails? I looked everywhere.',
  },
  {
    text: 'The export fails because the file name has a slash in it, so rename it and try again. Let me know if it works.',
    customerMessage: 'Exporting my report gives error 17 every time, any idea?',
    customerName: 'Jonas',
  },
  {
    text: "Unfortunately we can't refund that order, it's not our policy.",
    customerMessage: 'Can I get my money back for the jacket? It does not fit.',
  },
];

/** A report with the promise times left out: they are read against the minute of the call. */
const reading = (scorer: ReturnType<typeof createScorer>, d: (typeof DRAFTS)[number]) => {
  const { commitments, ...rest } = scorer.score(d.text, { customerMessage: d.customerMessage, customerName: d.customerName });
  return { ...rest, promised: (commitments ?? []).map((c) => c.text) };
};

describe('scorers of the default pack share one compiled pack and read as a fresh compile does', () => {
  const fresh = createScorer(structuredClone(DEFAULT_PACK));
  const first = createScorer();
  const second = createScorer(DEFAULT_PACK);

  it.each(DRAFTS.map((d, i) => [i, d] as const))('draft %i reads the same from every scorer, in either order', (_i, d) => {
    const want = reading(fresh, d);
    expect(reading(first, d)).toEqual(want);
    expect(reading(second, d)).toEqual(want);
    // the other scorer again, after its twin read the same draft
    expect(reading(first, d)).toEqual(want);
  });

  it('drafts interleaved between two default scorers read as each draft alone', () => {
    const alone = DRAFTS.map((d) => reading(fresh, d));
    const mixed = [...DRAFTS.keys()].reverse().map((i) => [i, reading(i % 2 ? first : second, DRAFTS[i]!)] as const);
    for (const [i, r] of mixed) expect(r).toEqual(alone[i]);
  });
});

describe('a changed copy of the default pack is read by its own rules', () => {
  it('switching off the empathy rules in a copy (same pack id) takes empathy away from that copy only', () => {
    const text = "I'm so sorry, that must be really frustrating. I'll fix the login for you now.";
    const customerMessage = 'I cannot log in since this morning and I am locked out of everything.';
    const copy: RulePack = structuredClone(DEFAULT_PACK);
    for (const r of copy.rules) if (r.signal === 'empathy') r.enabled = false;
    expect(copy.id).toBe(DEFAULT_PACK.id);
    expect(createScorer().score(text, { customerMessage }).signals.empathy).toBe(true);
    expect(createScorer(copy).score(text, { customerMessage }).signals.empathy).toBe(false);
    expect(createScorer().score(text, { customerMessage }).signals.empathy).toBe(true);
  });
});

describe('the built-in pack is never changed by compiling or scoring it', () => {
  it('is deeply equal to its copy taken before any scorer was made', () => {
    const s = createScorer();
    for (const d of DRAFTS) s.score(d.text, { customerMessage: d.customerMessage });
    expect(DEFAULT_PACK).toEqual(untouched);
  });
});
