// Session 32 (judge-b), negative language. Sentences written for these tests (never corpus rows).
//   1. A "/" or "." inside a word ("BIOS/FW", "setup.exe", "the .msp file") is no clause break: a phrase's "..." gap reads
//      through it and counts the joined word once (matchers.ts `inWord`). The tokens stay apart, so a phrase can still
//      name a part ("example.com/contact" is "com" "/" "contact"); a full stop before a space, "24/7" and a run-on
//      sentence ("thanks.please") still stop a gap.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { MatcherTable } from './matchers';
import { tokenize } from './tokens';
import { compileWordClasses } from './word-classes';

const scorer = createScorer();
const negative = (text: string, customerMessage?: string) =>
  scorer.score(text, customerMessage ? { customerMessage } : {}).signals['negative-language'] === true;
/** The words of the negative-language findings, with the rule that found them. */
const found = (text: string) =>
  scorer
    .score(text)
    .findings.filter((f) => f.ruleId.startsWith('negative-'))
    .map((f) => `${f.ruleId}: ${text.slice(f.span.start, f.span.end)}`);

/** The spans one phrase matches in `text`, as the text they cover. */
function matches(phrase: string, text: string): string[] {
  const table = new MatcherTable(compileWordClasses({}));
  table.addList([phrase]);
  return table.scanAll(text, tokenize(text, 0, text.length), () => false)[0]!.map((h) => text.slice(h.start, h.end));
}

describe('a gap reads through a slash or a point inside a word', () => {
  it.each([
    ['no ... sadly', 'There is no newer BIOS/FW sadly', 'no newer BIOS/FW sadly'],
    ['no ... sadly', 'There is no newer setup.exe sadly', 'no newer setup.exe sadly'],
    ['no ... sadly', 'There is no signed .msp patch sadly', 'no signed .msp patch sadly'],
    // The joined word counts once: "new BIOS/FW image" is three words of the gap's three.
    ['no ... sadly', 'There is no new BIOS/FW image sadly', 'no new BIOS/FW image sadly'],
  ])('%s in %j', (phrase, text, match) => {
    expect(matches(phrase, text)).toEqual([match]);
  });

  it.each([
    ['no ... sadly', 'There is no fix. Sadly'],
    ['no ... sadly', 'There is no fix/ sadly'],
    ['no ... sadly', 'There is no 24/7 line sadly'],
    ['no ... sadly', 'There is no fix yet.sadly'],
  ])('still a break: %s in %j', (phrase, text) => {
    expect(matches(phrase, text)).toEqual([]);
  });

  it('the tokens stay apart: a phrase still names a part of a web address', () => {
    expect(matches('com / contact', 'Write to example.com/contact today')).toEqual(['com/contact']);
  });

  it('a limit softened by a regret reads through a component named with a slash', () => {
    expect(found("There isn't anything in the BIOS/FW to change it, I'm afraid.")).toEqual([
      "negative-rejection: There isn't anything in the BIOS/FW to change",
    ]);
    expect(negative("We don't ship a .msp installer for that, I'm afraid.")).toBe(true);
  });
});
