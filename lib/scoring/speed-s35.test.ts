// Session 35 (speed): supportPathsIn reads only the lines that hold a path separator (negative-place.ts pathMatches); its
// answers, spans included, are those of a search of the whole draft. No ruling changes (corpus-extra README, S34 judge-c:
// an in-app menu path through the support channel). Sentences written for these tests, not taken from any corpus row.
import { describe, expect, it } from 'vitest';
import { supportPathsIn } from './negative-place';

describe('supportPathsIn over a draft of many lines', () => {
  const paths = (t: string): string[] => supportPathsIn(t).map((p) => t.slice(p.start, p.end));

  it('gives spans in the whole draft for paths on later lines', () => {
    const draft = 'Hello Dana,\n\nThanks for the screenshots - they help.\nIn the app, open Menu > Help & Support and tap the chat icon.\r\nAccount -> Contact Us works too.\nBest,\nLee';
    expect(paths(draft)).toEqual(['Menu > Help & Support', 'Account -> Contact Us']);
  });

  it('reads a path at the start of a line as at the start of the draft', () => {
    expect(paths('First line.\nSettings > Support')).toEqual(['Settings > Support']);
    expect(paths('Settings > Support')).toEqual(['Settings > Support']);
  });

  it('finds no path that would run across a line break', () => {
    expect(paths('Please open Settings\n> Support')).toEqual([]);
  });
});
