// One definition of a word for the scorer and the panel.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { analyse } from './text';
import { countWords, splitSentences } from './words';

describe('countWords', () => {
  it.each([
    ['Please follow-up by e-mail.', 4],
    ["I'll check, don't worry.", 4],
    ['Hi 👋 — it’s fixed!', 3],
    ['Version 3.5 is out', 4],
    ['I will call you at 3pm.', 6],
    ['', 0],
    ['O’Brien re-enabled the VPN', 4],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it('gives the scorer the same count for the agent’s own words', () => {
    expect(analyse('Please follow-up by e-mail.').words).toBe(4);
  });

  it('makes a two-word reply terse, and a hyphenated four-word one not', () => {
    const scorer = createScorer();
    expect(scorer.score('Done, thanks.').signals.terse).toBe(true);
    expect(scorer.score('Re-sent the e-mail.').signals.terse).toBe(false);
  });
});

describe('splitSentences', () => {
  it('splits at . ! ? and line breaks, not inside numbers', () => {
    const text = 'Version 3.5 works. Does it?\nYes';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Version 3.5 works.', 'Does it?', 'Yes']);
  });
});
