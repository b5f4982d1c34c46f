// Session 33 (judge-b), negative language. Sentences written for these tests (never corpus rows).
//   1. The prefix "e-" joins its word ("e-mail", "E-Mail", "e-receipt"): one token, norm "email", so a phrase that says
//      "email" reads the hyphenated spelling too (tokens.ts ePrefixAt). Other one-letter words before a hyphen stay split.
//   2. A limit said with "nothing" is the same limit as "there isn't anything" (R-D3: no way to do what was asked):
//      "There's nothing in the settings to turn that off". Nothing to do on the customer's side is reassurance.
//   3. The report rejected as another component's bug, flat or hedged (corpus-extra R-K1: "This is not a bug"): "This is
//      not a Firefox bug", "It doesn't seem to be a Firefox bug". A kind of fault ("not a known bug"), how bad it is
//      ("not a big problem") and the plain "not a problem" stay clear. The flat form with "problem" or "issue" ("not an
//      ext4 problem") was tried and dropped: one more false alarm kept aside, no row gained.
//   4. A redirect and a second limit in one reply are two findings, each on its own words (RULINGS N1: both are
//      negative language; the agent rewrites each where it stands).
//   5. A redirect verb in the past ("Have you emailed the seller yet?") asks what the customer did; it sends nobody.
//   6. The most we can do, said as a superlative or "only" head with our ability ("that's the best we can offer", "all
//      I can do is…"), is a limit; doing "the best we can" is effort pledged. A hedge before "I have time" ("more
//      debugging than I'm afraid I have time to do") keeps the limit.
//   7. Review (fix-neg): nothing the customer needs to do ("There's nothing that you need to do", "nothing we need you to
//      do", "nothing else you have to change", "nothing on your end to fix") is reassurance, not a limit (N1); a limit is
//      what the customer wants and cannot have. The "nothing … to turn that off" limit is found by negative-limit (say
//      what the customer can do), not negative-rejection, whose message is about closing the report.
//   8. Review (fix-neg): "This is the best we can offer you, and I think it's a great deal!" stays a limit: the praise
//      after it does not change that "the best we can offer" caps what the customer asked for; N1's positively worded
//      availability says what the customer can have, not that nothing more is possible.
import { describe, expect, it } from 'vitest';
import { findingsOf, shows } from './test/signal-cases';
import { tokenize } from './tokens';

const negative = (text: string, customerMessage?: string) => shows('negative-language', text, customerMessage);
/** The words of the negative-language findings, with the rule that found them. */
const found = (text: string) => findingsOf('negative-', text);
const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe('the prefix "e-" joins its word', () => {
  it.each([
    ['Send an e-mail today', ['send', 'an', 'email', 'today']],
    ['Your E-Mail address', ['your', 'email', 'address']],
    ['the e-receipt', ['the', 'ereceipt']],
  ])('%j', (text, expected) => {
    expect(norms(text)).toEqual(expected);
  });

  it('keeps its span over the hyphen', () => {
    const [t] = tokenize('e-mail');
    expect(t).toMatchObject({ start: 0, end: 6, norm: 'email' });
  });

  it.each([
    ['T-Mobile', ['t', 'mobile']],
    ['an X-ray', ['an', 'x', 'ray']],
    ['plan e - then f', ['plan', 'e', 'then', 'f']],
    ['follow-up', ['follow', 'up']],
  ])('other hyphens still split: %j', (text, expected) => {
    expect(norms(text)).toEqual(expected);
  });

  it('a redirect to the e-mail form reads as one to the email form', () => {
    expect(negative('Please use the e-mail form instead.')).toBe(true);
    expect(negative('Please use the email form instead.')).toBe(true);
    expect(found('Please use the e-mail form instead.')).toEqual(['negative-language: e-mail form']);
  });
});

describe('a limit said with "nothing"', () => {
  it('there is nothing in a place to do what was asked', () => {
    expect(found("There's nothing in the settings to turn that off.")).toEqual([
      "negative-limit: There's nothing in the settings to turn",
    ]);
    expect(negative('There is nothing in the menu to hide the toolbar, sadly.')).toBe(true);
  });

  it.each([
    "There's nothing on your side to change, the refund is on its way.",
    "There's nothing to worry about.",
    'There is nothing in the logs that points to a fault.',
  ])('reassurance and findings stay clear: %j', (reply) => {
    expect(negative(reply)).toBe(false);
  });

  it.each([
    "There's nothing on your end to fix.",
    "There's nothing that you need to do.",
    "There's nothing we need you to do.",
    "There's nothing else you have to change.",
    "There isn't anything on your side you need to change.",
  ])('nothing for the customer to do is reassurance: %j', (reply) => {
    expect(negative(reply)).toBe(false);
  });

  it.each([
    ["There's nothing in your settings to turn that off.", "negative-limit: There's nothing in your settings to turn"],
    ["There isn't anything in the app to hide the banner.", "negative-limit: There isn't anything in the app to hide"],
  ])('a limit in the customer\'s own settings stays a limit: %j', (reply, finding) => {
    expect(found(reply)).toEqual([finding]);
  });
});

describe("the report rejected as another component's (R-K1)", () => {
  it.each([
    ["It doesn't seem to be a Firefox bug.", "negative-rejection: It doesn't seem to be a Firefox bug"],
    ['This is not a Firefox bug.', 'negative-rejection: This is not a Firefox bug'],
    ["That's not an ext4 bug, it's in the block layer.", "negative-rejection: That's not an ext4 bug"],
    ["It isn't really a driver regression.", "negative-rejection: It isn't really a driver regression"],
  ])('%j', (reply, finding) => {
    expect(found(reply)).toEqual([finding]);
  });

  it('the plain "not a bug" keeps its one finding', () => {
    expect(found('This is not a bug.')).toEqual(['negative-language: not a bug']);
  });

  it.each([
    "It's not a problem at all, happy to help.",
    "It's not a big problem, the fix is quick.",
    "It's not a hardware problem, the driver needs an update.",
    "This isn't an issue, your plan renews on Monday.",
    "It's not a known bug, could you send the logs?",
  ])('a diagnosis or a reassurance is no rejection: %j', (reply) => {
    expect(negative(reply)).toBe(false);
  });
});

describe('a redirect and a second limit in one reply', () => {
  it('are two findings, each on its own words', () => {
    expect(found("For refunds, please contact the Play Store. Also, we can't move purchases between accounts.")).toEqual([
      'negative-language: please contact the Play Store',
      "negative-language: we can't",
    ]);
  });

  it('one redirect alone is one finding', () => {
    expect(found('For refunds, please contact the Play Store.')).toEqual(['negative-language: please contact the Play Store']);
  });
});

describe('a redirect verb in the past asks what was done', () => {
  it.each(['Have you emailed the seller yet?', "How long has it been since you've e-mailed the seller?", 'Have you contacted your bank already?'])(
    '%j',
    (reply) => {
      expect(negative(reply)).toBe(false);
    },
  );

  it.each(['Please email the seller directly.', 'Have you tried filing a request on the community forum?', 'You will need to contact your bank.'])(
    'the base and -ing forms still send: %j',
    (reply) => {
      expect(negative(reply)).toBe(true);
    },
  );
});

describe('the most we can do', () => {
  it.each([
    ["That's the best we can offer at the moment.", 'negative-language: the best we can offer'],
    ['All I can do is pass it on to the team.', 'negative-language: All I can do'],
    ['The only thing we can offer is a store credit.', 'negative-language: The only thing we can offer'],
    ["That would take far more debugging than I'm afraid I have time to do.", "negative-rejection: than I'm afraid I have time"],
  ])('%j', (reply, finding) => {
    expect(found(reply)).toEqual([finding]);
  });

  it('a cap praised after it is still a cap (N1)', () => {
    expect(found("This is the best we can offer you, and I think it's a great deal!")).toEqual([
      'negative-language: the best we can offer',
    ]);
  });

  it.each(["We'll do the best we can to get it sorted.", "We'll do all we can to help you."])('effort pledged: %j', (reply) => {
    expect(negative(reply)).toBe(false);
  });
});
