// Session 29 (speed): the customer's message is read once per ticket and that one reading is shared by
// every draft's report, frozen — no copy per keystroke, and no caller can change what the next draft reads.
// The matcher puts fewer words to the name check and tries fewer phrases, with the same hits.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { MatcherTable } from './matchers';
import { tokenize } from './tokens';
import type { ScoreContext } from './types';
import { compileWordClasses } from './word-classes';

const scorer = createScorer();
const context: ScoreContext = {
  customerMessage: 'The portal has been down since this morning and I need the invoices sent today!',
  subject: 'Portal outage',
};

describe('one frozen reading of the customer per ticket', () => {
  it('gives every draft of a ticket the same mood and situations, read once', () => {
    const first = scorer.score('Hi, I am sorry the portal is down.', context);
    const second = scorer.score('Hi, I am sorry the portal is down. I will send the invoices by noon.', context);
    expect(first.mood.hurry).toBe(true);
    expect(second.mood).toBe(first.mood);
    expect(second.situations).toBe(first.situations);
  });

  it('is frozen to its last array, so a caller cannot change what the next draft reads', () => {
    const { mood, situations } = scorer.score('Thanks for the details.', context);
    expect(Object.isFrozen(mood)).toBe(true);
    expect(Object.isFrozen(mood.evidence)).toBe(true);
    expect(Object.isFrozen(situations)).toBe(true);
    for (const s of situations ?? []) expect(Object.isFrozen(s) && Object.isFrozen(s.evidence)).toBe(true);
    expect(() => mood.evidence.push('changed')).toThrow(TypeError);
    expect(scorer.score('Thanks for the details.', context).mood.evidence).not.toContain('changed');
  });

  it('reads a new message afresh', () => {
    const calm = scorer.score('Happy to help with that.', { customerMessage: 'No rush at all, whenever you have a moment.' });
    expect(calm.mood.hurry).toBe(false);
    expect(calm.mood.upset).toBe(false);
  });
});

/** Scans `text` for `phrases` with a fresh table; `accept` decides names and is counted. */
function scan(phrases: string[], text: string, accept: (w: string) => boolean = (w) => /^[A-Z]/.test(w)) {
  const table = new MatcherTable(compileWordClasses({ fault: { words: ['broken', 'down', 'stuck'] } }));
  table.addList(phrases);
  const asked: string[] = [];
  const hits = table.scanAll(text, tokenize(text, 0, text.length), (w) => (asked.push(w), accept(w)));
  return { found: hits.map((list) => list.map((h) => text.slice(h.start, h.end))), asked, attempts: table.lastAttempts };
}

describe('phrases that open with a name', () => {
  it('put a capitalised word to the name check only where the word after it can go on the phrase', () => {
    // "{name} ," needs a comma next: "Monday" and "Thanks" (before "for", "again") are not asked about.
    const { found, asked } = scan(['{name} ,', '{name} (!|?)'], 'Thanks for waiting, Anna, the fix ships Monday. Thanks again Bea!');
    expect(found).toEqual([['Anna,'], ['Bea!']]);
    expect(asked).toEqual(['Anna', 'Bea']);
  });

  it('go on by a stem after the name as any phrase does, an optional one too', () => {
    const { found } = scan(['{name} (appreci*)? (so|very)'], 'Thanks again. Priya appreciates so much, Dan very much.');
    expect(found).toEqual([['Priya appreciates so', 'Dan very']]);
  });

  it('still try a name followed by anything when the phrase allows it', () => {
    const { found } = scan(['{name}'], 'Hello Dana');
    expect(found).toEqual([['Hello', 'Dana']]);
  });
});

describe('anchors inside an alternation', () => {
  const phrase = '(the ... <fault> | because the ... <fault>)';

  it('rule a phrase out where no option can match: no attempt at "the" without a fault word', () => {
    const { found, attempts } = scan([phrase], 'I checked the settings and the account, because the plan allows it.');
    expect(found).toEqual([[]]);
    expect(attempts).toBe(0);
  });

  it('find it as before where an option matches', () => {
    const { found } = scan([phrase], 'I checked the settings because the printer is stuck.');
    expect(found).toEqual([['because the printer is stuck']]);
  });
});
