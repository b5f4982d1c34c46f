/**
 * Session 27 (judge-b), negative language and condescension.
 * 1. A check's finding reported in the negative read as a limit: "Unfortunately the logs don't show anything
 *    unusual" warned as negative language, though it reports what a look at the case found and refuses or limits
 *    nothing (RULINGS N1; O3 calls such a look-up a finding). A negated finding verb (show, find, see, indicate,
 *    contain, turn up, reveal, detect, pick up…) with a fault word as its object (any error, an obvious fault, no
 *    outage), "anything"/"nothing" with what is off or the place looked in ("anything unusual in the logs"), or
 *    "there is no error in the crash report", is now a finding (*nl-except; word classes nl-find, nl-found,
 *    nl-found-adj, nl-neg-aux, nl-off, nl-source), whatever the subject (the logs, our tests, the trace, I).
 *    A limit stays: nothing found but something refused ("we can't show you the logs", "I don't see a way to do
 *    that", "I don't see anything in our policy that allows it"), and a refusal elsewhere in the same sentence.
 * 2. "Pull in" read as "take out": "both frameworks will be pulled in by the app anyway", "the fix was pulled into the
 *    stable branch" warned as a feature removed; to pull in is to bring in (negative-limit except). "The export option
 *    was pulled in version 3" (a release after "in") and "pulled from the app" still warn.
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const negative = (reply: string) => scorer.score(reply).signals['negative-language'] === true;

describe("negative language: what a check found (or didn't) is a finding, not a limit", () => {
  it.each([
    "Unfortunately the logs don't show anything unusual.",
    "Unfortunately our tests didn't find any problem with your account.",
    'Unfortunately the trace does not indicate an error.',
    "Unfortunately I don't see any errors in the logs.",
    'Unfortunately our records show no error on your line.',
    "Unfortunately the scan didn't turn up anything.",
    "Sadly the diagnostics haven't revealed any obvious faults, I'm afraid.",
    "Unfortunately there's nothing unusual in the logs you sent.",
    'Unfortunately there are no errors in the crash report.',
    "I'm afraid our monitoring hasn't picked up any outages in your area.",
    "Unfortunately the line test didn't show us much.",
    "The event log doesn't contain any warnings from that night, unfortunately.",
  ])('no warning: %s', (reply) => {
    expect(negative(reply)).toBe(false);
  });

  it.each([
    // nothing was found: something is refused or limited
    "Unfortunately we can't show you the logs.",
    "Unfortunately we don't offer that.",
    "We don't offer that.",
    "Unfortunately I don't see a way to do that.",
    "Unfortunately I don't see anything in our policy that allows a refund.",
    "Unfortunately our system doesn't show refunds older than 90 days.",
    "Unfortunately we don't see a reason to change the fee.",
    "Unfortunately the dashboard doesn't show invoices from last year.",
    "I'm afraid we can't show you any errors from other accounts.",
    // a finding, then a refusal in the same sentence: the refusal still warns
    "Unfortunately the logs don't show any errors, so we can't offer a refund.",
    "Unfortunately we didn't find any fault and can't replace the unit.",
    "Our tests found no problem with the router, but we don't cover accidental damage.",
  ])('still warns: %s', (reply) => {
    expect(negative(reply)).toBe(true);
  });
});

describe('negative language: "pulled in" brings in, it does not take out', () => {
  it.each([
    'Both frameworks will be pulled in by the main app anyway, so you can leave the list empty.',
    'The fix was pulled into the stable branch last night.',
    'The headers get pulled in automatically when you add the package.',
  ])('no warning: %s', (reply) => {
    expect(negative(reply)).toBe(false);
  });

  it.each(['The export option was pulled in version 3 after the security review.', 'That feature has been pulled from the app.'])(
    'still warns: %s',
    (reply) => {
      expect(negative(reply)).toBe(true);
    },
  );
});

