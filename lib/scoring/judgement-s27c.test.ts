// Session 27 (judge-c): work on someone else's case gives this customer no time (expectation, X1); a promise to read
// the customer's material is a promise (commitments; "read" is no thought, actions.ts); a version number does not cut
// a phrase's gap. Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

signalCases(
  "work on someone else's case gives this customer no time (X1)",
  'expectation',
  ["I'm processing your refund right now.", "I'll reset your password now.", "I'm helping another customer right now, but I'll process your refund today."],
  [
    "I'm helping another customer right now.",
    "I'm handling another case right now.",
    "I'm currently assisting another customer right now.",
    'Right now I am helping another customer, so please bear with me.',
    "I'm assisting other customers today, sorry for the wait.",
    "I'm on another ticket at the moment, but right now I can't look at yours.",
  ],
);

describe('commitments: a promise to read is a promise', () => {
  const scorer = createScorer();
  const at = { writtenAt: '2026-12-04T10:00:00Z', timeZone: 'UTC' };
  it.each(["I'll read your logs tonight and reply tomorrow.", "I'll read them by Friday."])('finds one in %j', (t) => {
    expect(scorer.score(t, at).commitments ?? []).toHaveLength(1);
  });
  it("a thought is still none: \"I'll know more by Friday\"", () => {
    expect(scorer.score("I'll know more by Friday.", at).commitments).toEqual([]);
  });
});

// A point, comma or colon between digits ("6.17", "2.4.1", "1,000") ends no clause: a phrase's gap reads through a
// version number as through a word (matchers.ts), so a step named by its version is still a step to check (C1).
signalCases(
  'a version number inside the step does not cut the check short (C1)',
  'confirm-resolution',
  ['Please try 6.17-rc to see if it improves.', 'Could you try 2.4.1 to see whether the drops go away?'],
  ['Version 6.17 is out. See the notes for details.'],
);
