// Session 17 (lead): a reply written below or between quoted lines ("On … wrote:" over "> " lines, as
// mailing-list and tracker replies are) is the agent's reply; before, everything after the header was cut.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();

describe('a reply written below the quoted message', () => {
  it('scores the words under the quote (ownership, greeting, name, expectation)', () => {
    const text =
      "On Mon, 3 Mar 2025, Dana wrote:\n> The export keeps failing with a timeout.\n> Any idea?\n\nHi Dana,\n\nI'll raise the limit on our side today and let you know once it's done.";
    const s = scorer.score(text).signals;
    expect(s.ownership).toBe(true);
    expect(s.greeting).toBe(true);
    expect(s.personalization).toBe(true);
    expect(s.expectation).toBe(true);
  });

  it('scores text written between two quoted parts, and never the quoted words', () => {
    const text =
      'On Tue, Sam Lee wrote:\n> Sorry, I am so frustrated, nothing works.\n\nI have reset the token for you.\n\n> Also, can I export to CSV?\n\nYes: Reports > Export > CSV.';
    const r = scorer.score(text);
    expect(r.signals.ownership).toBe(true);
    // "Sorry" and "frustrated" are the customer's, in the quote: no apology, no empathy from them.
    expect(r.signals.apology).toBe(false);
    expect(r.signals.empathy).toBe(false);
  });

  it('still ends the reply at a header over an unquoted original (top-posting) or a "-- " signature', () => {
    const top = "I'm sorry for the wait.\n\nFrom: Dana <dana@example.com>\nI will cancel my plan if this is not fixed.";
    expect(scorer.score(top).signals.ownership).toBe(false);
    const sig = "Done.\n-- \nI will always answer within a day\n> quoted\nI will call you";
    expect(scorer.score(sig).signals.ownership).toBe(false);
  });
});
